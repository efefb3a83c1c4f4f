/* fu-board.c: the pipeline board, one column per active stage
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything a user does to a job here is a "board.*" action: the card
 * menus, the drop targets and the shortcuts all go through them.  Moves,
 * closes, reopens and deletes can be undone from a toast or with Ctrl+Z.
 * Ctrl+Z is a board shortcut in the bubble phase, so a focused text field
 * gets it first and undoes its own text.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fu-board.h"
#include "fu-board-column.h"
#include "fu-close-job-dialog.h"
#include "fu-format.h"
#include "fu-gui.h"
#include "fu-job-card.h"
#include "fu-job-index.h"

#define MAX_UNDO 20

typedef enum {
  UNDO_STATE,   /* a move, close or reopen: put stage and outcome back */
  UNDO_DELETE,  /* a delete: put the job and its records back */
} UndoKind;

typedef struct
{
  UndoKind   kind;
  FuJob     *job;
  FuStage    stage;
  FuOutcome  outcome;
  char      *outcome_note;
  guint      n_history;
  GPtrArray *records;   /* UNDO_DELETE: the job's follow-ups and interactions */
} UndoEntry;

struct _FuBoard
{
  GtkWidget       parent_instance;

  FuStore        *store;
  FuJobIndex     *index;
  gboolean        show_closed;
  gboolean        narrow;
  /* A store change heard off screen, caught up with when shown. */
  gboolean        refresh_pending;
  GQueue          undo;
  AdwToast       *toast;  /* weak: the board's toast on show */
  gulong          store_handlers[4];

  /* The stages, then closed; NULL until the board first gets a store. */
  GtkWidget      *columns[FU_STAGE_OFFER + 2];
  gboolean        fed[FU_STAGE_OFFER + 2];  /* has the store's jobs */
  GtkFilter      *filter;  /* the search's, for columns made later */

  /* Template widgets */
  GtkStack       *stack;
  AdwBin         *spinner_slot;
  GtkWidget      *spinner;  /* built if the load takes a while */
  guint           spinner_timeout;
  gboolean        drawn;    /* a frame with the board was drawn */
  AdwStatusPage  *empty_page;
  GtkBox         *columns_box;
  GtkDropDown    *stage_picker;
};

G_DEFINE_FINAL_TYPE (FuBoard, fu_board, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SHOW_CLOSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define N_COLUMNS (G_N_ELEMENTS (((FuBoard *) NULL)->columns))
#define CLOSED_COLUMN (N_COLUMNS - 1)

static void
undo_entry_free (gpointer data)
{
  UndoEntry *entry = data;

  g_clear_object (&entry->job);
  g_clear_pointer (&entry->outcome_note, g_free);
  g_clear_pointer (&entry->records, g_ptr_array_unref);
  g_free (entry);
}

FuStore *
fu_board_get_store (FuBoard *self)
{
  g_return_val_if_fail (FU_IS_BOARD (self), NULL);

  return self->store;
}

/* The loading page's spinner comes only when the load goes on for a
 * while after the first frame: a quick one shows no flash of it.  Nor
 * does its icon (an SVG, the first of which brings in librsvg) hold up
 * the first frame; the empty page's icon, likewise, is only looked up
 * when shown.  Icons are looked up as their widgets are realized, shown
 * or not. */
#define SPINNER_DELAY_MS 400

static void update_page (FuBoard *self);

static gboolean
show_spinner_cb (gpointer user_data)
{
  FuBoard *self = user_data;

  self->spinner_timeout = 0;
  self->spinner = gtk_spinner_new ();
  adw_bin_set_child (self->spinner_slot, self->spinner);
  update_page (self);
  return G_SOURCE_REMOVE;
}

static void
on_first_frame_cb (FuBoard *self)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (self)), on_first_frame_cb, self);
  self->drawn = TRUE;
  update_page (self);
}

static void
update_spinner (FuBoard  *self,
                gboolean  loading)
{
  if (self->spinner != NULL)
    gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), loading);
  else if (loading && self->drawn && self->spinner_timeout == 0)
    self->spinner_timeout = g_timeout_add (SPINNER_DELAY_MS, show_spinner_cb, self);
  if (!loading)
    g_clear_handle_id (&self->spinner_timeout, g_source_remove);
}

