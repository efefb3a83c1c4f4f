/* bench-edit-ui.c: what an edit costs the window's main thread
 *
 *   bench-edit-ui DELAY_MS [PAGE]
 *
 * Runs the real application (FuApplication, its window, board,
 * follow-ups view and notifier) on $XDG_DATA_HOME/followup/followup.json,
 * shows PAGE ("board" unless given), waits until the loaded board was
 * drawn and DELAY_MS more (the rules' first pass over the file and its
 * save are done by then), then makes EDITS edits a second apart, as the
 * views make them: a follow-up marked done, then a job's notes changed,
 * in turn.  Every view and the notifier hear of each through the store.
 * A 1 ms timer on the main loop measures the longest stretch it was
 * kept from running in the second after each edit; the longest over
 * the edits is printed as `edit-ui-block-ms`, and the same in the main
 * thread's CPU time, which other programs on a busy machine do not
 * lengthen, as `edit-ui-block-cpu-ms`.
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <time.h>

#include "fu-application.h"
#include "fu-bench-clock.h"
#include "fu-model.h"

#define EDITS 6
#define WINDOW_MS 1000

typedef struct
{
  FuApplication *app;
  GtkWindow     *window;
  const char    *page;
  guint          delay_ms;
  gboolean       waiting;      /* for the loaded board's first frame */
  guint          edits;
  gboolean       measuring;
  gint64         last;         /* the timer's last run */
  double         cpu_last;
  double         longest_ms;
  double         longest_cpu_ms;
  gboolean       done;
} Bench;

static gboolean
on_timer_cb (gpointer user_data)
{
  Bench *bench = user_data;
  gint64 now = g_get_monotonic_time ();
  double cpu = fu_bench_thread_cpu_ms ();

  if (bench->measuring)
    {
      bench->longest_ms = MAX (bench->longest_ms, (now - bench->last) / 1000.0);
      bench->longest_cpu_ms = MAX (bench->longest_cpu_ms, cpu - bench->cpu_last);
    }
  bench->last = now;
  bench->cpu_last = cpu;
  return G_SOURCE_CONTINUE;
}

/* The first follow-up still to do, after @skip of them. */
static FuFollowUp *
open_follow_up (FuStore *store,
                guint    skip)
{
  GListModel *follow_ups = fu_store_get_follow_ups (store);

  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (follow_ups, i);

      if (fu_follow_up_get_state (follow_up) == FU_FOLLOW_UP_STATE_OPEN && skip-- == 0)
        return follow_up;
    }

  return NULL;
}

static gboolean
edit_cb (gpointer user_data)
{
  Bench *bench = user_data;
  FuStore *store = fu_application_get_store (bench->app);

  if (bench->edits == EDITS)
    {
      bench->done = TRUE;
      g_application_quit (G_APPLICATION (bench->app));
      return G_SOURCE_REMOVE;
    }

  /* Measured from the edit on: the timer's last run was before it. */
  bench->measuring = TRUE;
  bench->last = g_get_monotonic_time ();
  bench->cpu_last = fu_bench_thread_cpu_ms ();
  if (bench->edits % 2 == 0)
    {
      FuFollowUp *follow_up = open_follow_up (store, bench->edits);

      if (follow_up != NULL)
        fu_follow_up_set_state (follow_up, FU_FOLLOW_UP_STATE_DONE);
    }
  else
    {
      g_autoptr(FuJob) job = g_list_model_get_item (fu_store_get_jobs (store), bench->edits);
      g_autofree char *notes = g_strdup_printf ("Edited for the benchmark, %u", bench->edits);

      if (job != NULL)
        fu_job_set_notes (job, notes);
    }
  bench->edits++;
  g_timeout_add (WINDOW_MS, edit_cb, bench);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Bench         *bench)
{
  if (!bench->waiting || !fu_store_get_loaded (fu_application_get_store (bench->app)))
    return;

  bench->waiting = FALSE;
  g_timeout_add (bench->delay_ms, edit_cb, bench);
}

static void
on_activate_cb (GApplication *app,
                Bench        *bench)
{
  GdkFrameClock *clock;

  bench->window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (bench->page != NULL)
    gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.show-view", "s", bench->page);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->window));
  if (clock == NULL)
    {
      gtk_widget_realize (GTK_WIDGET (bench->window));
      clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->window));
    }
  bench->waiting = TRUE;
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), bench);
  g_timeout_add (1, on_timer_cb, bench);
}

int
main (int   argc,
      char *argv[])
{
  Bench bench = { 0 };
  char *app_argv[] = { (char *) "followup", NULL };
  int status;

  if (argc != 2 && argc != 3)
    {
      g_printerr ("usage: %s DELAY_MS [PAGE]\n", argv[0]);
      return 2;
    }
  bench.delay_ms = atoi (argv[1]);
  bench.page = argc == 3 ? argv[2] : NULL;

  adw_init ();
  bench.app = fu_application_new ();
  g_signal_connect_after (bench.app, "activate", G_CALLBACK (on_activate_cb), &bench);
  status = g_application_run (G_APPLICATION (bench.app), 1, app_argv);
  g_clear_object (&bench.app);
  if (status != 0 || !bench.done)
    return 1;

  g_print ("edit-ui-block-ms %.2f\n", bench.longest_ms);
  g_print ("edit-ui-block-cpu-ms %.2f\n", bench.longest_cpu_ms);
  return 0;
}
