/* fu-column-jobs.c: the jobs of a board column that the search finds
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GListModel of the jobs of a sorted source that a filter finds, kept
 * in an array of its own: a keystroke walks that array and asks the
 * filter again only about the jobs a stricter or looser search can
 * change, instead of fetching each job back through the sort and stage
 * models as GtkFilterListModel does.
 */
#include "config.h"

#include "fu-column-jobs.h"

typedef struct
{
  FuJob    *job;     /* owned */
  gboolean  shown;   /* found by the filter when last asked */
} ColumnJob;

/* The jobs of @source (in its order) that @filter finds.  While held
 * (the column is off screen) a filter change is only noted; what it
 * asks for is worked out when released, from the notes combined. */
struct _FuColumnJobs
{
  GObject          parent_instance;

  GListModel      *source;
  gulong           source_id;
  GArray          *all;      /* ColumnJob, in @source's order */
  GPtrArray       *shown;    /* FuJob *, owned by @all */
  GtkFilter       *filter;   /* (nullable): every job */
  gulong           filter_id;
  gboolean         held;
  gboolean         pending;
  GtkFilterChange  pending_change;
};

static GType
fu_column_jobs_get_item_type (GListModel *model)
{
  return FU_TYPE_JOB;
}

static guint
fu_column_jobs_get_n_items (GListModel *model)
{
  return FU_COLUMN_JOBS (model)->shown->len;
}

static gpointer
fu_column_jobs_get_item (GListModel *model,
                         guint       position)
{
  FuColumnJobs *self = FU_COLUMN_JOBS (model);

  if (position >= self->shown->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->shown, position));
}

static void
fu_column_jobs_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = fu_column_jobs_get_item_type;
  iface->get_n_items = fu_column_jobs_get_n_items;
  iface->get_item = fu_column_jobs_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (FuColumnJobs, fu_column_jobs, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, fu_column_jobs_list_model_init))

static void
column_job_clear (gpointer data)
{
  g_clear_object (&((ColumnJob *) data)->job);
}

static gboolean
column_jobs_match (FuColumnJobs *self,
                   FuJob        *job)
{
  return self->filter == NULL || gtk_filter_match (self->filter, job);
}

/* Asks the filter again about the jobs @change says may differ (after a
 * stricter filter only those shown, after a looser one only those
 * hidden) and tells the stretch of the list that changed. */
static void
column_jobs_refilter (FuColumnJobs    *self,
                      GtkFilterChange  change)
{
  g_autoptr(GPtrArray) old = self->shown;
  guint n_old, n_new, prefix = 0, suffix = 0;

  self->pending = FALSE;
  self->shown = g_ptr_array_sized_new (self->all->len);
  for (guint i = 0; i < self->all->len; i++)
    {
      ColumnJob *entry = &g_array_index (self->all, ColumnJob, i);

      if (self->filter == NULL)
        entry->shown = TRUE;
      else if (change == GTK_FILTER_CHANGE_MORE_STRICT ? entry->shown :
               change == GTK_FILTER_CHANGE_LESS_STRICT ? !entry->shown : TRUE)
        entry->shown = gtk_filter_match (self->filter, entry->job);
      if (entry->shown)
        g_ptr_array_add (self->shown, entry->job);
    }

  n_old = old->len;
  n_new = self->shown->len;
  while (prefix < n_old && prefix < n_new && old->pdata[prefix] == self->shown->pdata[prefix])
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         old->pdata[n_old - 1 - suffix] == self->shown->pdata[n_new - 1 - suffix])
    suffix++;
  if (prefix < n_old || prefix < n_new)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, n_old - prefix - suffix, n_new - prefix - suffix);
}

/* Two changes in a row: the same kind twice stays that kind. */
static void
column_jobs_note (FuColumnJobs    *self,
                  GtkFilterChange  change)
{
  if (!self->held)
    {
      column_jobs_refilter (self, change);
      return;
    }

  if (self->pending && self->pending_change != change)
    change = GTK_FILTER_CHANGE_DIFFERENT;
  self->pending = TRUE;
  self->pending_change = change;
}

void
fu_column_jobs_flush (FuColumnJobs *self)
{
  if (self->pending)
    column_jobs_refilter (self, self->pending_change);
}

