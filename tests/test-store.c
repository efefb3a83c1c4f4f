/* test-store.c: the data file: round trip, bad files, versions, backup,
 * changes by other programs
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "fu-job-index.h"
#include "fu-test-store.h"

/* The fixture with a long, odd description: markup characters, emoji,
 * right-to-left text. */
static char *
fixture_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "store", "full.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 20000; i++)
    g_string_append (long_text, "<b>&amp;\\\"'😀 שלום ");
  text = g_string_new (contents);
  g_string_replace (text, "LONG_TEXT", long_text->str, 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_store_round_trip (gconstpointer user_data)
{
  gboolean reserialise = GPOINTER_TO_INT (user_data);
  g_autofree char *path = fu_test_data_path ();
  g_autofree char *text = fixture_text ();
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) written = NULL;
  FuJob *job;
  FuRound *round;
  FuContact *contact;
  FuFollowUp *follow_up;
  g_autoptr(FuInterviewer) interviewer = NULL;
  g_autoptr(FuRound) round2 = NULL;

  fu_test_write_bytes (path, text, -1);
  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);
  g_assert_null (fu_store_get_error_message (store));
  g_assert_false (fu_store_get_read_only (store));

  /* What the spec says the fields mean, through the API. */
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_jobs (store)), ==, 2);
  job = fu_store_find_job (store, "job-1");
  g_assert_nonnull (job);
  g_assert_cmpstr (fu_job_get_company (job), ==, "AT&T <Labs> \"quoted\" 'single'");
  g_assert_cmpint (fu_job_get_stage (job), ==, FU_STAGE_INTERVIEWING);
  g_assert_cmpint (fu_job_get_outcome (job), ==, FU_OUTCOME_REJECTED);
  g_assert_true (fu_job_is_closed (job));
  g_assert_cmpint (fu_job_get_salary_min (job), ==, 90000);
  g_assert_true (fu_job_get_remote (job));
  g_assert_cmpstr (fu_job_get_tags (job)[1], ==, "مرحبا");
  g_assert_cmpint (g_date_time_get_utc_offset (fu_job_get_apply_by (job)), ==, G_TIME_SPAN_HOUR);
  g_assert_cmpuint (g_list_model_get_n_items (fu_job_get_history (job)), ==, 4);
  g_assert_cmpstr (fu_job_get_referrer_id (job), ==, NULL);
  g_assert_cmpint (fu_job_contact_get_part (fu_job_find_contact_link (job, "contact-2")), ==, FU_PART_AGENCY_RECRUITER);
  g_assert_cmpint (fu_job_contact_get_part (fu_job_find_contact_link (job, "contact-3")), ==, FU_PART_UNKNOWN);
  round = fu_job_find_round (job, "round-1");
  g_assert_cmpint (fu_round_get_kind (round), ==, FU_ROUND_KIND_HIRING_MANAGER);
  g_assert_cmpstr (fu_round_get_time_zone (round), ==, "Europe/Zurich");
  g_assert_true (fu_interviewer_get_thank_you_sent (fu_round_find_interviewer (round, "contact-1")));
  g_assert_false (fu_interviewer_get_thank_you_sent (fu_round_find_interviewer (round, "contact-2")));
  g_assert_cmpint (fu_round_get_kind (fu_job_find_round (job, "round-2")), ==, FU_ROUND_KIND_UNKNOWN);
  contact = fu_store_find_contact (store, "contact-1");
  g_assert_true (fu_contact_get_stay_in_touch (contact));
  g_assert_cmpint (fu_contact_get_stay_in_touch_days (contact), ==, 60);
  g_assert_nonnull (fu_record_get_unknown_members (FU_RECORD (contact)));
  g_assert_cmpint (fu_contact_get_part (fu_store_find_contact (store, "contact-3")), ==, FU_PART_UNKNOWN);
  follow_up = fu_store_find_follow_up (store, "follow-up-1");
  g_assert_cmpint (fu_follow_up_get_kind (follow_up), ==, 7);
  g_assert_cmpint (fu_follow_up_get_state (follow_up), ==, FU_FOLLOW_UP_STATE_SNOOZED);
  g_assert_cmpint (fu_follow_up_get_kind (fu_store_find_follow_up (store, "follow-up-2")), ==, FU_FOLLOW_UP_KIND_CUSTOM);
  g_assert_cmpint (fu_follow_up_get_kind (fu_store_find_follow_up (store, "follow-up-3")), ==, FU_FOLLOW_UP_KIND_UNKNOWN);
  g_assert_cmpint (fu_follow_up_get_state (fu_store_find_follow_up (store, "follow-up-3")), ==, FU_FOLLOW_UP_STATE_UNKNOWN);
  g_assert_cmpint (fu_interaction_get_channel (fu_store_find_interaction (store, "interaction-2")), ==, FU_CHANNEL_UNKNOWN);
  g_assert_null (fu_store_find_job (store, "contact-1"));

  /* Serialise every record from its properties, not from what was read. */
  if (reserialise)
    fu_store_forget_json (store);

  /* An edit undone: the data is the same but the store must save. */
  fu_job_set_title (fu_store_find_job (store, "job-2"), "changed");
  fu_job_set_title (fu_store_find_job (store, "job-2"), "Minimal");
  g_assert_true (fu_store_get_dirty (store));
  fu_store_flush (store, 60000, &error);
  g_assert_no_error (error);
  g_assert_false (fu_store_get_dirty (store));

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  written = fu_test_read_json (path);
  g_assert_true (json_node_equal (json_parser_get_root (parser), written));

  /* A real edit changes the known member, and only that. */
  fu_job_set_title (job, "New title");
  fu_store_flush (store, 60000, &error);
  g_assert_no_error (error);
  g_clear_pointer (&written, json_node_unref);
  written = fu_test_read_json (path);
  {
    JsonObject *job_object = json_array_get_object_element (json_object_get_array_member (json_node_get_object (written), "jobs"), 0);

    g_assert_cmpstr (json_object_get_string_member (job_object, "title"), ==, "New title");
    g_assert_true (json_object_has_member (job_object, "x-job"));
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (job_object, "history"), 3), "outcome"), ==, "eaten-by-grue");
  }

  /* Children's edits are saved too. */
  round2 = fu_round_new ();
  interviewer = fu_interviewer_new ("contact-1");
  fu_round_add_interviewer (round2, interviewer);
  fu_job_add_round (job, round2);
  fu_store_flush (store, 60000, &error);
  g_assert_no_error (error);
  fu_interviewer_set_discussion_points (interviewer, "Sailing 🚤");
  g_assert_true (fu_store_get_dirty (store));
  fu_store_flush (store, 60000, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);
  job = fu_store_find_job (store, "job-1");
  round = fu_job_find_round (job, fu_round_get_id (round2));
  g_assert_nonnull (round);
  g_assert_cmpstr (fu_interviewer_get_discussion_points (fu_round_find_interviewer (round, "contact-1")), ==, "Sailing 🚤");
}

