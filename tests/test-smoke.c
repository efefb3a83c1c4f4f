/* test-smoke.c: the application starts with an empty data dir, shows its
 * window, opens About, Preferences and the shortcuts window, and quits
 * cleanly; any warning on the way is fatal.
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "fu-test-ui.h"
#include "fu-application.h"
#include "fu-preferences-window.h"
#include "fu-window.h"

#define TICK_MS   100
#define MAX_TICKS 100  /* ten seconds per step before the test gives up */

typedef struct
{
  FuApplication *app;
  guint          step;
  guint          ticks;
  gboolean       saw[3];
} Smoke;

static GtkWindow *
find_mapped_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* Opens a window with an action, waits until it is mapped, closes it. */
static gboolean
open_and_close (Smoke        *smoke,
                GActionGroup *group,
                const char   *action,
                GType         type,
                gboolean     *saw)
{
  GtkWindow *window;

  if (smoke->ticks == 0)
    {
      g_assert_true (g_action_group_has_action (group, action));
      g_action_group_activate_action (group, action, NULL);
    }

  window = find_mapped_window (type);
  if (window == NULL)
    return FALSE;

  *saw = TRUE;
  gtk_window_close (window);
  return TRUE;
}

static gboolean
on_tick_cb (gpointer user_data)
{
  Smoke *smoke = user_data;
  GtkWindow *main_window = gtk_application_get_active_window (GTK_APPLICATION (smoke->app));
  gboolean done = FALSE;

  switch (smoke->step)
    {
    case 0:
      done = main_window != NULL && gtk_widget_get_mapped (GTK_WIDGET (main_window));
      if (done)
        g_assert_true (FU_IS_WINDOW (main_window));
      break;

    case 1:
      done = open_and_close (smoke, G_ACTION_GROUP (smoke->app), "about",
                             ADW_TYPE_ABOUT_WINDOW, &smoke->saw[0]);
      break;

    case 2:
      done = open_and_close (smoke, G_ACTION_GROUP (smoke->app), "preferences",
                             FU_TYPE_PREFERENCES_WINDOW, &smoke->saw[1]);
      break;

    case 3:
      done = open_and_close (smoke, G_ACTION_GROUP (main_window), "show-help-overlay",
                             GTK_TYPE_SHORTCUTS_WINDOW, &smoke->saw[2]);
      break;

    default:
      g_action_group_activate_action (G_ACTION_GROUP (smoke->app), "quit", NULL);
      return G_SOURCE_REMOVE;
    }

  if (done)
    {
      smoke->step++;
      smoke->ticks = 0;
    }
  else if (++smoke->ticks > MAX_TICKS)
    {
      g_error ("smoke step %u did not complete", smoke->step);
    }

  return G_SOURCE_CONTINUE;
}

static void
on_activate_cb (GApplication *app,
                Smoke        *smoke)
{
  g_timeout_add (TICK_MS, on_tick_cb, smoke);
}

static void
test_smoke_start_show_quit (void)
{
  g_autoptr(FuApplication) app = fu_application_new ();
  g_autofree char *data_dir = g_build_filename (g_get_user_data_dir (), "followup", NULL);
  char *argv[] = { (char *) "followup", NULL };
  Smoke smoke = { .app = app };
  int status;

  /* An empty data dir: the first start of a new user. */
  g_assert_false (g_file_test (data_dir, G_FILE_TEST_EXISTS));

  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &smoke);
  status = g_application_run (G_APPLICATION (app), 1, argv);

  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (smoke.step, ==, 4);
  g_assert_true (smoke.saw[0]);  /* About */
  g_assert_true (smoke.saw[1]);  /* Preferences */
  g_assert_true (smoke.saw[2]);  /* Keyboard shortcuts */
}

int
main (int   argc,
      char *argv[])
{
  fu_test_ui_init (&argc, &argv);

  g_test_add_func ("/smoke/start-show-quit", test_smoke_start_show_quit);

  return g_test_run ();
}
