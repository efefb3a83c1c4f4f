/* fu-background.c: running with the window closed, and starting at login
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libportal-gtk4/portal-gtk4.h>

#include "fu-background-private.h"

struct _FuBackground
{
  GObject         parent_instance;

  GtkApplication *application;  /* weak */
  GSettings      *settings;
  XdpPortal      *portal;
  guint           n_requests;  /* the last request's number */
  gboolean        held;
};

G_DEFINE_FINAL_TYPE (FuBackground, fu_background, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_APPLICATION,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

FuBackground *
fu_background_new (GtkApplication *application,
                   GSettings      *settings)
{
  return g_object_new (FU_TYPE_BACKGROUND,
                       "application", application,
                       "settings", settings,
                       NULL);
}

char *
fu_background_get_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart",
                           APPLICATION_ID ".desktop", NULL);
}

/* -1: look; otherwise what a test says. */
static int sandboxed_override = -1;

void
fu_background_set_sandboxed (gboolean sandboxed)
{
  sandboxed_override = sandboxed;
}

static gboolean
in_flatpak (void)
{
  if (sandboxed_override >= 0)
    return sandboxed_override;
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

static void
write_autostart (gboolean enabled)
{
  g_autofree char *path = fu_background_get_autostart_path ();
  g_autoptr(GError) error = NULL;

  if (enabled)
    {
      g_autoptr(GKeyFile) entry = g_key_file_new ();
      g_autofree char *dir = g_path_get_dirname (path);

      g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE, "Application");
      g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NAME, "FollowUp");
      g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                             _("Notify due follow-ups"));
      g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC,
                             "followup --background");
      g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON, APPLICATION_ID);
      g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
      g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", TRUE);

      if (g_mkdir_with_parents (dir, 0700) != 0 || !g_key_file_save_to_file (entry, path, &error))
        g_message ("Could not write %s: %s", path,
                   error != NULL ? error->message : g_strerror (errno));
    }
  else if (g_unlink (path) != 0 && errno != ENOENT)
    {
      g_message ("Could not remove %s: %s", path, g_strerror (errno));
    }
}

typedef struct
{
  FuBackground *self;  /* owned */
  guint         number;
} Request;

static void
on_background_requested_cb (GObject      *object,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autofree Request *request = user_data;
  g_autoptr(FuBackground) self = request->self;
  g_autoptr(GError) error = NULL;

  if (!xdp_portal_request_background_finish (XDP_PORTAL (object), result, &error))
    {
      /* The switch moved again since: a newer question is with the portal. */
      if (request->number != self->n_requests || self->settings == NULL)
        return;
      /* Refused (by the user or the system): the switch says so. */
      g_message ("Running in the background was not allowed: %s", error->message);
      g_settings_set_boolean (self->settings, "run-in-background", FALSE);
    }
}

static void
request_portal (FuBackground *self,
                gboolean      enabled)
{
  g_autoptr(GPtrArray) command = g_ptr_array_new_with_free_func (g_free);
  XdpParent *parent = NULL;
  GtkWindow *window;
  Request *request;

  if (self->portal == NULL)
    self->portal = xdp_portal_new ();

  g_ptr_array_add (command, g_strdup ("followup"));
  g_ptr_array_add (command, g_strdup ("--background"));

  window = self->application != NULL ? gtk_application_get_active_window (self->application) : NULL;
  if (window != NULL)
    parent = xdp_parent_new_gtk (window);

  /* An earlier question still with the portal is let be, not cancelled:
   * cancelling a libportal request while GDBus's thread finished it
   * deadlocked the two threads (GLib 2.74), and a switch turned on and
   * off at once hung the app.  Its answer is ignored. */
  request = g_new0 (Request, 1);
  request->self = g_object_ref (self);
  request->number = ++self->n_requests;
  xdp_portal_request_background (self->portal, parent,
                                 _("FollowUp tells you when a follow-up falls due, even with the window closed."),
                                 command,
                                 enabled ? XDP_BACKGROUND_FLAG_AUTOSTART : XDP_BACKGROUND_FLAG_NONE,
                                 NULL, on_background_requested_cb, request);
  g_clear_pointer (&parent, xdp_parent_free);
}

static void
fu_background_sync (FuBackground *self,
                    gboolean      ask)
{
  gboolean enabled = g_settings_get_boolean (self->settings, "run-in-background");

  /* The hold is what keeps the process alive without a window. */
  if (self->application != NULL && enabled != self->held)
    {
      if (enabled)
        g_application_hold (G_APPLICATION (self->application));
      else
        g_application_release (G_APPLICATION (self->application));
      self->held = enabled;
    }

  if (in_flatpak ())
    {
      if (ask)
        request_portal (self, enabled);
    }
  else
    {
      write_autostart (enabled);
    }
}

static void
on_setting_changed_cb (FuBackground *self)
{
  fu_background_sync (self, TRUE);
}

static void
fu_background_constructed (GObject *object)
{
  FuBackground *self = FU_BACKGROUND (object);

  G_OBJECT_CLASS (fu_background_parent_class)->constructed (object);

  if (self->settings == NULL)
    return;

  g_signal_connect_object (self->settings, "changed::run-in-background",
                           G_CALLBACK (on_setting_changed_cb), self, G_CONNECT_SWAPPED);
  /* The portal remembers its answer: it is only asked again when the
   * user changes the setting, never at every start. */
  fu_background_sync (self, FALSE);
}

static void
fu_background_dispose (GObject *object)
{
  FuBackground *self = FU_BACKGROUND (object);

  if (self->held && self->application != NULL)
    g_application_release (G_APPLICATION (self->application));
  self->held = FALSE;
  g_clear_object (&self->portal);
  g_clear_weak_pointer (&self->application);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fu_background_parent_class)->dispose (object);
}

static void
fu_background_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FuBackground *self = FU_BACKGROUND (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_background_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FuBackground *self = FU_BACKGROUND (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_set_weak_pointer (&self->application, g_value_get_object (value));
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_background_class_init (FuBackgroundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = fu_background_constructed;
  object_class->dispose = fu_background_dispose;
  object_class->get_property = fu_background_get_property;
  object_class->set_property = fu_background_set_property;

  properties[PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL,
                         GTK_TYPE_APPLICATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fu_background_init (FuBackground *self)
{
}