/* Records that were not edited are written back as they were read, even
 * in forms FollowUp would not write itself (a "Z" offset, a null member,
 * escapes, spaces, members in another order); the edited one is written
 * from its properties, and its list items that were not edited as they
 * were read.  Unknown members stay at every level. */
static void
test_store_round_trip_as_read (void)
{
  static const char text[] =
    "\xef\xbb\xbf{ \"x-top\": {\"a\": [1, 2.5, null, true, \"\\u00e9\"]},\n"
    "  \"jobs\": [\n"
    "    {\"title\": null, \"id\": \"job-1\", \"applied\": \"2025-03-05T13:00:00Z\",\n"
    "     \"company\": \"Caf\\u00e9 \\ud83d\\ude00 \\\"Q\\\" \\/ \\n\", \"x-job\": {\"deep\": [[[]]]},\n"
    "     \"history\": [{\"stage\": \"applied\", \"time\": \"2025-03-05T13:00:00Z\", \"x-h\": 1}]},\n"
    "    { \"id\" : \"job-2\" , \"title\" : \"Edit me\",\n"
    "      \"history\": [{\"stage\": \"applied\", \"time\": \"2025-03-05T13:00:00Z\", \"x-h\": 2}],\n"
    "      \"salary_min\": 0, \"tags\": [\"a\", \"\\u0062\"]}\n"
    "  ],\n"
    "  \"follow_ups\": [{\"id\": \"f-1\", \"kind\": {\"rule\": \"from the future\"}, \"due\": null}],\n"
    "  \"version\": 1\n"
    "}\n";
  g_autofree char *path = fu_test_data_path ();
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) written = NULL;
  JsonObject *root, *read_root;
  JsonArray *jobs, *read_jobs;
  JsonObject *job2, *read_job2;
  FuJob *job;

  fu_test_write_bytes (path, text, -1);
  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);
  g_assert_null (fu_store_get_error_message (store));

  job = fu_store_find_job (store, "job-1");
  g_assert_nonnull (job);
  g_assert_null (fu_job_get_title (job));
  g_assert_cmpstr (fu_job_get_company (job), ==, "Café 😀 \"Q\" / \n");
  g_assert_cmpint (g_date_time_get_utc_offset (fu_job_get_applied (job)), ==, 0);
  g_assert_cmpint (fu_follow_up_get_kind (fu_store_find_follow_up (store, "f-1")), ==, FU_FOLLOW_UP_KIND_UNKNOWN);
  job = fu_store_find_job (store, "job-2");
  g_assert_cmpstr (fu_job_get_tags (job)[1], ==, "b");

  fu_job_set_title (job, "Edited");
  fu_store_flush (store, 60000, &error);
  g_assert_no_error (error);

  json_parser_load_from_data (parser, text + 3, -1, &error);
  g_assert_no_error (error);
  read_root = json_node_get_object (json_parser_get_root (parser));
  written = fu_test_read_json (path);
  root = json_node_get_object (written);

  g_assert_true (json_node_equal (json_object_get_member (root, "x-top"),
                                  json_object_get_member (read_root, "x-top")));
  g_assert_true (json_node_equal (json_object_get_member (root, "follow_ups"),
                                  json_object_get_member (read_root, "follow_ups")));
  jobs = json_object_get_array_member (root, "jobs");
  read_jobs = json_object_get_array_member (read_root, "jobs");
  g_assert_true (json_node_equal (json_array_get_element (jobs, 0), json_array_get_element (read_jobs, 0)));

  job2 = json_array_get_object_element (jobs, 1);
  read_job2 = json_array_get_object_element (read_jobs, 1);
  g_assert_cmpstr (json_object_get_string_member (job2, "title"), ==, "Edited");
  g_assert_true (json_node_equal (json_object_get_member (job2, "history"),
                                  json_object_get_member (read_job2, "history")));
  g_assert_true (json_node_equal (json_object_get_member (job2, "tags"),
                                  json_object_get_member (read_job2, "tags")));
}

/* The file holds what the app shows after every kind of change, saved
 * one after another: edits, records added, removed, edited once added. */
