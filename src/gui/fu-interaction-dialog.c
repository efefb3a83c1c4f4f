/* fu-interaction-dialog.c: log a call, email, meeting or note on a job
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An inbound interaction is an answer for the rules (domain.md): it
 * retires the job's open nudges and check-ins.  The dialog says so,
 * since that is why logging matters.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-date-entry.h"
#include "fu-gui.h"
#include "fu-interaction-dialog.h"
#include "fu-job-words.h"

struct _FuInteractionDialog
{
  AdwMessageDialog  parent_instance;

  FuStore          *store;
  FuJob            *job;
  GPtrArray        *contact_ids;   /* of contact_row's entries after "Nobody in particular" */

  /* Template widgets */
  AdwComboRow      *channel_row;
  AdwComboRow      *direction_row;
  AdwComboRow      *contact_row;
  AdwActionRow     *missed_row;
  GtkSwitch        *missed_switch;
  FuDateEntry      *time_entry;
  AdwEntryRow      *subject_row;
  GtkTextView      *body_view;
};

G_DEFINE_FINAL_TYPE (FuInteractionDialog, fu_interaction_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* "Log" is only offered while the time reads as a time, so a typo is
 * never logged as something else. */
static void
on_time_text_changed_cb (FuInteractionDialog *self)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) parsed = fu_date_parse (gtk_editable_get_text (fu_date_entry_get_editable (self->time_entry)),
                                               zone, &error);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "log", parsed != NULL);
}

/* Only a call we made can go unanswered (rule 9 counts them). */
static gboolean
is_outbound_call (FuInteractionDialog *self)
{
  return adw_combo_row_get_selected (self->channel_row) == FU_CHANNEL_CALL
         && adw_combo_row_get_selected (self->direction_row) == FU_DIRECTION_OUTBOUND;
}

static void
on_kind_changed_cb (FuInteractionDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->missed_row), is_outbound_call (self));
}

static char *
dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
fu_interaction_dialog_response (AdwMessageDialog *dialog,
                                const char       *response)
{
  FuInteractionDialog *self = FU_INTERACTION_DIALOG (dialog);
  g_autoptr(FuInteraction) interaction = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  guint channel = adw_combo_row_get_selected (self->channel_row);
  guint direction = adw_combo_row_get_selected (self->direction_row);
  guint contact = adw_combo_row_get_selected (self->contact_row);

  if (g_strcmp0 (response, "log") != 0 || self->store == NULL || self->job == NULL ||
      fu_store_get_read_only (self->store) || !fu_date_entry_commit (self->time_entry))
    return;

  subject = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subject_row))));
  body = dup_text (self->body_view);

  interaction = fu_interaction_new ();
  fu_interaction_set_job_id (interaction, fu_job_get_id (self->job));
  fu_interaction_set_channel (interaction, channel != GTK_INVALID_LIST_POSITION ? (FuChannel) channel : FU_CHANNEL_NOTE);
  fu_interaction_set_direction (interaction, direction == FU_DIRECTION_INBOUND ? FU_DIRECTION_INBOUND : FU_DIRECTION_OUTBOUND);
  fu_interaction_set_time (interaction, fu_date_entry_get_date_time (self->time_entry));
  if (subject[0] != '\0')
    fu_interaction_set_subject (interaction, subject);
  if (body[0] != '\0')
    fu_interaction_set_body (interaction, body);
  if (is_outbound_call (self) && gtk_switch_get_active (self->missed_switch))
    fu_interaction_set_missed (interaction, TRUE);
  if (contact != GTK_INVALID_LIST_POSITION && contact > 0)
    {
      const char *ids[] = { g_ptr_array_index (self->contact_ids, contact - 1), NULL };

      fu_interaction_set_contact_ids (interaction, ids);
    }
  fu_store_add_interaction (self->store, interaction);
}

