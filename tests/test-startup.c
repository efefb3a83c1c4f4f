/* test-startup.c: the first frame never waits for the data
 *
 * The window is drawn first, with the board's loading page, even when
 * the data file was read before GTK could draw (a small file, a fast
 * disk): the jobs come in the frames after it.  A file that cannot be
 * read still has its message shown.
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "fu-test-ui.h"
#include "fu-application.h"
#include "fu-board.h"
#include "fu-store.h"
#include "fu-window.h"

#define COMPANY "Startup Test <Co> & Partners"

typedef struct
{
  FuTestUiRun    run;
  FuApplication *app;
  FuWindow      *window;
  char          *first_frame_page;  /* the board's page in the first frame */
  gboolean       loaded_at_first_frame;
  gboolean       spinner_at_first_frame;
} Test;

static const char *
board_page (FuWindow *window)
{
  GtkWidget *board = fu_test_ui_find_descendant (GTK_WIDGET (window), FU_TYPE_BOARD);
  GtkWidget *stack = board != NULL ? fu_test_ui_find_descendant (board, GTK_TYPE_STACK) : NULL;

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Test          *test)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, test);
  test->first_frame_page = g_strdup (board_page (test->window));
  test->loaded_at_first_frame = fu_store_get_loaded (fu_application_get_store (test->app));
  test->spinner_at_first_frame = fu_test_ui_find_descendant (GTK_WIDGET (test->window), GTK_TYPE_SPINNER) != NULL;
}

/* After the window was created and shown, before anything was drawn:
 * give the worker thread time to read the small file, so its result is
 * waiting when the main loop starts, ahead of the first frame. */
static void
on_activate_cb (GApplication *app,
                Test         *test)
{
  GdkFrameClock *clock;

  test->window = FU_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (test->window);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (test->window));
  g_assert_nonnull (clock);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), test);
  g_usleep (G_USEC_PER_SEC / 2);
}

static void
write_data_file (const char *contents)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "followup", NULL);
  g_autofree char *path = g_build_filename (dir, "followup.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static gboolean
step_first_frame_loading (Test *test)
{
  if (test->first_frame_page == NULL)
    return FALSE;

  /* The data was in before the first frame, and the frame still did not
   * wait for it. */
  g_assert_true (test->loaded_at_first_frame);
  g_assert_cmpstr (test->first_frame_page, ==, "loading");
  /* A load this quick shows no spinner (which would only flash). */
  g_assert_false (test->spinner_at_first_frame);
  return TRUE;
}

static gboolean
step_board_shows_job (Test *test)
{
  return g_strcmp0 (board_page (test->window), "board") == 0
         && fu_test_ui_shows_text (GTK_WIDGET (test->window), COMPANY);
}

static const FuTestUiStep loaded_steps[] = {
  (FuTestUiStep) step_first_frame_loading,
  (FuTestUiStep) step_board_shows_job,
  NULL,
};

static void
test_startup_first_frame_loading_page (void)
{
  g_autoptr(FuApplication) app = fu_application_new ();
  Test test = { .run = { G_APPLICATION (app), loaded_steps, "startup-loaded" }, .app = app };

  write_data_file ("{\"version\": 1, \"jobs\": [{\"id\": \"job-1\", \"company\": \"Startup Test <Co> & Partners\","
                   " \"title\": \"Engineer\", \"stage\": \"applied\","
                   " \"created\": \"2026-01-05T09:00:00+00:00\"}]}");
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &test);
  fu_test_ui_run (&test.run);
  g_free (test.first_frame_page);
}

static gboolean
step_shows_load_error (Test *test)
{
  FuStore *store = fu_application_get_store (test->app);
  const char *message = fu_store_get_error_message (store);
  GtkWidget *info_bar = fu_test_ui_find_descendant (GTK_WIDGET (test->window), GTK_TYPE_INFO_BAR);

  if (message == NULL || !gtk_info_bar_get_revealed (GTK_INFO_BAR (info_bar)))
    return FALSE;

  g_assert_cmpstr (message, !=, "");
  return fu_test_ui_shows_text (info_bar, message);
}

static const FuTestUiStep broken_steps[] = {
  (FuTestUiStep) step_first_frame_loading,
  (FuTestUiStep) step_shows_load_error,
  NULL,
};

/* A first start: the empty page, with the app's icon, and no spinner
 * left behind. */
static gboolean
step_shows_empty_page (Test *test)
{
  GtkWidget *page;

  if (g_strcmp0 (board_page (test->window), "empty") != 0)
    return FALSE;

  page = fu_test_ui_find_descendant (GTK_WIDGET (test->window), ADW_TYPE_STATUS_PAGE);
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (page)), ==, APPLICATION_ID "-symbolic");
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_null (fu_test_ui_find_descendant (GTK_WIDGET (test->window), GTK_TYPE_SPINNER));
  return TRUE;
}

static const FuTestUiStep empty_steps[] = {
  (FuTestUiStep) step_first_frame_loading,
  (FuTestUiStep) step_shows_empty_page,
  NULL,
};

static void
test_startup_empty_page (void)
{
  g_autoptr(FuApplication) app = fu_application_new ();
  Test test = { .run = { G_APPLICATION (app), empty_steps, "startup-empty" }, .app = app };

  write_data_file ("{\"version\": 1, \"jobs\": []}");
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &test);
  fu_test_ui_run (&test.run);
  g_free (test.first_frame_page);
}

static void
test_startup_broken_file_message (void)
{
  g_autoptr(FuApplication) app = fu_application_new ();
  Test test = { .run = { G_APPLICATION (app), broken_steps, "startup-broken" }, .app = app };

  write_data_file ("{\"version\": 1, \"jobs\": [{\"id\": \"job-1\", \"company\": ");
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &test);
  fu_test_ui_run (&test.run);
  g_free (test.first_frame_page);
}

int
main (int   argc,
      char *argv[])
{
  fu_test_ui_init (&argc, &argv);

  g_test_add_func ("/startup/first-frame-loading-page", test_startup_first_frame_loading_page);
  g_test_add_func ("/startup/broken-file-message", test_startup_broken_file_message);
  g_test_add_func ("/startup/empty-page", test_startup_empty_page);

  return g_test_run ();
}