static void
check_saved_jobs (FuStore    *store,
                  const char *path)
{
  g_autoptr(JsonNode) written = fu_test_read_json (path);
  JsonArray *jobs = json_object_get_array_member (json_node_get_object (written), "jobs");
  GListModel *model = fu_store_get_jobs (store);

  g_assert_cmpuint (json_array_get_length (jobs), ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < json_array_get_length (jobs); i++)
    {
      JsonObject *saved = json_array_get_object_element (jobs, i);
      g_autoptr(FuJob) job = g_list_model_get_item (model, i);

      g_assert_cmpstr (json_object_get_string_member (saved, "id"), ==, fu_job_get_id (job));
      g_assert_cmpstr (json_object_get_string_member_with_default (saved, "title", NULL), ==, fu_job_get_title (job));
    }
}

static void
flush_and_check (FuStore    *store,
                 const char *path)
{
  g_autoptr(GError) error = NULL;

  fu_store_flush (store, 60000, &error);
  g_assert_no_error (error);
  check_saved_jobs (store, path);
}

static void
test_store_save_after_changes (void)
{
  static const char text[] =
    "{\"version\": 1, \"jobs\": [{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"b\", \"title\": \"B\"},"
    " {\"id\": \"c\", \"title\": \"C\"}], \"follow_ups\": []}";
  g_autofree char *path = fu_test_data_path ();
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FuJob) d = fu_job_new ();
  g_autoptr(FuJob) e = fu_job_new ();
  g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();

  fu_test_write_bytes (path, text, -1);
  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);

  fu_job_set_title (fu_store_find_job (store, "b"), "B edited");
  flush_and_check (store, path);

  fu_job_set_title (d, "D");
  fu_store_add_job (store, d);
  flush_and_check (store, path);

  fu_job_set_title (fu_store_find_job (store, "a"), "A edited");
  fu_job_set_title (e, "E");
  fu_store_add_job (store, e);
  fu_job_set_title (e, "E edited before its first save");
  fu_job_set_title (fu_store_find_job (store, "a"), "A edited twice");
  flush_and_check (store, path);

  fu_store_remove (store, FU_RECORD (fu_store_find_job (store, "c")));
  flush_and_check (store, path);

  fu_job_set_title (d, "D edited");
  fu_job_set_title (fu_store_find_job (store, "b"), NULL);
  fu_follow_up_set_kind (follow_up, 2);
  fu_store_add_follow_up (store, follow_up);
  flush_and_check (store, path);
  g_clear_object (&store);

  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_jobs (store)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_follow_ups (store)), ==, 1);
  g_assert_cmpstr (fu_job_get_title (fu_store_find_job (store, "a")), ==, "A edited twice");
  g_assert_null (fu_job_get_title (fu_store_find_job (store, "b")));
  g_assert_cmpstr (fu_job_get_title (fu_store_find_job (store, fu_job_get_id (d))), ==, "D edited");
  g_assert_cmpstr (fu_job_get_title (fu_store_find_job (store, fu_job_get_id (e))), ==, "E edited before its first save");
  check_saved_jobs (store, path);
}

/* What json-glib read before (comments, say) still opens, and a member
 * given twice counts once, the last time, as it did. */
static void
test_store_lenient_json (void)
{
  static const char text[] =
    "{\"version\": 1, /* a comment */ \"jobs\": [{\"id\": \"a\", \"title\": \"Old\"}],\n"
    " \"jobs\": [{\"id\": \"b\", \"title\": \"One\", \"title\": \"Two\"}]}";
  g_autofree char *path = fu_test_data_path ();
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;

  fu_test_write_bytes (path, text, -1);
  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);
  g_assert_null (fu_store_get_error_message (store));
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_jobs (store)), ==, 1);
  g_assert_null (fu_store_find_job (store, "a"));
  g_assert_cmpstr (fu_job_get_title (fu_store_find_job (store, "b")), ==, "Two");
}

static void
test_store_new_file (void)
{
  g_autofree char *path = fu_test_data_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FuJob) job = fu_job_new ();
  g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();
  g_autoptr(GDateTime) due = g_date_time_new_from_iso8601 ("2025-05-01T09:00:00+02:00", NULL);
  GStatBuf st;
  guint changed = 0;

  /* No file yet: an empty store, no error, nothing written. */
  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_jobs (store)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_signal_connect_swapped (store, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
  fu_job_set_company (job, "Acme");
  fu_store_add_job (store, job);
  fu_follow_up_set_kind (follow_up, 2);
  fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
  fu_follow_up_set_due (follow_up, due);
  fu_store_add_follow_up (store, follow_up);
  fu_test_wait_until (changed > 0);

  /* Saved by itself, without a flush. */
  fu_test_wait_until (!fu_store_get_dirty (store));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_clear_object (&store);

  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fu_job_get_company (fu_store_find_job (store, fu_job_get_id (job))), ==, "Acme");
  g_assert_true (g_date_time_equal (fu_follow_up_get_due (fu_store_find_follow_up (store, fu_follow_up_get_id (follow_up))), due));
  g_assert_cmpint (fu_follow_up_get_kind (fu_store_find_follow_up (store, fu_follow_up_get_id (follow_up))), ==, 2);
}

typedef struct
{
  const char *name;
  const char *data;
  const char *reason;  /* a word of our message */
} BadFile;