/* Wide: every stage, and Closed when asked for.  Narrow: the picked one. */
static void
show_columns (FuBoard *self)
{
  guint picked = gtk_drop_down_get_selected (self->stage_picker);

  for (guint i = 0; self->columns[0] != NULL && i < N_COLUMNS; i++)
    gtk_widget_set_visible (self->columns[i],
                            self->narrow ? i == picked : (i != CLOSED_COLUMN || self->show_closed));
  gtk_widget_set_visible (GTK_WIDGET (self->stage_picker), self->narrow);
}

/* A column gets the store's jobs when it is first shown (and keeps them
 * when hidden again): the Closed column, hidden until asked for, builds
 * no cards at start. */
static void
feed_columns (FuBoard *self)
{
  for (guint i = 0; self->columns[0] != NULL && i < N_COLUMNS; i++)
    {
      if (self->fed[i] || self->store == NULL || !gtk_widget_get_visible (self->columns[i]))
        continue;

      self->fed[i] = TRUE;
      fu_board_column_set_jobs (FU_BOARD_COLUMN (self->columns[i]), fu_store_get_jobs (self->store), self->index);
    }
}

static void
update_columns (FuBoard *self)
{
  show_columns (self);
  feed_columns (self);
}

static void
on_stage_picked_cb (FuBoard *self)
{
  update_columns (self);
}

void
fu_board_set_narrow (FuBoard  *self,
                     gboolean  narrow)
{
  g_return_if_fail (FU_IS_BOARD (self));

  self->narrow = !!narrow;
  update_columns (self);
}

gboolean
fu_board_get_show_closed (FuBoard *self)
{
  g_return_val_if_fail (FU_IS_BOARD (self), FALSE);

  return self->show_closed;
}

void
fu_board_set_show_closed (FuBoard  *self,
                          gboolean  show_closed)
{
  g_return_if_fail (FU_IS_BOARD (self));

  show_closed = !!show_closed;
  if (self->show_closed == show_closed)
    return;

  self->show_closed = show_closed;
  update_columns (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_CLOSED]);
}

static GtkWidget *
column_for_job (FuBoard *self,
                FuJob   *job)
{
  FuStage stage;

  if (self->columns[0] == NULL)
    return NULL;
  if (fu_job_is_closed (job))
    return self->columns[CLOSED_COLUMN];

  stage = fu_job_get_stage (job);
  if (stage >= FU_STAGE_WISHLIST && stage <= FU_STAGE_OFFER)
    return self->columns[stage];

  return NULL;
}

