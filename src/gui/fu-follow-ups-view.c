/* fu-follow-ups-view.c: what to do next, grouped by when
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One GtkListView over a flattened list: a header item (a
 * GtkStringObject) before each group of follow-ups, Overdue, Today, This
 * week and Later.  A rebuild sorts the open and snoozed follow-ups; a
 * search only picks from them (and behind the board only notes what to
 * pick, until the view is shown).  Either replaces only the stretch of the
 * list that changed (same items at both ends are kept), so the list
 * keeps its place and focus when one follow-up is done.  The list is an
 * array of pointers (FuFollowUpsItems) that the view swaps whole: a
 * keystroke compares pointers, it does not touch, ref or re-insert
 * 10,000 follow-ups one by one, and 10,000 follow-ups cost a sort, not
 * 10,000 widgets: the list view shows a slice of the list that starts at a
 * screenful and grows as it is scrolled (FuListGrower), and gets it only
 * when the view is first shown.  Done, Dismiss and Snooze are "agenda.*"
 * actions and can be undone from the view's own toast (its overlay lies
 * inside the view, so the toast's Undo button finds "agenda.undo") or
 * with Ctrl+Z.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-agenda.h"
#include "fu-follow-up-row.h"
#include "fu-follow-ups-view.h"
#include "fu-gui.h"
#include "fu-list-grower.h"
#include "fu-rules.h"

#define MAX_UNDO 20
/* About a screenful of rows, then more as the list scrolls. */
#define SLICE_START 10

typedef struct
{
  FuFollowUp      *follow_up;
  FuFollowUpState  state;
  GDateTime       *snoozed_until;
} UndoEntry;

/* ---- the flattened list --------------------------------------------- */

#define FU_TYPE_FOLLOW_UPS_ITEMS (fu_follow_ups_items_get_type ())
G_DECLARE_FINAL_TYPE (FuFollowUpsItems, fu_follow_ups_items, FU, FOLLOW_UPS_ITEMS, GObject)

/* The items are not referenced one by one: @keep holds them (the view's
 * array of sorted follow-ups, replaced whole on a rebuild) and @held the
 * headers, for as long as the list shows any of them. */
struct _FuFollowUpsItems
{
  GObject    parent_instance;

  GPtrArray *shown;   /* GObject *, not owned */
  GArray    *keep;    /* (nullable) owns what @shown points to */
  GPtrArray *held;    /* GObject *, owned */
};

static GType
fu_follow_ups_items_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
fu_follow_ups_items_get_n_items (GListModel *model)
{
  return FU_FOLLOW_UPS_ITEMS (model)->shown->len;
}

static gpointer
fu_follow_ups_items_get_item (GListModel *model,
                              guint       position)
{
  FuFollowUpsItems *self = FU_FOLLOW_UPS_ITEMS (model);

  if (position >= self->shown->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->shown, position));
}

static void
fu_follow_ups_items_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = fu_follow_ups_items_get_item_type;
  iface->get_n_items = fu_follow_ups_items_get_n_items;
  iface->get_item = fu_follow_ups_items_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (FuFollowUpsItems, fu_follow_ups_items, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, fu_follow_ups_items_list_model_init))

static void
fu_follow_ups_items_finalize (GObject *object)
{
  FuFollowUpsItems *self = FU_FOLLOW_UPS_ITEMS (object);

  g_ptr_array_unref (self->shown);
  g_clear_pointer (&self->keep, g_array_unref);
  g_ptr_array_unref (self->held);

  G_OBJECT_CLASS (fu_follow_ups_items_parent_class)->finalize (object);
}

static void
fu_follow_ups_items_class_init (FuFollowUpsItemsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fu_follow_ups_items_finalize;
}

static void
fu_follow_ups_items_init (FuFollowUpsItems *self)
{
  self->shown = g_ptr_array_new ();
  self->held = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Shows @wanted (transfer full), whose items @keep or the held objects
 * own, and tells the stretch that differs from what was shown. */
static void
fu_follow_ups_items_replace (FuFollowUpsItems *self,
                             GPtrArray        *wanted,
                             GArray           *keep)
{
  g_autoptr(GPtrArray) old = self->shown;
  g_autoptr(GArray) old_keep = self->keep;
  guint n_old = old->len, n_new = wanted->len;
  guint prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < n_new &&
         old->pdata[prefix] == wanted->pdata[prefix])
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         old->pdata[n_old - 1 - suffix] == wanted->pdata[n_new - 1 - suffix])
    suffix++;

  self->shown = wanted;
  self->keep = keep != NULL ? g_array_ref (keep) : NULL;
  /* What was shown stays alive until the list has heard it is gone. */
  if (prefix < n_old || prefix < n_new)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                n_old - prefix - suffix, n_new - prefix - suffix);
}

struct _FuFollowUpsView
{
  GtkWidget          parent_instance;

