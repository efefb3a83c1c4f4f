/* test-rules-runner.c: the rules run by themselves
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After a load, after an edit and after a rule setting changes in
 * GSettings (the memory backend), the runner brings the store's
 * follow-ups up to date, and says when it will look again.  A run is
 * taken in idle slices; edits between them are neither lost nor made
 * twice.  The clock is fixed at Monday 2 March 2026, 10:00 in Berlin.
 */
#include "config.h"

#include "fu-rules.h"
#include "fu-rules-runner.h"
#include "fu-store-private.h"

static GDateTime *
fixed_clock (gpointer user_data)
{
  return g_date_time_new_from_iso8601 ("2026-03-02T10:00:00+01:00", NULL);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;

  fu_store_load_finish (FU_STORE (source), result, NULL);
  *done = TRUE;
}

/* Iterates the main context until @runner has run more than @runs times
 * (bounded, so a bug fails instead of hanging). */
static void
wait_for_run (FuRulesRunner *runner,
              guint          runs)
{
  for (guint i = 0; i < 10000 && fu_rules_runner_get_n_runs (runner) <= runs; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (fu_rules_runner_get_n_runs (runner), >, runs);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
assert_due (FuFollowUp *follow_up,
            const char *iso)
{
  g_autoptr(GDateTime) want = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_true (g_date_time_equal (fu_follow_up_get_due (follow_up), want));
}

static void
test_runner (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *dir = g_dir_make_tmp ("rules-runner-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "followup.json", NULL);
  g_autoptr(FuStore) store = fu_store_new (path);
  g_autoptr(FuRulesRunner) runner = NULL;
  g_autoptr(FuJob) job = fu_job_new ();
  g_autoptr(GDateTime) applied = g_date_time_new_from_iso8601 ("2026-02-27T09:00:00+01:00", NULL);
  g_autoptr(FuFollowUp) nudge = NULL;
  GListModel *follow_ups = fu_store_get_follow_ups (store);
  gboolean loaded = FALSE;
  guint runs;

  g_settings_set_string (settings, "home-time-zone", "Europe/Berlin");
  runner = fu_rules_runner_new (store, settings);
  fu_rules_runner_set_clock (runner, fixed_clock, NULL);
  g_assert_cmpuint (fu_rules_runner_get_n_runs (runner), ==, 0);

  /* After the load. */
  fu_store_load_async (store, NULL, on_loaded_cb, &loaded);
  wait_for_run (runner, 0);
  g_assert_true (loaded);
  g_assert_cmpuint (g_list_model_get_n_items (follow_ups), ==, 0);

  /* After an edit: a job in Applied gets its nudge, 7 days after. */
  runs = fu_rules_runner_get_n_runs (runner);
  fu_job_set_company (job, "Acme");
  fu_job_set_title (job, "Senior Developer");
  fu_job_move_to (job, FU_STAGE_APPLIED, applied);
  fu_job_set_applied (job, applied);
  fu_store_add_job (store, job);
  wait_for_run (runner, runs);
  g_assert_cmpuint (g_list_model_get_n_items (follow_ups), ==, 1);
  nudge = g_list_model_get_item (follow_ups, 0);
  g_assert_cmpint (fu_follow_up_get_kind (nudge), ==, 2);
  assert_due (nudge, "2026-03-06T09:00:00+01:00");
  g_assert_nonnull (fu_rules_runner_get_next_wakeup (runner));
  g_assert_true (g_date_time_equal (fu_rules_runner_get_next_wakeup (runner), fu_follow_up_get_due (nudge)));

  /* After an offset changes in GSettings: moved. */
  runs = fu_rules_runner_get_n_runs (runner);
  g_settings_set_int (settings, "rule-2-offset", 10);
  wait_for_run (runner, runs);
  assert_due (nudge, "2026-03-09T09:00:00+01:00");

  /* Switched off: retired, kept in the data; with nothing else open, the
   * quiet-job check-in (rule 13) takes over. */
  runs = fu_rules_runner_get_n_runs (runner);
  g_settings_set_boolean (settings, "rule-2-enabled", FALSE);
  wait_for_run (runner, runs);
  g_assert_cmpint (fu_follow_up_get_state (nudge), ==, FU_FOLLOW_UP_STATE_RETIRED);
  g_assert_cmpuint (g_list_model_get_n_items (follow_ups), ==, 2);
  {
    g_autoptr(FuFollowUp) check_in = g_list_model_get_item (follow_ups, 1);

    g_assert_cmpint (fu_follow_up_get_kind (check_in), ==, 13);
    assert_due (check_in, "2026-03-13T09:00:00+01:00");
  }

  g_assert_true (fu_store_flush (store, 5000, NULL));
}

/* Sliced runs ------------------------------------------------------------ */

#define N_JOBS 40

static FuStore *
new_loaded_store (const char *dir,
                  const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  FuStore *store = fu_store_new (path);
  gboolean loaded = FALSE;

  fu_store_set_delays (store, 60 * 1000, 60 * 1000);
  fu_store_load_async (store, NULL, on_loaded_cb, &loaded);
  while (!loaded)
    g_main_context_iteration (NULL, TRUE);
  return store;
}

/* Jobs with ids of our own, so two stores can be compared: in Applied,
 * after an interview (in New York's zone, with an interviewer), and on
 * the wishlist with an apply-by date. */
static void
fill (FuStore *store)
{
  g_autoptr(GDateTime) now = fixed_clock (NULL);
  g_autoptr(FuContact) contact = fu_contact_new ();

  fu_record_set_id (FU_RECORD (contact), "contact-1");
  fu_contact_set_name (contact, "Dana Scully");
  fu_store_add_contact (store, contact);

  for (guint i = 0; i < N_JOBS; i++)
    {
      g_autoptr(FuJob) job = fu_job_new ();
      g_autofree char *id = g_strdup_printf ("job-%u", i);
      g_autofree char *company = g_strdup_printf ("Company %u", i);
      g_autoptr(GDateTime) created = g_date_time_add_days (now, -20 - (int) i);
      g_autoptr(GDateTime) applied = g_date_time_add_days (now, -(int) i);

      fu_record_set_id (FU_RECORD (job), id);
      fu_job_set_company (job, company);
      fu_job_set_title (job, "Developer");
      fu_job_set_created (job, created);
      if (i % 3 == 0)
        {
          fu_job_move_to (job, FU_STAGE_APPLIED, applied);
          fu_job_set_applied (job, applied);
        }
      else if (i % 3 == 1)
        {
          g_autoptr(FuRound) round = fu_round_new ();
          g_autoptr(FuInterviewer) interviewer = fu_interviewer_new ("contact-1");
          g_autoptr(GDateTime) start = g_date_time_add_hours (now, 24 - 12 * (int) i);
          g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);

          fu_job_move_to (job, FU_STAGE_INTERVIEWING, applied);
          fu_round_set_start (round, start);
          fu_round_set_end (round, end);
          fu_round_set_time_zone (round, "America/New_York");
          fu_round_add_interviewer (round, interviewer);
          fu_job_add_round (job, round);
        }
      else
        {
          g_autoptr(GDateTime) apply_by = g_date_time_add_days (now, (int) i);

          fu_job_set_apply_by (job, apply_by);
        }
      fu_store_add_job (store, job);
    }
}

/* Property changes only (no record added, which the runner would see
 * otherwise): a job in Applied answered by a move to Screening, and a
 * job closed. */
static void
edit (FuStore *store)
{
  g_autoptr(GDateTime) now = fixed_clock (NULL);

  fu_job_move_to (fu_store_find_job (store, "job-3"), FU_STAGE_SCREENING, now);
  fu_job_close (fu_store_find_job (store, "job-4"), FU_OUTCOME_REJECTED, NULL, now);
}

/* What the person sees: the open follow-ups, by key, with their due
 * times and explanations; one per key. */
static GHashTable *
open_follow_ups (FuStore *store)
{
  GListModel *follow_ups = fu_store_get_follow_ups (store);
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (follow_ups, i);
      g_autofree char *due = NULL;
      char *key;

      if (fu_follow_up_get_state (follow_up) != FU_FOLLOW_UP_STATE_OPEN)
        continue;
      key = g_strdup_printf ("%s/%d/%s/%s/%d", fu_follow_up_get_job_id (follow_up),
                             fu_follow_up_get_kind (follow_up),
                             fu_follow_up_get_contact_id (follow_up),
                             fu_follow_up_get_round_id (follow_up) != NULL ? "round" : "-",
                             fu_follow_up_get_occurrence (follow_up));
      due = g_date_time_format_iso8601 (fu_follow_up_get_due (follow_up));
      g_assert_false (g_hash_table_contains (table, key));
      g_hash_table_insert (table, key, g_strdup_printf ("%s %s", due, fu_follow_up_get_explanation (follow_up)));
    }
  return table;
}

static void
assert_same_follow_ups (GHashTable *a,
                        GHashTable *b)
{
  GHashTableIter iter;
  const char *key, *value;

  g_assert_cmpuint (g_hash_table_size (a), ==, g_hash_table_size (b));
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, (gpointer *) &value))
    g_assert_cmpstr (value, ==, g_hash_table_lookup (b, key));
}

