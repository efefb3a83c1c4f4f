/* test-agenda-ui.c: the follow-ups view driven like a user drives it
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real application: three applications sent ten days ago get their
 * first nudge from the rules (due three days ago: Overdue), and the user
 * has follow-ups of their own due later today, in three days and in a
 * month.  The view groups them under Overdue, Today, This Week and Later,
 * the switcher's badge counts those due by tonight, and Done, Dismiss and
 * Snooze (tomorrow morning in the home zone) reach the file; running the
 * engine again brings none of them back; Ctrl+Z undoes.  Preferences
 * changes the nudge offset and the open nudge moves.  (The narrow window
 * is tested in test-agenda-narrow.c.)
 */
#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "fu-test-ui.h"
#include "fu-agenda.h"
#include "fu-application.h"
#include "fu-board.h"
#include "fu-follow-up-row.h"
#include "fu-follow-ups-view.h"
#include "fu-preferences-window.h"
#include "fu-rules.h"
#include "fu-window.h"

#define COMPANY   "AT&T <Labs>"
#define HOME_ZONE "Asia/Kolkata"

typedef struct _Test Test;
typedef gboolean (*StepFunc) (Test *test);

struct _Test
{
  FuTestUiRun    run;  /* first: the test is also its run */
  FuApplication *app;
  FuWindow      *window;
  FuStore       *store;
  GTimeZone     *zone;
  FuJob         *jobs[3];
  FuFollowUp    *nudges[3];
  FuFollowUp    *own[3];    /* today, this week, later */
  gboolean       pressed;
  guint          due_before;
};

/* ---- helpers ------------------------------------------------------- */

static FuFollowUpsView *
view_of (Test *test)
{
  return FU_FOLLOW_UPS_VIEW (fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_FOLLOW_UPS_VIEW));
}

/* The row on screen that shows @follow_up. */
static FuFollowUpRow *
row_of (Test       *test,
        FuFollowUp *follow_up)
{
  GtkWidget *list = fu_test_ui_find_descendant (GTK_WIDGET (view_of (test)), GTK_TYPE_LIST_VIEW);

  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (FU_IS_FOLLOW_UP_ROW (row) && gtk_widget_get_mapped (row) &&
          fu_follow_up_row_get_follow_up (FU_FOLLOW_UP_ROW (row)) == follow_up)
        return FU_FOLLOW_UP_ROW (row);
    }

  return NULL;
}

static GtkWidget *
button_with_action (GtkWidget  *root,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      found = button_with_action (child, action);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The follow-up as it is on disk, after the store wrote every edit. */
static JsonObject *
saved_follow_up (Test       *test,
                 FuFollowUp *follow_up)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *list;

  g_assert_true (fu_store_flush (test->store, 5000, &error));
  g_assert_no_error (error);
  json_parser_load_from_file (parser, fu_store_get_path (test->store), &error);
  g_assert_no_error (error);

  list = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "follow_ups");
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *object = json_array_get_object_element (list, i);

      if (g_strcmp0 (json_object_get_string_member (object, "id"), fu_follow_up_get_id (follow_up)) == 0)
        return json_object_ref (object);
    }

  g_assert_not_reached ();
}

static void
assert_saved_state (Test       *test,
                    FuFollowUp *follow_up,
                    const char *state)
{
  g_autoptr(JsonObject) object = saved_follow_up (test, follow_up);

  g_assert_cmpstr (json_object_get_string_member (object, "state"), ==, state);
}

/* The user's own follow-up for @job, added to @store, which holds it. */
static FuFollowUp *
add_own_follow_up (FuStore    *store,
                   FuJob      *job,
                   const char *title,
                   GDateTime  *due)
{
  g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  fu_follow_up_set_kind (follow_up, FU_FOLLOW_UP_KIND_CUSTOM);
  fu_follow_up_set_origin (follow_up, FU_FOLLOW_UP_ORIGIN_USER);
  fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
  fu_follow_up_set_title (follow_up, title);
  fu_follow_up_set_due (follow_up, due);
  fu_follow_up_set_created (follow_up, now);
  fu_store_add_follow_up (store, follow_up);
  return follow_up;
}

