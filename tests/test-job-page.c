/* test-job-page.c: the job page driven like a user drives it: open a job,
 * add a round with two interviewers (one of them new), reschedule it, and
 * log an inbound email, checking the saved file after every step and the
 * rules' follow-ups for the round on the page.
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "fu-test-ui.h"
#include "fu-application.h"
#include "fu-date-entry.h"
#include "fu-interaction-dialog.h"
#include "fu-job-card.h"
#include "fu-job-page.h"
#include "fu-paths.h"
#include "fu-round-dialog.h"
#include "fu-rules.h"
#include "fu-rules-settings.h"
#include "fu-window.h"

#define COMPANY   "AT&T <Labs>"
#define JOB_ID    "5a1f3c2e-0000-4000-8000-000000000001"
#define PRIYA_ID  "5a1f3c2e-0000-4000-8000-0000000000c1"
#define ZONE      "Europe/Zurich"

typedef struct _Test Test;
typedef gboolean (*StepFunc) (Test *test);

struct _Test
{
  FuTestUiRun    run;  /* first: the test is also its run */
  FuApplication *app;
  FuWindow      *window;
  FuStore       *store;
  FuJob         *job;
  FuJobPage     *page;
  char          *round_id;
  char          *prepare_id;   /* the rule-4 follow-up of the round */
  GDateTime     *start;        /* the round's start as the test typed it */
};

/* ---- helpers ------------------------------------------------------- */

/* The date field in the row titled @title. */
static FuDateEntry *
find_date_entry (GtkWidget  *root,
                 const char *title)
{
  GtkWidget *row = fu_test_ui_find_row (root, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return FU_DATE_ENTRY (fu_test_ui_find_descendant (row, FU_TYPE_DATE_ENTRY));
}

/* The window builds its job page the first time a job is opened. */
static gboolean
page_shown (Test *test)
{
  if (test->page == NULL)
    test->page = FU_JOB_PAGE (fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_JOB_PAGE));

  return test->page != NULL && gtk_widget_get_mapped (GTK_WIDGET (test->page)) &&
         fu_job_page_get_job (test->page) == test->job;
}

static JsonObject *
saved_job (JsonObject *root)
{
  JsonArray *jobs = json_object_get_array_member (root, "jobs");

  g_assert_cmpuint (json_array_get_length (jobs), ==, 1);
  return json_array_get_object_element (jobs, 0);
}

static GDateTime *
parse_time (const char *iso)
{
  g_assert_nonnull (iso);
  return g_date_time_new_from_iso8601 (iso, NULL);
}

static void
assert_same_instant (const char *iso,
                     GDateTime  *expected)
{
  g_autoptr(GDateTime) saved = parse_time (iso);

  g_assert_nonnull (saved);
  g_assert_true (g_date_time_equal (saved, expected));
}

/* The saved round: its zone, start, end an hour later (the length the
 * new round started with, which a reschedule keeps), and kind. */
static JsonObject *
assert_saved_round (JsonObject *root,
                    Test       *test)
{
  JsonArray *rounds = json_object_get_array_member (saved_job (root), "rounds");
  JsonObject *round;
  g_autoptr(GDateTime) end = g_date_time_add_hours (test->start, 1);

  g_assert_cmpuint (json_array_get_length (rounds), ==, 1);
  round = json_array_get_object_element (rounds, 0);
  g_assert_cmpstr (json_object_get_string_member (round, "id"), ==, test->round_id);
  g_assert_cmpstr (json_object_get_string_member (round, "kind"), ==, "hiring-manager");
  g_assert_cmpstr (json_object_get_string_member (round, "time_zone"), ==, ZONE);
  assert_same_instant (json_object_get_string_member (round, "start"), test->start);
  assert_same_instant (json_object_get_string_member (round, "end"), end);
  /* Written with the zone's own offset. */
  {
    g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (ZONE);
    g_autoptr(GDateTime) local = g_date_time_to_timezone (test->start, zone);
    g_autoptr(GDateTime) saved = parse_time (json_object_get_string_member (round, "start"));

    g_assert_cmpint (g_date_time_get_utc_offset (saved), ==, g_date_time_get_utc_offset (local));
  }
  return round;
}