static const BadFile bad_files[] = {
  { "truncated", "{\"version\": 1, \"jobs\": [{\"id\": \"a\", \"title\": \"Acm", "cut short" },
  { "not-json", "company,title\nAcme,Engineer\n", "not valid JSON" },
  { "not-utf8", "{\"version\": 1, \"jobs\": [{\"id\": \"a\", \"title\": \"\xff\xfe\"}]}", "UTF-8" },
  { "top-array", "[{\"version\": 1}]", "not FollowUp data" },
  { "no-version", "{\"jobs\": []}", "version" },
  { "version-text", "{\"version\": \"1\", \"jobs\": []}", "version" },
  { "jobs-object", "{\"version\": 1, \"jobs\": {\"id\": \"a\"}}", "“jobs” should be a list" },
  { "job-not-object", "{\"version\": 1, \"jobs\": [42]}", "item 1" },
  { "title-number", "{\"version\": 1, \"jobs\": [{\"id\": \"a\"}, {\"id\": \"b\", \"title\": 5}]}", "“title” should be text" },
  { "bad-time", "{\"version\": 1, \"jobs\": [{\"id\": \"a\", \"applied\": \"last Tuesday\"}]}", "“applied”" },
  { "time-no-offset", "{\"version\": 1, \"jobs\": [{\"id\": \"a\", \"applied\": \"2025-01-01T10:00:00\"}]}", "UTC offset" },
  { "round-bad", "{\"version\": 1, \"jobs\": [{\"id\": \"a\", \"rounds\": [{\"start\": true}]}]}", "“rounds” item 1" },
  { "empty", "", "empty" },
  { "whitespace", " \n\t\r\n  ", "empty" },
  { "two-values", "{\"version\": 1, \"jobs\": []}\n{\"version\": 1, \"jobs\": []}", "more than one" },
  { "huge-integer", "{\"version\": 1, \"jobs\": [{\"id\": \"a\", \"salary_min\": 123456789012345678901234567890}]}", "too large" },
  { "huge-float", "{\"version\": 1, \"x\": 1e400}", "too large" },
  { "int-out-of-range", "{\"version\": 1, \"follow_ups\": [{\"id\": \"a\", \"occurrence\": 3000000000}]}", "out of range" },
  { "nul", "{\"version\": 1, \"jobs\": [{\"id\": \"a\", \"title\": \"a\\u0000b\"}]}", "NUL" },
  { "deep", NULL, "too deeply" },
};

static void
check_moved_aside (FuStore    *store,
                   const char *path,
                   GBytes     *original,
                   const char *reason)
{
  g_autoptr(GPtrArray) aside = fu_test_find_files (path, "followup.json.broken-");
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(FuJob) job = fu_job_new ();
  g_autoptr(GError) error = NULL;
  const char *message = fu_store_get_error_message (store);

  g_assert_nonnull (message);
  g_test_message ("message: %s", message);
  g_assert_nonnull (strstr (message, path));
  g_assert_nonnull (strstr (message, reason));
  g_assert_cmpuint (aside->len, ==, 1);
  g_assert_nonnull (strstr (message, aside->pdata[0]));
  g_assert_false (fu_store_get_read_only (store));
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_jobs (store)), ==, 0);

  /* The app goes on, and its saves never touch the moved file. */
  fu_store_add_job (store, job);
  fu_store_flush (store, 60000, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (original != NULL)
    {
      kept = fu_test_read_bytes (aside->pdata[0]);
      g_assert_true (g_bytes_equal (kept, original));
    }
}

static void
test_store_bad_file (gconstpointer user_data)
{
  const BadFile *bad = user_data;
  g_autofree char *path = fu_test_data_path ();
  g_autoptr(GString) deep = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (bad->data != NULL)
    original = g_bytes_new_static (bad->data, strlen (bad->data));
  else
    {
      /* Deep enough to overflow json-glib's recursive parser. */
      deep = g_string_new ("{\"version\": 1, \"x\": ");
      for (guint i = 0; i < 200000; i++)
        g_string_append_c (deep, '[');
      for (guint i = 0; i < 200000; i++)
        g_string_append_c (deep, ']');
      g_string_append_c (deep, '}');
      original = g_bytes_new (deep->str, deep->len);
    }

  fu_test_write_bytes (path, g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  store = fu_test_open_store (path, &error);
  g_assert_error (error, FU_STORE_ERROR, FU_STORE_ERROR_BAD_FILE);
  g_assert_cmpstr (error->message, ==, fu_store_get_error_message (store));
  check_moved_aside (store, path, original, bad->reason);
}

static void
test_store_bad_folder (void)
{
  g_autofree char *path = fu_test_data_path ();
  g_autofree char *inner = g_build_filename (path, "inside.txt", NULL);
  g_autoptr(GPtrArray) aside = NULL;
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *moved_inner = NULL;

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  fu_test_write_bytes (inner, "keep me", -1);

  store = fu_test_open_store (path, &error);
  g_assert_error (error, FU_STORE_ERROR, FU_STORE_ERROR_BAD_FILE);
  check_moved_aside (store, path, NULL, "folder");

  aside = fu_test_find_files (path, "followup.json.broken-");
  moved_inner = g_build_filename (aside->pdata[0], "inside.txt", NULL);
  g_assert_true (g_file_test (moved_inner, G_FILE_TEST_IS_REGULAR));
}

/* Root reads everything: drop to "nobody" in a child to get a real
 * permission error. */
static void
test_store_unreadable (void)
{
  const char *base = g_getenv ("FU_TEST_UNREADABLE_DIR");

  if (base != NULL)
    {
      g_autofree char *path = g_build_filename (base, "followup.json", NULL);
      g_autoptr(FuStore) store = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS) && g_access (path, R_OK) == 0);

      store = fu_test_open_store (path, &error);
      g_assert_error (error, FU_STORE_ERROR, FU_STORE_ERROR_BAD_FILE);
      check_moved_aside (store, path, NULL, "not allowed to read");
      return;
    }

  {
    g_autofree char *tmp = g_dir_make_tmp ("fu-store-XXXXXX", NULL);
    g_autofree char *dir = g_build_filename (tmp, "data", NULL);
    g_autofree char *path = g_build_filename (dir, "followup.json", NULL);
    g_autoptr(GPtrArray) aside = NULL;
    g_autoptr(GBytes) kept = NULL;
    const char *secret = "{\"version\": 1, \"jobs\": [{\"id\": \"secret\"}]}";

    g_assert_nonnull (tmp);
    g_assert_cmpint (g_chmod (tmp, 0755), ==, 0);
    fu_test_write_bytes (path, secret, -1);
    g_assert_cmpint (g_chmod (path, 0600), ==, 0);
    g_assert_cmpint (chown (dir, 65534, 65534), ==, 0);

    g_setenv ("FU_TEST_UNREADABLE_DIR", dir, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_unsetenv ("FU_TEST_UNREADABLE_DIR");
    g_test_trap_assert_passed ();

    aside = fu_test_find_files (path, "followup.json.broken-");
    g_assert_cmpuint (aside->len, ==, 1);
    kept = fu_test_read_bytes (aside->pdata[0]);
    g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), secret, strlen (secret));
    g_assert_cmpint (g_remove (aside->pdata[0]), ==, 0);
    g_assert_cmpint (g_remove (path), ==, 0);
    g_assert_cmpint (g_rmdir (dir), ==, 0);
    g_assert_cmpint (g_rmdir (tmp), ==, 0);
  }
}

