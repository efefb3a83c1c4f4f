/* test-composer-ui.c: the composer in the running app, under Xvfb
 *
 * From a due thank-you follow-up (rule 7, a panel of two), the composer
 * opens with one tab per interviewer, addressed by name; a misspelled
 * word is marked in the text; "Mark as Sent" completes the follow-up,
 * and the interaction and the interviewer's thank-you are in the saved
 * JSON (issue "Composer", domain.md "Channels and etiquette").
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "fu-test-ui.h"
#include "fu-application.h"
#include "fu-composer-page.h"
#include "fu-composer-window.h"
#include "fu-paths.h"
#include "fu-store.h"

#define TICK_MS   100
#define MAX_TICKS 300  /* thirty seconds per step, for a loaded machine */

typedef struct _Test Test;
typedef gboolean (*StepFunc) (Test *test);

struct _Test
{
  FuApplication    *app;
  FuStore          *store;
  char             *follow_up_id;
  char             *job_id;
  char             *priya_id;
  char             *tom_id;
  FuComposerWindow *composer;
  guint             step;
  guint             ticks;
  const StepFunc   *steps;
};

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;

  fu_store_load_finish (FU_STORE (source), result, NULL);
  *done = TRUE;
}

/* The data file the app will open: a direct job, a panel round that
 * ended two hours ago with two interviewers, and Priya's due thank-you. */
static void
write_data (Test *test)
{
  g_autofree char *path = fu_paths_data_file ();
  g_autoptr(FuStore) store = fu_store_new (path);
  g_autoptr(FuJob) job = fu_job_new ();
  g_autoptr(FuContact) priya = fu_contact_new ();
  g_autoptr(FuContact) tom = fu_contact_new ();
  g_autoptr(FuRound) round = fu_round_new ();
  g_autoptr(FuInterviewer) priya_in = NULL;
  g_autoptr(FuInterviewer) tom_in = NULL;
  g_autoptr(FuJobContact) priya_link = NULL;
  g_autoptr(FuJobContact) tom_link = NULL;
  g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) start = g_date_time_add_hours (now, -3);
  g_autoptr(GDateTime) end = g_date_time_add_hours (now, -2);
  g_autoptr(GDateTime) due = g_date_time_add_hours (now, -1);
  gboolean loaded = FALSE;

  fu_store_load_async (store, NULL, on_loaded_cb, &loaded);
  while (!loaded)
    g_main_context_iteration (NULL, TRUE);

  fu_contact_set_name (priya, "Priya Wojciechowski");
  fu_contact_set_part (priya, FU_PART_HIRING_MANAGER);
  fu_contact_set_email (priya, "priya@example.com");
  fu_store_add_contact (store, priya);
  fu_contact_set_name (tom, "Tom Okafor");
  fu_contact_set_part (tom, FU_PART_PANEL_MEMBER);
  fu_contact_set_email (tom, "tom@example.com");
  fu_store_add_contact (store, tom);

  fu_job_set_company (job, "AT&T <Labs>");
  fu_job_set_title (job, "Platform Engineer");
  fu_job_move_to (job, FU_STAGE_INTERVIEWING, start);
  priya_link = fu_job_contact_new (fu_contact_get_id (priya), FU_PART_HIRING_MANAGER);
  tom_link = fu_job_contact_new (fu_contact_get_id (tom), FU_PART_PANEL_MEMBER);
  fu_job_add_contact_link (job, priya_link);
  fu_job_add_contact_link (job, tom_link);
  fu_round_set_kind (round, FU_ROUND_KIND_PANEL);
  fu_round_set_start (round, start);
  fu_round_set_end (round, end);
  fu_round_set_time_zone (round, "UTC");
  priya_in = fu_interviewer_new (fu_contact_get_id (priya));
  fu_interviewer_set_discussion_points (priya_in, "the migration to event sourcing");
  fu_round_add_interviewer (round, priya_in);
  tom_in = fu_interviewer_new (fu_contact_get_id (tom));
  fu_interviewer_set_discussion_points (tom_in, "on-call rotations");
  fu_round_add_interviewer (round, tom_in);
  fu_job_add_round (job, round);
  fu_store_add_job (store, job);

  fu_follow_up_set_kind (follow_up, 7);
  fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
  fu_follow_up_set_contact_id (follow_up, fu_contact_get_id (priya));
  fu_follow_up_set_round_id (follow_up, fu_round_get_id (round));
  fu_follow_up_set_occurrence (follow_up, 1);
  fu_follow_up_set_origin (follow_up, FU_FOLLOW_UP_ORIGIN_RULE);
  fu_follow_up_set_due (follow_up, due);
  fu_follow_up_set_created (follow_up, end);
  fu_store_add_follow_up (store, follow_up);

  g_assert_true (fu_store_flush (store, 5000, NULL));

  test->follow_up_id = g_strdup (fu_follow_up_get_id (follow_up));
  test->job_id = g_strdup (fu_job_get_id (job));
  test->priya_id = g_strdup (fu_contact_get_id (priya));
  test->tom_id = g_strdup (fu_contact_get_id (tom));
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0
          && gtk_widget_is_drawable (child))
        return child;
      found = find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_text_view (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_TEXT_VIEW (child))
        return child;
      found = find_text_view (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static FuComposerPage *
page_at (Test *test,
         guint i)
{
  AdwTabView *view = fu_composer_window_get_tab_view (test->composer);

  return FU_COMPOSER_PAGE (adw_tab_page_get_child (adw_tab_view_get_nth_page (view, i)));
}

static guint
count_checks (FuComposerPage *page,
              FuCheckKind     kind)
{
  GPtrArray *checks = fu_composer_page_get_checks (page);
  guint n = 0;

  for (guint i = 0; i < checks->len; i++)
    n += ((FuCheck *) checks->pdata[i])->kind == kind;
  return n;
}

/* ---- steps ----------------------------------------------------------- */

static gboolean
step_wait_loaded (Test *test)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (test->app));

  test->store = fu_application_get_store (test->app);
  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window))
         && fu_store_get_loaded (test->store)
         && fu_store_find_follow_up (test->store, test->follow_up_id) != NULL;
}

