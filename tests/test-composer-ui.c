/* test-composer-ui.c: the composer in the running app, under Xvfb
 *
 * From a due thank-you follow-up (rule 7, a panel of two), the composer
 * opens with one tab per interviewer, addressed by name; a misspelled
 * word is marked in the text; "Mark as Sent" completes the follow-up,
 * and the interaction and the interviewer's thank-you are in the saved
 * JSON (issue "Composer", domain.md "Channels and etiquette").
 *
 * Then the other ways in: a round's "Thank-You Notes" on the job page
 * (one draft per interviewer), "Write Note" on a contact's sheet (their
 * open follow-up's note, the template changeable), "Write Note…" on a
 * job without contacts (the name left unfilled and highlighted) and on an
 * agency job whose recruiter's calls keep missing (rule 9: the email
 * first, "Call Instead", "No Answer", "Email Instead"), each marked as
 * sent and read back from the JSON.
 *
 * The rules are switched off and the follow-ups are the user's own, so
 * the engine adds none and the data is exactly what is written here.
 *
 * FU_TEST_SCREENSHOTS=DIR saves PNGs of the job page and the composer.
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
#include "fu-contact-page.h"
#include "fu-job-page.h"
#include "fu-paths.h"
#include "fu-store.h"
#include "fu-templates.h"
#include "fu-window.h"

typedef struct _Test Test;
typedef gboolean (*StepFunc) (Test *test);

struct _Test
{
  FuTestUiRun       run;  /* first: the test is also its run */
  FuApplication    *app;
  FuStore          *store;
  char             *follow_up_id;
  char             *job_id;
  char             *priya_id;
  char             *tom_id;
  char             *rachel_id;
  char             *pre_decision_id;
  char             *call_id;
  char             *bare_job_id;
  char             *agency_job_id;
  GtkWindow        *window;
  FuComposerWindow *composer;
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

static FuFollowUp *
add_follow_up (FuStore    *store,
               int         kind,
               FuJob      *job,
               FuRound    *round,
               FuContact  *contact,
               GDateTime  *due)
{
  g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();

  fu_follow_up_set_kind (follow_up, kind);
  fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
  fu_follow_up_set_contact_id (follow_up, fu_contact_get_id (contact));
  fu_follow_up_set_round_id (follow_up, fu_round_get_id (round));
  fu_follow_up_set_occurrence (follow_up, 1);
  fu_follow_up_set_origin (follow_up, FU_FOLLOW_UP_ORIGIN_USER);
  fu_follow_up_set_due (follow_up, due);
  fu_store_add_follow_up (store, follow_up);
  return follow_up;
}

/* Priya's note before the decision (rule 11), a job nobody is linked to
 * yet, and an agency job whose recruiter missed two calls since her
 * interview, with rule 9 due. */