  FuStore           *store;
  FuSearch          *search;
  GSettings         *settings;
  GTimeZone         *zone;
  GDateTime         *now;       /* of the last rebuild */
  FuAgendaBounds     bounds;    /* the groups' bounds at the last rebuild */
  GArray            *sorted;    /* Sorted: every pending follow-up, by due time */
  /* @sorted is in step with the mirror's first @sorted_len follow-ups
   * as they were when the newest record serial was this; the mirror has
   * only grown at its end since. */
  gboolean           sorted_valid;
  guint64            sorted_serial;
  guint              sorted_len;
  guint              n_all;
  FuFollowUpsItems  *items;
  GtkSliceListModel *slice;
  FuListGrower      *grower;
  GtkStringObject   *headers[FU_AGENDA_N_GROUPS];
  guint              n_due_today;
  guint              tick_id;
  guint              count_id;
  guint              focus_idle_id;
  GQueue             undo;
  gulong             store_handlers[2];
  /* The store's follow-ups, in its order, kept by ::items-changed: a
   * rebuild reads them without a GListModel call, a reference and its
   * release each (the list holds them). */
  gulong             list_handler;
  GPtrArray         *mirror;
  gulong             search_handler;
  /* A store change heard while the view is off screen, sorted and
   * grouped when shown. */
  gboolean           rebuild_pending;
  /* The follow-ups' stamp when last looked at, 0 before the loaded ones
   * were (see on_store_changed_cb()) */
  guint64            seen_stamp;
  guint64            seen_names;  /* the jobs' and contacts' stamps, summed */
  /* A search change heard while the view is off screen, made when shown. */
  gboolean           refilter_pending;
  FuSearchChange     pending_change;
  /* The search's handles in @sorted are good while its epoch is this. */
  gboolean           handles_valid;
  guint              handles_epoch;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  GtkStack          *stack;
  GtkListView       *list_view;
  GtkWidget         *scroller;
};

G_DEFINE_FINAL_TYPE (FuFollowUpsView, fu_follow_ups_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_DUE_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
undo_entry_free (gpointer data)
{
  UndoEntry *entry = data;

  g_clear_object (&entry->follow_up);
  g_clear_pointer (&entry->snoozed_until, g_date_time_unref);
  g_free (entry);
}

FuStore *
fu_follow_ups_view_get_store (FuFollowUpsView *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UPS_VIEW (self), NULL);

  return self->store;
}

guint
fu_follow_ups_view_get_n_due_today (FuFollowUpsView *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UPS_VIEW (self), 0);

  return self->n_due_today;
}

static void flush_refilter (FuFollowUpsView *self);
static void flush_rebuild (FuFollowUpsView *self);

GListModel *
fu_follow_ups_view_get_items (FuFollowUpsView *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UPS_VIEW (self), NULL);

  flush_rebuild (self);
  flush_refilter (self);
  return G_LIST_MODEL (self->items);
}

/* What a follow-up is sorted by, read once: the sort compares each
 * about 30 times over 45,000 follow-ups. */
typedef struct
{
  FuFollowUp *follow_up;
  GDateTime  *due;
} Pending;

/* A pending follow-up in the order shown, with its group: a search
 * only picks from these, nothing is sorted or grouped again. */
typedef struct
{
  FuFollowUp    *follow_up;   /* owned */
  gint64         key;         /* its due time, fu_agenda_time_key() */
  guint          index;       /* its place in the store's list */
  int            group;
  gboolean       shown;       /* found by the search at the last refilter */
  gconstpointer  handle;      /* (nullable) the search's, see handles_epoch */
} Sorted;

static void
sorted_clear (gpointer data)
{
  g_clear_object (&((Sorted *) data)->follow_up);
}

static void
set_n_due_today (FuFollowUpsView *self,
                 guint            n)
{
  if (self->n_due_today == n)
    return;

  self->n_due_today = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DUE_TODAY]);
}

/* The follow-ups the search finds, under their groups' headers.  After
 * a letter typed (@change MORE_STRICT) only those shown can go, after one
 * deleted (LESS_STRICT) only those hidden can come: the others are not
 * asked about. */