static void
update_page (FuBoard *self)
{
  const char *page = "loading";

  if (self->store != NULL && fu_store_get_loaded (self->store))
    page = g_list_model_get_n_items (fu_store_get_jobs (self->store)) > 0 ? "board" : "empty";

  update_spinner (self, g_str_equal (page, "loading"));
  if (g_str_equal (page, "empty"))
    adw_status_page_set_icon_name (self->empty_page, APPLICATION_ID "-symbolic");
  /* The loaded board replaces the loading page at once: a crossfade
   * would show its cards only faintly for a fifth of a second, and draw
   * both pages into layers of their own on every frame of it. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "loading") == 0)
    gtk_stack_set_visible_child_full (self->stack, page, GTK_STACK_TRANSITION_TYPE_NONE);
  else
    gtk_stack_set_visible_child_name (self->stack, page);
}

/* Only what the edit moved: a column looks at every job again when a
 * job changed stage, and sorts again when a job's latest activity
 * changed.  A note typed or a follow-up marked done does neither, and
 * at 10,000 jobs the two were a third of every edit's stall. */
static void
refresh (FuBoard *self)
{
  FuJobIndexChange change = 0;

  self->refresh_pending = FALSE;
  if (self->store != NULL)
    change = fu_job_index_rebuild (self->index, self->store);

  for (guint i = 0; self->columns[0] != NULL && i < N_COLUMNS; i++)
    fu_board_column_refresh (FU_BOARD_COLUMN (self->columns[i]),
                             (change & FU_JOB_INDEX_CHANGE_STAGES) != 0,
                             (change & FU_JOB_INDEX_CHANGE_ORDER) != 0);

  update_page (self);
}

void
fu_board_focus_job (FuBoard *self,
                    FuJob   *job)
{
  GtkWidget *column;

  g_return_if_fail (FU_IS_BOARD (self));
  g_return_if_fail (FU_IS_JOB (job));

  refresh (self);
  column = column_for_job (self, job);
  if (column == NULL)
    return;
  if (column == self->columns[CLOSED_COLUMN])
    fu_board_set_show_closed (self, TRUE);
  for (guint i = 0; self->narrow && i < N_COLUMNS; i++)
    if (self->columns[i] == column)
      gtk_drop_down_set_selected (self->stage_picker, i);

  fu_board_column_focus_job (FU_BOARD_COLUMN (column), job);
}

static void
on_toast_dismissed_cb (FuBoard *self)
{
  g_clear_weak_pointer (&self->toast);
}

void
fu_board_set_filter (FuBoard   *self,
                     GtkFilter *filter)
{
  g_return_if_fail (FU_IS_BOARD (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));

  g_set_object (&self->filter, filter);
  for (guint i = 0; self->columns[0] != NULL && i < N_COLUMNS; i++)
    fu_board_column_set_filter (FU_BOARD_COLUMN (self->columns[i]), filter);
}

static void
show_toast (FuBoard    *self,
            const char *text,
            gboolean    can_undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (overlay == NULL)
    return;

  /* Toast titles are Pango markup in libadwaita 1.2. */
  escaped = g_markup_escape_text (text, -1);

  /* Normal toasts queue up in libadwaita: after a run of quick moves the
   * user would read stale news for half a minute.  The toast on show
   * takes the newest text instead (dismissing it mid-animation crashes
   * libadwaita 1.2). */
  if (self->toast != NULL)
    {
      adw_toast_set_title (self->toast, escaped);
      adw_toast_set_action_name (self->toast, can_undo ? "win.undo" : NULL);
      adw_toast_set_button_label (self->toast, can_undo ? _("_Undo") : NULL);
      return;
    }

  toast = adw_toast_new (escaped);
  g_set_weak_pointer (&self->toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  if (can_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static const char *
company_of (FuJob *job)
{
  const char *company = fu_job_get_company (job);

  return company != NULL && company[0] ? company : _("Unnamed company");
}

static void
push_undo (FuBoard   *self,
           UndoEntry *entry)
{
  g_queue_push_head (&self->undo, entry);
  while (g_queue_get_length (&self->undo) > MAX_UNDO)
    undo_entry_free (g_queue_pop_tail (&self->undo));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.undo", TRUE);
}

static UndoEntry *
snapshot_state (FuJob *job)
{
  UndoEntry *entry = g_new0 (UndoEntry, 1);

  entry->kind = UNDO_STATE;
  entry->job = g_object_ref (job);
  entry->stage = fu_job_get_stage (job);
  entry->outcome = fu_job_get_outcome (job);
  entry->outcome_note = g_strdup (fu_job_get_outcome_note (job));
  entry->n_history = g_list_model_get_n_items (fu_job_get_history (job));

  return entry;
}

static gboolean
store_is_writable (FuBoard *self)
{
  if (self->store == NULL)
    return FALSE;

  if (fu_store_get_read_only (self->store))
    {
      show_toast (self, _("This file is from a newer FollowUp and is only shown, not changed"), FALSE);
      return FALSE;
    }

  return TRUE;
}

static FuJob *
find_job (FuBoard    *self,
          const char *id)
{
  return self->store != NULL ? fu_store_find_job (self->store, id) : NULL;
}

static void
move_job (FuBoard *self,
          FuJob   *job,
          FuStage  stage)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;

  if (fu_job_is_closed (job) || fu_job_get_stage (job) == stage || !store_is_writable (self))
    return;

  push_undo (self, snapshot_state (job));
  now = g_date_time_new_now_local ();
  fu_job_move_to (job, stage, now);

  /* Translators: the first %s is a company, the second a stage */
  text = g_strdup_printf (_("%s moved to %s"), company_of (job), fu_stage_get_title (stage));
  show_toast (self, text, TRUE);
  fu_board_focus_job (self, job);
}

static void
board_move_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FuBoard *self = FU_BOARD (widget);
  const char *id, *stage_id;
  FuStage stage;
  FuJob *job;

  g_variant_get (parameter, "(&s&s)", &id, &stage_id);
  job = find_job (self, id);
  stage = fu_stage_from_string (stage_id);
  if (job == NULL || stage == FU_STAGE_UNKNOWN)
    return;

  move_job (self, job, stage);
}

/* The card with the keyboard focus: the focus sits on the list row that
 * holds the card, or on a button inside the card. */
static FuJob *
focused_job (FuBoard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *child;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;

  child = gtk_widget_get_first_child (focus);
  if (FU_IS_JOB_CARD (child))
    return fu_job_card_get_job (FU_JOB_CARD (child));

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (FU_IS_JOB_CARD (w))
      return fu_job_card_get_job (FU_JOB_CARD (w));

  return NULL;
}

static void
board_move_focused_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  FuBoard *self = FU_BOARD (widget);
  FuJob *job = focused_job (self);
  int step = g_variant_get_int32 (parameter);
  int stage;

  if (job == NULL || fu_job_is_closed (job))
    return;

  stage = (int) fu_job_get_stage (job) + step;
  if (stage < FU_STAGE_WISHLIST || stage > FU_STAGE_OFFER)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  move_job (self, job, stage);
}

/* A card left its column (closed or deleted): the keyboard focus goes to
 * the card now on top there, else to the first card on the board, so it
 * is never lost. */
static void
focus_after_removal (FuBoard   *self,
                     GtkWidget *column)
{
  if (column != NULL && fu_board_column_focus_first (FU_BOARD_COLUMN (column)))
    return;

  for (guint i = 0; self->columns[0] != NULL && i < CLOSED_COLUMN; i++)
    if (fu_board_column_focus_first (FU_BOARD_COLUMN (self->columns[i])))
      return;
}

static void
on_close_dialog_response_cb (FuCloseJobDialog *dialog,
                             const char       *response,
                             FuBoard          *self)
{
  FuJob *job = fu_close_job_dialog_get_job (dialog);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;
  GtkWidget *column;
  FuOutcome outcome;

  if (!g_str_equal (response, "close") || fu_job_is_closed (job) || !store_is_writable (self))
    return;

  outcome = fu_close_job_dialog_get_outcome (dialog);
  column = column_for_job (self, job);
  push_undo (self, snapshot_state (job));
  now = g_date_time_new_now_local ();
  fu_job_close (job, outcome, fu_close_job_dialog_get_note (dialog), now);

  /* Translators: the first %s is a company, the second an outcome */
  text = g_strdup_printf (_("%s closed: %s"), company_of (job), fu_outcome_get_title (outcome));
  show_toast (self, text, TRUE);
  refresh (self);
  focus_after_removal (self, column);
}

static void
close_job (FuBoard *self,
           FuJob   *job)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  FuCloseJobDialog *dialog;

  if (fu_job_is_closed (job) || !store_is_writable (self))
    return;

  dialog = fu_close_job_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, job);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