static FuFollowUp *
find_nudge (Test  *test,
            FuJob *job,
            int    occurrence)
{
  GListModel *list = fu_store_get_follow_ups (test->store);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (list, i);

      if (fu_follow_up_get_kind (follow_up) == 2 && fu_follow_up_get_occurrence (follow_up) == occurrence &&
          g_strcmp0 (fu_follow_up_get_job_id (follow_up), fu_job_get_id (job)) == 0)
        return follow_up;
    }

  return NULL;
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
step_add_data (Test *test)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (test->zone);
  g_autoptr(GDateTime) applied = g_date_time_add_days (now, -10);
  g_autoptr(GDateTime) tomorrow = fu_agenda_day_start (now, test->zone, 1);
  g_autoptr(GDateTime) tonight = NULL;
  g_autoptr(GDateTime) in_three_days = g_date_time_add_days (now, 3);
  g_autoptr(GDateTime) in_a_month = g_date_time_add_days (now, 30);
  const char *companies[] = { COMPANY, "Initech", "Globex" };

  /* Halfway between now and midnight: later today whenever the test runs. */
  tonight = g_date_time_add (now, g_date_time_difference (tomorrow, now) / 2);

  for (guint i = 0; i < G_N_ELEMENTS (test->jobs); i++)
    {
      test->jobs[i] = fu_job_new ();
      fu_job_set_company (test->jobs[i], companies[i]);
      fu_job_set_title (test->jobs[i], "Site Reliability Engineer");
      fu_job_set_created (test->jobs[i], applied);
      fu_job_set_applied (test->jobs[i], applied);
      fu_job_set_stage (test->jobs[i], FU_STAGE_APPLIED);
      fu_store_add_job (test->store, test->jobs[i]);
    }

  test->own[0] = add_own_follow_up (test->store, test->jobs[0], "Send the portfolio link", tonight);
  test->own[1] = add_own_follow_up (test->store, test->jobs[1], "Book the reference call", in_three_days);
  test->own[2] = add_own_follow_up (test->store, test->jobs[2], "Ask about the team offsite", in_a_month);
  return TRUE;
}

/* The tab shows how many follow-ups need the user today before the
 * follow-ups page was ever opened (its view is built soon after the
 * board first shows the jobs, not when first shown). */
static gboolean
step_badge_before_visit (Test *test)
{
  AdwViewStack *stack = ADW_VIEW_STACK (fu_test_ui_find_descendant (GTK_WIDGET (test->window), ADW_TYPE_VIEW_STACK));
  AdwViewStackPage *page = adw_view_stack_get_page (stack, adw_view_stack_get_child_by_name (stack, "follow-ups"));

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "board");
  if (adw_view_stack_page_get_badge_number (page) != 4)
    return FALSE;
  g_assert_true (adw_view_stack_page_get_needs_attention (page));

  fu_test_ui_xdotool (GTK_WINDOW (test->window), "key ctrl+2");
  return TRUE;
}

