/* test-rules-cache.c: the rules engine's cache changes nothing
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fu_rules_evaluate() keeps, between calls, what it found about jobs
 * that did not change (fu-rules-cache.c); fu-rules.h promises a pure
 * function of (data, now, settings).  So after every kind of edit a user
 * can make, at times going forward and back, with the changes applied or
 * not, its changes and next wake-up must be those of an evaluation of
 * everything from scratch (fu_rules_evaluate_uncached()).  The same
 * holds for a pass taken in slices (FuRulesPass, as the runner takes it
 * on the main thread) with edits between the slices.
 *
 * The data is the benchmark generator's (its path is the argument),
 * 80 jobs with rounds, contacts kept in touch, interactions and
 * follow-ups.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "fu-rules-private.h"
#include "fu-store.h"

static const char *generator;

static void
on_loaded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fu_store_load_finish (FU_STORE (object), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
assert_same_time (GDateTime *a,
                  GDateTime *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a != NULL)
    g_assert_true (g_date_time_equal (a, b));
}

static void
assert_same_changes (GPtrArray *cached,
                     GPtrArray *fresh)
{
  g_assert_cmpuint (cached->len, ==, fresh->len);
  for (guint i = 0; i < cached->len; i++)
    {
      FuRulesChange *a = g_ptr_array_index (cached, i);
      FuRulesChange *b = g_ptr_array_index (fresh, i);

      g_assert_cmpint (a->kind, ==, b->kind);
      assert_same_time (a->due, b->due);
      g_assert_cmpstr (a->explanation, ==, b->explanation);
      if (a->kind != FU_RULES_CHANGE_CREATE)
        {
          g_assert_true (a->follow_up == b->follow_up);
          continue;
        }
      /* A creation is a new follow-up each time: compare what it says. */
      g_assert_cmpint (fu_follow_up_get_kind (a->follow_up), ==, fu_follow_up_get_kind (b->follow_up));
      g_assert_cmpstr (fu_follow_up_get_job_id (a->follow_up), ==, fu_follow_up_get_job_id (b->follow_up));
      g_assert_cmpstr (fu_follow_up_get_contact_id (a->follow_up), ==, fu_follow_up_get_contact_id (b->follow_up));
      g_assert_cmpstr (fu_follow_up_get_round_id (a->follow_up), ==, fu_follow_up_get_round_id (b->follow_up));
      g_assert_cmpint (fu_follow_up_get_occurrence (a->follow_up), ==, fu_follow_up_get_occurrence (b->follow_up));
      g_assert_cmpstr (fu_follow_up_get_explanation (a->follow_up), ==, fu_follow_up_get_explanation (b->follow_up));
      assert_same_time (fu_follow_up_get_due (a->follow_up), fu_follow_up_get_due (b->follow_up));
      assert_same_time (fu_follow_up_get_created (a->follow_up), fu_follow_up_get_created (b->follow_up));
    }
}

/* Evaluates both ways; returns the cached changes. */
static GPtrArray *
check (FuRulesData     *data,
       GDateTime       *now,
       FuRulesSettings *settings)
{
  g_autoptr(GDateTime) next_cached = NULL;
  g_autoptr(GDateTime) next_fresh = NULL;
  g_autoptr(GPtrArray) fresh = fu_rules_evaluate_uncached (data, now, settings, &next_fresh);
  GPtrArray *cached = fu_rules_evaluate (data, now, settings, &next_cached);

  assert_same_changes (cached, fresh);
  assert_same_time (next_cached, next_fresh);
  return cached;
}

static gpointer
pick (GRand      *rand,
      GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  return n > 0 ? g_list_model_get_item (list, g_rand_int_range (rand, 0, n)) : NULL;
}

