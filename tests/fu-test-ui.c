/* fu-test-ui.c: set-up shared by the tests that need a display
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "fu-card-text.h"
#include "fu-test-ui.h"

/* G_TEST_OPTION_ISOLATE_DIRS would also replace XDG_DATA_DIRS, where the
 * MIME database lives: gdk-pixbuf then cannot tell an SVG icon from noise.
 * So UI tests get private per-user dirs by hand and keep the system ones. */
void
fu_test_ui_init (int    *argc,
                 char ***argv)
{
  static const char *vars[] = {
    "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *root = g_dir_make_tmp ("followup-test-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      g_autofree char *dir = g_build_filename (root, vars[i], NULL);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_setenv (vars[i], dir, TRUE);
    }

  g_test_init (argc, argv, NULL);
}

static gboolean
on_tick_cb (gpointer user_data)
{
  FuTestUiRun *run = user_data;

  if (run->steps[run->step] == NULL)
    {
      g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
      return G_SOURCE_REMOVE;
    }

  if (run->steps[run->step] (run))
    {
      g_test_message ("%s step %u done", run->what, run->step);
      run->step++;
      run->ticks = 0;
    }
  else if (++run->ticks % 1000 > FU_TEST_UI_MAX_TICKS)
    {
      g_error ("%s step %u did not complete", run->what, run->step);
    }

  return G_SOURCE_CONTINUE;
}

static void
on_activate_cb (GApplication *app,
                FuTestUiRun  *run)
{
  g_timeout_add (FU_TEST_UI_TICK_MS, on_tick_cb, run);
}

void
fu_test_ui_run (FuTestUiRun *run)
{
  char *argv[] = { (char *) "followup", NULL };
  gulong handler;

  g_assert_nonnull (run->app);
  g_assert_nonnull (run->steps);
  handler = g_signal_connect_after (run->app, "activate", G_CALLBACK (on_activate_cb), run);
  g_assert_cmpint (g_application_run (run->app, 1, argv), ==, 0);
  g_signal_handler_disconnect (run->app, handler);
  /* The app did not quit early: every step ran. */
  g_assert_null (run->steps[run->step]);
}

GtkWidget *
fu_test_ui_find_descendant (GtkWidget *root,
                            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      found = fu_test_ui_find_descendant (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

void
fu_test_ui_collect_descendants (GtkWidget *root,
                                GType      type,
                                GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      fu_test_ui_collect_descendants (child, type, found);
    }
}

GtkWidget *
fu_test_ui_find_row (GtkWidget  *root,
                     GType       type,
                     const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      found = fu_test_ui_find_row (child, type, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWindow *
fu_test_ui_find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

gboolean
fu_test_ui_has_text (GtkWidget  *root,
                     const char *text,
                     gboolean    shown_only)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && (!shown_only || gtk_widget_get_mapped (child)) &&
          strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        return TRUE;
      if (FU_IS_CARD_TEXT (child) && (!shown_only || gtk_widget_get_mapped (child)) &&
          strstr (fu_card_text_get_text (FU_CARD_TEXT (child)), text) != NULL)
        return TRUE;
      if (fu_test_ui_has_text (child, text, shown_only))
        return TRUE;
    }

  return FALSE;
}

gboolean
fu_test_ui_shows_text (GtkWidget  *root,
                       const char *text)
{
  return fu_test_ui_has_text (root, text, TRUE);
}

gulong
fu_test_ui_xid (GtkWindow *window)
{
  return gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));
}

void
fu_test_ui_xdotool (GtkWindow  *window,
                    const char *commands)
{
  g_autofree char *script = g_strdup_printf ("xdotool windowfocus --sync %lu %s",
                                             fu_test_ui_xid (window), commands);
  const char *argv[] = { "/bin/sh", "-c", script, NULL };
  g_autoptr(GError) error = NULL;

  g_test_message ("xdotool: %s", commands);
  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

JsonObject *
fu_test_ui_saved_root (FuStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (fu_store_flush (store, 5000, &error));
  g_assert_no_error (error);
  json_parser_load_from_file (parser, fu_store_get_path (store), &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

JsonObject *
fu_test_ui_find_by_member (JsonArray  *array,
                           const char *member,
                           const char *value)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, member, NULL), value) == 0)
        return object;
    }

  return NULL;
}