/* The rules as the running app applies them, now; the runner may have
 * done it already, and running them twice changes nothing. */
static void
run_rules (Test *test)
{
  g_autoptr(FuRulesSettings) settings = fu_rules_settings_new_from_gsettings (fu_application_get_settings (test->app));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  fu_rules_run (test->store, now, settings, NULL);
}

/* The open rule-made follow-up of the round for @kind and @contact_id. */
static FuFollowUp *
round_follow_up (Test       *test,
                 int         kind,
                 const char *contact_id)
{
  GListModel *follow_ups = fu_store_get_follow_ups (test->store);

  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (follow_ups, i);

      if (fu_follow_up_get_kind (follow_up) == kind &&
          g_strcmp0 (fu_follow_up_get_round_id (follow_up), test->round_id) == 0 &&
          g_strcmp0 (fu_follow_up_get_contact_id (follow_up), contact_id) == 0 &&
          fu_follow_up_get_state (follow_up) == FU_FOLLOW_UP_STATE_OPEN)
        return follow_up;
    }

  return NULL;
}

/* @start in the round's zone, minus @days calendar days: the rules count
 * days in the zone of the event and keep the time of day. */
static GDateTime *
days_before (GDateTime *start,
             int        days)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (ZONE);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (start, zone);

  return g_date_time_add_days (local, -days);
}

/* A start @days from today at @hour:@minute in the round's zone. */
static GDateTime *
start_in (int days,
          int hour,
          int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (ZONE);
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_new (zone, g_date_time_get_year (day), g_date_time_get_month (day),
                          g_date_time_get_day_of_month (day), hour, minute, 0);
}

/* Types @start into the round's "Starts" field, as the user writes it. */
static void
type_start (GtkWidget *dialog,
            GDateTime *start)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (ZONE);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (start, zone);
  g_autofree char *text = g_date_time_format (local, "%Y-%m-%d %H:%M");
  FuDateEntry *entry = find_date_entry (dialog, "Starts");

  gtk_editable_set_text (fu_date_entry_get_editable (entry), text);
  g_assert_true (fu_date_entry_commit (entry));
}

/* ---- steps ----------------------------------------------------------- */

static gboolean
step_wait_loaded (Test *test)
{
  test->window = FU_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (test->app)));
  test->store = fu_application_get_store (test->app);

  if (test->window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (test->window)) ||
      !fu_store_get_loaded (test->store))
    return FALSE;

  test->job = g_object_ref (fu_store_find_job (test->store, JOB_ID));
  return TRUE;
}

/* The card opens the page with Enter, as the board's keyboard user does. */
static gboolean
step_open_from_card (Test *test)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (test->window));
  gboolean on_card = FALSE;

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    on_card |= FU_IS_JOB_CARD (w) || (gtk_widget_get_first_child (w) != NULL && FU_IS_JOB_CARD (gtk_widget_get_first_child (w)));

  if (test->run.ticks == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (test->window), "win.open-job", "s", JOB_ID);
      return FALSE;
    }
  if (test->run.ticks < 1000)
    {
      /* Opened; Escape goes back to the board, to the job's card. */
      if (!page_shown (test))
        return FALSE;
      g_assert_true (fu_test_ui_shows_text (GTK_WIDGET (test->page), COMPANY));
      fu_test_ui_xdotool (GTK_WINDOW (test->window), "key Escape");
      test->run.ticks = 1000;
      return FALSE;
    }
  if (test->run.ticks < 2000)
    {
      if (gtk_widget_get_mapped (GTK_WIDGET (test->page)) || !on_card)
        return FALSE;
      fu_test_ui_xdotool (GTK_WINDOW (test->window), "key Return");
      test->run.ticks = 2000;
      return FALSE;
    }

  return page_shown (test);
}