/* What the follow-up's "Write note" button does. */
static gboolean
step_compose (Test *test)
{
  GtkWindow *active;

  if (test->ticks == 0)
    g_action_group_activate_action (G_ACTION_GROUP (test->app), "compose",
                                    g_variant_new_string (test->follow_up_id));

  active = gtk_application_get_active_window (GTK_APPLICATION (test->app));
  if (!FU_IS_COMPOSER_WINDOW (active) || !gtk_widget_get_mapped (GTK_WIDGET (active)))
    return FALSE;
  test->composer = FU_COMPOSER_WINDOW (active);
  return TRUE;
}

static gboolean
step_one_tab_per_interviewer (Test *test)
{
  AdwTabView *view = fu_composer_window_get_tab_view (test->composer);
  FuComposerPage *priya, *tom;
  g_autofree char *priya_body = NULL;
  g_autofree char *tom_body = NULL;

  g_assert_cmpint (adw_tab_view_get_n_pages (view), ==, 2);
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (view, 0)), ==, "Priya Wojciechowski");
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (view, 1)), ==, "Tom Okafor");

  priya = page_at (test, 0);
  tom = page_at (test, 1);
  g_assert_cmpstr (fu_composer_page_get_draft (priya)->to, ==, "priya@example.com");
  g_assert_cmpstr (fu_composer_page_get_draft (tom)->to, ==, "tom@example.com");
  priya_body = fu_composer_page_dup_body (priya);
  tom_body = fu_composer_page_dup_body (tom);
  g_assert_true (g_str_has_prefix (priya_body, "Dear Priya,"));
  g_assert_nonnull (strstr (priya_body, "the migration to event sourcing"));
  g_assert_true (g_str_has_prefix (tom_body, "Dear Tom,"));

  /* The surname and the company are names, not misspellings. */
  g_assert_cmpuint (count_checks (priya, FU_CHECK_SPELLING), ==, 0);
  g_assert_cmpuint (count_checks (priya, FU_CHECK_NO_DICTIONARY), ==, 0);
  return TRUE;
}

static gboolean
step_misspelled_word_is_marked (Test *test)
{
  FuComposerPage *tom = page_at (test, 1);
  GtkTextView *view = GTK_TEXT_VIEW (find_text_view (GTK_WIDGET (tom)));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "misspelled");
  GtkTextIter iter;

  fu_composer_page_set_body (tom, "Dear Tom,\n\nI was glad to recieve the agenda.");
  fu_composer_page_check_now (tom);
  g_assert_cmpuint (count_checks (tom, FU_CHECK_SPELLING), ==, 1);
  /* "recieve" starts at character 25. */
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 25);
  g_assert_true (gtk_text_iter_has_tag (&iter, tag));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 12);
  g_assert_false (gtk_text_iter_has_tag (&iter, tag));
  return TRUE;
}

