/* fu-board-column.c: one stage of the pipeline, as a column of cards
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * jobs -> filter (this stage) -> sort (latest activity first) -> the
 * search (FuColumnJobs) -> slice -> selection -> list view.  The search
 * filters jobs that are already in order, so a keystroke never sorts: the
 * sort runs only when the data changed.  FuColumnJobs keeps the sorted
 * jobs in an array of its own, so a keystroke walks that array instead
 * of fetching each job back through the sort and stage models, and a
 * column that is not on screen (narrow window, another page) looks at
 * the search only when it is shown again.  GTK 4.8's list view builds up to
 * about 200 rows at once; the slice starts at about a screenful and grows
 * a few cards at a time as the column is scrolled (FuListGrower), so five
 * columns over 10,000 jobs start as fast as over 20.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-board-column.h"
#include "fu-column-jobs.h"
#include "fu-format.h"
#include "fu-gui.h"
#include "fu-job-card.h"
#include "fu-list-grower.h"

/* Most of a screenful on a default-sized window: the frame that first
 * shows the jobs builds and measures only these; the grower adds the
 * rest a card a frame, then more as the column scrolls. */
#define SLICE_START 4

struct _FuBoardColumn
{
  GtkWidget           parent_instance;

  FuStage             stage;
  FuJobIndex         *index;

  GtkFilterListModel *stage_model;
  GtkFilter          *stage_filter;
  GtkSortListModel   *sort_model;
  FuColumnJobs       *search_model;  /* what the column shows */
  GtkSliceListModel  *slice_model;
  FuListGrower       *grower;
  GtkSingleSelection *selection;

  /* Template widgets */
  GtkLabel           *title_label;
  GtkLabel           *count_label;
  GtkStack           *stack;
  GtkLabel           *empty_label;
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (FuBoardColumn, fu_board_column, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
fu_board_column_new (FuStage stage)
{
  return g_object_new (FU_TYPE_BOARD_COLUMN, "stage", stage, NULL);
}

FuStage
fu_board_column_get_stage (FuBoardColumn *self)
{
  g_return_val_if_fail (FU_IS_BOARD_COLUMN (self), FU_STAGE_UNKNOWN);

  return self->stage;
}

guint
fu_board_column_get_n_jobs (FuBoardColumn *self)
{
  g_return_val_if_fail (FU_IS_BOARD_COLUMN (self), 0);

  fu_column_jobs_flush (self->search_model);
  return g_list_model_get_n_items (G_LIST_MODEL (self->search_model));
}

static gboolean
filter_job (gpointer item,
            gpointer user_data)
{
  FuBoardColumn *self = user_data;
  FuJob *job = item;

  if (self->stage == FU_BOARD_COLUMN_CLOSED)
    return fu_job_is_closed (job);

  return !fu_job_is_closed (job) && fu_job_get_stage (job) == self->stage;
}

/* Latest activity first: what moved last is on top, where the eye goes. */
static int
sort_jobs (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  FuBoardColumn *self = user_data;

  if (self->index == NULL)
    return 0;

  return fu_job_index_compare_last_activity (self->index, (FuJob *) a, (FuJob *) b);
}

static void
update_count (FuBoardColumn *self)
{
  /* What the list shows; a held change is counted once it is made. */
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->search_model));
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *label = NULL;

  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");

  /* Translators: a board column's name for screen readers, e.g. "Applied, 3 jobs" */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u job", "%s, %u jobs", n),
                           gtk_label_get_text (self->title_label), n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
on_filter_items_changed_cb (FuBoardColumn *self,
                            guint          position,
                            guint          removed,
                            guint          added,
                            GListModel    *model)
{
  update_count (self);
}

void
fu_board_column_set_jobs (FuBoardColumn *self,
                          GListModel    *jobs,
                          FuJobIndex    *index)
{
  g_return_if_fail (FU_IS_BOARD_COLUMN (self));

  g_set_object (&self->index, index);
  gtk_filter_list_model_set_model (self->stage_model, jobs);
}

void
fu_board_column_set_filter (FuBoardColumn *self,
                            GtkFilter     *filter)
{
  g_return_if_fail (FU_IS_BOARD_COLUMN (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));

  fu_column_jobs_set_filter (self->search_model, filter);
}

void
fu_board_column_refresh (FuBoardColumn *self,
                         gboolean       stages,
                         gboolean       order)
{
  g_return_if_fail (FU_IS_BOARD_COLUMN (self));

  if (stages)
    gtk_filter_changed (self->stage_filter, GTK_FILTER_CHANGE_DIFFERENT);
  if (order)
    gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sort_model), GTK_SORTER_CHANGE_DIFFERENT);
}