/* The rules runner made the first nudge of each application. */
static gboolean
step_view_groups (Test *test)
{
  FuFollowUpsView *view = view_of (test);
  GListModel *items;
  AdwViewStack *stack = ADW_VIEW_STACK (fu_test_ui_find_descendant (GTK_WIDGET (test->window), ADW_TYPE_VIEW_STACK));
  AdwViewStackPage *page = adw_view_stack_get_page (stack, adw_view_stack_get_child_by_name (stack, "follow-ups"));
  const char *want[] = { "Overdue", NULL, NULL, NULL, "Today", NULL, "This Week", NULL, "Later", NULL };
  FuFollowUp *follow_ups[G_N_ELEMENTS (want)] = { NULL };

  /* The view is built when first shown. */
  if (view == NULL)
    return FALSE;
  items = fu_follow_ups_view_get_items (view);
  for (guint i = 0; i < G_N_ELEMENTS (test->nudges); i++)
    {
      test->nudges[i] = find_nudge (test, test->jobs[i], 1);
      if (test->nudges[i] == NULL)
        return FALSE;
    }
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "follow-ups") != 0 ||
      g_list_model_get_n_items (items) != G_N_ELEMENTS (want) || row_of (test, test->nudges[0]) == NULL)
    return FALSE;

  /* Headers and follow-ups in order: the nudges fell due three days
   * ago (seven days after applying), in the file's order among equals. */
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (want[i] != NULL)
        {
          g_assert_true (GTK_IS_STRING_OBJECT (item));
          g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), ==, want[i]);
        }
      else
        {
          g_assert_true (FU_IS_FOLLOW_UP (item));
          follow_ups[i] = FU_FOLLOW_UP (item);
        }
    }
  for (guint i = 1; i <= 3; i++)
    g_assert_cmpint (fu_follow_up_get_kind (follow_ups[i]), ==, 2);
  g_assert_true (follow_ups[5] == test->own[0]);
  g_assert_true (follow_ups[7] == test->own[1]);
  g_assert_true (follow_ups[9] == test->own[2]);

  /* Three overdue and one later today: four need the user today. */
  g_assert_cmpuint (fu_follow_ups_view_get_n_due_today (view), ==, 4);
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (page), ==, 4);
  g_assert_true (adw_view_stack_page_get_needs_attention (page));

  /* A row says what, for whom and where, with the name as written. */
  g_assert_true (fu_test_ui_shows_text (GTK_WIDGET (row_of (test, test->nudges[0])), "Nudge about the application"));
  g_assert_true (fu_test_ui_shows_text (GTK_WIDGET (row_of (test, test->nudges[0])), COMPANY));
  g_assert_true (fu_test_ui_shows_text (GTK_WIDGET (row_of (test, test->own[0])), "Send the portfolio link"));
  return TRUE;
}

/* A company renamed on its job shows at once on its rows, which do not
 * watch the job themselves. */
static gboolean
step_company_renamed (Test *test)
{
  FuFollowUpRow *row = row_of (test, test->own[0]);

  if (test->run.ticks == 0)
    {
      g_assert_nonnull (row);
      g_assert_true (fu_test_ui_shows_text (GTK_WIDGET (row), COMPANY));
      fu_job_set_company (test->jobs[0], "Initech <&> Sons");
      return FALSE;
    }

  return row != NULL && fu_test_ui_shows_text (GTK_WIDGET (row), "Initech <&> Sons");
}

/* Done from the keyboard: Tab from the header reaches the rows and their
 * buttons (the first row's Done button comes after a few presses), and
 * Return presses it. */
static gboolean
step_done (Test *test)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (test->window));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, FU_TYPE_FOLLOW_UP_ROW) : NULL;

  if (!test->pressed)
    {
      if (row != NULL && GTK_IS_BUTTON (focus) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), "agenda.done") == 0)
        {
          FuFollowUp *follow_up = fu_follow_up_row_get_follow_up (FU_FOLLOW_UP_ROW (row));

          /* The first row is one of the nudges: call it nudges[0]. */
          for (guint i = 1; i < G_N_ELEMENTS (test->nudges); i++)
            if (test->nudges[i] == follow_up)
              {
                test->nudges[i] = test->nudges[0];
                test->nudges[0] = follow_up;
              }
          g_assert_true (test->nudges[0] == follow_up);
          test->pressed = TRUE;
          fu_test_ui_xdotool (GTK_WINDOW (test->window), "key Return");
        }
      else if (test->run.ticks % 3 == 0)
        fu_test_ui_xdotool (GTK_WINDOW (test->window), "key Tab");
      return FALSE;
    }

  if (fu_follow_up_get_state (test->nudges[0]) != FU_FOLLOW_UP_STATE_DONE ||
      !fu_test_ui_shows_text (GTK_WIDGET (test->window), "“Nudge about the application” done"))
    return FALSE;

  assert_saved_state (test, test->nudges[0], "done");
  g_assert_null (row_of (test, test->nudges[0]));
  return TRUE;
}

static gboolean
step_dismiss (Test *test)
{
  FuFollowUpRow *row = row_of (test, test->nudges[1]);

  if (test->run.ticks == 0)
    {
      g_assert_nonnull (row);
      gtk_widget_activate (button_with_action (GTK_WIDGET (row), "agenda.dismiss"));
    }

  if (fu_follow_up_get_state (test->nudges[1]) != FU_FOLLOW_UP_STATE_DISMISSED)
    return FALSE;

  assert_saved_state (test, test->nudges[1], "dismissed");
  return TRUE;
}