static gboolean
step_mark_sent (Test *test)
{
  FuFollowUp *follow_up = fu_store_find_follow_up (test->store, test->follow_up_id);

  if (test->ticks == 0)
    {
      FuComposerPage *priya = page_at (test, 0);
      GtkWidget *button = find_button (GTK_WIDGET (priya), "_Mark as Sent");

      g_assert_nonnull (button);
      g_signal_emit_by_name (button, "clicked");
    }

  return fu_follow_up_get_state (follow_up) == FU_FOLLOW_UP_STATE_DONE;
}

static gboolean
step_saved (Test *test)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *array;
  gboolean found_follow_up = FALSE, found_interaction = FALSE, found_thanks = FALSE;

  g_assert_true (fu_store_flush (test->store, 5000, &error));
  g_assert_no_error (error);
  json_parser_load_from_file (parser, fu_store_get_path (test->store), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  array = json_object_get_array_member (root, "follow_ups");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *f = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (f, "id"), test->follow_up_id) == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (f, "state"), ==, "done");
          found_follow_up = TRUE;
        }
    }

  array = json_object_get_array_member (root, "interactions");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  {
    JsonObject *interaction = json_array_get_object_element (array, 0);
    JsonArray *ids = json_object_get_array_member (interaction, "contact_ids");

    g_assert_cmpstr (json_object_get_string_member (interaction, "job_id"), ==, test->job_id);
    g_assert_cmpstr (json_object_get_string_member (interaction, "direction"), ==, "outbound");
    g_assert_cmpstr (json_object_get_string_member (interaction, "channel"), ==, "email");
    g_assert_nonnull (strstr (json_object_get_string_member (interaction, "body"), "Dear Priya,"));
    g_assert_cmpuint (json_array_get_length (ids), ==, 1);
    g_assert_cmpstr (json_array_get_string_element (ids, 0), ==, test->priya_id);
    found_interaction = TRUE;
  }

  array = json_object_get_array_member (root, "jobs");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonArray *rounds = json_object_get_array_member (json_array_get_object_element (array, i), "rounds");
      JsonArray *interviewers = json_object_get_array_member (json_array_get_object_element (rounds, 0), "interviewers");

      for (guint j = 0; j < json_array_get_length (interviewers); j++)
        {
          JsonObject *in = json_array_get_object_element (interviewers, j);
          gboolean sent = json_object_get_boolean_member_with_default (in, "thank_you_sent", FALSE);

          if (g_strcmp0 (json_object_get_string_member (in, "contact_id"), test->priya_id) == 0)
            found_thanks = sent;
          else
            g_assert_false (sent);
        }
    }

  g_assert_true (found_follow_up);
  g_assert_true (found_interaction);
  g_assert_true (found_thanks);
  return TRUE;
}

/* Priya's tab closed; Tom's note stays open to write. */
static gboolean
step_tab_closed (Test *test)
{
  AdwTabView *view = fu_composer_window_get_tab_view (test->composer);

  if (adw_tab_view_get_n_pages (view) != 1)
    return FALSE;
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (view, 0)), ==, "Tom Okafor");
  gtk_window_destroy (GTK_WINDOW (test->composer));
  return TRUE;
}

static const StepFunc steps[] = {
  step_wait_loaded,
  step_compose,
  step_one_tab_per_interviewer,
  step_misspelled_word_is_marked,
  step_mark_sent,
  step_saved,
  step_tab_closed,
  NULL,
};

static gboolean
on_tick_cb (gpointer user_data)
{
  Test *test = user_data;

  if (test->steps[test->step] == NULL)
    {
      g_action_group_activate_action (G_ACTION_GROUP (test->app), "quit", NULL);
      return G_SOURCE_REMOVE;
    }

  if (test->steps[test->step] (test))
    {
      g_test_message ("step %u done", test->step);
      test->step++;
      test->ticks = 0;
    }
  else if (++test->ticks > MAX_TICKS)
    {
      g_error ("composer step %u did not complete", test->step);
    }

  return G_SOURCE_CONTINUE;
}

static void
on_activate_cb (GApplication *app,
                Test         *test)
{
  g_timeout_add (TICK_MS, on_tick_cb, test);
}

static void
test_composer_thank_you_mark_sent (void)
{
  g_autoptr(FuApplication) app = fu_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  char *argv[] = { (char *) "followup", NULL };
  Test test = { .app = app, .steps = steps };

  g_settings_set_string (settings, "user-name", "Sam Taylor");
  write_data (&test);

  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &test);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_null (test.steps[test.step]);

  g_free (test.follow_up_id);
  g_free (test.job_id);
  g_free (test.priya_id);
  g_free (test.tom_id);
}

int
main (int   argc,
      char *argv[])
{
  fu_test_ui_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/composer/ui/thank-you-mark-sent", test_composer_thank_you_mark_sent);

  return g_test_run ();
}