typedef struct
{
  FuBoardColumn *column;
  FuJob         *job;
  guint          tries;
} FocusData;

static void
focus_data_free (gpointer data)
{
  FocusData *focus = data;

  g_object_unref (focus->column);
  g_object_unref (focus->job);
  g_free (focus);
}

/* The list view creates rows on its next layout, so the card is looked
 * for on the following frames. */
static gboolean
focus_job_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  FocusData *focus = user_data;
  GtkWidget *list = GTK_WIDGET (focus->column->list_view);

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);

      if (FU_IS_JOB_CARD (child) && fu_job_card_get_job (FU_JOB_CARD (child)) == focus->job)
        {
          gtk_widget_grab_focus (row);
          return G_SOURCE_REMOVE;
        }
    }

  return ++focus->tries < 60 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

void
fu_board_column_focus_job (FuBoardColumn *self,
                           FuJob         *job)
{
  GListModel *shown = G_LIST_MODEL (self->search_model);
  guint n;
  FocusData *focus;

  g_return_if_fail (FU_IS_BOARD_COLUMN (self));

  fu_column_jobs_flush (self->search_model);
  n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuJob) item = g_list_model_get_item (shown, i);

      if (item != job)
        continue;

      fu_list_grower_ensure (self->grower, i + 1);
      gtk_single_selection_set_selected (self->selection, i);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
      break;
    }

  focus = g_new0 (FocusData, 1);
  focus->column = g_object_ref (self);
  focus->job = g_object_ref (job);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_job_tick_cb, focus, focus_data_free);
}

void
fu_board_column_scroll_to_top (FuBoardColumn *self)
{
  g_return_if_fail (FU_IS_BOARD_COLUMN (self));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

gboolean
fu_board_column_focus_first (FuBoardColumn *self)
{
  g_autoptr(FuJob) first = NULL;

  g_return_val_if_fail (FU_IS_BOARD_COLUMN (self), FALSE);

  fu_column_jobs_flush (self->search_model);
  first = g_list_model_get_item (G_LIST_MODEL (self->search_model), 0);
  if (first == NULL)
    return FALSE;

  fu_board_column_focus_job (self, first);
  return TRUE;
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     FuBoardColumn            *self)
{
  gtk_list_item_set_child (item, fu_job_card_new ());
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    FuBoardColumn            *self)
{
  FuJobCard *card = FU_JOB_CARD (gtk_list_item_get_child (item));

  fu_job_card_set_index (card, self->index);
  fu_job_card_set_job (card, gtk_list_item_get_item (item));
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      FuBoardColumn            *self)
{
  fu_job_card_set_job (FU_JOB_CARD (gtk_list_item_get_child (item)), NULL);
}

/* Enter or a double click on a card opens the job's page. */
static void
on_list_activate_cb (GtkListView   *list_view,
                     guint          position,
                     FuBoardColumn *self)
{
  g_autoptr(FuJob) job = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (job != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-job", "s", fu_job_get_id (job));
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            FuBoardColumn *self)
{
  const char *id = g_value_get_string (value);

  if (id == NULL || self->stage == FU_BOARD_COLUMN_CLOSED)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self), "board.move", "(ss)",
                                     id, fu_stage_to_string (self->stage));
}

