/* test-rules-runner.c: the rules run by themselves
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After a load, after an edit and after a rule setting changes in
 * GSettings (the memory backend), the runner brings the store's
 * follow-ups up to date, and says when it will look again.  The clock is
 * fixed at Monday 2 March 2026, 10:00 in Berlin.
 */
#include "config.h"

#include "fu-rules.h"
#include "fu-rules-runner.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rules/runner/runs-when-it-matters", test_runner);

  return g_test_run ();
}