board_close_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FuBoard *self = FU_BOARD (widget);
  FuJob *job = find_job (self, g_variant_get_string (parameter, NULL));

  if (job != NULL)
    close_job (self, job);
}

static void
board_reopen_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FuBoard *self = FU_BOARD (widget);
  FuJob *job = find_job (self, g_variant_get_string (parameter, NULL));
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;

  if (job == NULL || !fu_job_is_closed (job) || !store_is_writable (self))
    return;

  push_undo (self, snapshot_state (job));
  now = g_date_time_new_now_local ();
  fu_job_reopen (job, now);

  /* Translators: the first %s is a company, the second a stage */
  text = g_strdup_printf (_("%s reopened in %s"), company_of (job), fu_stage_get_title (fu_job_get_stage (job)));
  show_toast (self, text, TRUE);
  fu_board_focus_job (self, job);
}

/* A job's follow-ups and interactions go with it, and come back with it. */
static GPtrArray *
take_job_records (FuBoard *self,
                  FuJob   *job)
{
  GListModel *lists[] = {
    fu_store_get_follow_ups (self->store),
    fu_store_get_interactions (self->store),
  };
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  const char *id = fu_job_get_id (job);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = g_list_model_get_n_items (lists[l]);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
          const char *job_id = FU_IS_FOLLOW_UP (item)
                               ? fu_follow_up_get_job_id (FU_FOLLOW_UP (item))
                               : fu_interaction_get_job_id (FU_INTERACTION (item));

          if (g_strcmp0 (job_id, id) == 0)
            g_ptr_array_add (records, g_steal_pointer (&item));
        }
    }

  for (guint i = 0; i < records->len; i++)
    fu_store_remove (self->store, g_ptr_array_index (records, i));

  return records;
}