static void
test_store_newer_version (gconstpointer user_data)
{
  const char *data = user_data;
  g_autofree char *path = fu_test_data_path ();
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) others = NULL;
  g_autoptr(FuJob) job = fu_job_new ();

  fu_test_write_bytes (path, data, -1);
  store = fu_test_open_store (path, &error);
  g_assert_error (error, FU_STORE_ERROR, FU_STORE_ERROR_NEWER_VERSION);
  g_assert_true (fu_store_get_read_only (store));
  g_assert_nonnull (strstr (fu_store_get_error_message (store), path));
  g_assert_nonnull (strstr (fu_store_get_error_message (store), "newer version"));
  g_clear_error (&error);

  fu_store_add_job (store, job);
  g_assert_false (fu_store_flush (store, 60000, &error));
  g_assert_error (error, FU_STORE_ERROR, FU_STORE_ERROR_READ_ONLY);

  after = fu_test_read_bytes (path);
  g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), data, strlen (data));
  others = fu_test_find_files (path, "followup.json.");
  g_assert_cmpuint (others->len, ==, 0);
}

static void
on_restored_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  fu_store_restore_backup_finish (FU_STORE (object), result, &error);
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
test_store_backup (void)
{
  g_autofree char *path = fu_test_data_path ();
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  const char *first = "{\"version\": 1, \"jobs\": [{\"id\": \"first\", \"title\": \"First\"}]}";
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GPtrArray) before_restore = NULL;
  g_autoptr(FuJob) second = fu_job_new ();
  g_autoptr(FuJob) third = fu_job_new ();
  gboolean done = FALSE;

  fu_test_write_bytes (path, first, -1);
  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);
  g_assert_false (fu_store_get_backup_exists (store));

  fu_job_set_title (second, "Second");
  fu_store_add_job (store, second);
  fu_store_flush (store, 60000, &error);
  g_assert_no_error (error);
  g_assert_true (fu_store_get_backup_exists (store));
  kept = fu_test_read_bytes (backup);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), first, strlen (first));

  /* Later saves of the same session keep the good copy from before it. */
  fu_job_set_title (third, "Third");
  fu_store_add_job (store, third);
  fu_store_flush (store, 60000, &error);
  g_assert_no_error (error);
  g_clear_pointer (&kept, g_bytes_unref);
  kept = fu_test_read_bytes (backup);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), first, strlen (first));

  fu_store_restore_backup_async (store, NULL, on_restored_cb, &done);
  fu_test_wait_for (&done);
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_jobs (store)), ==, 1);
  g_assert_true (fu_test_store_has_job (store, "First"));
  fu_store_flush (store, 60000, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* The restored data is what the file now holds, and what was there
   * before the restore is kept too. */
  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_jobs (store)), ==, 1);
  g_assert_true (fu_test_store_has_job (store, "First"));
  before_restore = fu_test_find_files (path, "followup.json.before-restore-");
  g_assert_cmpuint (before_restore->len, ==, 1);
  g_clear_object (&store);
  store = fu_test_open_store (before_restore->pdata[0], &error);
  g_assert_no_error (error);
  g_assert_true (fu_test_store_has_job (store, "Third"));
}

static void
test_store_external_change_clean (void)
{
  g_autofree char *path = fu_test_data_path ();
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(FuJob) job = fu_job_new ();

  fu_test_write_bytes (path, "{\"version\": 1, \"jobs\": [{\"id\": \"a\", \"title\": \"Ours\"}]}", -1);
  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);

  /* The app's own saves are not taken for another program's. */
  fu_store_add_job (store, job);
  fu_store_flush (store, 60000, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (fu_test_store_has_job (store, "Ours"));

  /* Another program (a sync tool, say) writes the file. */
  fu_test_write_bytes (path, "{\"version\": 1, \"jobs\": [{\"id\": \"b\", \"title\": \"Theirs\"}]}", -1);
  fu_test_wait_until (fu_test_store_has_job (store, "Theirs"));
  g_assert_false (fu_test_store_has_job (store, "Ours"));
  g_assert_null (fu_store_get_error_message (store));
  conflicts = fu_test_find_files (path, "followup.json.conflict-");
  g_assert_cmpuint (conflicts->len, ==, 0);
}