static gboolean
step_add_round (Test *test)
{
  GtkWindow *dialog = fu_test_ui_find_window (FU_TYPE_ROUND_DIALOG);
  GtkWidget *zone_row, *kind_row;
  g_autoptr(JsonObject) root = NULL;
  JsonArray *rounds;

  if (test->run.ticks == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (test->page), "job-page.add-round", NULL);
      return FALSE;
    }
  if (dialog == NULL)
    return FALSE;

  /* Added at once, and saved. */
  root = fu_test_ui_saved_root (test->store);
  rounds = json_object_get_array_member (saved_job (root), "rounds");
  g_assert_cmpuint (json_array_get_length (rounds), ==, 1);
  test->round_id = g_strdup (fu_round_get_id (fu_round_dialog_get_round (FU_ROUND_DIALOG (dialog))));

  kind_row = fu_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Kind");
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind_row), FU_ROUND_KIND_HIRING_MANAGER);

  /* A zone that does not exist is refused with a message, and changes
   * nothing; the real one is taken. */
  zone_row = fu_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Time Zone, e.g. Europe/Zurich");
  gtk_editable_set_text (GTK_EDITABLE (zone_row), "Europe/Zurichh");
  g_signal_emit_by_name (zone_row, "apply");
  g_assert_true (fu_test_ui_shows_text (GTK_WIDGET (dialog), "is not a time zone"));
  g_assert_cmpstr (fu_round_get_time_zone (fu_round_dialog_get_round (FU_ROUND_DIALOG (dialog))), !=, "Europe/Zurichh");
  gtk_editable_set_text (GTK_EDITABLE (zone_row), ZONE);
  g_signal_emit_by_name (zone_row, "apply");
  g_assert_false (fu_test_ui_shows_text (GTK_WIDGET (dialog), "is not a time zone"));

  /* A date that is not one says how to write it. */
  {
    FuDateEntry *entry = find_date_entry (GTK_WIDGET (dialog), "Starts");

    gtk_editable_set_text (fu_date_entry_get_editable (entry), "2026-02-30 14:00");
    g_assert_false (fu_date_entry_commit (entry));
    g_assert_nonnull (fu_date_entry_get_error (entry));
  }

  test->start = start_in (3, 14, 0);
  type_start (GTK_WIDGET (dialog), test->start);
  return TRUE;
}

static gboolean
step_add_interviewers (Test *test)
{
  GtkWindow *dialog = fu_test_ui_find_window (FU_TYPE_ROUND_DIALOG);
  GtkWidget *person = fu_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Person");
  GtkWidget *part = fu_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Part on This Job");
  GtkWidget *name = fu_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Name");
  g_autoptr(JsonObject) root = NULL;
  JsonObject *round;
  JsonArray *interviewers, *contacts, *links;
  const char *dana_id = NULL;

  /* Priya, already known: the only contact, after "New Person". */
  adw_combo_row_set_selected (ADW_COMBO_ROW (person), 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (part)), ==, FU_PART_AGENCY_RECRUITER);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "round.add-interviewer", NULL);

  /* Dana, new, made inline with her part on this job. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (person), 0);
  g_assert_true (gtk_widget_get_visible (name));
  gtk_editable_set_text (GTK_EDITABLE (name), "Dana Kim");
  adw_combo_row_set_selected (ADW_COMBO_ROW (part), FU_PART_HIRING_MANAGER);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "round.add-interviewer", NULL);

  /* Priya arranged it: the first person on the job, after "Nobody". */
  adw_combo_row_set_selected (ADW_COMBO_ROW (fu_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Arranged By")), 1);
  gtk_window_close (dialog);

  root = fu_test_ui_saved_root (test->store);
  round = assert_saved_round (root, test);
  interviewers = json_object_get_array_member (round, "interviewers");
  g_assert_cmpuint (json_array_get_length (interviewers), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (interviewers, 0), "contact_id"), ==, PRIYA_ID);
  g_assert_cmpstr (json_object_get_string_member (round, "arranged_by"), ==, PRIYA_ID);

  /* Dana is a contact now, at the job's company. */
  contacts = json_object_get_array_member (root, "contacts");
  g_assert_cmpuint (json_array_get_length (contacts), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *contact = json_array_get_object_element (contacts, i);

      if (g_strcmp0 (json_object_get_string_member (contact, "name"), "Dana Kim") == 0)
        {
          dana_id = json_object_get_string_member (contact, "id");
          g_assert_cmpstr (json_object_get_string_member (contact, "company"), ==, COMPANY);
        }
    }
  g_assert_nonnull (dana_id);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (interviewers, 1), "contact_id"), ==, dana_id);

  /* Both are linked to the job with their part on it. */
  links = json_object_get_array_member (saved_job (root), "contacts");
  g_assert_cmpuint (json_array_get_length (links), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *link = json_array_get_object_element (links, i);
      const char *id = json_object_get_string_member (link, "contact_id");

      g_assert_cmpstr (json_object_get_string_member (link, "part"), ==,
                       g_strcmp0 (id, PRIYA_ID) == 0 ? "agency-recruiter" : "hiring-manager");
      g_assert_true (g_strcmp0 (id, PRIYA_ID) == 0 || g_strcmp0 (id, dana_id) == 0);
    }
  return TRUE;
}