void
fu_column_jobs_set_held (FuColumnJobs *self,
                      gboolean      held)
{
  self->held = held;
  if (!held)
    fu_column_jobs_flush (self);
}

static void
on_column_filter_changed_cb (GtkFilter       *filter,
                             GtkFilterChange  change,
                             FuColumnJobs    *self)
{
  column_jobs_note (self, change);
}

void
fu_column_jobs_set_filter (FuColumnJobs *self,
                        GtkFilter    *filter)
{
  gboolean had = self->filter != NULL;

  if (self->filter == filter)
    return;

  if (self->filter != NULL)
    g_clear_signal_handler (&self->filter_id, self->filter);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    self->filter_id = g_signal_connect (filter, "changed", G_CALLBACK (on_column_filter_changed_cb), self);

  /* From every job to some, or back. */
  if (!had)
    column_jobs_note (self, GTK_FILTER_CHANGE_MORE_STRICT);
  else if (filter == NULL)
    column_jobs_note (self, GTK_FILTER_CHANGE_LESS_STRICT);
  else
    column_jobs_note (self, GTK_FILTER_CHANGE_DIFFERENT);
}

/* As GtkFilterListModel does: the jobs added are asked about at once,
 * and the list hears of the same stretch, counted in shown jobs. */
static void
on_column_source_items_changed_cb (GListModel   *source,
                                   guint         position,
                                   guint         removed,
                                   guint         added,
                                   FuColumnJobs *self)
{
  guint shown_position = 0, shown_removed = 0, shown_added = 0;

  for (guint i = 0; i < position + removed && i < self->all->len; i++)
    {
      if (!g_array_index (self->all, ColumnJob, i).shown)
        continue;
      if (i < position)
        shown_position++;
      else
        shown_removed++;
    }

  if (removed > 0)
    g_array_remove_range (self->all, position, MIN (removed, self->all->len - MIN (position, self->all->len)));
  if (added > 0)
    {
      g_autofree ColumnJob *entries = g_new0 (ColumnJob, added);

      for (guint i = 0; i < added; i++)
        {
          entries[i].job = g_list_model_get_item (source, position + i);
          entries[i].shown = column_jobs_match (self, entries[i].job);
          shown_added += entries[i].shown;
        }
      g_array_insert_vals (self->all, position, entries, added);
    }

  /* Rebuilt whole: simpler than patching, and a data change is rare. */
  g_ptr_array_set_size (self->shown, 0);
  for (guint i = 0; i < self->all->len; i++)
    if (g_array_index (self->all, ColumnJob, i).shown)
      g_ptr_array_add (self->shown, g_array_index (self->all, ColumnJob, i).job);

  if (shown_removed > 0 || shown_added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), shown_position, shown_removed, shown_added);
}

static void
fu_column_jobs_dispose (GObject *object)
{
  FuColumnJobs *self = FU_COLUMN_JOBS (object);

  if (self->source != NULL)
    g_clear_signal_handler (&self->source_id, self->source);
  g_clear_object (&self->source);
  if (self->filter != NULL)
    g_clear_signal_handler (&self->filter_id, self->filter);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (fu_column_jobs_parent_class)->dispose (object);
}

static void
fu_column_jobs_finalize (GObject *object)
{
  FuColumnJobs *self = FU_COLUMN_JOBS (object);

  g_ptr_array_unref (self->shown);
  g_array_unref (self->all);

  G_OBJECT_CLASS (fu_column_jobs_parent_class)->finalize (object);
}

static void
fu_column_jobs_class_init (FuColumnJobsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fu_column_jobs_dispose;
  G_OBJECT_CLASS (klass)->finalize = fu_column_jobs_finalize;
}

static void
fu_column_jobs_init (FuColumnJobs *self)
{
  self->all = g_array_new (FALSE, FALSE, sizeof (ColumnJob));
  g_array_set_clear_func (self->all, column_job_clear);
  self->shown = g_ptr_array_new ();
}

FuColumnJobs *
fu_column_jobs_new (GListModel *source)
{
  FuColumnJobs *self = g_object_new (FU_TYPE_COLUMN_JOBS, NULL);

  self->source = g_object_ref (source);
  self->source_id = g_signal_connect (source, "items-changed", G_CALLBACK (on_column_source_items_changed_cb), self);
  on_column_source_items_changed_cb (source, 0, 0, g_list_model_get_n_items (source), self);
  return self;
}
