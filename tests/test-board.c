/* test-board.c: the board driven like a user drives it, with real key
 * presses and a real drag and drop (xdotool under Xvfb), checking the
 * saved file and the keyboard focus after every step.
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "fu-test-ui.h"
#include "fu-application.h"
#include "fu-board.h"
#include "fu-board-column.h"
#include "fu-close-job-dialog.h"
#include "fu-job-card.h"
#include "fu-job-page.h"
#include "fu-new-job-dialog.h"
#include "fu-window.h"

#define COMPANY   "AT&T <Labs>"

typedef struct _Test Test;
typedef gboolean (*StepFunc) (Test *test);

struct _Test
{
  FuTestUiRun    run;  /* first: the test is also its run */
  FuApplication *app;
  FuWindow      *window;
  FuStore       *store;
  FuJob         *job;
};

/* ---- helpers ------------------------------------------------------- */

static FuJob *
focused_card_job (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *child = focus != NULL ? gtk_widget_get_first_child (focus) : NULL;

  if (FU_IS_JOB_CARD (child))
    return fu_job_card_get_job (FU_JOB_CARD (child));
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (FU_IS_JOB_CARD (w))
      return fu_job_card_get_job (FU_JOB_CARD (w));

  return NULL;
}

static FuBoardColumn *
column_of_stage (Test    *test,
                 FuStage  stage)
{
  GtkWidget *board = fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_BOARD);

  for (GtkWidget *w = fu_test_ui_find_descendant (board, FU_TYPE_BOARD_COLUMN); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (fu_board_column_get_stage (FU_BOARD_COLUMN (w)) == stage)
      return FU_BOARD_COLUMN (w);

  return NULL;
}

static FuJobCard *
card_in_column (FuBoardColumn *column,
                FuJob         *job)
{
  GtkWidget *list = fu_test_ui_find_descendant (GTK_WIDGET (column), GTK_TYPE_LIST_VIEW);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *card = gtk_widget_get_first_child (row);

      if (FU_IS_JOB_CARD (card) && fu_job_card_get_job (FU_JOB_CARD (card)) == job &&
          gtk_widget_get_mapped (card))
        return FU_JOB_CARD (card);
    }

  return NULL;
}

/* The job as it is on disk, after the store has written every edit. */
static JsonObject *
saved_job (Test *test)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *jobs;

  g_assert_true (fu_store_flush (test->store, 5000, &error));
  g_assert_no_error (error);
  json_parser_load_from_file (parser, fu_store_get_path (test->store), &error);
  g_assert_no_error (error);

  jobs = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "jobs");
  for (guint i = 0; i < json_array_get_length (jobs); i++)
    {
      JsonObject *job = json_array_get_object_element (jobs, i);

      if (g_strcmp0 (json_object_get_string_member (job, "id"), fu_job_get_id (test->job)) == 0)
        return json_object_ref (job);
    }

  return NULL;
}

static void
assert_saved (Test       *test,
              const char *stage,
              const char *outcome)
{
  g_autoptr(JsonObject) job = saved_job (test);

  g_assert_nonnull (job);
  g_assert_cmpstr (json_object_get_string_member (job, "company"), ==, COMPANY);
  g_assert_cmpstr (json_object_get_string_member (job, "stage"), ==, stage);
  g_assert_cmpstr (json_object_get_string_member_with_default (job, "outcome", "none"), ==, outcome);
}

/* ---- steps ----------------------------------------------------------- */

static gboolean
step_wait_loaded (Test *test)
{
  test->window = FU_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (test->app)));
  test->store = fu_application_get_store (test->app);

  return test->window != NULL && gtk_widget_get_mapped (GTK_WIDGET (test->window)) &&
         fu_store_get_loaded (test->store);
}

static gboolean
step_new_job (Test *test)
{
  GtkWindow *dialog;

  if (test->run.ticks == 0)
    fu_test_ui_xdotool (GTK_WINDOW (test->window), "key ctrl+n");

  dialog = fu_test_ui_find_window (FU_TYPE_NEW_JOB_DIALOG);
  if (dialog == NULL)
    return FALSE;

  /* Type the company, the title, and press Enter. */
  fu_test_ui_xdotool (dialog, "type --delay 20 '" COMPANY "' && xdotool key Tab && "
                   "xdotool type --delay 20 'Site Reliability Engineer' && xdotool key Return");
  return TRUE;
}