typedef enum {
  EDIT_WHILE_EVALUATING,   /* the run after the jobs were added */
  EDIT_WHILE_CHANGING,     /* the same, once it makes its changes */
  EDIT_IN_QUIET_RUN,       /* a run that changes nothing (a setting no
                            * follow-up uses): nothing else would run */
} When;

/* The runner evaluates and changes in idle slices; an edit made in the
 * middle is neither lost nor made twice: the open follow-ups are those
 * of the rules run at once on the edited data. */
static void
check_sliced (When when)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *dir = g_dir_make_tmp ("rules-runner-XXXXXX", NULL);
  g_autoptr(FuStore) store = NULL;
  g_autoptr(FuStore) reference = NULL;
  g_autoptr(FuRulesRunner) runner = NULL;
  g_autoptr(FuRulesSettings) rules_settings = NULL;
  g_autoptr(GDateTime) now = fixed_clock (NULL);
  g_autoptr(GHashTable) want = NULL;
  g_autoptr(GHashTable) got = NULL;
  GListModel *follow_ups;
  guint slices = 0;
  guint runs;

  g_settings_set_string (settings, "home-time-zone", "Europe/Berlin");
  rules_settings = fu_rules_settings_new_from_gsettings (settings);

  /* The rules run at once on the data as edited. */
  reference = new_loaded_store (dir, "reference.json");
  fill (reference);
  edit (reference);
  g_assert_cmpuint (fu_rules_run (reference, now, rules_settings, NULL), >, 0);
  g_assert_cmpuint (fu_rules_run (reference, now, rules_settings, NULL), ==, 0);
  want = open_follow_ups (reference);
  g_assert_cmpuint (g_hash_table_size (want), >, N_JOBS);

  store = new_loaded_store (dir, "followup.json");
  follow_ups = fu_store_get_follow_ups (store);
  runner = fu_rules_runner_new (store, settings);
  fu_rules_runner_set_clock (runner, fixed_clock, NULL);
  /* One job's evaluation or one change per slice. */
  fu_rules_runner_set_slice (runner, 0);
  /* The run on the empty store, loaded already. */
  while (fu_rules_runner_get_busy (runner))
    g_main_context_iteration (NULL, TRUE);
  fill (store);

  if (when == EDIT_IN_QUIET_RUN)
    {
      while (fu_rules_runner_get_busy (runner) || g_main_context_pending (NULL))
        g_main_context_iteration (NULL, TRUE);
      g_assert_cmpuint (g_list_model_get_n_items (follow_ups), >, N_JOBS);
      g_settings_set_int (settings, "rule-14-offset", 3);
    }

  /* The store says it changed in an idle; the run starts there. */
  runs = fu_rules_runner_get_n_runs (runner);
  while (!fu_rules_runner_get_busy (runner))
    g_main_context_iteration (NULL, TRUE);
  if (when == EDIT_WHILE_CHANGING)
    {
      while (g_list_model_get_n_items (follow_ups) < 5)
        g_main_context_iteration (NULL, TRUE);
    }
  else
    {
      guint before = g_list_model_get_n_items (follow_ups);

      for (guint i = 0; i < 5; i++)
        g_main_context_iteration (NULL, TRUE);
      g_assert_cmpuint (g_list_model_get_n_items (follow_ups), ==, before);
    }
  g_assert_true (fu_rules_runner_get_busy (runner));
  g_assert_cmpuint (fu_rules_runner_get_n_runs (runner), ==, runs);
  edit (store);

  /* Until it is done, its own changes' run included. */
  for (guint i = 0; i < 100000 && (fu_rules_runner_get_busy (runner) || g_main_context_pending (NULL)); i++)
    {
      g_main_context_iteration (NULL, TRUE);
      slices++;
    }
  g_assert_false (fu_rules_runner_get_busy (runner));
  g_assert_cmpuint (slices, >, N_JOBS / 2);

  got = open_follow_ups (store);
  assert_same_follow_ups (got, want);
  g_assert_cmpuint (fu_rules_run (store, now, rules_settings, NULL), ==, 0);
}

static void
test_runner_sliced_while_evaluating (void)
{
  check_sliced (EDIT_WHILE_EVALUATING);
}

static void
test_runner_sliced_while_changing (void)
{
  check_sliced (EDIT_WHILE_CHANGING);
}

static void
test_runner_sliced_in_quiet_run (void)
{
  check_sliced (EDIT_IN_QUIET_RUN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rules/runner/runs-when-it-matters", test_runner);
  g_test_add_func ("/rules/runner/sliced/edit-while-evaluating", test_runner_sliced_while_evaluating);
  g_test_add_func ("/rules/runner/sliced/edit-while-changing", test_runner_sliced_while_changing);
  g_test_add_func ("/rules/runner/sliced/edit-in-quiet-run", test_runner_sliced_in_quiet_run);

  return g_test_run ();
}