/* Rule 4: prepare a day before the round, in the round's zone; rule 10:
 * ask the agency recruiter for tips two days before a hiring-manager
 * interview.  Both show on the page with their explanation. */
static gboolean
check_before_round (Test *test)
{
  FuFollowUp *prepare, *tips;
  g_autoptr(GDateTime) prepare_due = days_before (test->start, 1);
  g_autoptr(GDateTime) tips_due = days_before (test->start, 2);

  if (fu_test_ui_find_window (FU_TYPE_ROUND_DIALOG) != NULL)
    return FALSE;
  run_rules (test);
  prepare = round_follow_up (test, 4, NULL);
  tips = round_follow_up (test, 10, PRIYA_ID);
  if (prepare == NULL || tips == NULL)
    return FALSE;

  g_assert_true (g_date_time_equal (fu_follow_up_get_due (prepare), prepare_due));
  g_assert_true (g_date_time_equal (fu_follow_up_get_due (tips), tips_due));
  if (test->prepare_id == NULL)
    test->prepare_id = g_strdup (fu_follow_up_get_id (prepare));
  /* The same follow-up, moved, not a new one. */
  g_assert_cmpstr (fu_follow_up_get_id (prepare), ==, test->prepare_id);

  /* On the page: the rows say why, and the round names its people. */
  return fu_test_ui_shows_text (GTK_WIDGET (test->page), fu_follow_up_get_explanation (prepare)) &&
         fu_test_ui_shows_text (GTK_WIDGET (test->page), fu_follow_up_get_explanation (tips)) &&
         fu_test_ui_shows_text (GTK_WIDGET (test->page), "Priya Raman, Dana Kim");
}

static gboolean
step_rules_before_round (Test *test)
{
  return check_before_round (test);
}

static gboolean
step_reschedule (Test *test)
{
  GtkWindow *dialog = fu_test_ui_find_window (FU_TYPE_ROUND_DIALOG);
  g_autoptr(JsonObject) root = NULL;

  if (test->run.ticks == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (test->page), "job-page.edit-round", "s", test->round_id);
      return FALSE;
    }
  if (dialog == NULL)
    return FALSE;

  /* A move says where the round went and can be undone. */
  {
    FuRound *round = fu_round_dialog_get_round (FU_ROUND_DIALOG (dialog));
    g_autoptr(GDateTime) later = start_in (6, 16, 0);

    type_start (GTK_WIDGET (dialog), later);
    g_assert_true (g_date_time_equal (fu_round_get_start (round), later));
    g_assert_true (fu_test_ui_shows_text (GTK_WIDGET (dialog), "Round moved to"));
    gtk_widget_activate_action (GTK_WIDGET (dialog), "round.undo", NULL);
    g_assert_true (g_date_time_equal (fu_round_get_start (round), test->start));
  }

  g_clear_pointer (&test->start, g_date_time_unref);
  test->start = start_in (5, 9, 30);
  type_start (GTK_WIDGET (dialog), test->start);
  gtk_window_close (dialog);

  root = fu_test_ui_saved_root (test->store);
  assert_saved_round (root, test);
  return TRUE;
}

