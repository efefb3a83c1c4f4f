/* test-preferences.c: the Preferences window writes through to GSettings,
 * and a home time zone is stored only when it is a real one.
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "fu-test-ui.h"
#include "fu-preferences-window.h"

static AdwEntryRow *
find_entry_row (GtkWidget  *root,
                const char *title_part)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwEntryRow *found;

      if (ADW_IS_ENTRY_ROW (child) &&
          strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title_part) != NULL)
        return ADW_ENTRY_ROW (child);

      found = find_entry_row (child, title_part);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_preferences_home_time_zone (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  FuPreferencesWindow *prefs;
  AdwEntryRow *row;
  g_autofree char *zone = NULL;

  g_settings_set_string (settings, "home-time-zone", "Europe/London");
  prefs = fu_preferences_window_new (settings);
  row = find_entry_row (GTK_WIDGET (prefs), "Time Zone");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Europe/London");

  /* A typo is refused: the stored zone stays, the row shows the error. */
  gtk_editable_set_text (GTK_EDITABLE (row), "Europe/Lodnon");
  g_signal_emit_by_name (row, "apply");
  zone = g_settings_get_string (settings, "home-time-zone");
  g_assert_cmpstr (zone, ==, "Europe/London");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_clear_pointer (&zone, g_free);

  /* A real zone is stored, and the error goes. */
  gtk_editable_set_text (GTK_EDITABLE (row), "Asia/Kolkata");
  g_signal_emit_by_name (row, "apply");
  zone = g_settings_get_string (settings, "home-time-zone");
  g_assert_cmpstr (zone, ==, "Asia/Kolkata");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));

  gtk_window_destroy (GTK_WINDOW (prefs));
}

static void
test_preferences_bound_to_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  FuPreferencesWindow *prefs = fu_preferences_window_new (settings);
  AdwEntryRow *name_row = find_entry_row (GTK_WIDGET (prefs), "Name");
  g_autofree char *name = NULL;

  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Sam O’Neil <&>");
  name = g_settings_get_string (settings, "user-name");
  g_assert_cmpstr (name, ==, "Sam O’Neil <&>");

  gtk_window_destroy (GTK_WINDOW (prefs));
}

int
main (int   argc,
      char *argv[])
{
  fu_test_ui_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/preferences/home-time-zone", test_preferences_home_time_zone);
  g_test_add_func ("/preferences/bound-to-settings", test_preferences_bound_to_settings);

  return g_test_run ();
}