static void
test_store_external_change_dirty (void)
{
  g_autofree char *path = fu_test_data_path ();
  const char *theirs = "{\"version\": 1, \"jobs\": [{\"id\": \"b\", \"title\": \"Theirs\"}]}";
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(FuJob) job = fu_job_new ();

  fu_test_write_bytes (path, "{\"version\": 1, \"jobs\": [{\"id\": \"a\", \"title\": \"Ours\"}]}", -1);
  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);

  /* An unsaved edit (the store would wait an hour to save it)... */
  fu_store_set_delays (store, 3600 * 1000, 10);
  fu_job_set_title (job, "Unsaved");
  fu_store_add_job (store, job);
  g_assert_true (fu_store_get_dirty (store));

  /* ... when another program writes the file. */
  fu_test_write_bytes (path, theirs, -1);
  fu_test_wait_until (!fu_store_get_dirty (store));

  conflicts = fu_test_find_files (path, "followup.json.conflict-");
  g_assert_cmpuint (conflicts->len, ==, 1);
  kept = fu_test_read_bytes (conflicts->pdata[0]);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), theirs, strlen (theirs));
  g_assert_nonnull (strstr (fu_store_get_error_message (store), conflicts->pdata[0]));
  g_assert_nonnull (strstr (fu_store_get_error_message (store), "another program"));
  g_assert_true (fu_test_store_has_job (store, "Unsaved"));
  g_assert_true (fu_test_store_has_job (store, "Ours"));
  g_clear_object (&store);

  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);
  g_assert_true (fu_test_store_has_job (store, "Unsaved"));
  g_assert_true (fu_test_store_has_job (store, "Ours"));
}

static GDateTime *
days_ago (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_add_days (now, -days);
}

static FuFollowUp *
add_due_follow_up (FuStore   *store,
                   FuJob     *job,
                   int        kind,
                   GDateTime *due)
{
  FuFollowUp *follow_up = fu_follow_up_new ();

  fu_follow_up_set_kind (follow_up, kind);
  fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
  fu_follow_up_set_due (follow_up, due);
  fu_store_add_follow_up (store, follow_up);
  return follow_up;
}

/* The board's index of what is not stored on a job: its last activity
 * (created, a stage change, an interaction) and its next follow-up to
 * do.  Rebuilt after edits, it forgets what was done and the jobs that
 * went, and keeps the earliest due time when two are equal. */
static void
test_store_job_index (void)
{
  g_autofree char *path = fu_test_data_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FuStore) store = fu_test_open_store (path, &error);
  g_autoptr(FuJobIndex) index = fu_job_index_new ();
  g_autoptr(FuJob) busy = fu_job_new ();
  g_autoptr(FuJob) quiet = fu_job_new ();
  g_autoptr(FuInteraction) call = fu_interaction_new ();
  g_autoptr(FuFollowUp) first = NULL;
  g_autoptr(FuFollowUp) tie = NULL;
  g_autoptr(FuFollowUp) later = NULL;
  g_autoptr(GDateTime) created = days_ago (30);
  g_autoptr(GDateTime) called = days_ago (2);
  g_autoptr(GDateTime) due_first = days_ago (-1);
  g_autoptr(GDateTime) due_later = days_ago (-5);

  g_assert_no_error (error);
  fu_job_set_created (busy, created);
  fu_job_set_created (quiet, created);
  fu_store_add_job (store, busy);
  fu_store_add_job (store, quiet);
  fu_interaction_set_job_id (call, fu_job_get_id (busy));
  fu_interaction_set_time (call, called);
  fu_store_add_interaction (store, call);
  /* Added in this order: the tie comes after the first. */
  later = add_due_follow_up (store, busy, 13, due_later);
  first = add_due_follow_up (store, busy, 13, due_first);
  tie = add_due_follow_up (store, busy, 2, due_first);

  fu_job_index_rebuild (index, store);
  g_assert_true (g_date_time_equal (fu_job_index_get_last_activity (index, busy), called));
  g_assert_true (g_date_time_equal (fu_job_index_get_last_activity (index, quiet), created));
  g_assert_true (fu_job_index_get_next_follow_up (index, busy) == first);
  g_assert_null (fu_job_index_get_next_follow_up (index, quiet));
  /* The job with the later activity goes first. */
  g_assert_cmpint (fu_job_index_compare_last_activity (index, busy, quiet), <, 0);

  /* Done: the one due at the same time comes next, then the later one. */
  fu_follow_up_set_state (first, FU_FOLLOW_UP_STATE_DONE);
  fu_job_index_rebuild (index, store);
  g_assert_true (fu_job_index_get_next_follow_up (index, busy) == tie);
  fu_follow_up_set_state (tie, FU_FOLLOW_UP_STATE_DISMISSED);
  fu_job_index_rebuild (index, store);
  g_assert_true (fu_job_index_get_next_follow_up (index, busy) == later);

  /* Without its interaction the job's last activity is its creation;
   * a job removed from the store is no longer indexed. */
  fu_store_remove (store, FU_RECORD (call));
  fu_store_remove (store, FU_RECORD (quiet));
  fu_job_index_rebuild (index, store);
  g_assert_true (g_date_time_equal (fu_job_index_get_last_activity (index, busy), created));
  g_assert_true (fu_job_index_get_next_follow_up (index, busy) == later);
  g_assert_null (fu_job_index_get_next_follow_up (index, quiet));
}