static void
refilter_with (FuFollowUpsView *self,
               FuSearchChange   change)
{
  GPtrArray *wanted = g_ptr_array_sized_new (self->sorted->len + FU_AGENDA_N_GROUPS);
  gboolean searching = self->search != NULL && fu_search_is_active (self->search);
  int last_group = -1;
  guint n_shown = 0;
  const char *page;
  GtkAdjustment *vadjustment;
  gboolean at_top;

  self->refilter_pending = FALSE;
  /* A lookup per follow-up once, not at every letter. */
  if (searching && (!self->handles_valid || self->handles_epoch != fu_search_get_epoch (self->search)))
    {
      for (guint i = 0; i < self->sorted->len; i++)
        {
          Sorted *p = &g_array_index (self->sorted, Sorted, i);

          p->handle = fu_search_get_follow_up_handle (self->search, p->follow_up);
        }
      self->handles_valid = TRUE;
      self->handles_epoch = fu_search_get_epoch (self->search);
    }

  /* The rows whose answer is not known yet, asked about all at once. */
  if (searching)
    {
      g_autofree guint *asked = g_new (guint, self->sorted->len + 1);
      g_autofree gconstpointer *handles = g_new (gconstpointer, self->sorted->len + 1);
      g_autofree gboolean *matched = NULL;
      guint n_asked = 0;

      for (guint i = 0; i < self->sorted->len; i++)
        {
          Sorted *p = &g_array_index (self->sorted, Sorted, i);

          if ((change == FU_SEARCH_CHANGE_MORE_STRICT && !p->shown) ||
              (change == FU_SEARCH_CHANGE_LESS_STRICT && p->shown))
            continue;
          if (p->handle == NULL)
            {
              p->shown = fu_search_match_follow_up (self->search, p->follow_up);
              continue;
            }
          asked[n_asked] = i;
          handles[n_asked++] = p->handle;
        }
      matched = g_new (gboolean, n_asked + 1);
      fu_search_match_follow_up_handles (self->search, handles, n_asked, matched);
      for (guint k = 0; k < n_asked; k++)
        g_array_index (self->sorted, Sorted, asked[k]).shown = matched[k];
    }

  for (guint i = 0; i < self->sorted->len; i++)
    {
      Sorted *p = &g_array_index (self->sorted, Sorted, i);

      if (!searching)
        p->shown = TRUE;
      if (!p->shown)
        continue;
      if (p->group != last_group)
        g_ptr_array_add (wanted, self->headers[p->group]);
      last_group = p->group;
      g_ptr_array_add (wanted, p->follow_up);
      n_shown++;
    }

  /* GTK keeps the first row shown in place when rows come above it: a
   * list looked at from its top would scroll by itself and hide what
   * just fell due.  It stays at its top. */
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  at_top = vadjustment == NULL || gtk_adjustment_get_value (vadjustment) <= 0;
  fu_follow_ups_items_replace (self->items, wanted, self->sorted);
  if (at_top && n_shown > 0 && gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);

  if (n_shown > 0)
    page = "list";
  else if (self->n_all > 0)
    page = "no-results";
  else
    page = "empty";
  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
refilter (FuFollowUpsView *self)
{
  refilter_with (self, FU_SEARCH_CHANGE_DIFFERENT);
}

static void
flush_refilter (FuFollowUpsView *self)
{
  if (self->refilter_pending)
    refilter_with (self, self->pending_change);
}

/* Off screen (the board is shown) the view only notes what the search
 * did, combined with what it noted before (a letter typed twice is still
 * stricter), and catches up when shown or asked for its items. */
static void
on_search_changed_cb (FuFollowUpsView *self,
                      FuSearch        *search)
{
  FuSearchChange change = fu_search_get_change (search);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      refilter_with (self, change);
      return;
    }

  if (self->refilter_pending && self->pending_change != change)
    change = FU_SEARCH_CHANGE_DIFFERENT;
  self->refilter_pending = TRUE;
  self->pending_change = change;
}

/* The store's follow-ups once it is loaded, else NULL. */
static GListModel *
loaded_follow_ups (FuFollowUpsView *self)
{
  return self->store != NULL && fu_store_get_loaded (self->store)
         ? fu_store_get_follow_ups (self->store) : NULL;
}

static void
note_stamp (FuFollowUpsView *self)
{
  GListModel *follow_ups = loaded_follow_ups (self);

  self->seen_stamp = follow_ups != NULL ? fu_store_get_list_stamp (self->store, follow_ups) : 0;
}

static void
rebuild (FuFollowUpsView *self)
{
  g_autoptr(GArray) pending = NULL;
  /* The list may still show the old follow-ups: a new array, and the old
   * one is let go once the list has the new. */
  g_autoptr(GArray) old_sorted = self->sorted;
  GListModel *follow_ups;
  FuAgendaBounds bounds;
  g_autoptr(GArray) keys = NULL;
  g_autoptr(GArray) indices = NULL;
  g_autofree guint *order = NULL;
  guint n, n_due = 0;

  self->rebuild_pending = FALSE;
  g_clear_handle_id (&self->count_id, g_source_remove);
  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = g_date_time_new_now (self->zone);
  fu_agenda_bounds_init (&bounds, self->now, self->zone);

  follow_ups = loaded_follow_ups (self);
  n = follow_ups != NULL ? self->mirror->len : 0;
  note_stamp (self);

  pending = g_array_sized_new (FALSE, FALSE, sizeof (Pending), n);
  keys = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  indices = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  for (guint i = 0; i < n; i++)
    {
      FuFollowUp *follow_up = g_ptr_array_index (self->mirror, i);
      Pending p = { follow_up, NULL };
      gint64 key;

      if (!fu_agenda_is_pending (follow_up))
        continue;
      p.due = fu_rules_effective_due (follow_up);
      /* Without a due time first; equal times in the store's order,
       * which edits keep, so rows do not swap on a rebuild. */
      key = p.due != NULL ? fu_agenda_time_key (p.due) : G_MININT64;
      g_array_append_val (pending, p);
      g_array_append_val (keys, key);
      g_array_append_val (indices, i);
    }

  order = g_new (guint, MAX (pending->len, 1));
  fu_agenda_order_by_key ((const gint64 *) (gpointer) keys->data, pending->len, order);
  self->sorted = g_array_sized_new (FALSE, FALSE, sizeof (Sorted), pending->len);
  g_array_set_clear_func (self->sorted, sorted_clear);
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = &g_array_index (pending, Pending, order[i]);
      Sorted sorted = {
        g_object_ref (p->follow_up), g_array_index (keys, gint64, order[i]), g_array_index (indices, guint, order[i]),
        fu_agenda_bounds_group (&bounds, p->due), FALSE, NULL,
      };

      if (sorted.group <= FU_AGENDA_TODAY)
        n_due++;
      g_array_append_val (self->sorted, sorted);
    }
  self->n_all = pending->len;
  self->handles_valid = FALSE;
  self->bounds = bounds;
  self->sorted_valid = follow_ups != NULL;
  self->sorted_serial = fu_record_get_last_serial ();
  self->sorted_len = n;

  refilter (self);
  set_n_due_today (self, n_due);
}

