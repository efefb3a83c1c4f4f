/* fu-composer-window.c: the composer, one tab per recipient
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its own window (ui-map.md), so the person can look at the job or the
 * contact while writing.  A round's thank-you notes open side by side,
 * one tab per interviewer; a tab closes once its note is marked as sent.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-composer-page.h"
#include "fu-composer-window.h"
#include "fu-gui.h"
#include "fu-templates.h"

struct _FuComposerWindow
{
  AdwWindow        parent_instance;

  FuStore         *store;
  GSettings       *settings;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  AdwTabView      *tab_view;
  AdwToastOverlay *toast_overlay;
};

G_DEFINE_FINAL_TYPE (FuComposerWindow, fu_composer_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

FuComposerWindow *
fu_composer_window_new (FuStore   *store,
                        GSettings *settings)
{
  return g_object_new (FU_TYPE_COMPOSER_WINDOW,
                       "store", store,
                       "settings", settings,
                       NULL);
}

AdwTabView *
fu_composer_window_get_tab_view (FuComposerWindow *self)
{
  g_return_val_if_fail (FU_IS_COMPOSER_WINDOW (self), NULL);
  return self->tab_view;
}

static gboolean
close_when_empty_cb (gpointer user_data)
{
  FuComposerWindow *self = user_data;

  if (adw_tab_view_get_n_pages (self->tab_view) == 0)
    gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

static void
on_page_sent_cb (FuComposerWindow *self,
                 FuComposerPage   *page)
{
  AdwTabPage *tab = adw_tab_view_get_page (self->tab_view, GTK_WIDGET (page));

  /* The toast lives in the window: keep the window while other notes
   * are open, and close it after the last one. */
  adw_tab_view_close_page (self->tab_view, tab);
  if (adw_tab_view_get_n_pages (self->tab_view) == 0)
    g_timeout_add_seconds (2, close_when_empty_cb, g_object_ref (self));
}

void
fu_composer_window_add_drafts (FuComposerWindow *self,
                               GPtrArray        *drafts)
{
  g_return_if_fail (FU_IS_COMPOSER_WINDOW (self));

  for (guint i = 0; i < drafts->len; i++)
    {
      FuDraft *draft = g_ptr_array_steal_index (drafts, i--);
      FuComposerPage *page = fu_composer_page_new (self->store, self->settings, draft);
      g_autofree char *title = fu_composer_page_dup_title (page);
      AdwTabPage *tab = adw_tab_view_append (self->tab_view, GTK_WIDGET (page));

      adw_tab_page_set_title (tab, title);
      if (draft->to != NULL && *draft->to != '\0')
        {
          g_autofree char *tooltip = g_markup_escape_text (draft->to, -1);

          adw_tab_page_set_tooltip (tab, tooltip);
        }
      g_signal_connect_object (page, "sent", G_CALLBACK (on_page_sent_cb), self, G_CONNECT_SWAPPED);

      if (draft->job_id != NULL && self->store != NULL)
        {
          FuJob *job = fu_store_find_job (self->store, draft->job_id);

          if (job != NULL)
            {
              /* Translators: the composer's subtitle: job title at company */
              g_autofree char *subtitle = g_strdup_printf (_("%s at %s"),
                                                           fu_job_get_title (job) != NULL ? fu_job_get_title (job) : "",
                                                           fu_job_get_company (job) != NULL ? fu_job_get_company (job) : "");

              adw_window_title_set_subtitle (self->window_title, subtitle);
            }
        }
    }
}

/* The candidate's name and signature from Preferences. */
typedef struct {
  char               *my_name;
  char               *signature;
  FuComposerIdentity  me;
} Identity;

static void
identity_load (Identity  *identity,
               GSettings *settings)
{
  if (settings != NULL)
    {
      identity->my_name = g_settings_get_string (settings, "user-name");
      identity->signature = g_settings_get_string (settings, "signature");
    }
  identity->me.my_name = identity->my_name;
  identity->me.signature = identity->signature;
}