static gboolean
step_rules_after_reschedule (Test *test)
{
  return check_before_round (test);
}

/* The round really took place this morning: once it has ended, rule 7
 * asks for a thank-you note to each interviewer, by name, and the
 * preparation is no longer on the page. */
static gboolean
step_round_over (Test *test)
{
  GtkWindow *dialog = fu_test_ui_find_window (FU_TYPE_ROUND_DIALOG);
  FuFollowUp *priya, *dana;
  FuFollowUp *prepare;

  if (test->run.ticks == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (test->page), "job-page.edit-round", "s", test->round_id);
      return FALSE;
    }
  if (dialog != NULL)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (ZONE);
      g_autoptr(GDateTime) now = g_date_time_new_now (zone);
      g_autoptr(GDateTime) earlier = g_date_time_add_hours (now, -3);

      g_clear_pointer (&test->start, g_date_time_unref);
      test->start = g_date_time_new (zone, g_date_time_get_year (earlier), g_date_time_get_month (earlier),
                                     g_date_time_get_day_of_month (earlier), g_date_time_get_hour (earlier),
                                     g_date_time_get_minute (earlier), 0);
      type_start (GTK_WIDGET (dialog), test->start);
      gtk_window_close (dialog);
      return FALSE;
    }

  run_rules (test);
  priya = round_follow_up (test, 7, PRIYA_ID);
  prepare = fu_store_find_follow_up (test->store, test->prepare_id);
  dana = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (fu_store_get_follow_ups (test->store)); i++)
    {
      g_autoptr(FuFollowUp) f = g_list_model_get_item (fu_store_get_follow_ups (test->store), i);

      if (fu_follow_up_get_kind (f) == 7 && g_strcmp0 (fu_follow_up_get_contact_id (f), PRIYA_ID) != 0 &&
          g_strcmp0 (fu_follow_up_get_round_id (f), test->round_id) == 0)
        dana = f;
    }
  if (priya == NULL || dana == NULL)
    return FALSE;

  g_assert_cmpint (fu_follow_up_get_state (prepare), !=, FU_FOLLOW_UP_STATE_OPEN);
  g_assert_nonnull (strstr (fu_follow_up_get_explanation (priya), "Priya Raman"));
  g_assert_nonnull (strstr (fu_follow_up_get_explanation (dana), "Dana Kim"));
  return fu_test_ui_shows_text (GTK_WIDGET (test->page), fu_follow_up_get_explanation (priya)) &&
         fu_test_ui_shows_text (GTK_WIDGET (test->page), fu_follow_up_get_explanation (dana)) &&
         !fu_test_ui_shows_text (GTK_WIDGET (test->page), fu_follow_up_get_explanation (prepare));
}