/* After an edit to a few follow-ups (one marked done or snoozed, its
 * text changed, the next nudges the rules add) only those move in the
 * order shown; the others keep their places and groups.  Sorting all of
 * them again was most of the stall after such an edit with the view
 * shown: 15 ms at 10,000 jobs.  More changed follow-ups than this, one
 * removed, or time moved on (the minute tick, a new time zone) sort
 * everything again. */
#define MAX_MOVED 16

static gboolean
move_changed (FuFollowUpsView *self)
{
  guint moved[MAX_MOVED];
  guint n_moved = 0, n_due = 0;

  if (!self->sorted_valid || loaded_follow_ups (self) == NULL)
    return FALSE;

  for (guint i = 0; i < self->mirror->len; i++)
    if (i >= self->sorted_len || fu_record_get_serial (g_ptr_array_index (self->mirror, i)) > self->sorted_serial)
      {
        if (n_moved == MAX_MOVED)
          return FALSE;
        moved[n_moved++] = i;
      }

  for (guint k = 0; k < n_moved; k++)
    {
      FuFollowUp *follow_up = g_ptr_array_index (self->mirror, moved[k]);
      GDateTime *due;
      Sorted entry = { NULL };
      guint at;

      /* The store holds it while its entry goes. */
      for (at = 0; at < self->sorted->len; at++)
        if (g_array_index (self->sorted, Sorted, at).follow_up == follow_up)
          {
            g_array_remove_index (self->sorted, at);
            break;
          }
      if (!fu_agenda_is_pending (follow_up))
        continue;

      due = fu_rules_effective_due (follow_up);
      entry.follow_up = g_object_ref (follow_up);
      entry.key = due != NULL ? fu_agenda_time_key (due) : G_MININT64;
      entry.index = moved[k];
      entry.group = fu_agenda_bounds_group (&self->bounds, due);
      /* After those due earlier, and those due at the same time that
       * come before it in the store, as a rebuild would put it. */
      at = 0;
      for (guint hi = self->sorted->len; at < hi;)
        {
          guint mid = at + (hi - at) / 2;
          const Sorted *p = &g_array_index (self->sorted, Sorted, mid);

          if (p->key < entry.key || (p->key == entry.key && p->index < entry.index))
            at = mid + 1;
          else
            hi = mid;
        }
      g_array_insert_val (self->sorted, at, entry);
    }

  for (guint i = 0; i < self->sorted->len; i++)
    if (g_array_index (self->sorted, Sorted, i).group <= FU_AGENDA_TODAY)
      n_due++;
  self->n_all = self->sorted->len;
  self->sorted_serial = fu_record_get_last_serial ();
  self->sorted_len = self->mirror->len;
  note_stamp (self);

  refilter (self);
  set_n_due_today (self, n_due);
  return TRUE;
}

static void
flush_rebuild (FuFollowUpsView *self)
{
  if (self->rebuild_pending)
    rebuild (self);
}

/* Off screen (the board is shown) the view only counts what is due
 * today, for the view switcher's badge: sorting and grouping every
 * follow-up (45,000 at 10,000 jobs) waits until it is shown. */
static gboolean
count_idle_cb (gpointer user_data)
{
  FuFollowUpsView *self = user_data;
  GListModel *follow_ups;
  g_autoptr(GDateTime) now = NULL;
  FuAgendaBounds bounds;
  guint n, n_due = 0;

  self->count_id = 0;
  follow_ups = loaded_follow_ups (self);
  n = follow_ups != NULL ? self->mirror->len : 0;
  now = g_date_time_new_now (self->zone);
  fu_agenda_bounds_init (&bounds, now, self->zone);
  for (guint i = 0; i < n; i++)
    {
      FuFollowUp *follow_up = g_ptr_array_index (self->mirror, i);

      if (fu_agenda_is_pending (follow_up) &&
          fu_agenda_bounds_group (&bounds, fu_rules_effective_due (follow_up)) <= FU_AGENDA_TODAY)
        n_due++;
    }
  set_n_due_today (self, n_due);
  return G_SOURCE_REMOVE;
}