static void
write_more_data (Test      *test,
                 FuStore   *store,
                 FuJob     *job,
                 FuRound   *round,
                 FuContact *priya,
                 GDateTime *now)
{
  g_autoptr(FuJob) bare = fu_job_new ();
  g_autoptr(FuJob) agency = fu_job_new ();
  g_autoptr(FuContact) rachel = fu_contact_new ();
  g_autoptr(FuRound) screen = fu_round_new ();
  g_autoptr(FuInterviewer) rachel_in = NULL;
  g_autoptr(FuJobContact) rachel_link = NULL;
  g_autoptr(GDateTime) in_two_days = g_date_time_add_days (now, 2);
  g_autoptr(GDateTime) four_days_ago = g_date_time_add_days (now, -4);
  g_autoptr(GDateTime) screen_end = g_date_time_add_hours (four_days_ago, 1);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  FuFollowUp *follow_up;

  fu_contact_set_rapport_notes (priya, "your trip to Lisbon in June");
  follow_up = add_follow_up (store, 11, job, round, priya, in_two_days);
  fu_follow_up_set_explanation (follow_up, "Recall something personal before the decision");
  test->pre_decision_id = g_strdup (fu_follow_up_get_id (follow_up));

  fu_job_set_company (bare, "Initech");
  fu_job_set_title (bare, "Analyst");
  fu_job_move_to (bare, FU_STAGE_APPLIED, four_days_ago);
  fu_store_add_job (store, bare);
  test->bare_job_id = g_strdup (fu_job_get_id (bare));

  fu_contact_set_name (rachel, "Rachel Green");
  fu_contact_set_part (rachel, FU_PART_AGENCY_RECRUITER);
  fu_contact_set_email (rachel, "rachel@hays.example");
  fu_contact_set_phone (rachel, "+44 20 7946 0000");
  fu_store_add_contact (store, rachel);
  fu_job_set_company (agency, "Globex");
  fu_job_set_title (agency, "Data Engineer");
  fu_job_set_agency (agency, "Hays");
  fu_job_move_to (agency, FU_STAGE_INTERVIEWING, four_days_ago);
  rachel_link = fu_job_contact_new (fu_contact_get_id (rachel), FU_PART_AGENCY_RECRUITER);
  fu_job_add_contact_link (agency, rachel_link);
  fu_round_set_kind (screen, FU_ROUND_KIND_RECRUITER);
  fu_round_set_start (screen, four_days_ago);
  fu_round_set_end (screen, screen_end);
  fu_round_set_time_zone (screen, "UTC");
  rachel_in = fu_interviewer_new (fu_contact_get_id (rachel));
  fu_interviewer_set_thank_you_sent (rachel_in, TRUE);
  fu_round_add_interviewer (screen, rachel_in);
  fu_job_add_round (agency, screen);
  fu_store_add_job (store, agency);
  test->agency_job_id = g_strdup (fu_job_get_id (agency));
  test->rachel_id = g_strdup (fu_contact_get_id (rachel));
  follow_up = add_follow_up (store, 9, agency, screen, rachel, yesterday);
  fu_follow_up_set_explanation (follow_up, "Phone Rachel with the open questions");
  test->call_id = g_strdup (fu_follow_up_get_id (follow_up));

  for (int days = 2; days >= 1; days--)
    {
      g_autoptr(FuInteraction) call = fu_interaction_new ();
      g_autoptr(GDateTime) when = g_date_time_add_days (now, -days);
      const char *ids[] = { test->rachel_id, NULL };

      fu_interaction_set_time (call, when);
      fu_interaction_set_channel (call, FU_CHANNEL_CALL);
      fu_interaction_set_direction (call, FU_DIRECTION_OUTBOUND);
      fu_interaction_set_missed (call, TRUE);
      fu_interaction_set_job_id (call, test->agency_job_id);
      fu_interaction_set_contact_ids (call, ids);
      fu_store_add_interaction (store, call);
    }
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
  g_autoptr(FuContact) zoe = fu_contact_new ();
  g_autoptr(FuInterviewer) zoe_in = NULL;
  g_autoptr(FuJobContact) zoe_link = NULL;
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
  fu_contact_set_name (zoe, "Zoë Müller");
  fu_contact_set_part (zoe, FU_PART_PANEL_MEMBER);
  fu_contact_set_email (zoe, "zoe@example.com");
  fu_store_add_contact (store, zoe);
  zoe_link = fu_job_contact_new (fu_contact_get_id (zoe), FU_PART_PANEL_MEMBER);
  fu_job_add_contact_link (job, zoe_link);
  zoe_in = fu_interviewer_new (fu_contact_get_id (zoe));
  fu_interviewer_set_discussion_points (zoe_in, "the design review process");
  fu_round_add_interviewer (round, zoe_in);
  fu_job_add_round (job, round);
  fu_store_add_job (store, job);

  fu_follow_up_set_kind (follow_up, 7);
  fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
  fu_follow_up_set_contact_id (follow_up, fu_contact_get_id (priya));
  fu_follow_up_set_round_id (follow_up, fu_round_get_id (round));
  fu_follow_up_set_occurrence (follow_up, 1);
  fu_follow_up_set_origin (follow_up, FU_FOLLOW_UP_ORIGIN_USER);
  fu_follow_up_set_due (follow_up, due);
  fu_follow_up_set_created (follow_up, end);
  fu_store_add_follow_up (store, follow_up);

  write_more_data (test, store, job, round, priya, now);

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

/* A drawable widget of @type, or a button for @action. */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_is_drawable (child)
          && (action != NULL ? GTK_IS_ACTIONABLE (child)
                               && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0
                             : G_TYPE_CHECK_INSTANCE_TYPE (child, type)))
        return child;
      found = find_widget (child, type, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("FU_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static void
on_composer_destroyed_cb (GtkWidget *window,
                          Test      *test)
{
  if ((GtkWidget *) test->composer == window)
    test->composer = NULL;
}

/* The composer that has just opened. */
static gboolean
composer_opened (Test *test)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (test->app));

  if (!FU_IS_COMPOSER_WINDOW (active) || !gtk_widget_get_mapped (GTK_WIDGET (active)))
    return FALSE;
  test->composer = FU_COMPOSER_WINDOW (active);
  g_signal_connect (active, "destroy", G_CALLBACK (on_composer_destroyed_cb), test);
  return TRUE;
}

