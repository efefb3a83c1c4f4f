/* test-agenda-narrow.c: the window on a phone
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's minimum width, measured with gtk_widget_measure(), is at
 * most 360 px; at 360 px the board shows one stage at a time with a stage
 * picker, and the view switcher sits in the bottom bar.
 */
#include "config.h"

#include <adwaita.h>

#include "fu-test-ui.h"
#include "fu-application.h"
#include "fu-board.h"
#include "fu-board-column.h"
#include "fu-window.h"


typedef struct _Test Test;
typedef gboolean (*StepFunc) (Test *test);

struct _Test
{
  FuTestUiRun    run;  /* first: the test is also its run */
  FuApplication *app;
  FuWindow      *window;
  FuStore       *store;
};

static gboolean
step_wait_loaded (Test *test)
{
  test->window = FU_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (test->app)));
  test->store = fu_application_get_store (test->app);

  return test->window != NULL && gtk_widget_get_mapped (GTK_WIDGET (test->window)) &&
         fu_store_get_loaded (test->store);
}

/* A job with a long name, so the board has a card to squeeze. */
static gboolean
step_add_job (Test *test)
{
  g_autoptr(FuJob) job = fu_job_new ();

  fu_job_set_company (job, "AT&T <Labs> Research and Development Laboratories International");
  fu_job_set_title (job, "Principal Site Reliability Engineer, Observability Platform");
  fu_job_set_stage (job, FU_STAGE_APPLIED);
  fu_store_add_job (test->store, job);
  return TRUE;
}

/* Names the widgets wider than a phone, to say who broke the limit. */
static void
log_wide_widgets (GtkWidget *widget,
                  int        depth)
{
  int minimum = 0;

  if (!gtk_widget_get_visible (widget))
    return;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum <= 360)
    return;

  g_test_message ("%*s%s: %d px", depth, "", G_OBJECT_TYPE_NAME (widget), minimum);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    log_wide_widgets (child, depth + 1);
}

static gboolean
step_min_width (Test *test)
{
  int minimum = 0, natural = 0;

  gtk_widget_measure (GTK_WIDGET (test->window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_test_message ("window minimum width %d", minimum);
  log_wide_widgets (GTK_WIDGET (test->window), 0);
  g_assert_cmpint (minimum, <=, 360);

  gtk_window_set_default_size (GTK_WINDOW (test->window), 360, 640);
  return TRUE;
}

/* At 360 px: one stage at a time with a stage picker, and the view
 * switcher in the bottom bar. */
static gboolean
step_narrow (Test *test)
{
  GtkWidget *board = fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_BOARD);
  GtkWidget *picker = fu_test_ui_find_descendant (board, GTK_TYPE_DROP_DOWN);
  AdwViewSwitcherBar *bar = ADW_VIEW_SWITCHER_BAR (fu_test_ui_find_descendant (GTK_WIDGET (test->window),
                                                                    ADW_TYPE_VIEW_SWITCHER_BAR));
  guint shown = 0;

  /* The surface: the widget's own width leaves out the frame. */
  if (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (test->window))) != 360 ||
      !gtk_widget_get_mapped (picker) ||
      !adw_view_switcher_bar_get_reveal (bar))
    return FALSE;

  for (GtkWidget *w = fu_test_ui_find_descendant (board, FU_TYPE_BOARD_COLUMN); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (gtk_widget_get_visible (w))
      shown++;
  g_assert_cmpuint (shown, ==, 1);
  return TRUE;
}

static const StepFunc steps[] = {
  step_wait_loaded,
  step_add_job,
  step_min_width,
  step_narrow,
  NULL,
};

static void
test_agenda_narrow_window (void)
{
  g_autoptr(FuApplication) app = fu_application_new ();
  Test test = { .run = { G_APPLICATION (app), (const FuTestUiStep *) steps, "narrow" },
                .app = app };

  fu_test_ui_run (&test.run);
}

int
main (int   argc,
      char *argv[])
{
  fu_test_ui_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/agenda/narrow-window", test_agenda_narrow_window);

  return g_test_run ();
}