/* Off screen the count waits for an idle of its own: the frame that
 * shows an edit on the board comes first.  The main loop runs all the
 * ready sources of one priority at once, so its priority is its own, and
 * its stall does not add to the rules' or the notifier's. */
#define COUNT_PRIORITY (G_PRIORITY_DEFAULT_IDLE + 50)

static void
update (FuFollowUpsView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      rebuild (self);
      return;
    }

  self->rebuild_pending = TRUE;
  note_stamp (self);
  if (self->count_id == 0)
    self->count_id = g_idle_add_full (COUNT_PRIORITY, count_idle_cb, self, NULL);
}

/* A row shows its job's company and its person's name, which live on
 * other records: when a job or a contact changed, the rows on screen
 * read them again (a few dozen at most). */
static void
refresh_names (FuFollowUpsView *self)
{
  guint64 names = fu_store_get_list_stamp (self->store, fu_store_get_jobs (self->store)) +
                  fu_store_get_list_stamp (self->store, fu_store_get_contacts (self->store));

  if (names == self->seen_names)
    return;
  self->seen_names = names;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (row != NULL && FU_IS_FOLLOW_UP_ROW (row))
        fu_follow_up_row_refresh (FU_FOLLOW_UP_ROW (row));
    }
}

/* The view shows nothing but the follow-ups: after an edit that changed
 * none (a job's notes, a contact) it has nothing to sort or group again,
 * and what the search finds it hears from the search. */
static void
on_store_changed_cb (FuFollowUpsView *self)
{
  GListModel *follow_ups = loaded_follow_ups (self);

  if (follow_ups != NULL)
    refresh_names (self);
  if (follow_ups != NULL && fu_store_get_list_stamp (self->store, follow_ups) == self->seen_stamp)
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && !self->rebuild_pending && move_changed (self))
    return;
  update (self);
}

/* Time moves follow-ups from group to group, with no change in them. */
static gboolean
on_tick_cb (gpointer user_data)
{
  update (FU_FOLLOW_UPS_VIEW (user_data));
  return G_SOURCE_CONTINUE;
}

static void
update_zone (FuFollowUpsView *self)
{
  g_autofree char *id = g_settings_get_string (self->settings, "home-time-zone");
  GTimeZone *zone = id[0] != '\0' ? g_time_zone_new_identifier (id) : NULL;

  g_clear_pointer (&self->zone, g_time_zone_unref);
  self->zone = zone != NULL ? zone : g_time_zone_new_local ();
  update (self);
}

static void
on_list_changed_cb (GListModel      *list,
                    guint            position,
                    guint            removed,
                    guint            added,
                    FuFollowUpsView *self)
{
  /* A follow-up added at the end (as the store adds them) leaves the
   * places noted in @sorted as they were; any other change does not. */
  if (removed > 0 || position != self->mirror->len)
    self->sorted_valid = FALSE;
  g_ptr_array_remove_range (self->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      FuFollowUp *follow_up = g_list_model_get_item (list, position + i);

      /* Borrowed: the list holds it, and tells when it lets it go. */
      g_ptr_array_insert (self->mirror, position + i, follow_up);
      g_object_unref (follow_up);
    }
}

FuFollowUpsView *
fu_follow_ups_view_new (void)
{
  return g_object_new (FU_TYPE_FOLLOW_UPS_VIEW, NULL);
}