static void
close_composer (Test *test)
{
  if (test->composer != NULL)
    gtk_window_destroy (GTK_WINDOW (test->composer));
  g_assert_null (test->composer);
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

static JsonObject *
find_by_id (JsonObject *root,
            const char *collection,
            const char *id)
{
  return fu_test_ui_find_by_member (json_object_get_array_member (root, collection), "id", id);
}

/* The interactions logged on @job_id, oldest first as saved. */
static GPtrArray *
interactions_of (JsonObject *root,
                 const char *job_id)
{
  JsonArray *array = json_object_get_array_member (root, "interactions");
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, "job_id", NULL), job_id) == 0)
        g_ptr_array_add (found, object);
    }
  return found;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* ---- steps ----------------------------------------------------------- */

static gboolean
step_wait_loaded (Test *test)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (test->app));

  test->store = fu_application_get_store (test->app);
  test->window = window;
  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window))
         && fu_store_get_loaded (test->store)
         && fu_store_find_follow_up (test->store, test->follow_up_id) != NULL;
}

/* What the follow-up's "Write note" button does. */
static gboolean
step_compose (Test *test)
{
  if (test->run.ticks == 0)
    g_action_group_activate_action (G_ACTION_GROUP (test->app), "compose",
                                    g_variant_new_string (test->follow_up_id));

  return composer_opened (test);
}

static gboolean
step_one_tab_per_interviewer (Test *test)
{
  AdwTabView *view = fu_composer_window_get_tab_view (test->composer);
  FuComposerPage *priya, *tom;
  g_autofree char *priya_body = NULL;
  g_autofree char *tom_body = NULL;

  g_assert_cmpint (adw_tab_view_get_n_pages (view), ==, 3);
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (view, 0)), ==, "Priya Wojciechowski");
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (view, 1)), ==, "Tom Okafor");
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (view, 2)), ==, "Zoë Müller");

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

static GtkWidget *
find_subject_row (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ENTRY_ROW (child)
          && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), "Subject") == 0)
        return child;
      found = find_subject_row (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
step_misspelled_word_is_marked (Test *test)
{
  FuComposerPage *tom = page_at (test, 1);
  GtkTextView *view = GTK_TEXT_VIEW (fu_test_ui_find_descendant (GTK_WIDGET (tom), GTK_TYPE_TEXT_VIEW));
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

  /* The subject line is checked too: the company is a name, a typo is
   * flagged with its correction and underlined in the entry. */
  {
    GtkWidget *subject = NULL;
    GtkWidget *text;
    PangoAttrList *attributes;

    g_assert_cmpuint (fu_composer_page_get_subject_checks (tom)->len, ==, 0);
    subject = find_subject_row (GTK_WIDGET (tom));
    g_assert_nonnull (subject);
    gtk_editable_set_text (GTK_EDITABLE (subject), "Thank you for the intervew at AT&T <Labs>");
    fu_composer_page_check_now (tom);
    g_assert_cmpuint (fu_composer_page_get_subject_checks (tom)->len, ==, 1);
    {
      FuCheck *check = g_ptr_array_index (fu_composer_page_get_subject_checks (tom), 0);

      g_assert_cmpint (check->kind, ==, FU_CHECK_SPELLING);
      g_assert_cmpstr (check->text, ==, "intervew");
      g_assert_cmpint (check->start, ==, 18);
      g_assert_cmpstr (check->suggestion, ==, "interview");
    }
    text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (subject)));
    attributes = gtk_text_get_attributes (GTK_TEXT (text));
    g_assert_nonnull (attributes);
    {
      GSList *list = pango_attr_list_get_attributes (attributes);
      gboolean underlined = FALSE;

      for (GSList *l = list; l != NULL; l = l->next)
        {
          PangoAttribute *a = l->data;

          if (a->klass->type == PANGO_ATTR_UNDERLINE && a->start_index == 18 && a->end_index == 26)
            underlined = TRUE;
        }
      g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);
      g_assert_true (underlined);
    }
  }
  return TRUE;
}

