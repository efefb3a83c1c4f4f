/* bench-search-ui.c: what a keystroke in the search costs the window
 *
 *   bench-search-ui DELAY_MS [PAGE]
 *
 * Runs the real application (FuApplication, its window, board and
 * follow-ups view) on $XDG_DATA_HOME/followup/followup.json, opens the
 * search bar, waits until the loaded board was drawn and DELAY_MS more,
 * then types a query into the search entry letter by letter.  For each
 * letter it measures the main thread's work: the entry's
 * ::search-changed emission (the search, the board's filters, the
 * follow-ups view) plus the frame drawn after it (layout and paint).  It
 * prints the first letter's as `search-ui-first-ms` and the longest of
 * the others as `search-ui-keystroke-ms`, then the same for a query
 * deleted letter by letter (`search-ui-delete-ms`).  The same figures
 * with `-cpu-ms` count the main thread's CPU time instead of the clock's,
 * which other programs on a busy machine do not inflate.  PAGE (the view
 * stack's page name, "board" unless given) is shown before typing, so
 * "follow-ups" measures a search typed on the follow-ups view.
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fu-application.h"
#include "fu-bench-clock.h"
#include "fu-board.h"
#include "fu-board-column.h"

#define QUERY "reliable zurich platform"

typedef enum {
  WAIT_LOADED,
  WAIT_DELAY,
  TYPING,
  DONE,
} Phase;

typedef struct
{
  FuApplication  *app;
  GtkWindow      *window;
  GtkEditable    *entry;
  GtkSearchBar   *bar;
  Phase           phase;
  guint           delay_ms;
  const char     *page;
  gint64          loaded_at;
  guint           typed;       /* letters of QUERY set so far */
  gboolean        deleting;
  gint64          handler_start;
  double          handler_ms;  /* < 0: no keystroke waiting for its frame */
  gint64          frame_start;
  double          first_ms;
  double          longest_ms;
  double          delete_ms;
  double          handler_cpu_start;
  double          handler_cpu_ms;
  double          frame_cpu_start;
  double          first_cpu_ms;
  double          longest_cpu_ms;
  double          delete_cpu_ms;
  guint           found;
} Bench;

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
board_count (Bench *bench)
{
  GtkWidget *board = find_descendant (GTK_WIDGET (bench->window), FU_TYPE_BOARD);
  guint n = 0;

  for (GtkWidget *w = find_descendant (board, FU_TYPE_BOARD_COLUMN); w != NULL; w = gtk_widget_get_next_sibling (w))
    n += fu_board_column_get_n_jobs (FU_BOARD_COLUMN (w));

  return n;
}

static gboolean type_next_cb (gpointer user_data);

/* Runs before any handler of ::search-changed: the keystroke's work starts. */
static gboolean
search_changed_hook_cb (GSignalInvocationHint *hint,
                        guint                  n_params,
                        const GValue          *params,
                        gpointer               user_data)
{
  Bench *bench = user_data;

  bench->handler_start = g_get_monotonic_time ();
  bench->handler_cpu_start = fu_bench_thread_cpu_ms ();
  return TRUE;
}

/* After every other handler: the search, filters and views are done. */
static void
on_search_changed_after_cb (GtkSearchEntry *entry,
                            Bench          *bench)
{
  if (bench->phase != TYPING || bench->handler_start == 0)
    return;

  bench->handler_ms = (g_get_monotonic_time () - bench->handler_start) / 1000.0;
  bench->handler_cpu_ms = fu_bench_thread_cpu_ms () - bench->handler_cpu_start;
  if (g_getenv ("BENCH_VERBOSE"))
    g_printerr ("search-changed \"%s\" %.2f ms, %u jobs\n", gtk_editable_get_text (bench->entry),
                bench->handler_ms, board_count (bench));
  bench->handler_start = 0;
  bench->frame_start = 0;
  /* Make sure a frame follows even when nothing on screen moved. */
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
}