void
fu_follow_ups_view_set_store (FuFollowUpsView *self,
                              FuStore         *store)
{
  g_return_if_fail (FU_IS_FOLLOW_UPS_VIEW (self));
  g_return_if_fail (store == NULL || FU_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (self->store_handlers); i++)
        g_clear_signal_handler (&self->store_handlers[i], self->store);
      g_clear_signal_handler (&self->list_handler, fu_store_get_follow_ups (self->store));
    }
  g_ptr_array_set_size (self->mirror, 0);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      GListModel *list = fu_store_get_follow_ups (store);

      self->list_handler = g_signal_connect (list, "items-changed", G_CALLBACK (on_list_changed_cb), self);
      on_list_changed_cb (list, 0, 0, g_list_model_get_n_items (list), self);
      self->store_handlers[0] = g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb),
                                                         self, G_CONNECT_SWAPPED);
      self->store_handlers[1] = g_signal_connect_object (store, "notify::loaded", G_CALLBACK (update),
                                                         self, G_CONNECT_SWAPPED);
    }

  g_queue_clear_full (&self->undo, undo_entry_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.undo", FALSE);
  self->seen_stamp = 0;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
fu_follow_ups_view_set_search (FuFollowUpsView *self,
                               FuSearch        *search)
{
  g_return_if_fail (FU_IS_FOLLOW_UPS_VIEW (self));
  g_return_if_fail (search == NULL || FU_IS_SEARCH (search));

  if (self->search == search)
    return;

  if (self->search != NULL)
    g_clear_signal_handler (&self->search_handler, self->search);
  g_set_object (&self->search, search);
  self->handles_valid = FALSE;
  if (search != NULL)
    self->search_handler = g_signal_connect_object (search, "changed", G_CALLBACK (on_search_changed_cb),
                                                    self, G_CONNECT_SWAPPED);
  refilter (self);
}

/* ---- actions ------------------------------------------------------- */

static void
show_toast (FuFollowUpsView *self,
            const char      *text,
            gboolean         can_undo)
{
  /* Toast titles are Pango markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  if (can_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "agenda.undo");
    }
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static FuFollowUp *
find_writable (FuFollowUpsView *self,
               const char      *id)
{
  FuFollowUp *follow_up;

  if (self->store == NULL || !fu_store_get_loaded (self->store))
    return NULL;
  if (fu_store_get_read_only (self->store))
    {
      show_toast (self, _("This file is from a newer FollowUp and is only shown, not changed"), FALSE);
      return NULL;
    }

  follow_up = fu_store_find_follow_up (self->store, id);
  return follow_up != NULL && fu_agenda_is_pending (follow_up) ? follow_up : NULL;
}

static void
push_undo (FuFollowUpsView *self,
           FuFollowUp      *follow_up)
{
  UndoEntry *entry = g_new0 (UndoEntry, 1);
  GDateTime *until = fu_follow_up_get_snoozed_until (follow_up);

  entry->follow_up = g_object_ref (follow_up);
  entry->state = fu_follow_up_get_state (follow_up);
  entry->snoozed_until = until != NULL ? g_date_time_ref (until) : NULL;
  g_queue_push_head (&self->undo, entry);
  while (g_queue_get_length (&self->undo) > MAX_UNDO)
    undo_entry_free (g_queue_pop_tail (&self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.undo", TRUE);
}

static void
finish (FuFollowUpsView *self,
        const char      *id,
        FuFollowUpState  state)
{
  FuFollowUp *follow_up = find_writable (self, id);
  g_autofree char *text = NULL;

  if (follow_up == NULL)
    return;

  push_undo (self, follow_up);
  fu_follow_up_set_state (follow_up, state);
  text = g_strdup_printf (state == FU_FOLLOW_UP_STATE_DONE
                          /* Translators: %s is what was to be done */
                          ? _("“%s” done")
                          /* Translators: %s is what was to be done */
                          : _("“%s” dismissed"),
                          fu_agenda_what (follow_up));
  show_toast (self, text, TRUE);
  rebuild (self);
}

static void
agenda_done_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  finish (FU_FOLLOW_UPS_VIEW (widget), g_variant_get_string (parameter, NULL), FU_FOLLOW_UP_STATE_DONE);
}

static void
agenda_dismiss_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  finish (FU_FOLLOW_UPS_VIEW (widget), g_variant_get_string (parameter, NULL), FU_FOLLOW_UP_STATE_DISMISSED);
}

static void
snooze_until (FuFollowUpsView *self,
              FuFollowUp      *follow_up,
              GDateTime       *until)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (until, self->zone);
  g_autofree char *when = g_date_time_format (local, "%A %e %B, %H:%M");
  g_autofree char *text = NULL;

  push_undo (self, follow_up);
  fu_follow_up_set_snoozed_until (follow_up, until);
  fu_follow_up_set_state (follow_up, FU_FOLLOW_UP_STATE_SNOOZED);
  /* Translators: the first %s is what to do, the second a day and time */
  text = g_strdup_printf (_("“%s” snoozed until %s"), fu_agenda_what (follow_up), g_strstrip (when));
  show_toast (self, text, TRUE);
  rebuild (self);
}

static void
agenda_snooze_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FuFollowUpsView *self = FU_FOLLOW_UPS_VIEW (widget);
  const char *id, *choice;
  FuFollowUp *follow_up;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) until = NULL;
  FuSnooze snooze;

  g_variant_get (parameter, "(&s&s)", &id, &choice);
  if (g_str_equal (choice, "hour"))
    snooze = FU_SNOOZE_HOUR;
  else if (g_str_equal (choice, "tomorrow"))
    snooze = FU_SNOOZE_TOMORROW;
  else if (g_str_equal (choice, "next-week"))
    snooze = FU_SNOOZE_NEXT_WEEK;
  else
    return;

  follow_up = find_writable (self, id);
  if (follow_up == NULL)
    return;

  now = g_date_time_new_now (self->zone);
  until = fu_agenda_snooze_until (snooze, now, self->zone);
  snooze_until (self, follow_up, until);
}

