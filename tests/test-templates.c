/* test-templates.c: every FollowUp widget can be built, and every .ui file
 * that is not a template (menus, the shortcuts window) parses, so a widget
 * or property missing from GTK 4.8 / libadwaita 1.2 fails here and not in
 * front of a user.
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "fu-test-ui.h"
#include "fu-gui.h"

static void
collect_fu_types (GType      parent,
                  GPtrArray *out)
{
  g_autofree GType *children = NULL;
  guint n = 0;

  children = g_type_children (parent, &n);
  for (guint i = 0; i < n; i++)
    {
      if (g_str_has_prefix (g_type_name (children[i]), "Fu"))
        g_ptr_array_add (out, GSIZE_TO_POINTER (children[i]));
      collect_fu_types (children[i], out);
    }
}

static void
test_templates_widgets (void)
{
  g_autoptr(GPtrArray) types = g_ptr_array_new ();

  fu_gui_ensure_types ();
  collect_fu_types (GTK_TYPE_WIDGET, types);

  /* The main window and the preferences window at least. */
  g_assert_cmpuint (types->len, >=, 2);

  for (guint i = 0; i < types->len; i++)
    {
      GType type = GPOINTER_TO_SIZE (g_ptr_array_index (types, i));
      GtkWidget *widget;

      if (G_TYPE_IS_ABSTRACT (type))
        continue;

      g_test_message ("instantiating %s", g_type_name (type));
      widget = g_object_new (type, NULL);
      g_assert_true (GTK_IS_WIDGET (widget));

      if (GTK_IS_WINDOW (widget))
        gtk_window_destroy (GTK_WINDOW (widget));
      else
        g_object_unref (g_object_ref_sink (widget));
    }
}

static void
build_plain_ui_files (const char *path,
                      guint      *n_built)
{
  g_auto(GStrv) names = NULL;

  names = g_resources_enumerate_children (path, 0, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *child = g_strconcat (path, names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GtkBuilder) builder = NULL;
      g_autoptr(GError) error = NULL;
      const char *data;
      gsize len;

      if (g_str_has_suffix (names[i], "/"))
        {
          build_plain_ui_files (child, n_built);
          continue;
        }
      if (!g_str_has_suffix (names[i], ".ui"))
        continue;

      bytes = g_resources_lookup_data (child, 0, &error);
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &len);
      if (g_strstr_len (data, len, "<template") != NULL)
        continue;

      g_test_message ("building %s", child);
      builder = gtk_builder_new ();
      gtk_builder_add_from_resource (builder, child, &error);
      g_assert_no_error (error);

      /* Toplevels built from a file are owned by GTK; close them. */
      {
        g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
        for (GSList *l = objects; l != NULL; l = l->next)
          if (GTK_IS_WINDOW (l->data))
            gtk_window_destroy (GTK_WINDOW (l->data));
      }
      (*n_built)++;
    }
}

static void
test_templates_plain_ui (void)
{
  guint n_built = 0;

  fu_gui_ensure_resources ();
  fu_gui_ensure_types ();
  build_plain_ui_files (RESOURCE_BASE "/", &n_built);

  /* The help overlay at least. */
  g_assert_cmpuint (n_built, >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  fu_test_ui_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/templates/widgets", test_templates_widgets);
  g_test_add_func ("/templates/plain-ui", test_templates_plain_ui);

  return g_test_run ();
}