static void
delete_job (FuBoard *self,
            FuJob   *job)
{
  UndoEntry *entry;
  g_autofree char *text = NULL;
  GtkWidget *column;

  if (!store_is_writable (self))
    return;

  column = column_for_job (self, job);
  entry = g_new0 (UndoEntry, 1);
  entry->kind = UNDO_DELETE;
  entry->job = g_object_ref (job);
  entry->records = take_job_records (self, job);
  fu_store_remove (self->store, FU_RECORD (job));
  push_undo (self, entry);

  /* Translators: %s is a company */
  text = g_strdup_printf (_("Job at %s deleted"), company_of (job));
  show_toast (self, text, TRUE);
  refresh (self);
  focus_after_removal (self, column);
}

static void
board_delete_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FuBoard *self = FU_BOARD (widget);
  FuJob *job = find_job (self, g_variant_get_string (parameter, NULL));

  if (job != NULL)
    delete_job (self, job);
}

static void
on_delete_dialog_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              FuBoard          *self)
{
  FuJob *job = g_object_get_data (G_OBJECT (dialog), "job");

  if (g_str_equal (response, "delete") && job != NULL && fu_store_find_job (self->store, fu_job_get_id (job)) == job)
    delete_job (self, job);
}

/* Delete on a card: an open job is closed (with its outcome), a closed
 * one is deleted after asking. */
static void
board_delete_focused_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  FuBoard *self = FU_BOARD (widget);
  FuJob *job = focused_job (self);
  GtkRoot *root;
  AdwMessageDialog *dialog;

  if (job == NULL)
    return;

  if (!fu_job_is_closed (job))
    {
      close_job (self, job);
      return;
    }

  root = gtk_widget_get_root (widget);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Delete This Job?"), NULL));
  /* Translators: %s is a company; the body is plain text */
  adw_message_dialog_format_body (dialog, _("The job at %s, its follow-ups and its logged interactions will be deleted."),
                                  company_of (job));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "job", g_object_ref (job), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
board_undo_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FuBoard *self = FU_BOARD (widget);
  UndoEntry *entry = g_queue_pop_head (&self->undo);

  if (entry == NULL || !store_is_writable (self))
    {
      g_clear_pointer (&entry, undo_entry_free);
      return;
    }

  if (entry->kind == UNDO_DELETE)
    {
      fu_store_add_job (self->store, entry->job);
      for (guint i = 0; i < entry->records->len; i++)
        {
          gpointer record = g_ptr_array_index (entry->records, i);

          if (FU_IS_FOLLOW_UP (record))
            fu_store_add_follow_up (self->store, record);
          else
            fu_store_add_interaction (self->store, record);
        }
    }
  else
    {
      GListModel *history = fu_job_get_history (entry->job);

      /* What the undone action wrote to the history goes too. */
      while (g_list_model_get_n_items (history) > entry->n_history)
        {
          g_autoptr(FuStageChange) change = g_list_model_get_item (history, g_list_model_get_n_items (history) - 1);
          fu_job_remove_history_entry (entry->job, change);
        }
      fu_job_set_outcome (entry->job, entry->outcome);
      fu_job_set_outcome_note (entry->job, entry->outcome_note);
      fu_job_set_stage (entry->job, entry->stage);
    }

  fu_board_focus_job (self, entry->job);
  undo_entry_free (entry);
  gtk_widget_action_set_enabled (widget, "board.undo", !g_queue_is_empty (&self->undo));
}

/* Ctrl+Z reaches the board only after a focused text field had its turn;
 * a field with nothing left to undo lets it through, and it must still
 * not undo a move behind the user's back. */
static gboolean
undo_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* Another page or view is in front (a job's page, the follow-ups):
   * its Ctrl+Z is its own, even when it has nothing left to undo. */
  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_EDITABLE (w))
      return FALSE;

  return gtk_widget_activate_action (widget, "board.undo", NULL);
}