static void
on_pick_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     FuFollowUpsView  *self)
{
  GtkCalendar *calendar = g_object_get_data (G_OBJECT (dialog), "calendar");
  GtkSpinButton *hour = g_object_get_data (G_OBJECT (dialog), "hour");
  GtkSpinButton *minute = g_object_get_data (G_OBJECT (dialog), "minute");
  const char *id = g_object_get_data (G_OBJECT (dialog), "id");
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) until = NULL;
  g_autoptr(GDateTime) now = NULL;
  FuFollowUp *follow_up;

  if (!g_str_equal (response, "snooze"))
    return;

  follow_up = find_writable (self, id);
  if (follow_up == NULL)
    return;

  day = gtk_calendar_get_date (calendar);
  until = g_date_time_new (self->zone, g_date_time_get_year (day), g_date_time_get_month (day),
                           g_date_time_get_day_of_month (day), gtk_spin_button_get_value_as_int (hour),
                           gtk_spin_button_get_value_as_int (minute), 0);
  now = g_date_time_new_now (self->zone);
  if (until == NULL || g_date_time_compare (until, now) <= 0)
    {
      show_toast (self, _("That time has passed; pick one in the future to snooze until"), FALSE);
      return;
    }

  snooze_until (self, follow_up, until);
}

static GtkWidget *
time_spin (int         value,
           int         upper,
           const char *name)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (spin), GTK_ORIENTATION_VERTICAL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return spin;
}

static void
agenda_snooze_pick_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  FuFollowUpsView *self = FU_FOLLOW_UPS_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GDateTime) tomorrow = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box, *clock, *calendar, *hour, *minute;

  if (find_writable (self, id) == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Snooze Until…"), NULL));
  tomorrow = fu_agenda_snooze_until (FU_SNOOZE_TOMORROW, self->now, self->zone);
  calendar = gtk_calendar_new ();
  gtk_calendar_select_day (GTK_CALENDAR (calendar), tomorrow);
  gtk_accessible_update_property (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Day"), -1);
  hour = time_spin (FU_AGENDA_MORNING_HOUR, 23, _("Hour"));
  minute = time_spin (0, 59, _("Minute"));
  clock = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (clock, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (clock), hour);
  gtk_box_append (GTK_BOX (clock), gtk_label_new (":"));
  gtk_box_append (GTK_BOX (clock), minute);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), calendar);
  gtk_box_append (GTK_BOX (box), clock);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "snooze", _("_Snooze"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "snooze", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "snooze");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "calendar", calendar);
  g_object_set_data (G_OBJECT (dialog), "hour", hour);
  g_object_set_data (G_OBJECT (dialog), "minute", minute);
  g_object_set_data_full (G_OBJECT (dialog), "id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_pick_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
agenda_undo_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FuFollowUpsView *self = FU_FOLLOW_UPS_VIEW (widget);
  UndoEntry *entry = g_queue_pop_head (&self->undo);

  if (entry != NULL && self->store != NULL && !fu_store_get_read_only (self->store))
    {
      fu_follow_up_set_snoozed_until (entry->follow_up, entry->snoozed_until);
      fu_follow_up_set_state (entry->follow_up, entry->state);
      rebuild (self);
    }

  g_clear_pointer (&entry, undo_entry_free);
  gtk_widget_action_set_enabled (widget, "agenda.undo", !g_queue_is_empty (&self->undo));
}

/* Ctrl+Z undoes a follow-up change only while the view is on screen, so
 * on the board it stays the board's; a text field keeps its own undo. */
static gboolean
undo_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_EDITABLE (w))
      return FALSE;

  return gtk_widget_activate_action (widget, "agenda.undo", NULL);
}

/* ---- list ---------------------------------------------------------- */

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             FuFollowUpsView          *self)
{
  gtk_list_item_set_child (list_item, fu_follow_up_row_new ());
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            FuFollowUpsView          *self)
{
  GObject *item = gtk_list_item_get_item (list_item);
  gboolean header = GTK_IS_STRING_OBJECT (item);

  gtk_list_item_set_activatable (list_item, !header);
  gtk_list_item_set_selectable (list_item, FALSE);
  fu_follow_up_row_bind (FU_FOLLOW_UP_ROW (gtk_list_item_get_child (list_item)),
                         item, self->store, self->now, self->zone);
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              FuFollowUpsView          *self)
{
  fu_follow_up_row_unbind (FU_FOLLOW_UP_ROW (gtk_list_item_get_child (list_item)));
}

/* The rows are built when the view is first shown, not while it waits
 * hidden behind the board at start-up. */
static void
on_map_cb (FuFollowUpsView *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  flush_rebuild (self);
  flush_refilter (self);
  if (gtk_list_view_get_model (self->list_view) != NULL)
    return;

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->slice)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

/* Enter on a follow-up opens its job. */
static void
on_activate_cb (GtkListView     *list_view,
                guint            position,
                FuFollowUpsView *self)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  const char *job_id;

  if (!FU_IS_FOLLOW_UP (item))
    return;

  job_id = fu_follow_up_get_job_id (FU_FOLLOW_UP (item));
  if (job_id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-job", "s", job_id);
}

/* GTK 4.8's list view takes no focus from Tab until one of its rows has
 * had it, and the scrolled window around it takes the focus instead: hand
 * it on to the first follow-up (once the scrolled window is done taking
 * it), so the keyboard reaches the rows (arrows) and their buttons (Tab). */
