/* bench-scroll.c: how smoothly a board column scrolls
 *
 *   bench-scroll FILE
 *
 * Shows the real board (FuBoard) over the file's jobs in a 1600x1000
 * window, waits until the cards are there, then moves the fullest
 * column's scrollbar by 120 pixels (three mouse wheel notches) at every
 * frame, 240 frames or to the bottom, and prints the 95th percentile of
 * the intervals between frames as `scroll-frame-p95-ms` (16.7 ms is one
 * frame at 60 Hz: above, frames were missed), and that of the time
 * each frame took from its start to the end of its paint as
 * `scroll-work-p95-ms`.
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "fu-board.h"
#include "fu-gui.h"
#include "fu-store.h"

#define FRAMES 240
#define STEP_PX 120.0

typedef struct
{
  GtkWidget     *window;
  GtkAdjustment *adjustment;
  GArray        *intervals;   /* double, ms */
  GArray        *work;        /* double, ms: from the frame's start to its paint's end */
  gint64         frame_start;
  gint64         last;
  guint          waited;
  gboolean       done;
} Bench;

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
  double ms = (g_get_monotonic_time () - bench->frame_start) / 1000.0;

  if (bench->adjustment != NULL && !bench->done && bench->frame_start != 0)
    g_array_append_val (bench->work, ms);
}

static double
percentile (GArray *values,
            guint   percent)
{
  return values->len > 0 ? g_array_index (values, double, (values->len * percent) / 100) : 0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gboolean
on_tick_cb (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  Bench *bench = user_data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double interval;
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
      bench->last = now;
      return G_SOURCE_CONTINUE;
    }

  interval = (now - bench->last) / 1000.0;
  g_array_append_val (bench->intervals, interval);
  bench->last = now;

  value = gtk_adjustment_get_value (bench->adjustment);
  if (bench->intervals->len >= FRAMES
      || value >= gtk_adjustment_get_upper (bench->adjustment) - gtk_adjustment_get_page_size (bench->adjustment))
    {
      bench->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  gtk_adjustment_set_value (bench->adjustment, value + STEP_PX);
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

  store = fu_store_new (argv[1]);
  fu_store_load_async (store, NULL, on_loaded_cb, &loaded);
  while (!loaded)
    g_main_context_iteration (NULL, TRUE);

  bench.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  bench.work = g_array_new (FALSE, FALSE, sizeof (double));
  bench.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1600, 1000);
  board = g_object_new (FU_TYPE_BOARD, NULL);
  fu_board_set_store (FU_BOARD (board), store);
  gtk_window_set_child (GTK_WINDOW (bench.window), board);
  gtk_widget_add_tick_callback (bench.window, on_tick_cb, &bench, NULL);
  gtk_window_present (GTK_WINDOW (bench.window));
  /* Layout and paint of each frame ("update" runs the tick above). */
  g_signal_connect (gtk_widget_get_frame_clock (bench.window), "update",
                    G_CALLBACK (on_before_paint_cb), &bench);
  g_signal_connect (gtk_widget_get_frame_clock (bench.window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), &bench);

  while (!bench.done)
    g_main_context_iteration (NULL, TRUE);

  /* Frame times are GDK's, in whole refresh periods on X11. */
  g_array_sort (bench.intervals, compare_doubles);
  g_array_sort (bench.work, compare_doubles);
  g_print ("scroll-frames %u\n", bench.intervals->len);
  g_print ("scroll-frame-median-ms %.2f\n", percentile (bench.intervals, 50));
  g_print ("scroll-frame-p95-ms %.2f\n", percentile (bench.intervals, 95));
  g_print ("scroll-work-p95-ms %.2f\n", percentile (bench.work, 95));

  gtk_window_destroy (GTK_WINDOW (bench.window));
  g_clear_object (&bench.adjustment);
  g_array_unref (bench.intervals);
  g_array_unref (bench.work);
  return 0;
}