static void
on_store_changed_cb (FuBoard *self)
{
  /* Off screen (the follow-ups or the contacts shown) the index and the
   * columns are not worked out again at every edit: at 10,000 jobs that
   * was most of an edit's stall on those pages. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->refresh_pending = TRUE;
      return;
    }
  refresh (self);
}

static void
fu_board_map (GtkWidget *widget)
{
  FuBoard *self = FU_BOARD (widget);

  GTK_WIDGET_CLASS (fu_board_parent_class)->map (widget);
  if (self->refresh_pending)
    refresh (self);
  if (!self->drawn)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (on_first_frame_cb), self, G_CONNECT_SWAPPED);
}

/* The data arrives in several batches (jobs, then their interactions and
 * follow-ups), each of which may re-sort a column while its list view
 * holds on to a row: once a load has settled, every column starts at the
 * top. */
static gboolean
scroll_to_top_idle_cb (gpointer user_data)
{
  FuBoard *self = user_data;

  for (guint i = 0; self->columns[0] != NULL && i < N_COLUMNS; i++)
    fu_board_column_scroll_to_top (FU_BOARD_COLUMN (self->columns[i]));

  return G_SOURCE_REMOVE;
}

static void
on_store_loaded_cb (FuBoard *self)
{
  refresh (self);
  if (self->store != NULL && fu_store_get_loaded (self->store))
    g_idle_add_full (G_PRIORITY_LOW, scroll_to_top_idle_cb, g_object_ref (self), g_object_unref);
}

/* The columns, each a list view with its models, are made when the
 * board first gets a store: after the window's first frame, which shows
 * the loading page. */
static void
ensure_columns (FuBoard *self)
{
  if (self->columns[0] != NULL)
    return;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      self->columns[i] = fu_board_column_new (i == CLOSED_COLUMN ? FU_BOARD_COLUMN_CLOSED : (FuStage) i);
      if (self->filter != NULL)
        fu_board_column_set_filter (FU_BOARD_COLUMN (self->columns[i]), self->filter);
      gtk_box_append (self->columns_box, self->columns[i]);
    }
  /* Fed by fu_board_set_store(), once the index is built. */
  show_columns (self);
}

