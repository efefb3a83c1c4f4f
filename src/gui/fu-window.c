/* fu-window.c: the main window
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-gui.h"
#include "fu-window.h"

struct _FuWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwLeaflet           *leaflet;
  AdwViewStack         *view_stack;
  AdwToastOverlay      *toast_overlay;
};

G_DEFINE_FINAL_TYPE (FuWindow, fu_window, ADW_TYPE_APPLICATION_WINDOW)

FuWindow *
fu_window_new (FuApplication *application)
{
  return g_object_new (FU_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

static void
fu_window_show_view_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  FuWindow *self = FU_WINDOW (user_data);

  adw_view_stack_set_visible_child_name (self->view_stack,
                                         g_variant_get_string (parameter, NULL));
}

static void
fu_window_go_back_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  FuWindow *self = FU_WINDOW (user_data);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static const GActionEntry win_actions[] = {
  { "show-view", fu_window_show_view_action, "s" },
  { "go-back", fu_window_go_back_action },
};

static void
fu_window_dispose (GObject *object)
{
  FuWindow *self = FU_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fu_window_parent_class)->dispose (object);
}

static void
fu_window_class_init (FuWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_window_dispose;

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FuWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, toast_overlay);
}

static void
fu_window_init (FuWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}