static void
edit (FuStore         *store,
      GRand           *rand,
      GDateTime       *now,
      FuRulesSettings *settings,
      FuJob          **accepted,
      guint            what)
{
  g_autoptr(FuJob) job = pick (rand, fu_store_get_jobs (store));
  g_autoptr(FuFollowUp) follow_up = pick (rand, fu_store_get_follow_ups (store));
  g_autoptr(FuContact) contact = pick (rand, fu_store_get_contacts (store));
  g_autoptr(FuInteraction) interaction = pick (rand, fu_store_get_interactions (store));

  /* A record made before the last evaluation and added after it. */
  static FuInteraction *made_before = NULL;

  if (made_before != NULL)
    {
      fu_store_add_interaction (store, made_before);
      g_clear_object (&made_before);
    }

  /* An accepted offer lasts one step, so the cache is mostly in use. */
  if (*accepted != NULL)
    {
      if (fu_job_is_closed (*accepted))
        fu_job_reopen (*accepted, now);
      g_clear_object (accepted);
    }

  switch (what)
    {
    case 0:   /* an answer */
      {
        g_autoptr(FuInteraction) answer = fu_interaction_new ();
        const char *ids[] = { fu_contact_get_id (contact), NULL };

        fu_interaction_set_job_id (answer, fu_job_get_id (job));
        fu_interaction_set_time (answer, now);
        fu_interaction_set_direction (answer, FU_DIRECTION_INBOUND);
        fu_interaction_set_contact_ids (answer, ids);
        fu_store_add_interaction (store, answer);
      }
      break;
    case 1:
      if (!fu_job_is_closed (job) && fu_job_get_stage (job) < FU_STAGE_OFFER)
        fu_job_move_to (job, fu_job_get_stage (job) + 1, now);
      break;
    case 2:
      if (fu_job_is_closed (job))
        fu_job_reopen (job, now);
      else
        fu_job_close (job, FU_OUTCOME_REJECTED + g_rand_int_range (rand, 0, 3), NULL, now);
      break;
    case 3:   /* rule 15 looks at every job: the cache steps aside */
      if (!fu_job_is_closed (job))
        {
          fu_job_close (job, FU_OUTCOME_ACCEPTED, NULL, now);
          g_set_object (accepted, job);
        }
      break;
    case 4:
      fu_follow_up_set_state (follow_up, g_rand_boolean (rand) ? FU_FOLLOW_UP_STATE_DONE
                                                               : FU_FOLLOW_UP_STATE_DISMISSED);
      break;
    case 5:
      {
        g_autoptr(GDateTime) until = g_date_time_add_days (now, 2);

        fu_follow_up_set_snoozed_until (follow_up, until);
        fu_follow_up_set_state (follow_up, FU_FOLLOW_UP_STATE_SNOOZED);
      }
      break;
    case 6:
      if (g_rand_boolean (rand))
        fu_contact_set_name (contact, "Renamed <Person> & Co");
      else
        fu_contact_set_stay_in_touch (contact, !fu_contact_get_stay_in_touch (contact));
      break;
    case 7:   /* a reschedule */
      {
        g_autoptr(FuRound) round = pick (rand, fu_job_get_rounds (job));

        if (round != NULL)
          {
            g_autoptr(GDateTime) start = g_date_time_add_hours (now, g_rand_int_range (rand, -48, 48));
            g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);

            fu_round_set_start (round, start);
            fu_round_set_end (round, end);
          }
      }
      break;
    case 8:
      fu_store_remove (store, FU_RECORD (job));
      break;
    case 9:
      {
        g_autoptr(FuJob) added = fu_job_new ();

        fu_job_set_company (added, "AT&T <Labs>");
        fu_job_set_created (added, now);
        fu_job_move_to (added, FU_STAGE_APPLIED, now);
        fu_store_add_job (store, added);
      }
      break;
    case 10:
      settings->rules[g_rand_int_range (rand, 1, FU_RULES_N + 1)].offset += 1;
      settings->rules[g_rand_int_range (rand, 1, FU_RULES_N + 1)].enabled ^= g_rand_boolean (rand);
      break;
    case 11:
      fu_interaction_set_job_id (interaction, fu_job_get_id (job));
      break;
    case 12:
      fu_follow_up_set_job_id (follow_up, g_rand_boolean (rand) ? fu_job_get_id (job) : NULL);
      break;
    case 13:  /* with someone kept in touch with (rule 20), added next step */
      {
        GListModel *contacts = fu_store_get_contacts (store);
        const char *ids[2] = { NULL, NULL };

        /* The store keeps the contact, and so its id, alive. */
        for (guint i = 0; i < g_list_model_get_n_items (contacts) && ids[0] == NULL; i++)
          {
            g_autoptr(FuContact) kept = g_list_model_get_item (contacts, i);

            if (fu_contact_get_stay_in_touch (kept))
              ids[0] = fu_contact_get_id (kept);
          }
        made_before = fu_interaction_new ();
        fu_interaction_set_time (made_before, now);
        fu_interaction_set_direction (made_before, FU_DIRECTION_OUTBOUND);
        fu_interaction_set_contact_ids (made_before, ids);
      }
      break;
    default:  /* only the time moves */
      break;
    }
}