static gboolean
step_log_inbound_email (Test *test)
{
  GtkWindow *dialog = fu_test_ui_find_window (FU_TYPE_INTERACTION_DIALOG);
  g_autoptr(JsonObject) root = NULL;
  JsonArray *interactions;
  JsonObject *interaction;

  if (test->run.ticks == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (test->page), "job-page.log-interaction", NULL);
      return FALSE;
    }
  if (test->run.ticks < 1000)
    {
      if (dialog == NULL)
        return FALSE;
      adw_combo_row_set_selected (ADW_COMBO_ROW (fu_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Kind")),
                                  FU_CHANNEL_EMAIL);
      adw_combo_row_set_selected (ADW_COMBO_ROW (fu_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Who Reached Out")),
                                  FU_DIRECTION_INBOUND);
      gtk_editable_set_text (GTK_EDITABLE (fu_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Subject or Summary")),
                             "Next steps & <timeline>");
      /* As a click on "Log" does: respond, then the dialog goes. */
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "log");
      gtk_window_destroy (dialog);
      test->run.ticks = 1000;
      return FALSE;
    }

  if (!fu_test_ui_shows_text (GTK_WIDGET (test->page), "Next steps & <timeline>"))
    return FALSE;

  root = fu_test_ui_saved_root (test->store);
  interactions = json_object_get_array_member (root, "interactions");
  g_assert_cmpuint (json_array_get_length (interactions), ==, 1);
  interaction = json_array_get_object_element (interactions, 0);
  g_assert_cmpstr (json_object_get_string_member (interaction, "job_id"), ==, JOB_ID);
  g_assert_cmpstr (json_object_get_string_member (interaction, "channel"), ==, "email");
  g_assert_cmpstr (json_object_get_string_member (interaction, "direction"), ==, "inbound");
  g_assert_cmpstr (json_object_get_string_member (interaction, "subject"), ==, "Next steps & <timeline>");
  g_assert_true (json_object_has_member (interaction, "time"));
  g_assert_true (fu_test_ui_shows_text (GTK_WIDGET (test->page), "Email from them"));
  return TRUE;
}

/* Deleting the round can be undone from the page. */
static gboolean
step_delete_round_and_undo (Test *test)
{
  GtkWindow *dialog = fu_test_ui_find_window (FU_TYPE_ROUND_DIALOG);
  g_autoptr(JsonObject) root = NULL;

  if (test->run.ticks == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (test->page), "job-page.edit-round", "s", test->round_id);
      return FALSE;
    }
  if (test->run.ticks < 1000)
    {
      if (dialog == NULL)
        return FALSE;
      gtk_widget_activate_action (GTK_WIDGET (dialog), "round.delete", NULL);
      g_assert_cmpuint (g_list_model_get_n_items (fu_job_get_rounds (test->job)), ==, 0);
      root = fu_test_ui_saved_root (test->store);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (saved_job (root), "rounds")), ==, 0);
      g_assert_true (fu_test_ui_shows_text (GTK_WIDGET (test->page), "Round deleted"));
      gtk_widget_activate_action (GTK_WIDGET (test->page), "job-page.undo", NULL);
      test->run.ticks = 1000;
      return FALSE;
    }

  root = fu_test_ui_saved_root (test->store);
  assert_saved_round (root, test);
  return TRUE;
}

static const StepFunc steps[] = {
  step_wait_loaded,
  step_open_from_card,
  step_add_round,
  step_add_interviewers,
  step_rules_before_round,
  step_reschedule,
  step_rules_after_reschedule,
  step_round_over,
  step_log_inbound_email,
  step_delete_round_and_undo,
  NULL,
};

/* A job in Interviewing that came through an agency recruiter. */
static void
write_data (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) applied = g_date_time_add_days (now, -10);
  g_autoptr(GDateTime) moved = g_date_time_add_days (now, -2);
  g_autofree char *applied_iso = g_date_time_format (applied, "%Y-%m-%dT%H:%M:%S+00:00");
  g_autofree char *moved_iso = g_date_time_format (moved, "%Y-%m-%dT%H:%M:%S+00:00");
  g_autofree char *dir = fu_paths_data_dir ();
  g_autofree char *path = fu_paths_data_file ();
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;

  json = g_strdup_printf ("{\"version\": 1,"
                          " \"jobs\": [{\"id\": \"" JOB_ID "\", \"company\": \"AT&T <Labs>\","
                          "  \"title\": \"Site Reliability Engineer\", \"stage\": \"interviewing\","
                          "  \"agency\": \"Northbridge Talent\", \"created\": \"%s\","
                          "  \"history\": [{\"stage\": \"applied\", \"time\": \"%s\"},"
                          "               {\"stage\": \"interviewing\", \"time\": \"%s\"}],"
                          "  \"contacts\": [{\"contact_id\": \"" PRIYA_ID "\", \"part\": \"agency-recruiter\"}]}],"
                          " \"contacts\": [{\"id\": \"" PRIYA_ID "\", \"name\": \"Priya Raman\","
                          "  \"company\": \"Northbridge Talent\", \"part\": \"agency-recruiter\"}]}",
                          applied_iso, applied_iso, moved_iso);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
}

