/* fu-contact-page.c: the sheet of one contact
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-contact-dialogs.h"
#include "fu-contact-lists.h"
#include "fu-contact-page.h"
#include "fu-contact-row.h"
#include "fu-format.h"
#include "fu-gui.h"
#include "fu-rules.h"

struct _FuContactPage
{
  AdwBin           parent_instance;

  FuStore         *store;
  FuContactIndex  *index;
  FuContact       *contact;
  GPtrArray       *bindings;      /* GBinding, of the fields to the contact */
  GListStore      *jobs;          /* FuJob the contact is on */
  GListStore      *interactions;  /* FuInteraction, newest first */

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  AdwAvatar       *avatar;
  GtkLabel        *name_label;
  GtkLabel        *summary_label;
  GtkLabel        *contacted_label;
  GtkLabel        *follow_up_label;
  AdwEntryRow     *name_row;
  AdwEntryRow     *company_row;
  AdwComboRow     *part_row;
  AdwEntryRow     *email_row;
  AdwEntryRow     *phone_row;
  AdwEntryRow     *linkedin_row;
  GtkTextView     *rapport_view;
  GtkTextView     *notes_view;
  GtkSwitch       *stay_switch;
  GtkSpinButton   *days_spin;
  GtkListBox      *jobs_list;
  GtkListBox      *interactions_list;
};