static void
identity_clear (Identity *identity)
{
  g_clear_pointer (&identity->my_name, g_free);
  g_clear_pointer (&identity->signature, g_free);
}

static FuComposerWindow *
present_drafts (GtkApplication *application,
                GtkWindow      *parent,
                FuStore        *store,
                GSettings      *settings,
                GPtrArray      *drafts)
{
  FuComposerWindow *self = fu_composer_window_new (store, settings);

  if (application != NULL)
    gtk_window_set_application (GTK_WINDOW (self), application);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  fu_composer_window_add_drafts (self, drafts);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

FuComposerWindow *
fu_composer_window_open_follow_up (GtkApplication *application,
                                   GtkWindow      *parent,
                                   FuStore        *store,
                                   GSettings      *settings,
                                   const char     *follow_up_id)
{
  FuFollowUp *follow_up;
  g_autoptr(GPtrArray) drafts = NULL;
  Identity identity = { 0 };
  FuComposerWindow *self;

  g_return_val_if_fail (FU_IS_STORE (store), NULL);

  follow_up = follow_up_id != NULL ? fu_store_find_follow_up (store, follow_up_id) : NULL;
  if (follow_up == NULL)
    return NULL;

  identity_load (&identity, settings);
  drafts = fu_composer_drafts_for_follow_up (store, follow_up, &identity.me);
  self = present_drafts (application, parent, store, settings, drafts);
  identity_clear (&identity);
  return self;
}

FuComposerWindow *
fu_composer_window_open_round (GtkApplication *application,
                               GtkWindow      *parent,
                               FuStore        *store,
                               GSettings      *settings,
                               const char     *job_id,
                               const char     *round_id)
{
  FuJob *job;
  FuRound *round;
  g_autoptr(GPtrArray) drafts = NULL;
  Identity identity = { 0 };
  FuComposerWindow *self;

  g_return_val_if_fail (FU_IS_STORE (store), NULL);

  job = job_id != NULL ? fu_store_find_job (store, job_id) : NULL;
  round = job != NULL && round_id != NULL ? fu_job_find_round (job, round_id) : NULL;
  if (round == NULL)
    return NULL;

  identity_load (&identity, settings);
  drafts = fu_composer_drafts_for_round (store, job, round, &identity.me);
  self = present_drafts (application, parent, store, settings, drafts);
  identity_clear (&identity);
  return self;
}

FuComposerWindow *
fu_composer_window_open_contact (GtkApplication *application,
                                 GtkWindow      *parent,
                                 FuStore        *store,
                                 GSettings      *settings,
                                 const char     *job_id,
                                 const char     *contact_id)
{
  FuJob *job;
  FuContact *contact;
  g_autoptr(GPtrArray) drafts = NULL;
  Identity identity = { 0 };
  FuComposerWindow *self;

  g_return_val_if_fail (FU_IS_STORE (store), NULL);

  job = job_id != NULL && *job_id != '\0' ? fu_store_find_job (store, job_id) : NULL;
  contact = contact_id != NULL && *contact_id != '\0' ? fu_store_find_contact (store, contact_id) : NULL;
  if (job == NULL && contact == NULL)
    return NULL;

  identity_load (&identity, settings);
  drafts = fu_composer_drafts_for_note (store, job, contact, &identity.me);
  self = present_drafts (application, parent, store, settings, drafts);
  identity_clear (&identity);
  return self;
}

static void
fu_composer_window_dispose (GObject *object)
{
  FuComposerWindow *self = FU_COMPOSER_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fu_composer_window_parent_class)->dispose (object);
}

static void
fu_composer_window_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  FuComposerWindow *self = FU_COMPOSER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_composer_window_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  FuComposerWindow *self = FU_COMPOSER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_composer_window_class_init (FuComposerWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_composer_window_dispose;
  object_class->get_property = fu_composer_window_get_property;
  object_class->set_property = fu_composer_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FU_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-composer-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FuComposerWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FuComposerWindow, tab_view);
  gtk_widget_class_bind_template_child (widget_class, FuComposerWindow, toast_overlay);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
fu_composer_window_init (FuComposerWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