/* The index reads again only what changed, and says what that moves:
 * the columns (a stage), the order (a latest activity) or only what a
 * card shows.  Each kind of edit, the records that name a job by id, and
 * jobs that come, go or change id, against the same facts read afresh. */
static void
test_store_job_index_changes (void)
{
  g_autofree char *path = fu_test_data_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FuStore) store = fu_test_open_store (path, &error);
  g_autoptr(FuJobIndex) index = fu_job_index_new ();
  g_autoptr(FuJob) a = fu_job_new ();
  g_autoptr(FuJob) b = fu_job_new ();
  g_autoptr(FuJob) c = fu_job_new ();
  g_autoptr(FuInteraction) call = fu_interaction_new ();
  g_autoptr(FuFollowUp) soon = NULL;
  g_autoptr(FuFollowUp) later = NULL;
  g_autoptr(GDateTime) created = days_ago (30);
  g_autoptr(GDateTime) called = days_ago (10);
  g_autoptr(GDateTime) moved = days_ago (5);
  g_autoptr(GDateTime) recalled = days_ago (1);
  g_autoptr(GDateTime) due_soon = days_ago (-1);
  g_autoptr(GDateTime) due_later = days_ago (-5);
  g_autofree char *b_id = NULL;
  FuJobIndexChange change;

  g_assert_no_error (error);
  fu_job_set_created (a, created);
  fu_job_set_created (b, created);
  fu_store_add_job (store, a);
  fu_store_add_job (store, b);
  fu_interaction_set_job_id (call, fu_job_get_id (a));
  fu_interaction_set_time (call, called);
  fu_store_add_interaction (store, call);
  soon = add_due_follow_up (store, b, 13, due_soon);
  later = add_due_follow_up (store, b, 13, due_later);

  /* The first rebuild finds everything new. */
  change = fu_job_index_rebuild (index, store);
  g_assert_cmpint (change, ==, FU_JOB_INDEX_CHANGE_CONTENT | FU_JOB_INDEX_CHANGE_ORDER | FU_JOB_INDEX_CHANGE_STAGES);
  g_assert_true (g_date_time_equal (fu_job_index_get_last_activity (index, a), called));
  g_assert_true (fu_job_index_get_next_follow_up (index, b) == soon);
  /* Nothing since: nothing to redo. */
  g_assert_cmpint (fu_job_index_rebuild (index, store), ==, 0);

  /* Notes typed: only what a card shows. */
  fu_job_set_notes (b, "Ask about the team <&>");
  g_assert_cmpint (fu_job_index_rebuild (index, store), ==, FU_JOB_INDEX_CHANGE_CONTENT);
  /* What the interactions and follow-ups gave is kept. */
  g_assert_true (g_date_time_equal (fu_job_index_get_last_activity (index, a), called));
  g_assert_true (fu_job_index_get_next_follow_up (index, b) == soon);

  /* A follow-up done: the next one is the later, the order stays. */
  fu_follow_up_set_state (soon, FU_FOLLOW_UP_STATE_DONE);
  g_assert_cmpint (fu_job_index_rebuild (index, store), ==, FU_JOB_INDEX_CHANGE_CONTENT);
  g_assert_true (fu_job_index_get_next_follow_up (index, b) == later);

  /* Moved on: a new column and a new latest activity. */
  fu_job_move_to (b, FU_STAGE_SCREENING, moved);
  change = fu_job_index_rebuild (index, store);
  g_assert_cmpint (change, ==, FU_JOB_INDEX_CHANGE_CONTENT | FU_JOB_INDEX_CHANGE_ORDER | FU_JOB_INDEX_CHANGE_STAGES);
  g_assert_true (g_date_time_equal (fu_job_index_get_last_activity (index, b), moved));
  g_assert_cmpint (fu_job_index_compare_last_activity (index, b, a), <, 0);

  /* The call moved to the other job and to a later day: both jobs'
   * latest activity follow it. */
  fu_interaction_set_job_id (call, fu_job_get_id (b));
  fu_interaction_set_time (call, recalled);
  change = fu_job_index_rebuild (index, store);
  g_assert_cmpint (change & FU_JOB_INDEX_CHANGE_ORDER, !=, 0);
  g_assert_cmpint (change & FU_JOB_INDEX_CHANGE_STAGES, ==, 0);
  g_assert_true (g_date_time_equal (fu_job_index_get_last_activity (index, a), created));
  g_assert_true (g_date_time_equal (fu_job_index_get_last_activity (index, b), recalled));

  /* A job that changes id takes its records' links with it: they now
   * name no job. */
  b_id = g_strdup (fu_job_get_id (b));
  fu_record_set_id (FU_RECORD (b), "renamed");
  fu_record_changed (FU_RECORD (b));
  fu_job_index_rebuild (index, store);
  g_assert_true (g_date_time_equal (fu_job_index_get_last_activity (index, b), moved));
  g_assert_null (fu_job_index_get_next_follow_up (index, b));

  /* A job that comes with the old id (as from a hand-edited file) gets
   * them; one that goes is forgotten. */
  fu_record_set_id (FU_RECORD (c), b_id);
  fu_job_set_created (c, created);
  fu_store_add_job (store, c);
  fu_store_remove (store, FU_RECORD (a));
  change = fu_job_index_rebuild (index, store);
  g_assert_cmpint (change & FU_JOB_INDEX_CHANGE_STAGES, !=, 0);
  g_assert_true (g_date_time_equal (fu_job_index_get_last_activity (index, c), recalled));
  g_assert_true (fu_job_index_get_next_follow_up (index, c) == later);
  g_assert_true (fu_job_index_get_last_activity (index, a) == fu_job_get_created (a));
  g_assert_null (fu_job_index_get_next_follow_up (index, a));

  /* Closed: the closed column takes it. */
  fu_job_close (c, FU_OUTCOME_REJECTED, NULL, recalled);
  change = fu_job_index_rebuild (index, store);
  g_assert_cmpint (change & FU_JOB_INDEX_CHANGE_STAGES, !=, 0);
}