static gboolean
step_mark_sent (Test *test)
{
  FuFollowUp *follow_up = fu_store_find_follow_up (test->store, test->follow_up_id);

  if (test->run.ticks == 0)
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
  g_autoptr(JsonObject) root = fu_test_ui_saved_root (test->store);
  JsonArray *array;
  gboolean found_follow_up = FALSE, found_interaction = FALSE, found_thanks = FALSE;

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

  {
    g_autoptr(GPtrArray) logged = interactions_of (root, test->job_id);
    JsonObject *interaction;

    g_assert_cmpuint (logged->len, ==, 1);
    interaction = g_ptr_array_index (logged, 0);
    JsonArray *ids = json_object_get_array_member (interaction, "contact_ids");

    g_assert_cmpstr (json_object_get_string_member (interaction, "job_id"), ==, test->job_id);
    g_assert_cmpstr (json_object_get_string_member (interaction, "direction"), ==, "outbound");
    g_assert_cmpstr (json_object_get_string_member (interaction, "channel"), ==, "email");
    g_assert_nonnull (strstr (json_object_get_string_member (interaction, "body"), "Dear Priya,"));
    g_assert_cmpuint (json_array_get_length (ids), ==, 1);
    g_assert_cmpstr (json_array_get_string_element (ids, 0), ==, test->priya_id);
    found_interaction = TRUE;
  }

  {
    JsonArray *rounds = json_object_get_array_member (find_by_id (root, "jobs", test->job_id), "rounds");
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

/* Priya's tab closed; Tom's and Zoë's notes stay open to write. */
static gboolean
step_tab_closed (Test *test)
{
  AdwTabView *view = fu_composer_window_get_tab_view (test->composer);

  if (adw_tab_view_get_n_pages (view) != 2)
    return FALSE;
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (view, 0)), ==, "Tom Okafor");
  close_composer (test);
  return TRUE;
}

/* ---- a round's thank-you notes from the job page ------------------------- */

static GtkWidget *
shown_job_page (Test *test)
{
  GtkWidget *page = find_widget (GTK_WIDGET (test->window), FU_TYPE_JOB_PAGE, NULL);

  return page != NULL && gtk_widget_get_mapped (page) ? page : NULL;
}

static gboolean
open_job (Test       *test,
          const char *job_id)
{
  GtkWidget *page;
  FuJob *job;

  if (test->run.ticks == 0)
    g_action_group_activate_action (G_ACTION_GROUP (test->window), "open-job", g_variant_new_string (job_id));
  page = shown_job_page (test);
  if (page == NULL)
    return FALSE;
  job = fu_job_page_get_job (FU_JOB_PAGE (page));
  return job != NULL && g_strcmp0 (fu_job_get_id (job), job_id) == 0;
}

static gboolean
step_open_job (Test *test)
{
  return open_job (test, test->job_id);
}

static gboolean
step_round_thank_you_notes (Test *test)
{
  GtkWidget *page = shown_job_page (test);
  GtkWidget *button;

  /* The page slides in first (for the screenshot). */
  if (test->run.ticks < 8)
    return FALSE;
  if (test->run.ticks == 8)
    {
      /* The round's button: keyboard reachable, with a name that says
       * which round. */
      button = find_widget (page, G_TYPE_NONE, "app.compose-round");
      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_focusable (button));
      save_screenshot (GTK_WIDGET (test->window), "job-page-round.png");
      click (button);
    }
  return composer_opened (test);
}

/* One draft per interviewer still to thank, by name, to their own
 * address: Priya was thanked from her follow-up, so Tom and Zoë. */
static gboolean
step_round_one_draft_each (Test *test)
{
  AdwTabView *view = fu_composer_window_get_tab_view (test->composer);
  FuComposerPage *tom;
  g_autofree char *body = NULL;

  if (test->run.ticks < 3)
    return FALSE;
  save_screenshot (GTK_WIDGET (test->composer), "composer-from-round.png");
  g_assert_cmpint (adw_tab_view_get_n_pages (view), ==, 2);
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (view, 0)), ==, "Tom Okafor");
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (view, 1)), ==, "Zoë Müller");
  g_assert_cmpstr (fu_composer_page_get_draft (page_at (test, 1))->to, ==, "zoe@example.com");
  tom = page_at (test, 0);
  g_assert_cmpstr (fu_composer_page_get_draft (tom)->to, ==, "tom@example.com");
  body = fu_composer_page_dup_body (tom);
  g_assert_true (g_str_has_prefix (body, "Dear Tom,"));
  g_assert_nonnull (strstr (body, "on-call rotations"));
  click (find_button (GTK_WIDGET (tom), "_Mark as Sent"));
  return TRUE;
}

