/* bench-scroll.c: how smoothly a board column scrolls
 *
 *   bench-scroll FILE
 *
 * Shows the real board (FuBoard) over the file's jobs in a 1600x1000
 * window, waits until the cards are there, then moves the fullest
 * column's scrollbar by 120 pixels (three mouse wheel notches) at every
 * frame, 240 frames or to the bottom, and prints, as 95th percentiles
 * over the frames:
 *
 * - `scroll-frame-p95-ms`: how long the main thread was busy from one
 *   scroll step to the next: the frame (layout, drawing, and the X
 *   server drawing it: a round trip ends each frame) and whatever else
 *   ran before the next one, leaving out only the time it slept waiting
 *   for the next refresh.  What a user waits for a step when nothing
 *   else holds the app back; under 16.7 ms the board scrolls at 60
 *   frames a second.
 * - `scroll-work-p95-ms`: the frame alone, from its start to the end of
 *   its paint and round trip.
 * - `scroll-cpu-p95-ms`: the main thread's CPU time for a scroll step,
 *   which other programs on the machine do not lengthen.
 * - `scroll-interval-p95-ms`: the real time between the frames, sleep
 *   included: at least one refresh (16.7 ms) by GDK's pacing.
 *
 * GDK's own frame times are not used: they are rounded to whole refresh
 * periods (to the nearest one, so a 24 ms frame counts as 16.7 ms) and
 * are never below 16.7 ms.
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <time.h>

#include "fu-board.h"
#include "fu-gui.h"
#include "fu-store.h"
#include "fu-bench-clock.h"

#define FRAMES 240
#define STEP_PX 120.0

typedef struct
{
  GtkWidget     *window;
  GtkAdjustment *adjustment;
  GArray        *busy;        /* double, ms: from a step to the next, less sleep */
  GArray        *work;        /* double, ms: from the frame's start to its paint's end */
  GArray        *cpu;         /* double, ms: main thread CPU from a step to the next */
  GArray        *intervals;   /* double, ms: real time from a step to the next */
  gint64         frame_start;
  gint64         step;        /* when the last step was made, 0 before the first */
  gint64         step_slept;  /* slept since then, µs */
  double         step_cpu;    /* CPU time then, ms */
  guint          waited;
  gboolean       done;
} Bench;

/* Time the main loop spent waiting for something to do. */
static gint64 slept;

static int
timed_poll (GPollFD *fds,
            guint    nfds,
            int      timeout)
{
  gint64 start = g_get_monotonic_time ();
  int ret = g_poll (fds, nfds, timeout);

  slept += g_get_monotonic_time () - start;
  return ret;
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

/* The vertical adjustment with the most to scroll: the fullest column. */
static void
find_adjustment (GtkWidget      *widget,
                 GtkAdjustment **best)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));
      double range = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

      if (*best == NULL || range > gtk_adjustment_get_upper (*best) - gtk_adjustment_get_page_size (*best))
        *best = adjustment;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_adjustment (child, best);
}

static void
on_before_paint_cb (GdkFrameClock *clock,
              Bench         *bench)
{
  bench->frame_start = g_get_monotonic_time ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Bench         *bench)
{
  double ms;

  /* Until the X server has drawn what this frame sent it. */
  gdk_display_sync (gtk_widget_get_display (bench->window));
  ms = (g_get_monotonic_time () - bench->frame_start) / 1000.0;
  if (bench->step != 0 && !bench->done)
    g_array_append_val (bench->work, ms);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
p95 (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return values->len > 0 ? g_array_index (values, double, (values->len * 95) / 100) : 0;
}

static gboolean
on_tick_cb (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  Bench *bench = user_data;
  gint64 now = g_get_monotonic_time ();
  double cpu = fu_bench_thread_cpu_ms ();
  double value;

  if (bench->adjustment == NULL)
    {
      GtkAdjustment *best = NULL;

      /* Let the cards come and lay out first. */
      find_adjustment (bench->window, &best);
      if (best == NULL || gtk_adjustment_get_upper (best) - gtk_adjustment_get_page_size (best) < 4 * STEP_PX
          || ++bench->waited < 30)
        return G_SOURCE_CONTINUE;
      bench->adjustment = g_object_ref (best);
    }
  else
    {
      double interval = (now - bench->step) / 1000.0;
      double busy = (now - bench->step - (slept - bench->step_slept)) / 1000.0;
      double used = cpu - bench->step_cpu;

      g_array_append_val (bench->intervals, interval);
      g_array_append_val (bench->busy, busy);
      g_array_append_val (bench->cpu, used);
    }

  value = gtk_adjustment_get_value (bench->adjustment);
  if (bench->intervals->len >= FRAMES
      || value >= gtk_adjustment_get_upper (bench->adjustment) - gtk_adjustment_get_page_size (bench->adjustment))
    {
      bench->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  gtk_adjustment_set_value (bench->adjustment, value + STEP_PX);
  bench->step = now;
  bench->step_slept = slept;
  bench->step_cpu = cpu;
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FuStore) store = NULL;
  Bench bench = { 0 };
  gboolean loaded = FALSE;
  GtkWidget *board;

  if (argc != 2)
    {
      g_printerr ("usage: %s FILE\n", argv[0]);
      return 2;
    }

  adw_init ();
  fu_gui_ensure_resources ();
  fu_gui_ensure_types ();
  {
    /* The app's own style sheet, as AdwApplication loads it at start-up:
     * the cards are drawn as the user sees them. */
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  store = fu_store_new (argv[1]);
  fu_store_load_async (store, NULL, on_loaded_cb, &loaded);
  while (!loaded)
    g_main_context_iteration (NULL, TRUE);

  bench.busy = g_array_new (FALSE, FALSE, sizeof (double));
  bench.work = g_array_new (FALSE, FALSE, sizeof (double));
  bench.cpu = g_array_new (FALSE, FALSE, sizeof (double));
  bench.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  g_main_context_set_poll_func (NULL, timed_poll);
  bench.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1600, 1000);
  board = g_object_new (FU_TYPE_BOARD, NULL);
  fu_board_set_store (FU_BOARD (board), store);
  gtk_window_set_child (GTK_WINDOW (bench.window), board);
  gtk_widget_add_tick_callback (bench.window, on_tick_cb, &bench, NULL);
  gtk_window_present (GTK_WINDOW (bench.window));
  /* A frame from its start, before the ticks (the one above, and the
   * board's own that add rows), to the end of its paint. */
  g_signal_connect (gtk_widget_get_frame_clock (bench.window), "before-paint",
                    G_CALLBACK (on_before_paint_cb), &bench);
  g_signal_connect (gtk_widget_get_frame_clock (bench.window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), &bench);

  while (!bench.done)
    g_main_context_iteration (NULL, TRUE);

  g_print ("scroll-frames %u\n", bench.intervals->len);
  g_print ("scroll-frame-p95-ms %.2f\n", p95 (bench.busy));
  g_print ("scroll-frame-median-ms %.2f\n", g_array_index (bench.busy, double, bench.busy->len / 2));
  g_print ("scroll-work-p95-ms %.2f\n", p95 (bench.work));
  g_print ("scroll-cpu-p95-ms %.2f\n", p95 (bench.cpu));
  g_print ("scroll-interval-p95-ms %.2f\n", p95 (bench.intervals));

  gtk_window_destroy (GTK_WINDOW (bench.window));
  g_clear_object (&bench.adjustment);
  g_array_unref (bench.busy);
  g_array_unref (bench.work);
  g_array_unref (bench.cpu);
  g_array_unref (bench.intervals);
  return 0;
}