static gboolean
step_job_created (Test *test)
{
  GListModel *jobs = fu_store_get_jobs (test->store);

  if (g_list_model_get_n_items (jobs) != 1 || fu_test_ui_find_window (FU_TYPE_NEW_JOB_DIALOG) != NULL)
    return FALSE;

  g_clear_object (&test->job);
  test->job = g_list_model_get_item (jobs, 0);
  /* A new job opens its page; Escape goes back to its card. */
  if (test->run.ticks < 1000)
    {
      GtkWidget *page = fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_JOB_PAGE);

      if (page == NULL || !gtk_widget_get_mapped (page) || fu_job_page_get_job (FU_JOB_PAGE (page)) != test->job)
        return FALSE;
      fu_test_ui_xdotool (GTK_WINDOW (test->window), "key Escape");
      test->run.ticks = 1000;
      return FALSE;
    }
  if (focused_card_job (GTK_WINDOW (test->window)) != test->job)
    return FALSE;

  g_assert_cmpstr (fu_job_get_title (test->job), ==, "Site Reliability Engineer");
  assert_saved (test, "applied", "none");
  /* The card shows the name as written. */
  g_assert_nonnull (card_in_column (column_of_stage (test, FU_STAGE_APPLIED), test->job));
  g_assert_true (fu_test_ui_shows_text (GTK_WIDGET (column_of_stage (test, FU_STAGE_APPLIED)), COMPANY));
  return TRUE;
}

static gboolean
step_key_move_right (Test *test)
{
  if (test->run.ticks == 0)
    fu_test_ui_xdotool (GTK_WINDOW (test->window), "key shift+alt+Right");

  /* Moved, the card kept the focus, and the toast says what happened
   * with the name as written. */
  if (fu_job_get_stage (test->job) != FU_STAGE_SCREENING ||
      focused_card_job (GTK_WINDOW (test->window)) != test->job ||
      !fu_test_ui_shows_text (GTK_WIDGET (test->window), COMPANY " moved to Screening"))
    return FALSE;

  assert_saved (test, "screening", "none");
  return TRUE;
}

static gboolean
step_key_move_left_and_back (Test *test)
{
  if (test->run.ticks == 0)
    fu_test_ui_xdotool (GTK_WINDOW (test->window), "key shift+alt+Left");
  if (test->run.ticks == 10)
    {
      g_assert_cmpint (fu_job_get_stage (test->job), ==, FU_STAGE_APPLIED);
      g_assert_true (focused_card_job (GTK_WINDOW (test->window)) == test->job);
      assert_saved (test, "applied", "none");
      fu_test_ui_xdotool (GTK_WINDOW (test->window), "key shift+alt+Right");
    }

  return test->run.ticks > 10 && fu_job_get_stage (test->job) == FU_STAGE_SCREENING &&
         focused_card_job (GTK_WINDOW (test->window)) == test->job;
}

static gboolean
step_drag_to_interviewing (Test *test)
{
  if (test->run.ticks == 0)
    {
      FuJobCard *card = card_in_column (column_of_stage (test, FU_STAGE_SCREENING), test->job);
      FuBoardColumn *target = column_of_stage (test, FU_STAGE_INTERVIEWING);
      graphene_point_t from, to;
      double dx, dy;
      g_autofree char *commands = NULL;

      g_assert_nonnull (card);
      g_assert_true (gtk_widget_compute_point (GTK_WIDGET (card), GTK_WIDGET (test->window),
                                               &GRAPHENE_POINT_INIT (40, 30), &from));
      g_assert_true (gtk_widget_compute_point (GTK_WIDGET (target), GTK_WIDGET (test->window),
                                               &GRAPHENE_POINT_INIT (100, 200), &to));
      gtk_native_get_surface_transform (GTK_NATIVE (test->window), &dx, &dy);

      /* The recipe GTK accepts: press, pass the threshold, reach the
       * target, move a little there, release, with pauses. */
      commands = g_strdup_printf ("mousemove --window %lu %d %d sleep 0.2 mousedown 1 sleep 0.2 "
                                  "mousemove --window %lu %d %d sleep 0.2 "
                                  "mousemove --window %lu %d %d sleep 0.2 "
                                  "mousemove --window %lu %d %d sleep 0.2 mouseup 1",
                                  fu_test_ui_xid (GTK_WINDOW (test->window)), (int) (from.x + dx), (int) (from.y + dy),
                                  fu_test_ui_xid (GTK_WINDOW (test->window)), (int) (from.x + dx + 30), (int) (from.y + dy + 20),
                                  fu_test_ui_xid (GTK_WINDOW (test->window)), (int) (to.x + dx), (int) (to.y + dy),
                                  fu_test_ui_xid (GTK_WINDOW (test->window)), (int) (to.x + dx + 6), (int) (to.y + dy + 6));
      fu_test_ui_xdotool (GTK_WINDOW (test->window), commands);
    }

  if (fu_job_get_stage (test->job) != FU_STAGE_INTERVIEWING ||
      focused_card_job (GTK_WINDOW (test->window)) != test->job)
    return FALSE;

  assert_saved (test, "interviewing", "none");
  return TRUE;
}