static gboolean
focus_first_row_cb (gpointer user_data)
{
  FuFollowUpsView *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  self->focus_idle_id = 0;
  if (root == NULL || gtk_root_get_focus (root) != self->scroller)
    return G_SOURCE_REMOVE;

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      /* The row itself refuses a plain grab; moving into it works. */
      if (FU_IS_FOLLOW_UP_ROW (row) && gtk_widget_get_mapped (row) &&
          fu_follow_up_row_get_follow_up (FU_FOLLOW_UP_ROW (row)) != NULL &&
          gtk_widget_child_focus (item, GTK_DIR_TAB_FORWARD))
        break;
    }

  return G_SOURCE_REMOVE;
}

static void
on_scroller_focus_cb (FuFollowUpsView *self,
                      GParamSpec      *pspec,
                      GtkWidget       *scroller)
{
  if (gtk_widget_has_focus (scroller) && self->focus_idle_id == 0)
    self->focus_idle_id = g_idle_add (focus_first_row_cb, self);
}

/* ---- object -------------------------------------------------------- */

static void
fu_follow_ups_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  FuFollowUpsView *self = FU_FOLLOW_UPS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_N_DUE_TODAY:
      g_value_set_uint (value, self->n_due_today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_follow_ups_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  FuFollowUpsView *self = FU_FOLLOW_UPS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fu_follow_ups_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_follow_ups_view_dispose (GObject *object)
{
  FuFollowUpsView *self = FU_FOLLOW_UPS_VIEW (object);

  /* Letting the store go schedules a count: the sources go after it. */
  fu_follow_ups_view_set_store (self, NULL);
  fu_follow_ups_view_set_search (self, NULL);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->count_id, g_source_remove);
  g_clear_handle_id (&self->focus_idle_id, g_source_remove);
  g_queue_clear_full (&self->undo, undo_entry_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_FOLLOW_UPS_VIEW);
  g_clear_object (&self->grower);
  g_clear_object (&self->slice);
  g_clear_object (&self->items);
  g_clear_pointer (&self->sorted, g_array_unref);
  g_clear_pointer (&self->mirror, g_ptr_array_unref);
  for (guint i = 0; i < FU_AGENDA_N_GROUPS; i++)
    g_clear_object (&self->headers[i]);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->zone, g_time_zone_unref);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (fu_follow_ups_view_parent_class)->dispose (object);
}

static void
fu_follow_ups_view_class_init (FuFollowUpsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_follow_ups_view_dispose;
  object_class->get_property = fu_follow_ups_view_get_property;
  object_class->set_property = fu_follow_ups_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FU_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DUE_TODAY] =
    g_param_spec_uint ("n-due-today", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-follow-ups-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpsView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpsView, stack);
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpsView, scroller);
  gtk_widget_class_bind_template_callback (widget_class, on_scroller_focus_cb);

  gtk_widget_class_install_action (widget_class, "agenda.done", "s", agenda_done_action);
  gtk_widget_class_install_action (widget_class, "agenda.dismiss", "s", agenda_dismiss_action);
  gtk_widget_class_install_action (widget_class, "agenda.snooze", "(ss)", agenda_snooze_action);
  gtk_widget_class_install_action (widget_class, "agenda.snooze-pick", "s", agenda_snooze_pick_action);
  gtk_widget_class_install_action (widget_class, "agenda.undo", NULL, agenda_undo_action);

  gtk_widget_class_set_css_name (widget_class, "fufollowupsview");
}

static void
fu_follow_ups_view_init (FuFollowUpsView *self)
{
  static const FuAgendaGroup groups[] = {
    FU_AGENDA_OVERDUE, FU_AGENDA_TODAY, FU_AGENDA_THIS_WEEK, FU_AGENDA_LATER,
  };
  GtkListItemFactory *factory;
  GtkEventController *shortcuts;
  GtkShortcut *undo;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_queue_init (&self->undo);

  self->items = g_object_new (FU_TYPE_FOLLOW_UPS_ITEMS, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      self->headers[groups[i]] = gtk_string_object_new (fu_agenda_group_get_title (groups[i]));
      g_ptr_array_add (self->items->held, g_object_ref (self->headers[groups[i]]));
    }
  self->sorted = g_array_new (FALSE, FALSE, sizeof (Sorted));
  self->mirror = g_ptr_array_new ();
  g_array_set_clear_func (self->sorted, sorted_clear);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_unbind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  self->slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->items)), 0, SLICE_START);
  self->grower = fu_list_grower_new (self->slice, GTK_SCROLLED_WINDOW (self->scroller));
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (on_activate_cb), self, 0);

  /* Bubble phase: a focused text field undoes its own text first. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  undo = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                           gtk_callback_action_new (undo_shortcut_cb, NULL, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), undo);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.undo", FALSE);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::home-time-zone", G_CALLBACK (update_zone),
                           self, G_CONNECT_SWAPPED);
  /* Follow-ups move from Today to Overdue as the clock runs. */
  self->tick_id = g_timeout_add_seconds (60, on_tick_cb, self);
  update_zone (self);
}