FuInteractionDialog *
fu_interaction_dialog_new (GtkWindow *parent,
                           FuStore   *store,
                           FuJob     *job)
{
  FuInteractionDialog *self;
  g_autoptr(GtkStringList) people = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) minute = NULL;
  GListModel *links;

  g_return_val_if_fail (FU_IS_STORE (store), NULL);
  g_return_val_if_fail (FU_IS_JOB (job), NULL);

  self = g_object_new (FU_TYPE_INTERACTION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->job = g_object_ref (job);

  /* The people on this job, the usual partners of a call or email. */
  links = fu_job_get_contacts (job);
  gtk_string_list_append (people, _("Nobody in Particular"));
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (links, i);
      FuContact *contact = fu_store_find_contact (store, fu_job_contact_get_contact_id (link));
      const char *name = contact != NULL ? fu_contact_get_name (contact) : NULL;

      if (name == NULL || name[0] == '\0')
        continue;
      gtk_string_list_append (people, name);
      g_ptr_array_add (self->contact_ids, g_strdup (fu_job_contact_get_contact_id (link)));
    }
  adw_combo_row_set_model (self->contact_row, G_LIST_MODEL (people));
  adw_combo_row_set_selected (self->contact_row, self->contact_ids->len == 1 ? 1 : 0);

  minute = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                  g_date_time_get_day_of_month (now), g_date_time_get_hour (now),
                                  g_date_time_get_minute (now), 0);
  fu_date_entry_set_date_time (self->time_entry, minute);

  return self;
}

static void
fu_interaction_dialog_dispose (GObject *object)
{
  FuInteractionDialog *self = FU_INTERACTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_INTERACTION_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->job);

  G_OBJECT_CLASS (fu_interaction_dialog_parent_class)->dispose (object);
}

static void
fu_interaction_dialog_finalize (GObject *object)
{
  FuInteractionDialog *self = FU_INTERACTION_DIALOG (object);

  g_clear_pointer (&self->contact_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (fu_interaction_dialog_parent_class)->finalize (object);
}

static void
fu_interaction_dialog_class_init (FuInteractionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = fu_interaction_dialog_dispose;
  object_class->finalize = fu_interaction_dialog_finalize;
  dialog_class->response = fu_interaction_dialog_response;

  g_type_ensure (FU_TYPE_DATE_ENTRY);
  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-interaction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FuInteractionDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, FuInteractionDialog, direction_row);
  gtk_widget_class_bind_template_child (widget_class, FuInteractionDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, FuInteractionDialog, missed_row);
  gtk_widget_class_bind_template_child (widget_class, FuInteractionDialog, missed_switch);
  gtk_widget_class_bind_template_child (widget_class, FuInteractionDialog, time_entry);
  gtk_widget_class_bind_template_child (widget_class, FuInteractionDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, FuInteractionDialog, body_view);
}

static void
fu_interaction_dialog_init (FuInteractionDialog *self)
{
  g_autoptr(GListModel) channels = fu_channel_list_new ();
  g_autoptr(GtkStringList) directions = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->contact_ids = g_ptr_array_new_with_free_func (g_free);

  /* In FuDirection order: outbound, inbound. */
  gtk_string_list_append (directions, _("I Did"));
  gtk_string_list_append (directions, _("They Did (an Answer)"));
  adw_combo_row_set_model (self->direction_row, G_LIST_MODEL (directions));
  adw_combo_row_set_model (self->channel_row, channels);
  g_signal_connect_object (self->channel_row, "notify::selected",
                           G_CALLBACK (on_kind_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->direction_row, "notify::selected",
                           G_CALLBACK (on_kind_changed_cb), self, G_CONNECT_SWAPPED);
  on_kind_changed_cb (self);
  g_signal_connect_object (fu_date_entry_get_editable (self->time_entry), "changed",
                           G_CALLBACK (on_time_text_changed_cb), self, G_CONNECT_SWAPPED);
}
