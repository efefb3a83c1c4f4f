/* fu-preferences-window.c: Preferences, bound to GSettings
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-gui.h"
#include "fu-preferences-timing.h"
#include "fu-preferences-window.h"

struct _FuPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  GtkSwitch            *background_switch;
  AdwExpanderRow       *quiet_hours_row;
  GtkSpinButton        *quiet_start_spin;
  GtkSpinButton        *quiet_end_spin;
  AdwEntryRow          *time_zone_row;
  AdwEntryRow          *user_name_row;
  AdwEntryRow          *signature_row;
  AdwPreferencesPage   *timing_page;
};

G_DEFINE_FINAL_TYPE (FuPreferencesWindow, fu_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

FuPreferencesWindow *
fu_preferences_window_new (GSettings *settings)
{
  return g_object_new (FU_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}

static void
fu_preferences_window_bind (FuPreferencesWindow *self)
{
  g_settings_bind (self->settings, "run-in-background",
                   self->background_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "quiet-hours-enabled",
                   self->quiet_hours_row, "enable-expansion", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "quiet-hours-start",
                   self->quiet_start_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "quiet-hours-end",
                   self->quiet_end_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "home-time-zone",
                   self->time_zone_row, "text", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "user-name",
                   self->user_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "signature",
                   self->signature_row, "text", G_SETTINGS_BIND_DEFAULT);
  fu_preferences_timing_populate (self->timing_page, self->settings);
}

/* A zone is only stored once GLib knows it, so a typo can never shift
 * every follow-up to UTC. */
static void
on_time_zone_row_apply_cb (FuPreferencesWindow *self,
                           AdwEntryRow         *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *zone = g_strstrip (g_strdup (text));
  g_autoptr(GTimeZone) tz = NULL;

  if (zone[0] != '\0')
    tz = g_time_zone_new_identifier (zone);

  if (tz == NULL)
    {
      g_autofree char *title = NULL;
      g_autofree char *escaped = g_markup_escape_text (zone, -1);

      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      /* Translators: %s is what the user typed as a time zone */
      title = g_strdup_printf (_("“%s” is not a time zone FollowUp knows; try a name such as Europe/Paris"),
                               escaped);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "home-time-zone", zone);
}

static void
fu_preferences_window_constructed (GObject *object)
{
  FuPreferencesWindow *self = FU_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (fu_preferences_window_parent_class)->constructed (object);

  /* Without settings (the templates test) the window is only a shell. */
  if (self->settings != NULL)
    fu_preferences_window_bind (self);
}

static void
fu_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  FuPreferencesWindow *self = FU_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  FuPreferencesWindow *self = FU_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_preferences_window_dispose (GObject *object)
{
  FuPreferencesWindow *self = FU_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fu_preferences_window_parent_class)->dispose (object);
}

static void
fu_preferences_window_class_init (FuPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fu_preferences_window_constructed;
  object_class->dispose = fu_preferences_window_dispose;
  object_class->get_property = fu_preferences_window_get_property;
  object_class->set_property = fu_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FuPreferencesWindow, background_switch);
  gtk_widget_class_bind_template_child (widget_class, FuPreferencesWindow, quiet_hours_row);
  gtk_widget_class_bind_template_child (widget_class, FuPreferencesWindow, quiet_start_spin);
  gtk_widget_class_bind_template_child (widget_class, FuPreferencesWindow, quiet_end_spin);
  gtk_widget_class_bind_template_child (widget_class, FuPreferencesWindow, time_zone_row);
  gtk_widget_class_bind_template_child (widget_class, FuPreferencesWindow, user_name_row);
  gtk_widget_class_bind_template_child (widget_class, FuPreferencesWindow, signature_row);
  gtk_widget_class_bind_template_child (widget_class, FuPreferencesWindow, timing_page);
  gtk_widget_class_bind_template_callback (widget_class, on_time_zone_row_apply_cb);
}

static void
fu_preferences_window_init (FuPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