/* A store loaded from what the bench generator writes for @argv, and
 * the rules' view of it in @data. */
static FuStore *
load_generated (const char * const *argv,
                const char         *path,
                FuRulesData        *data)
{
  g_autoptr(GError) error = NULL;
  FuStore *store;
  gboolean loaded = FALSE;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  store = fu_store_new (path);
  fu_store_load_async (store, NULL, on_loaded_cb, &loaded);
  while (!loaded)
    g_main_context_iteration (NULL, TRUE);
  data->jobs = fu_store_get_jobs (store);
  data->contacts = fu_store_get_contacts (store);
  data->interactions = fu_store_get_interactions (store);
  data->follow_ups = fu_store_get_follow_ups (store);
  return store;
}

static void
test_rules_cache_same_as_whole (void)
{
  g_autofree char *dir = g_dir_make_tmp ("followup-rules-cache-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "jobs.json", NULL);
  const char *argv[] = { generator, path, "80", "7", NULL };
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(FuRulesSettings) settings = fu_rules_settings_new_default (zone);
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 2, 9, 0, 0);
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);
  g_autoptr(FuJob) accepted = NULL;
  FuRulesData data;

  store = load_generated (argv, path, &data);

  /* The first evaluations make the data's follow-ups, as the app does. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GPtrArray) changes = check (&data, now, settings);
      g_autoptr(GDateTime) later = g_date_time_add_minutes (now, 5);

      fu_rules_apply (store, changes);
      g_date_time_unref (now);
      now = g_steal_pointer (&later);
    }

  for (guint step = 0; step < 150; step++)
    {
      g_autoptr(GPtrArray) changes = NULL;
      g_autoptr(GDateTime) then = NULL;
      /* Mostly minutes to days ahead, as a running app sees; sometimes
       * back (a test, a clock put right). */
      int minutes = g_rand_int_range (rand, 0, 10) == 0 ? -g_rand_int_range (rand, 1, 3000)
                                                          : g_rand_int_range (rand, 0, 6000);

      then = g_date_time_add_minutes (now, minutes);
      g_date_time_unref (now);
      now = g_steal_pointer (&then);

      edit (store, rand, now, settings, &accepted, g_rand_int_range (rand, 0, 16));
      changes = check (&data, now, settings);
      /* Applied mostly, as the runner does; not always, as a test may. */
      if (g_rand_int_range (rand, 0, 4) != 0)
        fu_rules_apply (store, changes);
      /* Again at once: nothing changed but what was applied. */
      g_ptr_array_unref (check (&data, now, settings));
    }

  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
}

/* Runs a pass one job at a time with up to @n_edits edits in between,
 * at random; returns its changes, and adds to the counts of steps and
 * of edits made. */
static GPtrArray *
sliced (FuStore         *store,
        FuRulesData     *data,
        GRand           *rand,
        GDateTime       *now,
        FuRulesSettings *settings,
        FuJob          **accepted,
        guint            n_edits,
        GDateTime      **next_wakeup,
        guint           *n_steps,
        guint           *n_edited)
{
  g_autoptr(FuRulesPass) pass = fu_rules_pass_new (data, now, settings);

  /* A deadline already past: one job per step. */
  while (!fu_rules_pass_step (pass, 0))
    {
      (*n_steps)++;
      if (n_edits > 0 && g_rand_int_range (rand, 0, 20) == 0)
        {
          /* Any edit but the settings': the pass has its own copy, as
           * the runner's has (a new one starts when they change). */
          guint what = g_rand_int_range (rand, 0, 15);

          edit (store, rand, now, settings, accepted, what >= 10 ? what + 1 : what);
          n_edits--;
          (*n_edited)++;
        }
    }
  return fu_rules_pass_finish (pass, next_wakeup);
}

/* One open follow-up per key (domain.md): an edit made during a pass is
 * not made twice. */