static gboolean
step_round_saved (Test *test)
{
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GPtrArray) logged = NULL;
  JsonObject *job, *round, *interaction;
  JsonArray *interviewers;

  if (adw_tab_view_get_n_pages (fu_composer_window_get_tab_view (test->composer)) != 1)
    return FALSE;
  root = fu_test_ui_saved_root (test->store);
  job = find_by_id (root, "jobs", test->job_id);
  round = json_array_get_object_element (json_object_get_array_member (job, "rounds"), 0);
  interviewers = json_object_get_array_member (round, "interviewers");
  for (guint i = 0; i < json_array_get_length (interviewers); i++)
    {
      JsonObject *in = json_array_get_object_element (interviewers, i);

      /* Priya thanked before, Tom from the round; Zoë's note is still
       * open. */
      g_assert_true (json_object_get_boolean_member (in, "thank_you_sent")
                     == (g_strcmp0 (json_object_get_string_member (in, "contact_id"), test->tom_id) == 0
                         || g_strcmp0 (json_object_get_string_member (in, "contact_id"), test->priya_id) == 0));
    }
  logged = interactions_of (root, test->job_id);
  g_assert_cmpuint (logged->len, ==, 2);
  interaction = g_ptr_array_index (logged, 1);
  g_assert_cmpstr (json_object_get_string_member (interaction, "channel"), ==, "email");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (interaction, "contact_ids"), 0),
                   ==, test->tom_id);
  g_assert_nonnull (strstr (json_object_get_string_member (interaction, "body"), "Dear Tom,"));
  close_composer (test);
  return TRUE;
}

/* ---- "Write Note" on a contact's sheet ---------------------------------- */

static gboolean
step_contact_write_note (Test *test)
{
  GtkWidget *sheet;

  if (test->run.ticks == 0)
    g_action_group_activate_action (G_ACTION_GROUP (test->window), "open-contact",
                                    g_variant_new_string (test->priya_id));
  if (test->composer != NULL)
    return composer_opened (test);
  sheet = find_widget (GTK_WIDGET (test->window), FU_TYPE_CONTACT_PAGE, NULL);
  if (sheet == NULL || !gtk_widget_get_mapped (sheet)
      || fu_contact_page_get_contact (FU_CONTACT_PAGE (sheet)) == NULL
      || g_strcmp0 (fu_contact_get_id (fu_contact_page_get_contact (FU_CONTACT_PAGE (sheet))), test->priya_id) != 0)
    return FALSE;
  if (!composer_opened (test))
    {
      GtkWidget *button = find_widget (sheet, G_TYPE_NONE, "contact.write-note");

      /* After the sheet has slid in (for the screenshot). */
      if (button != NULL && test->run.ticks % 50 == 8)
        {
          save_screenshot (GTK_WIDGET (test->window), "contact-sheet-write-note.png");
          click (button);
        }
      return FALSE;
    }
  return TRUE;
}

/* Answers the message dialog on show. */
static void
respond_to_dialog (const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not ours */
  AdwMessageDialog *dialog = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        dialog = ADW_MESSAGE_DIALOG (window);
    }
  g_assert_nonnull (dialog);
  /* It closes itself. */
  adw_message_dialog_response (dialog, response);
}

/* Her open follow-up decides the note: rule 11's, with the rapport
 * detail; the template can be changed and the note still answers it. */
static gboolean
step_contact_note_and_template (Test *test)
{
  FuComposerPage *page = page_at (test, 0);
  const FuDraft *draft = fu_composer_page_get_draft (page);
  AdwComboRow *template_row;
  const char * const *purposes = fu_templates_get_purposes ();
  g_autofree char *body = fu_composer_page_dup_body (page);
  guint check_in = GTK_INVALID_LIST_POSITION;

  g_assert_cmpint (adw_tab_view_get_n_pages (fu_composer_window_get_tab_view (test->composer)), ==, 1);
  g_assert_cmpstr (draft->purpose, ==, FU_PURPOSE_PRE_DECISION);
  g_assert_cmpstr (draft->follow_up_id, ==, test->pre_decision_id);
  g_assert_cmpstr (draft->to, ==, "priya@example.com");
  g_assert_true (g_str_has_prefix (body, "Dear Priya,"));
  g_assert_nonnull (strstr (body, "your trip to Lisbon in June"));
  save_screenshot (GTK_WIDGET (test->composer), "composer-from-contact.png");

  template_row = ADW_COMBO_ROW (find_widget (GTK_WIDGET (page), ADW_TYPE_COMBO_ROW, NULL));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (template_row)), ==, "Template");
  for (guint i = 0; purposes[i] != NULL; i++)
    if (g_strcmp0 (purposes[i], FU_PURPOSE_CHECK_IN) == 0)
      check_in = i;

  /* Her own words are not replaced without asking: Cancel keeps them
   * and the template, Replace starts again from the other one. */
  fu_composer_page_set_body (page, "Dear Priya,\n\nMy own words.");
  adw_combo_row_set_selected (template_row, check_in);
  respond_to_dialog ("cancel");
  g_free (body);
  body = fu_composer_page_dup_body (page);
  g_assert_cmpstr (body, ==, "Dear Priya,\n\nMy own words.");
  g_assert_cmpstr (fu_composer_page_get_draft (page)->purpose, ==, FU_PURPOSE_PRE_DECISION);
  g_assert_cmpuint (adw_combo_row_get_selected (template_row), !=, check_in);
  adw_combo_row_set_selected (template_row, check_in);
  respond_to_dialog ("replace");

  draft = fu_composer_page_get_draft (page);
  g_free (body);
  body = fu_composer_page_dup_body (page);
  g_assert_cmpstr (draft->purpose, ==, FU_PURPOSE_CHECK_IN);
  g_assert_cmpstr (draft->follow_up_id, ==, test->pre_decision_id);
  g_assert_true (g_str_has_prefix (body, "Hi Priya,"));
  g_assert_nonnull (strstr (body, "check in about the Platform Engineer role"));
  click (find_button (GTK_WIDGET (page), "_Mark as Sent"));
  return TRUE;
}