/* Tomorrow at 9:00 on the clock of the home zone (not the process's). */
static GDateTime *
tomorrow_morning (Test *test)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (test->zone);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);

  return g_date_time_new (test->zone, g_date_time_get_year (tomorrow), g_date_time_get_month (tomorrow),
                          g_date_time_get_day_of_month (tomorrow), 9, 0, 0);
}

static gboolean
step_snooze (Test *test)
{
  FuFollowUpRow *row = row_of (test, test->nudges[2]);
  g_autoptr(GDateTime) want = NULL;
  g_autoptr(GDateTime) saved = NULL;
  g_autoptr(JsonObject) object = NULL;

  if (test->run.ticks == 0)
    {
      GtkMenuButton *menu_button = GTK_MENU_BUTTON (fu_test_ui_find_descendant (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON));
      GMenuModel *menu;

      /* The menu is built when it opens. */
      gtk_menu_button_popup (menu_button);
      menu = gtk_menu_button_get_menu_model (menu_button);
      /* 1 hour, tomorrow morning, next week, then "pick a time". */
      g_assert_nonnull (menu);
      g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 4);
      gtk_menu_button_popdown (menu_button);
      /* As the menu's "Until Tomorrow Morning" item does. */
      gtk_widget_activate_action (GTK_WIDGET (row), "agenda.snooze", "(ss)",
                                  fu_follow_up_get_id (test->nudges[2]), "tomorrow");
    }

  if (fu_follow_up_get_state (test->nudges[2]) != FU_FOLLOW_UP_STATE_SNOOZED)
    return FALSE;

  object = saved_follow_up (test, test->nudges[2]);
  g_assert_cmpstr (json_object_get_string_member (object, "state"), ==, "snoozed");
  saved = g_date_time_new_from_iso8601 (json_object_get_string_member (object, "snoozed_until"), NULL);
  want = tomorrow_morning (test);
  g_assert_nonnull (saved);
  g_assert_true (g_date_time_equal (saved, want));
  return TRUE;
}

/* The engine runs again (as it does after every edit): what the user did
 * stays done, dismissed and snoozed, and the same reminder is not made
 * again.  The view lists the snoozed nudge under This Week. */
static gboolean
step_engine_keeps_them (Test *test)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(FuRulesSettings) rules = fu_rules_settings_new_from_gsettings (settings);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) want = tomorrow_morning (test);
  GListModel *items = fu_follow_ups_view_get_items (view_of (test));
  GListModel *list = fu_store_get_follow_ups (test->store);
  gboolean in_week = FALSE;
  g_autofree char *header = NULL;

  fu_rules_run (test->store, now, rules, NULL);
  g_assert_cmpint (fu_follow_up_get_state (test->nudges[0]), ==, FU_FOLLOW_UP_STATE_DONE);
  g_assert_cmpint (fu_follow_up_get_state (test->nudges[1]), ==, FU_FOLLOW_UP_STATE_DISMISSED);
  g_assert_cmpint (fu_follow_up_get_state (test->nudges[2]), ==, FU_FOLLOW_UP_STATE_SNOOZED);
  g_assert_true (g_date_time_equal (fu_follow_up_get_snoozed_until (test->nudges[2]), want));
  assert_saved_state (test, test->nudges[0], "done");
  assert_saved_state (test, test->nudges[1], "dismissed");

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (list, i);

      if (fu_follow_up_get_kind (follow_up) == 2 && fu_follow_up_get_occurrence (follow_up) == 1)
        g_assert_true (follow_up == test->nudges[0] || follow_up == test->nudges[1] ||
                       follow_up == test->nudges[2]);
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (GTK_IS_STRING_OBJECT (item))
        {
          g_free (header);
          header = g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
        }
      g_assert_false (item == G_OBJECT (test->nudges[0]) || item == G_OBJECT (test->nudges[1]));
      if (item == G_OBJECT (test->nudges[2]))
        in_week = g_strcmp0 (header, "This Week") == 0;
    }
  g_assert_true (in_week);
  return TRUE;
}