G_DEFINE_FINAL_TYPE (FuContactPage, fu_contact_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
fu_contact_page_new (void)
{
  return g_object_new (FU_TYPE_CONTACT_PAGE, NULL);
}

FuStore *
fu_contact_page_get_store (FuContactPage *self)
{
  g_return_val_if_fail (FU_IS_CONTACT_PAGE (self), NULL);

  return self->store;
}

FuContact *
fu_contact_page_get_contact (FuContactPage *self)
{
  g_return_val_if_fail (FU_IS_CONTACT_PAGE (self), NULL);

  return self->contact;
}

void
fu_contact_page_show_toast (FuContactPage *self,
                            const char    *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_return_if_fail (FU_IS_CONTACT_PAGE (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

void
fu_contact_page_focus_name (FuContactPage *self)
{
  g_return_if_fail (FU_IS_CONTACT_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static gboolean
is_empty (const char *s)
{
  return s == NULL || *s == '\0';
}

/* Rendering ---------------------------------------------------------- */

static const char *
follow_up_text (FuFollowUp *follow_up)
{
  const char *text = fu_follow_up_get_title (follow_up);

  if (is_empty (text))
    text = fu_follow_up_get_explanation (follow_up);

  return text != NULL ? text : "";
}

static void
render_header (FuContactPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *summary = NULL;
  g_autofree char *contacted = NULL;
  const char *id = fu_contact_get_id (self->contact);
  const char *name = fu_contact_get_name (self->contact);
  GDateTime *last = NULL;
  FuFollowUp *next = NULL;

  if (is_empty (name))
    name = _("Unnamed contact");
  adw_window_title_set_title (self->window_title, name);
  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_text (self->name_label, name);
  summary = fu_contact_dup_summary (self->contact);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary[0] != '\0');

  if (self->index != NULL)
    {
      last = fu_contact_index_get_last_contacted (self->index, id);
      next = fu_contact_index_get_next_follow_up (self->index, id);
    }
  if (last != NULL)
    {
      g_autofree char *ago = fu_format_time_ago (last, now);

      /* Translators: %s is "Today", "Yesterday" or "12 days ago" */
      contacted = g_strdup_printf (_("Last contacted: %s"), ago);
    }
  else
    {
      contacted = g_strdup (_("Not contacted yet"));
    }
  gtk_label_set_text (self->contacted_label, contacted);

  if (next != NULL)
    {
      FuDueUrgency urgency = fu_due_urgency (fu_rules_effective_due (next), now);
      /* Translators: the first %s is "Overdue", "Today", "Soon" or "Later",
       * the second what to do */
      g_autofree char *text = g_strdup_printf (_("Next follow-up, %s: %s"),
                                               fu_due_urgency_get_title (urgency),
                                               follow_up_text (next));

      gtk_label_set_text (self->follow_up_label, text);
      /* Coloured as the board's badges are. */
      gtk_widget_remove_css_class (GTK_WIDGET (self->follow_up_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->follow_up_label), "warning");
      gtk_widget_remove_css_class (GTK_WIDGET (self->follow_up_label), "accent");
      gtk_widget_add_css_class (GTK_WIDGET (self->follow_up_label),
                                urgency == FU_DUE_OVERDUE ? "error"
                                : urgency == FU_DUE_TODAY ? "warning" : "accent");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_label), next != NULL);
}

static GtkWidget *
create_job_row (gpointer item,
                gpointer user_data)
{
  FuContactPage *self = user_data;

  return fu_contact_job_row_new (item, self->index, fu_contact_get_id (self->contact));
}

static GtkWidget *
create_interaction_row (gpointer item,
                        gpointer user_data)
{
  FuContactPage *self = user_data;

  return fu_contact_interaction_row_new (item, self->store);
}

static void
render_lists (FuContactPage *self)
{
  const char *id = self->contact != NULL ? fu_contact_get_id (self->contact) : NULL;
  GPtrArray *links = self->index != NULL && id != NULL ? fu_contact_index_get_jobs (self->index, id) : NULL;
  GPtrArray *interactions = self->index != NULL && id != NULL
                            ? fu_contact_index_get_interactions (self->index, id) : NULL;
  g_autoptr(GPtrArray) jobs = g_ptr_array_new ();

  for (guint i = 0; links != NULL && i < links->len; i++)
    g_ptr_array_add (jobs, ((FuContactJob *) g_ptr_array_index (links, i))->job);

  g_list_store_splice (self->jobs, 0, g_list_model_get_n_items (G_LIST_MODEL (self->jobs)),
                       jobs->pdata, jobs->len);
  g_list_store_splice (self->interactions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->interactions)),
                       interactions != NULL ? interactions->pdata : NULL,
                       interactions != NULL ? interactions->len : 0);
}

static void
update_actions (FuContactPage *self)
{
  gboolean writable = self->contact != NULL && self->store != NULL &&
                      fu_store_get_loaded (self->store) && !fu_store_get_read_only (self->store);
  gboolean has_contact = self->contact != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.email",
                                 has_contact && !is_empty (fu_contact_get_email (self->contact)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.copy-email",
                                 has_contact && !is_empty (fu_contact_get_email (self->contact)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.copy-phone",
                                 has_contact && !is_empty (fu_contact_get_phone (self->contact)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.open-linkedin",
                                 has_contact && !is_empty (fu_contact_get_linkedin (self->contact)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.log-call", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.log-email", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.link-job", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.delete", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.export", has_contact);
}

static void
on_contact_notify_cb (FuContactPage *self)
{
  render_header (self);
  update_actions (self);
}

/* A record replaced by a reload or removed: follow it by its id. */
static void
on_index_changed_cb (FuContactPage *self)
{
  if (self->contact == NULL)
    return;

  if (self->store != NULL && fu_store_find_contact (self->store, fu_contact_get_id (self->contact)) != self->contact)
    {
      FuContact *current = fu_store_find_contact (self->store, fu_contact_get_id (self->contact));

      fu_contact_page_set_contact (self, current);
      if (current == NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.go-back", NULL);
      return;
    }

  render_header (self);
  render_lists (self);
  update_actions (self);
}

/* Binding the fields --------------------------------------------------- */

static gboolean
text_to_contact (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  /* An emptied field is no value, not an empty one. */
  g_value_set_string (to, is_empty (text) ? NULL : text);
  return TRUE;
}

static gboolean
contact_to_text (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");
  return TRUE;
}

static gboolean
part_to_selected (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  int part = g_value_get_enum (from);

  g_value_set_uint (to, part >= FU_PART_OTHER && part <= FU_PART_REFERRER ? (guint) part : 0);
  return TRUE;
}

static gboolean
selected_to_part (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected > FU_PART_REFERRER)
    return FALSE;
  g_value_set_enum (to, (int) selected);
  return TRUE;
}

static void
bind_text (FuContactPage *self,
           const char    *property,
           gpointer       target,
           const char    *target_property)
{
  GBinding *binding = g_object_bind_property_full (self->contact, property, target, target_property,
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   contact_to_text, text_to_contact, NULL, NULL);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static void
unbind_all (FuContactPage *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);
}

static void
bind_all (FuContactPage *self)
{
  GtkAdjustment *days = gtk_spin_button_get_adjustment (self->days_spin);

  bind_text (self, "name", self->name_row, "text");
  bind_text (self, "company", self->company_row, "text");
  bind_text (self, "email", self->email_row, "text");
  bind_text (self, "phone", self->phone_row, "text");
  bind_text (self, "linkedin", self->linkedin_row, "text");
  bind_text (self, "notes", gtk_text_view_get_buffer (self->notes_view), "text");
  bind_text (self, "rapport-notes", gtk_text_view_get_buffer (self->rapport_view), "text");
  g_ptr_array_add (self->bindings,
                   g_object_ref (g_object_bind_property_full (self->contact, "part", self->part_row, "selected",
                                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                              part_to_selected, selected_to_part, NULL, NULL)));
  g_ptr_array_add (self->bindings,
                   g_object_ref (g_object_bind_property (self->contact, "stay-in-touch", self->stay_switch, "active",
                                                         G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE)));
  g_ptr_array_add (self->bindings,
                   g_object_ref (g_object_bind_property (self->contact, "stay-in-touch-days", days, "value",
                                                         G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE)));
}

void
fu_contact_page_set_contact (FuContactPage *self,
                             FuContact     *contact)
{
  g_return_if_fail (FU_IS_CONTACT_PAGE (self));
  g_return_if_fail (contact == NULL || FU_IS_CONTACT (contact));

  if (self->contact == contact)
    return;

  unbind_all (self);
  if (self->contact != NULL)
    g_signal_handlers_disconnect_by_func (self->contact, on_contact_notify_cb, self);
  g_set_object (&self->contact, contact);

  if (contact != NULL)
    {
      g_signal_connect_object (contact, "notify", G_CALLBACK (on_contact_notify_cb), self, G_CONNECT_SWAPPED);
      bind_all (self);
      render_header (self);
    }
  render_lists (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);
}

void
fu_contact_page_set_index (FuContactPage  *self,
                           FuContactIndex *index)
{
  g_return_if_fail (FU_IS_CONTACT_PAGE (self));

  if (self->index == index)
    return;

  if (self->index != NULL)
    g_signal_handlers_disconnect_by_func (self->index, on_index_changed_cb, self);
  g_set_object (&self->index, index);
  if (index != NULL)
    g_signal_connect_object (index, "changed", G_CALLBACK (on_index_changed_cb), self, G_CONNECT_SWAPPED);
  on_index_changed_cb (self);
}

static void
on_store_state_cb (FuContactPage *self)
{
  update_actions (self);
}

void
fu_contact_page_set_store (FuContactPage *self,
                           FuStore       *store)
{
  g_return_if_fail (FU_IS_CONTACT_PAGE (self));
  g_return_if_fail (store == NULL || FU_IS_STORE (store));

  if (self->store == store)
    return;

  fu_contact_page_set_contact (self, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_state_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "notify::loaded", G_CALLBACK (on_store_state_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::read-only", G_CALLBACK (on_store_state_cb), self, G_CONNECT_SWAPPED);
    }
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Actions ---------------------------------------------------------------- */

static void
on_uri_shown_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FuContactPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    fu_contact_page_show_toast (self, _("No app could open it. Copy it and open it yourself."));
}

static void
show_uri (FuContactPage *self,
          const char    *uri)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_show_uri_full (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME, NULL,
                     on_uri_shown_cb, g_object_ref (self));
}

static void
email_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FuContactPage *self = FU_CONTACT_PAGE (widget);
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *email = NULL;

  if (self->contact == NULL || is_empty (fu_contact_get_email (self->contact)))
    return;
  email = g_strstrip (g_strdup (fu_contact_get_email (self->contact)));
  escaped = g_uri_escape_string (email, "@+", FALSE);
  uri = g_strconcat ("mailto:", escaped, NULL);
  show_uri (self, uri);
}

/* The composer picks the note: their open follow-up's, else a
 * stay-in-touch note (fu_composer_drafts_for_note()). */
static void
write_note_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FuContactPage *self = FU_CONTACT_PAGE (widget);

  if (self->contact == NULL)
    return;
  gtk_widget_activate_action (widget, "app.compose-contact", "(ss)", "", fu_contact_get_id (self->contact));
}

static void
copy_text (FuContactPage *self,
           const char    *text,
           const char    *message)
{
  if (is_empty (text))
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  fu_contact_page_show_toast (self, message);
}

static void
copy_email_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FuContactPage *self = FU_CONTACT_PAGE (widget);

  if (self->contact != NULL)
    copy_text (self, fu_contact_get_email (self->contact), _("Email address copied"));
}

static void
copy_phone_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FuContactPage *self = FU_CONTACT_PAGE (widget);

  if (self->contact != NULL)
    copy_text (self, fu_contact_get_phone (self->contact), _("Phone number copied"));
}

static void
open_linkedin_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FuContactPage *self = FU_CONTACT_PAGE (widget);
  g_autofree char *url = NULL;

  if (self->contact == NULL || is_empty (fu_contact_get_linkedin (self->contact)))
    return;
  url = g_strstrip (g_strdup (fu_contact_get_linkedin (self->contact)));
  /* People paste "linkedin.com/in/name" without the scheme. */
  if (g_uri_peek_scheme (url) == NULL)
    {
      g_autofree char *with_scheme = g_strconcat ("https://", url, NULL);

      g_free (url);
      url = g_steal_pointer (&with_scheme);
    }
  show_uri (self, url);
}

static void
on_logged_cb (FuInteraction *interaction,
              GObject       *owner)
{
  FuContactPage *self = FU_CONTACT_PAGE (owner);

  fu_contact_page_show_toast (self, fu_interaction_get_channel (interaction) == FU_CHANNEL_CALL
                                    ? _("Call logged") : _("Email logged"));
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FuContactPage *self = FU_CONTACT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *dialog;

  if (self->contact == NULL || self->store == NULL)
    return;

  dialog = fu_contact_log_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      self->store, self->index, self->contact,
                                      g_str_equal (action_name, "contact.log-call") ? FU_CHANNEL_CALL : FU_CHANNEL_EMAIL,
                                      on_logged_cb, G_OBJECT (self));
  gtk_window_present (dialog);
}

