/* bench-store.c: one measurement per run, printed as "NAME VALUE"; the
 * runner (run-bench.py) repeats runs and takes medians.
 *
 *   bench-store parse FILE      json-glib's plain parse of the file
 *   bench-store generate FILE   json-glib's plain generate + write + fsync
 *   bench-store load FILE       FuStore's load, to the loaded state
 *   bench-store save FILE       FuStore's save after one edit, and the
 *                               longest stall of the main loop meanwhile
 *   bench-store rules FILE      one evaluation of the rules engine
 *                               after an edit, and one of everything
 *   bench-store rules-ui FILE   the app's rules runner after a load (it
 *                               needs GSettings: GSETTINGS_BACKEND=memory
 *                               and GSETTINGS_SCHEMA_DIR): the longest
 *                               stall of the main loop until it is done,
 *                               and how long it took
 *   bench-store search FILE     a letter typed before any text was folded
 *                               (it folds every job's text), the folding
 *                               ahead in idle slices (total and longest
 *                               slice), then the longest keystroke of a
 *                               typed query: the text set, every job
 *                               matched
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "fu-rules.h"
#include "fu-rules-private.h"
#include "fu-rules-runner.h"
#include "fu-search.h"
#include "fu-search-private.h"
#include "fu-store.h"
#include "fu-store-private.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static JsonNode *
plain_parse (const char *path,
             double     *ms)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;
  gint64 start = g_get_monotonic_time ();

  if (!g_file_get_contents (path, &data, &length, &error) ||
      !json_parser_load_from_data (parser, data, length, &error))
    g_error ("%s", error->message);
  *ms = ms_since (start);

  return json_node_ref (json_parser_get_root (parser));
}

static void
on_loaded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!fu_store_load_finish (FU_STORE (object), result, &error))
    g_error ("%s", error->message);
  *(gboolean *) user_data = TRUE;
}

static FuStore *
load_store (const char *path,
            double     *ms)
{
  FuStore *store = fu_store_new (path);
  gboolean done = FALSE;
  gint64 start = g_get_monotonic_time ();

  fu_store_load_async (store, NULL, on_loaded_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  *ms = ms_since (start);

  return store;
}

typedef struct
{
  gint64 last;
  gint64 longest;
  /* The same in the main thread's CPU time: on a busy machine the wall
   * clock also counts the time other processes had the CPU. */
  gint64 cpu_last;
  gint64 cpu_longest;
} Ticker;