/* Ctrl+Z in the view undoes the last snooze. */
static gboolean
step_undo (Test *test)
{
  if (test->run.ticks == 0)
    fu_test_ui_xdotool (GTK_WINDOW (test->window), "key ctrl+z");

  if (fu_follow_up_get_state (test->nudges[2]) != FU_FOLLOW_UP_STATE_OPEN)
    return FALSE;

  assert_saved_state (test, test->nudges[2], "open");
  return TRUE;
}

/* With the board shown the view does not sort and group at every
 * change, but the switcher's badge still counts what is due today; the
 * view is up to date once shown again. */
static gboolean
step_badge_off_screen (Test *test)
{
  FuFollowUpsView *view = view_of (test);
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (view), ADW_TYPE_VIEW_STACK));
  GListModel *items;

  if (test->run.ticks == 0)
    {
      adw_view_stack_set_visible_child_name (stack, "board");
      test->due_before = fu_follow_ups_view_get_n_due_today (view);
      g_assert_cmpint (fu_follow_up_get_state (test->nudges[2]), ==, FU_FOLLOW_UP_STATE_OPEN);
      fu_follow_up_set_state (test->nudges[2], FU_FOLLOW_UP_STATE_DONE);
      return FALSE;
    }
  if (fu_follow_ups_view_get_n_due_today (view) != test->due_before - 1)
    return FALSE;
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));

  adw_view_stack_set_visible_child_name (stack, "follow-ups");
  items = fu_follow_ups_view_get_items (view);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      g_assert_false (item == G_OBJECT (test->nudges[2]));
    }
  return TRUE;
}

/* The other way round: with the follow-ups shown, the board does not
 * work out its cards' next follow-ups at every change, and shows them
 * right once it is shown again. */
static gboolean
step_board_off_screen (Test *test)
{
  GtkWidget *board = fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_BOARD);
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (board, ADW_TYPE_VIEW_STACK));

  if (test->run.ticks == 0)
    {
      g_assert_false (gtk_widget_get_mapped (board));
      fu_follow_up_set_state (test->own[1], FU_FOLLOW_UP_STATE_DONE);
      return FALSE;
    }
  if (test->run.ticks == 5)
    adw_view_stack_set_visible_child_name (stack, "board");
  if (test->run.ticks <= 5 || !gtk_widget_get_mapped (board))
    return FALSE;

  /* Its job's card no longer offers it. */
  return !fu_test_ui_shows_text (board, "Book the reference call");
}

static const StepFunc steps[] = {
  step_wait_loaded,
  step_add_data,
  step_badge_before_visit,
  step_view_groups,
  step_company_renamed,
  step_done,
  step_dismiss,
  step_snooze,
  step_engine_keeps_them,
  step_undo,
  step_badge_off_screen,
  step_board_off_screen,
  NULL,
};

static void
test_agenda_view_done_snooze_dismiss (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(FuApplication) app = NULL;
  Test test = { .run = { .steps = (const FuTestUiStep *) steps, .what = "agenda" } };

  g_settings_set_string (settings, "home-time-zone", HOME_ZONE);
  test.zone = g_time_zone_new_identifier (HOME_ZONE);
  app = fu_application_new ();
  test.app = app;
  test.run.app = G_APPLICATION (app);
  fu_test_ui_run (&test.run);

  for (guint i = 0; i < G_N_ELEMENTS (test.jobs); i++)
    g_clear_object (&test.jobs[i]);
  g_time_zone_unref (test.zone);
}

/* ---- Preferences ----------------------------------------------------- */

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;

  fu_store_load_finish (FU_STORE (source), result, NULL);
  *done = TRUE;
}

static GtkWidget *
find_by_key (GtkWidget  *root,
             const char *key)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "fu-settings-key"), key) == 0)
        return child;
      found = find_by_key (child, key);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* An empty store, loaded, that saves to a file of its own. */