/* A list's stamp moves with its records and only with them: views skip
 * the work of an edit that did not touch what they show. */
static void
test_store_list_stamp (void)
{
  g_autofree char *path = fu_test_data_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FuStore) store = fu_test_open_store (path, &error);
  g_autoptr(FuJob) job = fu_job_new ();
  g_autoptr(FuFollowUp) follow_up = NULL;
  g_autoptr(GDateTime) due = days_ago (-1);
  GListModel *jobs, *follow_ups;
  guint64 jobs_stamp, follow_ups_stamp;

  g_assert_no_error (error);
  jobs = fu_store_get_jobs (store);
  follow_ups = fu_store_get_follow_ups (store);

  jobs_stamp = fu_store_get_list_stamp (store, jobs);
  follow_ups_stamp = fu_store_get_list_stamp (store, follow_ups);
  /* Never 0, which views keep for "not looked at yet". */
  g_assert_cmpuint (jobs_stamp, !=, 0);
  g_assert_cmpuint (follow_ups_stamp, !=, 0);
  {
    guint64 seen = 0;

    g_assert_true (fu_store_list_moved (store, jobs, &seen));
    g_assert_cmpuint (seen, ==, jobs_stamp);
    g_assert_false (fu_store_list_moved (store, jobs, &seen));
  }
  fu_store_add_job (store, job);
  g_assert_cmpuint (fu_store_get_list_stamp (store, jobs), !=, jobs_stamp);
  g_assert_cmpuint (fu_store_get_list_stamp (store, follow_ups), ==, follow_ups_stamp);

  follow_up = add_due_follow_up (store, job, 13, due);
  g_assert_cmpuint (fu_store_get_list_stamp (store, follow_ups), !=, follow_ups_stamp);

  /* A job's notes: the jobs' stamp, not the follow-ups'. */
  jobs_stamp = fu_store_get_list_stamp (store, jobs);
  follow_ups_stamp = fu_store_get_list_stamp (store, follow_ups);
  fu_job_set_notes (job, "Salary <&> benefits");
  g_assert_cmpuint (fu_store_get_list_stamp (store, jobs), !=, jobs_stamp);
  g_assert_cmpuint (fu_store_get_list_stamp (store, follow_ups), ==, follow_ups_stamp);

  /* A follow-up done, then removed. */
  fu_follow_up_set_state (follow_up, FU_FOLLOW_UP_STATE_DONE);
  g_assert_cmpuint (fu_store_get_list_stamp (store, follow_ups), !=, follow_ups_stamp);
  follow_ups_stamp = fu_store_get_list_stamp (store, follow_ups);
  fu_store_remove (store, FU_RECORD (follow_up));
  g_assert_cmpuint (fu_store_get_list_stamp (store, follow_ups), !=, follow_ups_stamp);

  /* One that left the store no longer moves it. */
  follow_ups_stamp = fu_store_get_list_stamp (store, follow_ups);
  fu_follow_up_set_state (follow_up, FU_FOLLOW_UP_STATE_OPEN);
  g_assert_cmpuint (fu_store_get_list_stamp (store, follow_ups), ==, follow_ups_stamp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_data_func ("/store/round-trip/cached", GINT_TO_POINTER (FALSE), test_store_round_trip);
  g_test_add_data_func ("/store/round-trip/reserialised", GINT_TO_POINTER (TRUE), test_store_round_trip);
  g_test_add_func ("/store/round-trip/as-read", test_store_round_trip_as_read);
  g_test_add_func ("/store/lenient-json", test_store_lenient_json);
  g_test_add_func ("/store/save-after-changes", test_store_save_after_changes);
  g_test_add_func ("/store/new-file", test_store_new_file);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/store/bad-file/%s", bad_files[i].name);

      g_test_add_data_func (name, &bad_files[i], test_store_bad_file);
    }
  g_test_add_func ("/store/bad-file/folder", test_store_bad_folder);
  g_test_add_func ("/store/bad-file/unreadable", test_store_unreadable);
  g_test_add_data_func ("/store/newer-version/readable",
                        "{\"version\": 2, \"jobs\": [{\"id\": \"a\", \"title\": \"From the future\", \"hoverboard\": true}]}",
                        test_store_newer_version);
  g_test_add_data_func ("/store/newer-version/unreadable",
                        "{\"version\": 99, \"jobs\": 7}",
                        test_store_newer_version);
  g_test_add_func ("/store/backup", test_store_backup);
  g_test_add_func ("/store/external-change/clean", test_store_external_change_clean);
  g_test_add_func ("/store/external-change/dirty", test_store_external_change_dirty);
  g_test_add_func ("/store/job-index", test_store_job_index);
  g_test_add_func ("/store/job-index/changes", test_store_job_index_changes);
  g_test_add_func ("/store/list-stamp", test_store_list_stamp);

  return g_test_run ();
}