static void
on_before_paint_cb (GdkFrameClock *clock,
                    Bench         *bench)
{
  if (bench->handler_ms >= 0 && bench->frame_start == 0)
    {
      bench->frame_start = g_get_monotonic_time ();
      bench->frame_cpu_start = fu_bench_thread_cpu_ms ();
    }
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Bench         *bench)
{
  double ms, cpu;

  if (bench->phase == WAIT_LOADED && fu_store_get_loaded (fu_application_get_store (bench->app)))
    {
      /* The loaded board was drawn. */
      bench->phase = WAIT_DELAY;
      g_timeout_add (bench->delay_ms, type_next_cb, bench);
      return;
    }

  if (bench->phase != TYPING || bench->handler_ms < 0 || bench->frame_start == 0)
    return;

  ms = bench->handler_ms + (g_get_monotonic_time () - bench->frame_start) / 1000.0;
  cpu = bench->handler_cpu_ms + (fu_bench_thread_cpu_ms () - bench->frame_cpu_start);
  bench->handler_ms = -1;
  if (g_getenv ("BENCH_VERBOSE"))
    g_printerr ("%u%s %.2f ms (%.2f ms CPU), %u jobs\n", bench->typed, bench->deleting ? " (deleting)" : "",
                ms, cpu, board_count (bench));
  if (!bench->deleting && bench->typed == 1)
    {
      bench->first_ms = ms;
      bench->first_cpu_ms = cpu;
    }
  else if (!bench->deleting)
    {
      bench->longest_ms = MAX (bench->longest_ms, ms);
      bench->longest_cpu_ms = MAX (bench->longest_cpu_ms, cpu);
    }
  else
    {
      bench->delete_ms = MAX (bench->delete_ms, ms);
      bench->delete_cpu_ms = MAX (bench->delete_cpu_ms, cpu);
    }

  if (!bench->deleting && bench->typed == strlen (QUERY))
    {
      bench->found = board_count (bench);
      bench->deleting = TRUE;
    }
  /* Deleting stops at one letter: an empty entry is not a search. */
  if (bench->deleting && bench->typed == 1)
    {
      bench->phase = DONE;
      g_application_quit (G_APPLICATION (bench->app));
      return;
    }
  /* The next letter a little after this frame, as a fast typist. */
  g_timeout_add (30, type_next_cb, bench);
}

static gboolean
type_next_cb (gpointer user_data)
{
  Bench *bench = user_data;
  int position = bench->typed;

  if (bench->phase != TYPING && bench->page != NULL)
    {
      GtkWidget *stack = find_descendant (GTK_WIDGET (bench->window), ADW_TYPE_VIEW_STACK);

      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), bench->page);
      /* Its first frame is not a letter's: type once it is drawn. */
      bench->phase = TYPING;
      g_timeout_add (200, type_next_cb, bench);
      return G_SOURCE_REMOVE;
    }
  bench->phase = TYPING;
  bench->handler_ms = -1;
  if (!gtk_search_bar_get_search_mode (bench->bar))
    {
      if (g_getenv ("BENCH_VERBOSE"))
        g_printerr ("search mode off\n");
      gtk_search_bar_set_search_mode (bench->bar, TRUE);
    }
  /* As a key press does: gtk_editable_set_text() would empty the entry
   * first, and an empty search entry reports a search at once. */
  if (bench->deleting)
    {
      gtk_editable_delete_text (bench->entry, position - 1, position);
      bench->typed--;
    }
  else
    {
      gtk_editable_insert_text (bench->entry, QUERY + position, 1, &position);
      bench->typed++;
    }
  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                Bench        *bench)
{
  GdkFrameClock *clock;

  bench->window = gtk_application_get_active_window (GTK_APPLICATION (app));
  bench->bar = GTK_SEARCH_BAR (find_descendant (GTK_WIDGET (bench->window), GTK_TYPE_SEARCH_BAR));
  bench->entry = GTK_EDITABLE (find_descendant (GTK_WIDGET (bench->bar), GTK_TYPE_SEARCH_ENTRY));
  g_signal_connect_after (bench->entry, "search-changed", G_CALLBACK (on_search_changed_after_cb), bench);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->window));
  if (clock == NULL)
    {
      gtk_widget_realize (GTK_WIDGET (bench->window));
      clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->window));
    }
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), bench);
}

int
main (int   argc,
      char *argv[])
{
  Bench bench = { .handler_ms = -1 };
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
  g_type_class_unref (g_type_class_ref (GTK_TYPE_SEARCH_ENTRY));
  g_signal_add_emission_hook (g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY), 0,
                              search_changed_hook_cb, &bench, NULL);

  bench.app = fu_application_new ();
  g_signal_connect_after (bench.app, "activate", G_CALLBACK (on_activate_cb), &bench);
  status = g_application_run (G_APPLICATION (bench.app), 1, app_argv);
  g_clear_object (&bench.app);
  if (status != 0 || bench.phase != DONE)
    return 1;

  g_print ("search-ui-first-ms %.2f\n", bench.first_ms);
  g_print ("search-ui-keystroke-ms %.2f\n", bench.longest_ms);
  g_print ("search-ui-delete-ms %.2f\n", bench.delete_ms);
  g_print ("search-ui-first-cpu-ms %.2f\n", bench.first_cpu_ms);
  g_print ("search-ui-keystroke-cpu-ms %.2f\n", bench.longest_cpu_ms);
  g_print ("search-ui-delete-cpu-ms %.2f\n", bench.delete_cpu_ms);
  g_print ("search-ui-found %u\n", bench.found);
  return 0;
}