static void
link_job_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FuContactPage *self = FU_CONTACT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->contact == NULL || self->store == NULL)
    return;

  gtk_window_present (fu_contact_link_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  self->store, self->contact));
}

/* Deleting and exporting need the window (its toasts, the leaflet). */
static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FuContactPage *self = FU_CONTACT_PAGE (widget);

  if (self->contact == NULL)
    return;
  gtk_widget_activate_action (widget,
                              g_str_equal (action_name, "contact.delete") ? "win.delete-contact"
                                                                          : "win.export-contact",
                              "s", fu_contact_get_id (self->contact));
}

/* GObject -------------------------------------------------------------- */

static void
fu_contact_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FuContactPage *self = FU_CONTACT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_contact_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FuContactPage *self = FU_CONTACT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fu_contact_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_CONTACT:
      fu_contact_page_set_contact (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_contact_page_dispose (GObject *object)
{
  FuContactPage *self = FU_CONTACT_PAGE (object);

  fu_contact_page_set_contact (self, NULL);
  fu_contact_page_set_index (self, NULL);
  fu_contact_page_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_CONTACT_PAGE);
  g_clear_object (&self->jobs);
  g_clear_object (&self->interactions);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);

  G_OBJECT_CLASS (fu_contact_page_parent_class)->dispose (object);
}