static void
test_job_page_round_interviewers_reschedule_email (void)
{
  g_autoptr(FuApplication) app = NULL;
  Test test = { .run = { .steps = (const FuTestUiStep *) steps, .what = "job page" } };

  write_data ();
  app = fu_application_new ();
  test.app = app;
  test.run.app = G_APPLICATION (app);
  fu_test_ui_run (&test.run);
  g_clear_object (&test.job);
  g_clear_pointer (&test.round_id, g_free);
  g_clear_pointer (&test.prepare_id, g_free);
  g_clear_pointer (&test.start, g_date_time_unref);
}

/* The date field reads what people type and says plainly what is wrong. */
static void
test_job_page_date_entry (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (ZONE);
  g_autoptr(GDateTime) expected = g_date_time_new (zone, 2026, 12, 3, 14, 0, 0);
  g_autoptr(GDateTime) day = g_date_time_new (zone, 2026, 12, 3, 0, 0, 0);
  const char *bad[] = { "tomorrow", "2026-13-03", "2026-02-30", "2026-12-03 25:00", "2026-12-03 14:00 x" };
  GtkWidget *entry;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) parsed = fu_date_parse (bad[i], zone, &error);

      g_assert_null (parsed);
      g_assert_nonnull (error);
      g_test_message ("%s: %s", bad[i], error->message);
    }
  {
    g_autoptr(GDateTime) a = fu_date_parse ("2026-12-03 14:00", zone, NULL);
    g_autoptr(GDateTime) b = fu_date_parse (" 2026-12-03T14:00 ", zone, NULL);
    g_autoptr(GDateTime) c = fu_date_parse ("2026-12-03", zone, NULL);

    g_assert_true (g_date_time_equal (a, expected));
    g_assert_true (g_date_time_equal (b, expected));
    g_assert_true (g_date_time_equal (c, day));
    g_assert_null (fu_date_parse ("", zone, NULL));
  }

  entry = g_object_ref_sink (fu_date_entry_new ());
  fu_date_entry_set_time_zone (FU_DATE_ENTRY (entry), ZONE);
  fu_date_entry_set_date_time (FU_DATE_ENTRY (entry), expected);
  g_assert_cmpstr (gtk_editable_get_text (fu_date_entry_get_editable (FU_DATE_ENTRY (entry))), ==, "2026-12-03 14:00");
  /* A typo keeps the time as it was, with a message. */
  gtk_editable_set_text (fu_date_entry_get_editable (FU_DATE_ENTRY (entry)), "2026-12-3x");
  g_assert_false (fu_date_entry_commit (FU_DATE_ENTRY (entry)));
  g_assert_nonnull (fu_date_entry_get_error (FU_DATE_ENTRY (entry)));
  g_assert_true (g_date_time_equal (fu_date_entry_get_date_time (FU_DATE_ENTRY (entry)), expected));
  /* Emptied: no time. */
  gtk_editable_set_text (fu_date_entry_get_editable (FU_DATE_ENTRY (entry)), "");
  g_assert_true (fu_date_entry_commit (FU_DATE_ENTRY (entry)));
  g_assert_null (fu_date_entry_get_error (FU_DATE_ENTRY (entry)));
  g_assert_null (fu_date_entry_get_date_time (FU_DATE_ENTRY (entry)));
  g_object_unref (entry);
}

int
main (int   argc,
      char *argv[])
{
  fu_test_ui_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/job-page/date-entry", test_job_page_date_entry);
  g_test_add_func ("/job-page/round-interviewers-reschedule-email", test_job_page_round_interviewers_reschedule_email);

  return g_test_run ();
}
