/* fu-application.c
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-application.h"
#include "fu-background.h"
#include "fu-composer-window.h"
#include "fu-due.h"
#include "fu-gui.h"
#include "fu-notifier.h"
#include "fu-preferences-composer.h"
#include "fu-preferences-window.h"
#include "fu-rules-runner.h"
#include "fu-window.h"

struct _FuApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  FuStore        *store;
  FuRulesRunner  *rules_runner;
  FuNotifier     *notifier;
  FuBackground   *background;
  gboolean        start_hidden;
};

G_DEFINE_FINAL_TYPE (FuApplication, fu_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "due", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the open follow-ups that are due, one per line, and exit"), NULL },
  { "at", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --due: the time to check instead of now"), N_("ISO8601") },
  { "background", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start without a window, to notify due follow-ups (as at login)"), NULL },
  { NULL }
};

/* When main() began, for the FOLLOWUP_BENCH figures. */
static gint64 start_time;

gint64
fu_application_get_start_time (void)
{
  return start_time;
}

FuApplication *
fu_application_new (void)
{
  start_time = g_get_monotonic_time ();

  return g_object_new (FU_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

GSettings *
fu_application_get_settings (FuApplication *self)
{
  g_return_val_if_fail (FU_IS_APPLICATION (self), NULL);

  return self->settings;
}

FuStore *
fu_application_get_store (FuApplication *self)
{
  g_return_val_if_fail (FU_IS_APPLICATION (self), NULL);

  return self->store;
}

FuNotifier *
fu_application_get_notifier (FuApplication *self)
{
  g_return_val_if_fail (FU_IS_APPLICATION (self), NULL);

  return self->notifier;
}

static void
on_store_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* The store keeps the message for the window's banner; here it only
   * goes to the log for a terminal user. */
  if (!fu_store_load_finish (FU_STORE (object), result, &error))
    g_message ("%s", error->message);
}

/* The data is parsed in a worker thread that starts before GTK does, so
 * on two cores the two overlap and the first frame never waits for it;
 * where other programs take the cores too, the worker yields to the
 * main thread. */
static void
fu_application_start_loading (FuApplication *self)
{
  if (self->store != NULL)
    return;

  self->store = fu_store_new (NULL);
  fu_store_set_background_load (self->store, TRUE);
  fu_store_load_async (self->store, NULL, on_store_loaded_cb, NULL);
}

static GtkWindow *
fu_application_ensure_window (FuApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (fu_window_new (self));

  return window;
}

static gint
fu_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  const char *at = NULL;

  /* Answered here, before GTK starts: no display and no running
   * instance are needed, and the data file is only read. */
  g_variant_dict_lookup (options, "at", "&s", &at);
  if (g_variant_dict_contains (options, "due"))
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) err = g_string_new (NULL);
      int status = fu_due_run (NULL, at, out, err);

      fwrite (out->str, 1, out->len, stdout);
      fflush (stdout);
      fputs (err->str, stderr);
      return status;
    }
  if (at != NULL)
    {
      g_printerr ("followup: %s\n", _("--at only goes with --due"));
      return 1;
    }

  if (g_variant_dict_contains (options, "background"))
    FU_APPLICATION (app)->start_hidden = TRUE;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "followup", PACKAGE_VERSION);
      return 0;
    }

  fu_application_start_loading (FU_APPLICATION (app));
  return -1;
}

static void
fu_application_activate (GApplication *app)
{
  FuApplication *self = FU_APPLICATION (app);

  /* Started at login: no window, only notifications, and only with the
   * user's consent; the next activation (a notification, the launcher)
   * shows the window. */
  if (self->start_hidden && g_settings_get_boolean (self->settings, "run-in-background"))
    {
      self->start_hidden = FALSE;
      return;
    }
  self->start_hidden = FALSE;

  gtk_window_present (fu_application_ensure_window (self));
}

static void
fu_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
fu_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  static const char *developers[] = { "The FollowUp developers", NULL };
  FuApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (window,
                         "application-name", _("FollowUp"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The FollowUp developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Run your job search and never miss a follow-up. "
                                       "Your data stays on this computer."),
                         "website", "https://example.com/followup",
                         "issue-url", "https://example.com/followup/issues",
                         "developers", developers,
                         /* Translators: Replace "translator-credits" with your name(s) */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 The FollowUp developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
fu_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  FuApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  FuPreferencesWindow *prefs = fu_preferences_window_new (self->settings);

  fu_preferences_composer_add_pages (ADW_PREFERENCES_WINDOW (prefs), self->store, self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), window);
  gtk_window_present (GTK_WINDOW (prefs));
}

/* Day offsets of follow-ups are counted in the home zone, which must not
 * follow the machine when the user travels: take the system's zone once,
 * at the first start, and keep it until the user changes it. */