static gboolean
step_contact_saved (Test *test)
{
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GPtrArray) logged = NULL;
  JsonObject *interaction;

  if (fu_follow_up_get_state (fu_store_find_follow_up (test->store, test->pre_decision_id))
      != FU_FOLLOW_UP_STATE_DONE)
    return FALSE;
  root = fu_test_ui_saved_root (test->store);
  g_assert_cmpstr (json_object_get_string_member (find_by_id (root, "follow_ups", test->pre_decision_id), "state"),
                   ==, "done");
  logged = interactions_of (root, test->job_id);
  g_assert_cmpuint (logged->len, ==, 3);
  interaction = g_ptr_array_index (logged, 2);
  g_assert_cmpstr (json_object_get_string_member (interaction, "subject"), ==,
                   "Checking in: Platform Engineer at AT&T <Labs>");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (interaction, "contact_ids"), 0),
                   ==, test->priya_id);
  return test->composer == NULL; /* it closes after its last note */
}

/* ---- "Write Note…" on a job nobody is linked to ------------------------- */

static gboolean
step_open_bare_job (Test *test)
{
  return open_job (test, test->bare_job_id);
}

static gboolean
step_bare_job_write_note (Test *test)
{
  if (test->run.ticks == 0)
    {
      GtkWidget *button = find_widget (shown_job_page (test), G_TYPE_NONE, "job-page.write-note");

      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_focusable (button));
      click (button);
    }
  return composer_opened (test);
}

/* Applied: the nudge, the name unfilled and highlighted, nothing blocked. */
static gboolean
step_bare_job_note (Test *test)
{
  FuComposerPage *page = page_at (test, 0);
  const FuDraft *draft = fu_composer_page_get_draft (page);
  g_autofree char *body = fu_composer_page_dup_body (page);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (fu_test_ui_find_descendant (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW)));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "unfilled");
  GtkTextIter iter;

  g_assert_cmpstr (draft->purpose, ==, FU_PURPOSE_NUDGE);
  g_assert_cmpstr (draft->to, ==, "");
  g_assert_true (g_str_has_prefix (body, "Hi {first_name},"));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 3);
  g_assert_true (gtk_text_iter_has_tag (&iter, tag));
  g_assert_cmpuint (count_checks (page, FU_CHECK_UNFILLED), >=, 1);
  click (find_button (GTK_WIDGET (page), "_Mark as Sent"));
  return TRUE;
}

static gboolean
step_bare_job_saved (Test *test)
{
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GPtrArray) logged = NULL;
  JsonObject *interaction;

  if (test->composer != NULL)
    return FALSE;
  root = fu_test_ui_saved_root (test->store);
  logged = interactions_of (root, test->bare_job_id);
  g_assert_cmpuint (logged->len, ==, 1);
  interaction = g_ptr_array_index (logged, 0);
  g_assert_cmpstr (json_object_get_string_member (interaction, "channel"), ==, "email");
  g_assert_cmpstr (json_object_get_string_member (interaction, "subject"), ==,
                   "My application: Analyst at Initech");
  /* Nobody to log it with. */
  g_assert_true (!json_object_has_member (interaction, "contact_ids")
                 || json_array_get_length (json_object_get_array_member (interaction, "contact_ids")) == 0);
  return TRUE;
}