static gboolean
step_close (Test *test)
{
  GtkWindow *dialog;

  if (test->run.ticks == 0)
    fu_test_ui_xdotool (GTK_WINDOW (test->window), "key Delete");

  dialog = fu_test_ui_find_window (FU_TYPE_CLOSE_JOB_DIALOG);
  if (dialog == NULL)
    return FALSE;

  /* The note field has the focus; the preselected outcome is No response. */
  fu_test_ui_xdotool (dialog, "type --delay 20 'Went quiet' && xdotool key Return");
  return TRUE;
}

static gboolean
step_closed (Test *test)
{
  g_autoptr(JsonObject) job = NULL;

  /* Closed, and the toast says so with the name as written. */
  if (!fu_job_is_closed (test->job) || fu_test_ui_find_window (FU_TYPE_CLOSE_JOB_DIALOG) != NULL ||
      !fu_test_ui_shows_text (GTK_WIDGET (test->window), COMPANY " closed: No Response"))
    return FALSE;

  g_assert_cmpint (fu_job_get_outcome (test->job), ==, FU_OUTCOME_NO_RESPONSE);
  assert_saved (test, "interviewing", "no-response");
  job = saved_job (test);
  g_assert_cmpstr (json_object_get_string_member (job, "outcome_note"), ==, "Went quiet");
  /* The only card left the board; the focus stays in the window. */
  g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (test->window)));
  return TRUE;
}

static gboolean
step_undo (Test *test)
{
  if (test->run.ticks == 0)
    fu_test_ui_xdotool (GTK_WINDOW (test->window), "key ctrl+z");

  if (fu_job_is_closed (test->job) || focused_card_job (GTK_WINDOW (test->window)) != test->job)
    return FALSE;

  g_assert_cmpint (fu_job_get_stage (test->job), ==, FU_STAGE_INTERVIEWING);
  assert_saved (test, "interviewing", "none");
  return TRUE;
}

static gboolean
step_close_again_and_reopen (Test *test)
{
  GtkWindow *dialog;
  FuBoardColumn *closed;

  if (test->run.ticks == 0)
    fu_test_ui_xdotool (GTK_WINDOW (test->window), "key Delete");

  dialog = fu_test_ui_find_window (FU_TYPE_CLOSE_JOB_DIALOG);
  if (dialog != NULL && test->run.ticks < 1000)
    {
      /* As a click on "Close Job" does: respond, then the dialog goes. */
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
      gtk_window_destroy (dialog);
      test->run.ticks = 1000;  /* from here on, wait for the close */
      return FALSE;
    }
  if (!fu_job_is_closed (test->job))
    return FALSE;

  /* The closed list shows the job, name as written. */
  g_action_group_activate_action (G_ACTION_GROUP (test->window), "show-closed", NULL);
  closed = column_of_stage (test, FU_BOARD_COLUMN_CLOSED);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (closed)));
  g_assert_cmpuint (fu_board_column_get_n_jobs (closed), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (closed), "board.reopen", "s", fu_job_get_id (test->job));
  return TRUE;
}

static gboolean
step_reopened (Test *test)
{
  if (fu_job_is_closed (test->job) || focused_card_job (GTK_WINDOW (test->window)) != test->job)
    return FALSE;

  g_assert_cmpint (fu_job_get_stage (test->job), ==, FU_STAGE_INTERVIEWING);
  assert_saved (test, "interviewing", "none");
  return TRUE;
}