void
fu_board_set_store (FuBoard *self,
                    FuStore *store)
{
  g_return_if_fail (FU_IS_BOARD (self));
  g_return_if_fail (store == NULL || FU_IS_STORE (store));

  if (self->store == store)
    return;

  /* The last handler watches the store's jobs, the others the store. */
  if (self->store != NULL)
    {
      for (guint i = 0; i + 1 < G_N_ELEMENTS (self->store_handlers); i++)
        g_clear_signal_handler (&self->store_handlers[i], self->store);
      g_clear_signal_handler (&self->store_handlers[G_N_ELEMENTS (self->store_handlers) - 1],
                              fu_store_get_jobs (self->store));
    }
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      self->store_handlers[0] = g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb),
                                                         self, G_CONNECT_SWAPPED);
      self->store_handlers[1] = g_signal_connect_object (store, "notify::loaded", G_CALLBACK (on_store_loaded_cb),
                                                         self, G_CONNECT_SWAPPED);
      self->store_handlers[2] = g_signal_connect_object (store, "notify::loading", G_CALLBACK (update_page),
                                                         self, G_CONNECT_SWAPPED);
      self->store_handlers[3] = g_signal_connect_object (fu_store_get_jobs (store), "items-changed",
                                                         G_CALLBACK (update_page), self, G_CONNECT_SWAPPED);
    }

  /* The columns filter and sort the jobs as they get them, by the
   * index's latest activity: made first, it gives each column its cards
   * in their final order at once, with nothing to refilter, resort and
   * bind again. */
  if (store != NULL)
    {
      ensure_columns (self);
      fu_job_index_rebuild (self->index, store);
    }
  for (guint i = 0; self->columns[0] != NULL && i < N_COLUMNS; i++)
    if (self->fed[i])
      {
        self->fed[i] = FALSE;
        fu_board_column_set_jobs (FU_BOARD_COLUMN (self->columns[i]), NULL, NULL);
      }
  feed_columns (self);
  g_queue_clear_full (&self->undo, undo_entry_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.undo", FALSE);
  update_page (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
fu_board_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  FuBoard *self = FU_BOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SHOW_CLOSED:
      g_value_set_boolean (value, self->show_closed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_board_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  FuBoard *self = FU_BOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fu_board_set_store (self, g_value_get_object (value));
      break;

    case PROP_SHOW_CLOSED:
      fu_board_set_show_closed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_board_dispose (GObject *object)
{
  FuBoard *self = FU_BOARD (object);

  fu_board_set_store (self, NULL);
  g_clear_weak_pointer (&self->toast);
  g_queue_clear_full (&self->undo, undo_entry_free);
  g_clear_handle_id (&self->spinner_timeout, g_source_remove);
  self->spinner = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_BOARD);
  /* Template children without an id are not unparented by GTK 4.8. */
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  memset (self->columns, 0, sizeof self->columns);
  g_clear_object (&self->filter);
  g_clear_object (&self->index);

  G_OBJECT_CLASS (fu_board_parent_class)->dispose (object);
}

static void
fu_board_class_init (FuBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_board_dispose;
  object_class->get_property = fu_board_get_property;
  object_class->set_property = fu_board_set_property;
  widget_class->map = fu_board_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         FU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SHOW_CLOSED] =
    g_param_spec_boolean ("show-closed", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-board.ui");
  gtk_widget_class_bind_template_child (widget_class, FuBoard, stack);
  gtk_widget_class_bind_template_child (widget_class, FuBoard, spinner_slot);
  gtk_widget_class_bind_template_child (widget_class, FuBoard, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FuBoard, columns_box);
  gtk_widget_class_bind_template_child (widget_class, FuBoard, stage_picker);
  gtk_widget_class_bind_template_callback (widget_class, on_stage_picked_cb);

  gtk_widget_class_install_action (widget_class, "board.move", "(ss)", board_move_action);
  gtk_widget_class_install_action (widget_class, "board.move-focused", "i", board_move_focused_action);
  gtk_widget_class_install_action (widget_class, "board.close", "s", board_close_action);
  gtk_widget_class_install_action (widget_class, "board.reopen", "s", board_reopen_action);
  gtk_widget_class_install_action (widget_class, "board.delete", "s", board_delete_action);
  gtk_widget_class_install_action (widget_class, "board.delete-focused", NULL, board_delete_focused_action);
  gtk_widget_class_install_action (widget_class, "board.undo", NULL, board_undo_action);
  gtk_widget_class_install_property_action (widget_class, "board.show-closed", "show-closed");

  gtk_widget_class_set_css_name (widget_class, "fuboard");
}

static void
fu_board_init (FuBoard *self)
{
  GtkEventController *shortcuts;
  struct {
    guint           key;
    GdkModifierType mods;
    const char     *action;
    const char     *format;
    int             arg;
  } keys[] = {
    { GDK_KEY_Left, GDK_SHIFT_MASK | GDK_ALT_MASK, "board.move-focused", "i", -1 },
    { GDK_KEY_Right, GDK_SHIFT_MASK | GDK_ALT_MASK, "board.move-focused", "i", 1 },
    { GDK_KEY_Delete, 0, "board.delete-focused", NULL, 0 },
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  g_queue_init (&self->undo);
  self->index = fu_job_index_new ();
  {
    g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);

    for (guint i = 0; i < CLOSED_COLUMN; i++)
      gtk_string_list_append (stages, fu_stage_get_title (i));
    gtk_string_list_append (stages, _("Closed"));
    gtk_drop_down_set_model (self->stage_picker, G_LIST_MODEL (stages));
    /* Most jobs wait in Applied. */
    gtk_drop_down_set_selected (self->stage_picker, FU_STAGE_APPLIED);
  }
  update_columns (self);

  /* Managed scope: the window runs these in the bubble phase, after a
   * focused text field has had its own Ctrl+Z. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcutAction *action = gtk_named_action_new (keys[i].action);
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].mods), action);

      if (keys[i].format != NULL)
        gtk_shortcut_set_arguments (shortcut, g_variant_new (keys[i].format, keys[i].arg));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
    }
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (undo_shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.undo", FALSE);
  update_page (self);
}