/* ---- rule 9 on an agency job: the recruiter's calls keep missing -------- */

static gboolean
step_open_agency_job (Test *test)
{
  return open_job (test, test->agency_job_id);
}

static guint
count_rows_saying (GtkWidget  *root,
                   const char *words)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child) && adw_action_row_get_subtitle (ADW_ACTION_ROW (child)) != NULL
          && strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (child)), words) != NULL)
        n++;
      n += count_rows_saying (child, words);
    }
  return n;
}

static gboolean
step_agency_write_note (Test *test)
{
  if (test->run.ticks == 0)
    {
      /* The log says which calls did not get through. */
      g_assert_cmpuint (count_rows_saying (shown_job_page (test), "no answer"), ==, 2);
      click (find_widget (shown_job_page (test), G_TYPE_NONE, "job-page.write-note"));
    }
  return composer_opened (test);
}

/* Two missed calls: the email with the same questions comes first. */
static gboolean
step_rule_9_email_first (Test *test)
{
  FuComposerPage *page = page_at (test, 0);
  const FuDraft *draft = fu_composer_page_get_draft (page);
  g_autofree char *body = NULL;

  /* Drawn once, for the screenshot. */
  if (test->run.ticks < 3)
    return FALSE;
  body = fu_composer_page_dup_body (page);
  g_assert_cmpstr (draft->purpose, ==, FU_PURPOSE_RECRUITER_QUESTIONS);
  g_assert_cmpstr (draft->follow_up_id, ==, test->call_id);
  g_assert_cmpstr (draft->to, ==, "rachel@hays.example");
  g_assert_nonnull (strstr (body, "who it reports to"));
  g_assert_nonnull (strstr (body, "how many candidates"));
  save_screenshot (GTK_WIDGET (test->composer), "composer-rule-9-email.png");

  click (find_button (GTK_WIDGET (page), "_Call Instead"));
  draft = fu_composer_page_get_draft (page);
  g_assert_true (draft->call_sheet);
  g_assert_cmpstr (draft->to, ==, "+44 20 7946 0000");
  g_assert_nonnull (find_button (GTK_WIDGET (page), "_Log the Call"));

  /* The third call does not get through either. */
  click (find_button (GTK_WIDGET (page), "_No Answer"));
  g_assert_cmpint (fu_follow_up_get_state (fu_store_find_follow_up (test->store, test->call_id)), ==,
                   FU_FOLLOW_UP_STATE_OPEN);
  g_assert_cmpuint (fu_composer_page_get_draft (page)->missed_calls, ==, 3);
  return TRUE;
}

/* Back to the email, which is sent. */
static gboolean
step_rule_9_email_instead (Test *test)
{
  FuComposerPage *page = page_at (test, 0);
  const FuDraft *draft;

  if (test->run.ticks < 3)
    return FALSE;
  save_screenshot (GTK_WIDGET (test->composer), "composer-call-sheet.png");
  click (find_button (GTK_WIDGET (page), "_Email Instead"));
  draft = fu_composer_page_get_draft (page);
  g_assert_false (draft->call_sheet);
  g_assert_cmpstr (draft->to, ==, "rachel@hays.example");
  click (find_button (GTK_WIDGET (page), "_Mark as Sent"));
  return TRUE;
}

static gboolean
step_rule_9_saved (Test *test)
{
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GPtrArray) logged = NULL;
  guint missed = 0, emails = 0;

  if (fu_follow_up_get_state (fu_store_find_follow_up (test->store, test->call_id)) != FU_FOLLOW_UP_STATE_DONE)
    return FALSE;
  root = fu_test_ui_saved_root (test->store);
  g_assert_cmpstr (json_object_get_string_member (find_by_id (root, "follow_ups", test->call_id), "state"),
                   ==, "done");
  logged = interactions_of (root, test->agency_job_id);
  for (guint i = 0; i < logged->len; i++)
    {
      JsonObject *interaction = g_ptr_array_index (logged, i);
      const char *channel = json_object_get_string_member (interaction, "channel");

      g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (interaction, "contact_ids"), 0),
                       ==, test->rachel_id);
      if (g_strcmp0 (channel, "call") == 0)
        {
          g_assert_true (json_object_get_boolean_member (interaction, "missed"));
          missed++;
        }
      else
        {
          g_assert_cmpstr (channel, ==, "email");
          g_assert_false (json_object_get_boolean_member (interaction, "missed"));
          g_assert_nonnull (strstr (json_object_get_string_member (interaction, "body"), "Hi Rachel,"));
          emails++;
        }
    }
  g_assert_cmpuint (missed, ==, 3);
  g_assert_cmpuint (emails, ==, 1);
  return test->composer == NULL;
}