static gint64
thread_cpu_usec (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
on_tick_cb (gpointer user_data)
{
  Ticker *ticker = user_data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_usec ();

  ticker->longest = MAX (ticker->longest, now - ticker->last);
  ticker->last = now;
  if (ticker->cpu_last != 0)
    ticker->cpu_longest = MAX (ticker->cpu_longest, cpu - ticker->cpu_last);
  ticker->cpu_last = cpu;

  return G_SOURCE_CONTINUE;
}

static GDateTime *
bench_clock (gpointer user_data)
{
  return g_date_time_ref (user_data);
}

int
main (int   argc,
      char *argv[])
{
  const char *mode, *path;
  double ms = 0;

  if (argc != 3)
    {
      g_printerr ("usage: %s parse|generate|load|save|rules|rules-ui|search FILE\n", argv[0]);
      return 2;
    }
  mode = argv[1];
  path = argv[2];

  if (g_str_equal (mode, "parse"))
    {
      g_autoptr(JsonNode) root = plain_parse (path, &ms);
      g_print ("parse-ms %.2f\n", ms);
    }
  else if (g_str_equal (mode, "generate"))
    {
      g_autoptr(JsonNode) root = plain_parse (path, &ms);
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *copy = g_strconcat (path, ".bench-copy", NULL);
      g_autofree char *data = NULL;
      gsize length;
      gint64 start = g_get_monotonic_time ();
      int fd;

      json_generator_set_root (generator, root);
      data = json_generator_to_data (generator, &length);
      fd = g_open (copy, O_WRONLY | O_CREAT | O_TRUNC, 0600);
      if (fd < 0 || write (fd, data, length) != (ssize_t) length || fsync (fd) != 0)
        g_error ("cannot write %s", copy);
      close (fd);
      g_print ("generate-ms %.2f\n", ms_since (start));
      g_unlink (copy);
    }
  else if (g_str_equal (mode, "load"))
    {
      g_autoptr(FuStore) store = load_store (path, &ms);
      g_print ("load-ms %.2f\n", ms);
    }
  else if (g_str_equal (mode, "save"))
    {
      g_autofree char *copy = g_strconcat (path, ".bench-save", NULL);
      g_autofree char *data = NULL;
      g_autoptr(FuStore) store = NULL;
      g_autoptr(FuJob) job = NULL;
      Ticker ticker = { 0 };
      guint saves, tick_id;
      gsize length;
      gint64 start;

      /* A copy, so the benchmark file itself stays as generated. */
      if (!g_file_get_contents (path, &data, &length, NULL) ||
          !g_file_set_contents (copy, data, length, NULL))
        g_error ("cannot copy %s", path);
      store = load_store (copy, &ms);
      fu_store_set_delays (store, 0, 1000);
      saves = fu_store_get_save_count (store);

      ticker.last = g_get_monotonic_time ();
      tick_id = g_timeout_add (1, on_tick_cb, &ticker);
      job = g_list_model_get_item (fu_store_get_jobs (store), 0);
      start = g_get_monotonic_time ();
      fu_job_set_title (job, "Edited by the benchmark");
      while (fu_store_get_save_count (store) == saves)
        g_main_context_iteration (NULL, TRUE);
      g_print ("save-ms %.2f\n", ms_since (start));
      g_print ("save-ui-block-ms %.2f\n", ticker.longest / 1000.0);
      g_source_remove (tick_id);
      g_unlink (copy);
    }
  else if (g_str_equal (mode, "rules"))
    {
      g_autoptr(FuStore) store = load_store (path, &ms);
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/London");
      g_autoptr(FuRulesSettings) settings = fu_rules_settings_new_default (zone);
      g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 2, 9, 0, 0);
      g_autoptr(GPtrArray) changes = NULL;
      FuRulesData rules_data = {
        fu_store_get_jobs (store), fu_store_get_contacts (store),
        fu_store_get_interactions (store), fu_store_get_follow_ups (store),
      };
      gint64 start;

      g_autoptr(GPtrArray) cold = NULL;
      g_autoptr(FuJob) job = NULL;
      g_autoptr(FuInteraction) interaction = fu_interaction_new ();
      g_autoptr(GDateTime) soon = g_date_time_add_minutes (now, 1);
      g_autoptr(GDateTime) later = g_date_time_add_minutes (now, 2);

      /* The steady state: the follow-ups of the data are made already,
       * as in the running app, which re-runs after every edit. */
      start = g_get_monotonic_time ();
      fu_rules_run (store, now, settings, NULL);
      g_print ("rules-first-ms %.2f\n", ms_since (start));
      start = g_get_monotonic_time ();
      cold = fu_rules_evaluate_uncached (&rules_data, now, settings, NULL);
      g_print ("rules-all-ms %.2f\n", ms_since (start));
      g_clear_pointer (&cold, g_ptr_array_unref);
      /* The app's next run comes after the first one made its changes. */
      g_ptr_array_unref (fu_rules_evaluate (&rules_data, soon, settings, NULL));

      /* What one edit costs: an answer logged on a job in the middle of
       * the board, a minute later again. */
      job = g_list_model_get_item (fu_store_get_jobs (store),
                                   g_list_model_get_n_items (fu_store_get_jobs (store)) / 2);
      fu_interaction_set_job_id (interaction, fu_job_get_id (job));
      fu_interaction_set_time (interaction, now);
      fu_interaction_set_direction (interaction, FU_DIRECTION_INBOUND);
      fu_store_add_interaction (store, interaction);
      start = g_get_monotonic_time ();
      changes = fu_rules_evaluate (&rules_data, later, settings, NULL);
      g_print ("rules-ms %.2f\n", ms_since (start));
      g_print ("rules-changes %u\n", changes->len);
    }
  else if (g_str_equal (mode, "rules-ui"))
    {
      g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
      g_autoptr(FuStore) store = fu_store_new (path);
      g_autoptr(FuRulesRunner) runner = NULL;
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/London");
      g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 2, 9, 0, 0);
      Ticker ticker = { 0 };
      gboolean loaded = FALSE;
      gint64 start, end;
      guint tick_id;

      /* As in the app: the runner waits for the load; nothing is saved,
       * so the file stays as generated. */
      g_settings_set_string (settings, "home-time-zone", "Europe/London");
      fu_store_set_delays (store, G_MAXINT / 2, G_MAXINT / 2);
      runner = fu_rules_runner_new (store, settings);
      fu_rules_runner_set_clock (runner, bench_clock, now);
      fu_store_load_async (store, NULL, on_loaded_cb, &loaded);
      while (!loaded)
        g_main_context_iteration (NULL, TRUE);

      start = ticker.last = g_get_monotonic_time ();
      ticker.cpu_last = thread_cpu_usec ();
      tick_id = g_timeout_add (1, on_tick_cb, &ticker);
      /* Done once nothing starts for a while: the first run makes the
       * follow-ups of the data, the second (after its own changes)
       * finds nothing more to do. */
      for (;;)
        {
          gint64 quiet;

          while (fu_rules_runner_get_n_runs (runner) == 0 || fu_rules_runner_get_busy (runner))
            g_main_context_iteration (NULL, TRUE);
          end = g_get_monotonic_time ();
          quiet = end + 200 * 1000;
          while (!fu_rules_runner_get_busy (runner) && g_get_monotonic_time () < quiet)
            g_main_context_iteration (NULL, TRUE);
          if (!fu_rules_runner_get_busy (runner))
            break;
        }
      g_print ("rules-ui-block-ms %.2f\n", ticker.longest / 1000.0);
      g_print ("rules-ui-block-cpu-ms %.2f\n", ticker.cpu_longest / 1000.0);
      g_print ("rules-ui-ms %.2f\n", (end - start) / 1000.0);
      g_print ("rules-ui-runs %u\n", fu_rules_runner_get_n_runs (runner));
      g_print ("rules-ui-follow-ups %u\n", g_list_model_get_n_items (fu_store_get_follow_ups (store)));
      g_source_remove (tick_id);
    }
  else if (g_str_equal (mode, "search"))
    {
      g_autoptr(FuStore) store = load_store (path, &ms);
      g_autoptr(FuSearch) cold = fu_search_new ();
      g_autoptr(FuSearch) search = fu_search_new ();
      GListModel *jobs = fu_store_get_jobs (store);
      guint n = g_list_model_get_n_items (jobs);
      const char *query = "reliable zurich platform";
      double longest = 0, folding = 0, slice = 0;
      guint found = 0;
      gint64 start;

      /* A letter typed before anything was folded ahead: every job's
       * text is folded there and then. */
      fu_search_set_store (cold, store);
      start = g_get_monotonic_time ();
      fu_search_set_text (cold, "r");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(FuJob) job = g_list_model_get_item (jobs, i);

          found += fu_search_match_job (cold, job);
        }
      g_print ("search-first-ms %.2f\n", ms_since (start));
      g_clear_object (&cold);

      /* As the app does after a load: the texts folded in idle slices. */
      fu_search_set_store (search, store);
      while (fu_search_get_folding (search))
        {
          double ms_slice;

          start = g_get_monotonic_time ();
          g_main_context_iteration (NULL, TRUE);
          ms_slice = ms_since (start);
          folding += ms_slice;
          slice = MAX (slice, ms_slice);
        }
      g_print ("search-fold-ms %.2f\n", folding);
      g_print ("search-fold-slice-ms %.2f\n", slice);

      /* Then a query typed letter by letter, every job matched at each
       * one (as a view that looks at all of them again). */
      for (gsize len = 1; len <= strlen (query); len++)
        {
          g_autofree char *typed = g_strndup (query, len);
          double keystroke;

          start = g_get_monotonic_time ();
          found = 0;
          fu_search_set_text (search, typed);
          for (guint i = 0; i < n; i++)
            {
              g_autoptr(FuJob) job = g_list_model_get_item (jobs, i);

              found += fu_search_match_job (search, job);
            }
          keystroke = ms_since (start);
          longest = MAX (longest, keystroke);
        }
      g_print ("search-keystroke-ms %.2f\n", longest);
      g_print ("search-found %u\n", found);
    }
  else
    {
      g_printerr ("unknown mode %s\n", mode);
      return 2;
    }

  return 0;
}