static void
fu_board_column_constructed (GObject *object)
{
  FuBoardColumn *self = FU_BOARD_COLUMN (object);

  G_OBJECT_CLASS (fu_board_column_parent_class)->constructed (object);

  if (self->stage == FU_BOARD_COLUMN_CLOSED)
    {
      gtk_label_set_text (self->title_label, _("Closed"));
      gtk_label_set_text (self->empty_label, _("Jobs you close are kept here"));
    }
  else
    {
      gtk_label_set_text (self->title_label, fu_stage_get_title (self->stage));
      gtk_label_set_text (self->empty_label, _("Drop a job here"));

      GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
      g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
    }
  update_count (self);
}

static void
fu_board_column_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FuBoardColumn *self = FU_BOARD_COLUMN (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      g_value_set_int (value, self->stage);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_board_column_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FuBoardColumn *self = FU_BOARD_COLUMN (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      self->stage = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A column off screen (a narrow window shows one, the follow-ups page
 * none) notes what the search did and catches up when shown, before
 * its first frame. */
static void
fu_board_column_map (GtkWidget *widget)
{
  FuBoardColumn *self = FU_BOARD_COLUMN (widget);

  if (self->search_model != NULL)
    fu_column_jobs_set_held (self->search_model, FALSE);
  GTK_WIDGET_CLASS (fu_board_column_parent_class)->map (widget);
}

static void
fu_board_column_unmap (GtkWidget *widget)
{
  FuBoardColumn *self = FU_BOARD_COLUMN (widget);

  GTK_WIDGET_CLASS (fu_board_column_parent_class)->unmap (widget);
  if (self->search_model != NULL)
    fu_column_jobs_set_held (self->search_model, TRUE);
}

static void
fu_board_column_dispose (GObject *object)
{
  FuBoardColumn *self = FU_BOARD_COLUMN (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_BOARD_COLUMN);
  /* Template children without an id are not unparented by GTK 4.8. */
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  g_clear_object (&self->grower);
  g_clear_object (&self->selection);
  g_clear_object (&self->search_model);
  g_clear_object (&self->index);
  g_clear_object (&self->stage_filter);

  G_OBJECT_CLASS (fu_board_column_parent_class)->dispose (object);
}

static void
fu_board_column_class_init (FuBoardColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fu_board_column_constructed;
  object_class->dispose = fu_board_column_dispose;
  object_class->get_property = fu_board_column_get_property;
  object_class->set_property = fu_board_column_set_property;
  widget_class->map = fu_board_column_map;
  widget_class->unmap = fu_board_column_unmap;

  properties[PROP_STAGE] =
    g_param_spec_int ("stage", NULL, NULL,
                      FU_STAGE_UNKNOWN, FU_BOARD_COLUMN_CLOSED, FU_STAGE_WISHLIST,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-board-column.ui");
  gtk_widget_class_bind_template_child (widget_class, FuBoardColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, FuBoardColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, FuBoardColumn, stack);
  gtk_widget_class_bind_template_child (widget_class, FuBoardColumn, empty_label);
  gtk_widget_class_bind_template_child (widget_class, FuBoardColumn, scroller);
  gtk_widget_class_bind_template_child (widget_class, FuBoardColumn, list_view);

  gtk_widget_class_set_css_name (widget_class, "fuboardcolumn");
}

static void
fu_board_column_init (FuBoardColumn *self)
{
  GtkListItemFactory *factory;

  self->stage = FU_STAGE_WISHLIST;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->stage_filter = GTK_FILTER (gtk_custom_filter_new (filter_job, self, NULL));
  self->stage_model = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->stage_filter)));
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->stage_model),
                                              GTK_SORTER (gtk_custom_sorter_new (sort_jobs, self, NULL)));
  self->search_model = fu_column_jobs_new (G_LIST_MODEL (self->sort_model));
  g_object_unref (self->sort_model);   /* the search model holds it */
  /* Held until shown: the search then looks at what is on screen only. */
  fu_column_jobs_set_held (self->search_model, TRUE);
  self->slice_model = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->search_model)), 0, SLICE_START);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->slice_model));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->search_model, "items-changed",
                           G_CALLBACK (on_filter_items_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_list_activate_cb), self);
  self->grower = fu_list_grower_new (self->slice_model, self->scroller);
}