/* ---- the Log dialog also records a call nobody answered (rule 9) ------ */

static void
select_in_combo (GtkWidget  *root,
                 const char *title,
                 const char *item)
{
  AdwComboRow *row = ADW_COMBO_ROW (fu_test_ui_find_row (root, ADW_TYPE_COMBO_ROW, title));
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), item) == 0)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_error ("no “%s” in “%s”", item, title);
}

static gboolean
step_log_missed_call (Test *test)
{
  GtkWindow *dialog;
  GtkWidget *missed;

  if (test->run.ticks == 0)
    gtk_widget_activate_action (shown_job_page (test), "job-page.log-interaction", NULL);
  dialog = fu_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  if (dialog == NULL)
    return FALSE;

  /* Only a call the person made can go unanswered. */
  missed = fu_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Nobody Answered");
  g_assert_nonnull (missed);
  select_in_combo (GTK_WIDGET (dialog), "Kind", "Email");
  g_assert_false (gtk_widget_get_visible (missed));
  select_in_combo (GTK_WIDGET (dialog), "Kind", "Call");
  select_in_combo (GTK_WIDGET (dialog), "Who Reached Out", "They Did (an Answer)");
  g_assert_false (gtk_widget_get_visible (missed));
  select_in_combo (GTK_WIDGET (dialog), "Who Reached Out", "I Did");
  g_assert_true (gtk_widget_get_visible (missed));
  select_in_combo (GTK_WIDGET (dialog), "With", "Rachel Green");
  gtk_switch_set_active (GTK_SWITCH (fu_test_ui_find_descendant (missed, GTK_TYPE_SWITCH)), TRUE);
  return TRUE;
}

static gboolean
step_log_missed_call_respond (Test *test)
{
  GtkWindow *dialog = fu_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);

  /* Drawn once, for the screenshot. */
  if (test->run.ticks < 3)
    return FALSE;
  save_screenshot (GTK_WIDGET (dialog), "log-missed-call.png");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "log");
  return TRUE;
}

/* Saved as missed: it counts towards "email instead" again (the email
 * sent since does not reach or miss anyone). */
static gboolean
step_log_missed_call_saved (Test *test)
{
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GPtrArray) logged = NULL;
  guint missed = 0;

  if (fu_composer_count_missed_calls (test->store, test->agency_job_id, test->rachel_id) < 4)
    return FALSE;
  root = fu_test_ui_saved_root (test->store);
  logged = interactions_of (root, test->agency_job_id);
  for (guint i = 0; i < logged->len; i++)
    missed += json_object_get_boolean_member_with_default (g_ptr_array_index (logged, i), "missed", FALSE);
  g_assert_cmpuint (missed, ==, 4);
  g_assert_cmpuint (fu_composer_count_missed_calls (test->store, test->agency_job_id, test->rachel_id), ==, 4);
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
  step_open_job,
  step_round_thank_you_notes,
  step_round_one_draft_each,
  step_round_saved,
  step_contact_write_note,
  step_contact_note_and_template,
  step_contact_saved,
  step_open_bare_job,
  step_bare_job_write_note,
  step_bare_job_note,
  step_bare_job_saved,
  step_open_agency_job,
  step_agency_write_note,
  step_rule_9_email_first,
  step_rule_9_email_instead,
  step_rule_9_saved,
  step_log_missed_call,
  step_log_missed_call_respond,
  step_log_missed_call_saved,
  NULL,
};

static void
test_composer_thank_you_mark_sent (void)
{
  g_autoptr(FuApplication) app = fu_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  Test test = { .run = { G_APPLICATION (app), (const FuTestUiStep *) steps, "composer" },
                .app = app };

  g_settings_set_string (settings, "user-name", "Sam Taylor");
  for (int rule = 1; rule <= 20; rule++)
    {
      g_autofree char *key = g_strdup_printf ("rule-%d-enabled", rule);

      g_settings_set_boolean (settings, key, FALSE);
    }
  write_data (&test);

  fu_test_ui_run (&test.run);

  g_free (test.follow_up_id);
  g_free (test.job_id);
  g_free (test.priya_id);
  g_free (test.tom_id);
  g_free (test.rachel_id);
  g_free (test.pre_decision_id);
  g_free (test.call_id);
  g_free (test.bare_job_id);
  g_free (test.agency_job_id);
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