static FuStore *
load_temp_store (void)
{
  g_autofree char *dir = g_dir_make_tmp ("agenda-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "followup.json", NULL);
  FuStore *store = fu_store_new (path);
  gboolean loaded = FALSE;

  fu_store_load_async (store, NULL, on_loaded_cb, &loaded);
  while (!loaded)
    g_main_context_iteration (NULL, TRUE);

  return store;
}

/* Every rule has a switch and an offset on the page; a new nudge offset
 * typed there moves the open nudge once the rules run again (the
 * application's runner does that on every change of these keys). */
static void
test_agenda_preferences_offset_moves_due (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(FuStore) store = NULL;
  g_autoptr(FuJob) job = fu_job_new ();
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GDateTime) applied = g_date_time_add_days (now, -2);
  g_autoptr(FuRulesSettings) rules = NULL;
  g_autoptr(GDateTime) want = NULL;
  FuPreferencesWindow *prefs;
  FuFollowUp *nudge = NULL;
  GListModel *list;
  GtkWidget *spin;

  g_settings_set_string (settings, "home-time-zone", "Europe/Berlin");
  store = load_temp_store ();
  list = fu_store_get_follow_ups (store);

  fu_job_set_company (job, COMPANY);
  fu_job_set_created (job, applied);
  fu_job_set_applied (job, applied);
  fu_job_set_stage (job, FU_STAGE_APPLIED);
  fu_store_add_job (store, job);
  rules = fu_rules_settings_new_from_gsettings (settings);
  fu_rules_run (store, now, rules, NULL);
  g_clear_pointer (&rules, fu_rules_settings_free);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  nudge = g_list_model_get_item (list, 0);
  g_object_unref (nudge);
  want = g_date_time_add_days (applied, 7);
  g_assert_true (g_date_time_equal (fu_follow_up_get_due (nudge), want));

  prefs = fu_preferences_window_new (settings);
  for (int rule = 1; rule <= 20; rule++)
    {
      g_autofree char *enabled = g_strdup_printf ("rule-%d-enabled", rule);
      g_autofree char *offset = g_strdup_printf ("rule-%d-offset", rule);

      g_assert_true (GTK_IS_SWITCH (find_by_key (GTK_WIDGET (prefs), enabled)));
      g_assert_true (GTK_IS_SPIN_BUTTON (find_by_key (GTK_WIDGET (prefs), offset)));
    }
  g_assert_nonnull (find_by_key (GTK_WIDGET (prefs), "rule-2-second-offset"));
  g_assert_nonnull (find_by_key (GTK_WIDGET (prefs), "rule-17-check-in-offset"));

  /* Ten days instead of seven. */
  spin = find_by_key (GTK_WIDGET (prefs), "rule-2-offset");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 10);
  g_assert_cmpint (g_settings_get_int (settings, "rule-2-offset"), ==, 10);

  rules = fu_rules_settings_new_from_gsettings (settings);
  fu_rules_run (store, now, rules, NULL);
  g_clear_pointer (&want, g_date_time_unref);
  want = g_date_time_add_days (applied, 10);
  g_assert_cmpint (fu_follow_up_get_state (nudge), ==, FU_FOLLOW_UP_STATE_OPEN);
  g_assert_true (g_date_time_equal (fu_follow_up_get_due (nudge), want));

  /* Off: the open nudge is retired. */
  gtk_switch_set_active (GTK_SWITCH (find_by_key (GTK_WIDGET (prefs), "rule-2-enabled")), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "rule-2-enabled"));
  g_clear_pointer (&rules, fu_rules_settings_free);
  rules = fu_rules_settings_new_from_gsettings (settings);
  fu_rules_run (store, now, rules, NULL);
  g_assert_cmpint (fu_follow_up_get_state (nudge), ==, FU_FOLLOW_UP_STATE_RETIRED);

  gtk_window_destroy (GTK_WINDOW (prefs));
  g_settings_reset (settings, "rule-2-offset");
  g_settings_reset (settings, "rule-2-enabled");
}

/* ---- The view's order after edits ------------------------------------ */

static void
drain_main_loop (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
assert_same_items (FuFollowUpsView *moved,
                   FuFollowUpsView *sorted)
{
  GListModel *a = fu_follow_ups_view_get_items (moved);
  GListModel *b = fu_follow_ups_view_get_items (sorted);

  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(GObject) x = g_list_model_get_item (a, i);
      g_autoptr(GObject) y = g_list_model_get_item (b, i);

      if (GTK_IS_STRING_OBJECT (x))
        g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (x)), ==,
                         gtk_string_object_get_string (GTK_STRING_OBJECT (y)));
      else
        g_assert_true (x == y);
    }
}