static void
assert_one_per_key (GListModel *follow_ups)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (follow_ups, i);
      FuFollowUpState state = fu_follow_up_get_state (follow_up);
      char *key;

      if (fu_follow_up_get_origin (follow_up) != FU_FOLLOW_UP_ORIGIN_RULE
          || (state != FU_FOLLOW_UP_STATE_OPEN && state != FU_FOLLOW_UP_STATE_SNOOZED))
        continue;
      key = fu_rules_key (fu_follow_up_get_job_id (follow_up), fu_follow_up_get_kind (follow_up),
                          fu_follow_up_get_contact_id (follow_up), fu_follow_up_get_round_id (follow_up),
                          fu_follow_up_get_occurrence (follow_up));
      g_assert_false (g_hash_table_contains (keys, key));
      g_hash_table_add (keys, key);
    }
}

/* A pass taken in slices, as the runner takes it, with the data edited
 * between slices, gives the changes of one evaluation of the data as it
 * is at its end: an edit made meanwhile is neither lost (evaluating
 * again after the changes finds nothing to do) nor made twice. */
static void
test_rules_cache_sliced_same_as_whole (void)
{
  g_autofree char *dir = g_dir_make_tmp ("followup-rules-sliced-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "jobs.json", NULL);
  const char *argv[] = { generator, path, "60", "11", NULL };
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(FuRulesSettings) settings = fu_rules_settings_new_default (zone);
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 2, 9, 0, 0);
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autoptr(FuJob) accepted = NULL;
  FuRulesData data;
  guint n_steps = 0, n_edited = 0;

  store = load_generated (argv, path, &data);

  for (guint step = 0; step < 60; step++)
    {
      g_autoptr(GPtrArray) changes = NULL;
      g_autoptr(GPtrArray) fresh = NULL;
      g_autoptr(GPtrArray) again = NULL;
      g_autoptr(GDateTime) next_sliced = NULL;
      g_autoptr(GDateTime) next_fresh = NULL;
      g_autoptr(GDateTime) then = g_date_time_add_minutes (now, g_rand_int_range (rand, 0, 3000));

      g_date_time_unref (now);
      now = g_steal_pointer (&then);

      /* The first pass makes the data's follow-ups, like the app's first
       * pass after a load; edits before a pass too, settings included. */
      if (step > 0)
        edit (store, rand, now, settings, &accepted, g_rand_int_range (rand, 0, 16));
      changes = sliced (store, &data, rand, now, settings, &accepted,
                        g_rand_int_range (rand, 0, 3), &next_sliced, &n_steps, &n_edited);
      fresh = fu_rules_evaluate_uncached (&data, now, settings, &next_fresh);
      assert_same_changes (changes, fresh);
      assert_same_time (next_sliced, next_fresh);

      fu_rules_apply (store, changes);
      again = fu_rules_evaluate_uncached (&data, now, settings, NULL);
      g_assert_cmpuint (again->len, ==, 0);
      assert_one_per_key (data.follow_ups);
    }

  /* The passes were cut in slices, and edited in the middle. */
  g_assert_cmpuint (n_steps, >, 60 * 30);
  g_assert_cmpuint (n_edited, >, 20);

  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
}

/* The same, with rule 20 evaluated for one person at a time (the app
 * takes 32). */
static void
test_rules_cache_sliced_in_pieces (void)
{
  fu_rules_cache_set_piece_size (1);
  test_rules_cache_sliced_same_as_whole ();
  fu_rules_cache_set_piece_size (32);
}

int
main (int   argc,
      char *argv[])
{
  /* No isolated dirs: the test writes only in its own temporary
   * directory, and GLib 2.74 leaks the isolated dirs' names, which
   * would need slow stacks under LeakSanitizer to suppress (see
   * build-aux/run-hardening.sh and tests/bench/meson.build). */
  g_test_init (&argc, &argv, NULL);

  g_assert_cmpint (argc, ==, 2);
  generator = argv[1];

  g_test_add_func ("/rules/cache/same-as-whole", test_rules_cache_same_as_whole);
  g_test_add_func ("/rules/cache/sliced-same-as-whole", test_rules_cache_sliced_same_as_whole);
  g_test_add_func ("/rules/cache/sliced-rule-20-in-pieces", test_rules_cache_sliced_in_pieces);

  return g_test_run ();
}