static void
fu_application_ensure_home_time_zone (FuApplication *self)
{
  g_autofree char *zone = g_settings_get_string (self->settings, "home-time-zone");
  g_autoptr(GTimeZone) local = NULL;
  const char *identifier;

  if (zone[0] != '\0')
    return;

  local = g_time_zone_new_local ();
  identifier = g_time_zone_get_identifier (local);
  if (identifier != NULL && g_strcmp0 (identifier, "Local") != 0)
    g_settings_set_string (self->settings, "home-time-zone", identifier);
}

/* app.compose("follow-up id"): the composer for that follow-up. */
static void
fu_application_compose_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  FuApplication *self = user_data;

  fu_composer_window_open_follow_up (GTK_APPLICATION (self),
                                     gtk_application_get_active_window (GTK_APPLICATION (self)),
                                     self->store, self->settings,
                                     g_variant_get_string (parameter, NULL));
}

/* app.compose-round(("job id", "round id")): a thank-you per interviewer. */
static void
fu_application_compose_round_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  FuApplication *self = user_data;
  const char *job_id, *round_id;

  g_variant_get (parameter, "(&s&s)", &job_id, &round_id);
  fu_composer_window_open_round (GTK_APPLICATION (self),
                                 gtk_application_get_active_window (GTK_APPLICATION (self)),
                                 self->store, self->settings, job_id, round_id);
}

/* app.compose-contact(("job id" or "", "contact id" or "")). */
static void
fu_application_compose_contact_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  FuApplication *self = user_data;
  const char *job_id, *contact_id;

  g_variant_get (parameter, "(&s&s)", &job_id, &contact_id);
  fu_composer_window_open_contact (GTK_APPLICATION (self),
                                   gtk_application_get_active_window (GTK_APPLICATION (self)),
                                   self->store, self->settings, job_id, contact_id);
}

static const GActionEntry app_actions[] = {
  { "quit", fu_application_quit_action },
  { "about", fu_application_about_action },
  { "preferences", fu_application_preferences_action },
  { "compose", fu_application_compose_action, "s" },
  { "compose-round", fu_application_compose_round_action, "(ss)" },
  { "compose-contact", fu_application_compose_contact_action, "(ss)" },
};

static void
fu_application_startup (GApplication *app)
{
  FuApplication *self = FU_APPLICATION (app);
  struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.show-view::board", { "<Control>1", NULL } },
    { "win.show-view::follow-ups", { "<Control>2", NULL } },
    { "win.show-view::contacts", { "<Control>3", NULL } },
    { "win.go-back", { "<Alt>Left", NULL } },
    { "win.new-job", { "<Control>n", NULL } },
  };

  /* Before chaining up: AdwApplication looks for style.css in the
   * resources at startup. */
  fu_gui_ensure_resources ();

  G_APPLICATION_CLASS (fu_application_parent_class)->startup (app);

  fu_gui_ensure_types ();
  fu_application_ensure_home_time_zone (self);

  fu_application_start_loading (self);
  /* Keeps the follow-ups right: after the load, every edit, a change of
   * a rule's timing, and when the next instant that matters comes. */
  self->rules_runner = fu_rules_runner_new (self->store, self->settings);
  self->notifier = fu_notifier_new (GTK_APPLICATION (self), self->store, self->settings);
  fu_notifier_start (self->notifier);
  /* Holds the application while "run-in-background" is on. */
  self->background = fu_background_new (GTK_APPLICATION (self), self->settings);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
}

/* Every edit reaches the disk before the process ends; a store that
 * cannot save (full disk, say) gives up after a few seconds rather than
 * hang the quit, and says why. */
static void
fu_application_shutdown (GApplication *app)
{
  FuApplication *self = FU_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  /* No notification keeps buttons nobody answers; a stuck notification
   * server is not waited for. */
  if (self->notifier != NULL)
    fu_notifier_stop (self->notifier);
  g_clear_object (&self->background);

  if (self->store != NULL && !fu_store_flush (self->store, 5000, &error))
    g_warning ("%s", error->message);

  G_APPLICATION_CLASS (fu_application_parent_class)->shutdown (app);
}

static void
fu_application_dispose (GObject *object)
{
  FuApplication *self = FU_APPLICATION (object);

  g_clear_object (&self->rules_runner);
  g_clear_object (&self->notifier);
  g_clear_object (&self->background);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fu_application_parent_class)->dispose (object);
}

static void
fu_application_class_init (FuApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = fu_application_dispose;

  app_class->handle_local_options = fu_application_handle_local_options;
  app_class->startup = fu_application_startup;
  app_class->activate = fu_application_activate;
  app_class->shutdown = fu_application_shutdown;
}

static void
fu_application_init (FuApplication *self)
{
  self->settings = g_settings_new (APPLICATION_ID);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Track job applications and their follow-ups."));
}