/* The view on screen moves only the follow-ups an edit changed, and
 * sorts everything again after larger changes; a view off screen sorts
 * everything when asked for its items.  After each edit both list the
 * same, in the same order, equal due times (and no due time) included. */
static void
test_agenda_view_moves_as_sorted (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(FuStore) store = NULL;
  g_autoptr(FuJob) job = fu_job_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);
  FuFollowUp *follow_ups[40];
  FuFollowUpsView *shown = fu_follow_ups_view_new ();
  FuFollowUpsView *sorted = g_object_ref_sink (fu_follow_ups_view_new ());
  GtkWidget *window = gtk_window_new ();

  g_settings_set_string (settings, "home-time-zone", "UTC");
  store = load_temp_store ();

  fu_job_set_company (job, COMPANY);
  fu_store_add_job (store, job);
  for (guint i = 0; i < G_N_ELEMENTS (follow_ups); i++)
    {
      g_autofree char *title = g_strdup_printf ("Follow-up %u", i);
      g_autoptr(GDateTime) due = g_date_time_add_days (now, (int) (i * 7 % 5) - 1);

      /* Many share a due time, and a few have none. */
      follow_ups[i] = add_own_follow_up (store, job, title, i % 9 == 4 ? NULL : due);
    }

  fu_follow_ups_view_set_store (shown, store);
  fu_follow_ups_view_set_store (sorted, store);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (shown));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (shown)))
    g_main_context_iteration (NULL, TRUE);
  drain_main_loop ();
  assert_same_items (shown, sorted);

  for (guint step = 0; step < 80; step++)
    {
      FuFollowUp *follow_up = follow_ups[g_rand_int_range (rand, 0, G_N_ELEMENTS (follow_ups))];
      g_autoptr(GDateTime) time = g_date_time_add_days (now, g_rand_int_range (rand, -2, 4));

      switch (step % 7)
        {
        case 0:
          fu_follow_up_set_due (follow_up, time);
          break;
        case 1:
          fu_follow_up_set_state (follow_up, fu_follow_up_get_state (follow_up) == FU_FOLLOW_UP_STATE_OPEN
                                             ? FU_FOLLOW_UP_STATE_DONE : FU_FOLLOW_UP_STATE_OPEN);
          break;
        case 2:
          fu_follow_up_set_snoozed_until (follow_up, time);
          fu_follow_up_set_state (follow_up, FU_FOLLOW_UP_STATE_SNOOZED);
          break;
        case 3:
          fu_follow_up_set_title (follow_up, "Renamed, in place");
          break;
        case 4:
          /* Added at the end, as the rules add the next nudge. */
          add_own_follow_up (store, job, "Added", time);
          break;
        case 5:
          {
            /* One removed from the middle of the store's list. */
            GListModel *list = fu_store_get_follow_ups (store);
            g_autoptr(FuFollowUp) removed = g_list_model_get_item (list, g_list_model_get_n_items (list) - 3);

            g_autoptr(FuFollowUp) first = g_list_model_get_item (list, 0);

            fu_store_remove (store, FU_RECORD (removed));
            /* The store holds the first, which the next edits pick instead. */
            for (guint i = 0; i < G_N_ELEMENTS (follow_ups); i++)
              if (follow_ups[i] == removed)
                follow_ups[i] = first;
          }
          break;
        default:
          /* More at once than are moved one by one. */
          for (guint i = 0; i < G_N_ELEMENTS (follow_ups); i += 2)
            fu_follow_up_set_due (follow_ups[i], time);
          break;
        }
      drain_main_loop ();
      assert_same_items (shown, sorted);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (sorted);
  drain_main_loop ();
  g_settings_reset (settings, "home-time-zone");
}

int
main (int   argc,
      char *argv[])
{
  fu_test_ui_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/agenda/preferences-offset-moves-due", test_agenda_preferences_offset_moves_due);
  g_test_add_func ("/agenda/view-done-snooze-dismiss", test_agenda_view_done_snooze_dismiss);
  g_test_add_func ("/agenda/view-moves-as-sorted", test_agenda_view_moves_as_sorted);

  return g_test_run ();
}