static void
fu_contact_page_class_init (FuContactPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = fu_contact_page_get_property;
  object_class->set_property = fu_contact_page_set_property;
  object_class->dispose = fu_contact_page_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         FU_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL,
                         FU_TYPE_CONTACT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-contact-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, contacted_label);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, follow_up_label);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, company_row);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, part_row);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, linkedin_row);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, rapport_view);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, stay_switch);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, days_spin);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, jobs_list);
  gtk_widget_class_bind_template_child (widget_class, FuContactPage, interactions_list);

  gtk_widget_class_install_action (widget_class, "contact.email", NULL, email_action);
  gtk_widget_class_install_action (widget_class, "contact.write-note", NULL, write_note_action);
  gtk_widget_class_install_action (widget_class, "contact.copy-email", NULL, copy_email_action);
  gtk_widget_class_install_action (widget_class, "contact.copy-phone", NULL, copy_phone_action);
  gtk_widget_class_install_action (widget_class, "contact.open-linkedin", NULL, open_linkedin_action);
  gtk_widget_class_install_action (widget_class, "contact.log-call", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "contact.log-email", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "contact.link-job", NULL, link_job_action);
  gtk_widget_class_install_action (widget_class, "contact.export", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "contact.delete", NULL, forward_action);

  gtk_widget_class_set_css_name (widget_class, "fucontactpage");
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  return label;
}

static void
fu_contact_page_init (FuContactPage *self)
{
  g_autoptr(GtkStringList) parts = gtk_string_list_new (NULL);

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->jobs = g_list_store_new (FU_TYPE_JOB);
  self->interactions = g_list_store_new (FU_TYPE_INTERACTION);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Escape goes back, as on a job's page; in the bubble phase, so a
   * focused field or an open popover has it first. */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                            gtk_named_action_new ("win.go-back")));
    gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  }

  for (FuPart part = FU_PART_OTHER; part <= FU_PART_REFERRER; part++)
    gtk_string_list_append (parts, fu_contact_part_get_title (part));
  adw_combo_row_set_model (self->part_row, G_LIST_MODEL (parts));

  gtk_list_box_bind_model (self->jobs_list, G_LIST_MODEL (self->jobs), create_job_row, self, NULL);
  gtk_list_box_set_placeholder (self->jobs_list,
                                placeholder (_("Not on any job yet. Link them to the jobs they are part of.")));
  gtk_list_box_bind_model (self->interactions_list, G_LIST_MODEL (self->interactions),
                           create_interaction_row, self, NULL);
  gtk_list_box_set_placeholder (self->interactions_list,
                                placeholder (_("Nothing logged yet. Log calls and emails to see when you last spoke.")));
  update_actions (self);
}