static gboolean
step_text_undo_is_the_fields (Test *test)
{
  GtkWindow *dialog = fu_test_ui_find_window (FU_TYPE_NEW_JOB_DIALOG);

  if (test->run.ticks == 0)
    fu_test_ui_xdotool (GTK_WINDOW (test->window), "key ctrl+n");
  if (dialog == NULL)
    return FALSE;

  if (test->run.ticks < 1000)
    {
      fu_test_ui_xdotool (dialog, "type --delay 20 'Typo' && sleep 0.3 && xdotool key ctrl+z");
      test->run.ticks = 1000;
      return FALSE;
    }
  if (test->run.ticks < 1030)
    return FALSE;  /* three seconds for the typing and the undo */

  {
    AdwEntryRow *row = ADW_ENTRY_ROW (fu_test_ui_find_descendant (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW));

    /* The field lost its text; the board did not undo the reopen. */
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
    g_assert_false (fu_job_is_closed (test->job));
    gtk_window_destroy (dialog);
  }
  return TRUE;
}

static const StepFunc steps[] = {
  step_wait_loaded,
  step_new_job,
  step_job_created,
  step_key_move_right,
  step_key_move_left_and_back,
  step_drag_to_interviewing,
  step_close,
  step_closed,
  step_undo,
  step_close_again_and_reopen,
  step_reopened,
  step_text_undo_is_the_fields,
  NULL,
};

static void
test_board_keyboard_drag_close_undo_reopen (void)
{
  g_autoptr(FuApplication) app = fu_application_new ();
  Test test = { .run = { G_APPLICATION (app), (const FuTestUiStep *) steps, "board" },
                .app = app };

  fu_test_ui_run (&test.run);
  g_clear_object (&test.job);
}

/* A card reads in full to a screen reader, urgency included, and shows a
 * company name with markup characters as written. */
static void
test_board_card_accessible_name (void)
{
  g_autofree char *dir = g_dir_make_tmp ("board-card-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "followup.json", NULL);
  g_autoptr(FuStore) store = fu_store_new (path);
  g_autoptr(FuJob) job = fu_job_new ();
  g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();
  g_autoptr(FuJobIndex) index = fu_job_index_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autofree char *description = NULL;
  g_autofree char *check = NULL;
  GtkWidget *card;

  fu_job_set_company (job, COMPANY);
  fu_job_set_title (job, "Site Reliability Engineer");
  fu_job_set_created (job, yesterday);
  fu_store_add_job (store, job);
  fu_follow_up_set_kind (follow_up, FU_FOLLOW_UP_KIND_CUSTOM);
  fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
  fu_follow_up_set_title (follow_up, "Thank Dana Kim for the panel interview");
  fu_follow_up_set_due (follow_up, yesterday);
  fu_store_add_follow_up (store, follow_up);
  fu_job_index_rebuild (index, store);

  card = g_object_ref_sink (fu_job_card_new ());
  fu_job_card_set_index (FU_JOB_CARD (card), index);
  fu_job_card_set_job (FU_JOB_CARD (card), job);

  description = fu_job_card_dup_description (FU_JOB_CARD (card));
  g_assert_nonnull (strstr (description, COMPANY));
  g_assert_nonnull (strstr (description, "Site Reliability Engineer"));
  g_assert_nonnull (strstr (description, "Overdue"));
  g_assert_nonnull (strstr (description, "Thank Dana Kim for the panel interview"));
  check = gtk_test_accessible_check_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, description);
  g_assert_null (check);

  /* Plain labels: the company and the badge as written. */
  g_assert_true (fu_test_ui_has_text (card, COMPANY, FALSE));
  g_assert_true (fu_test_ui_has_text (card, "Overdue", FALSE));
  g_object_unref (card);
}

int
main (int   argc,
      char *argv[])
{
  /* The test AT context lets the card's accessible name be read back. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  fu_test_ui_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/board/keyboard-drag-close-undo-reopen", test_board_keyboard_drag_close_undo_reopen);
  g_test_add_func ("/board/card-accessible-name", test_board_card_accessible_name);

  return g_test_run ();
}
