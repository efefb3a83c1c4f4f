/* fu-contact-dialogs.c: the small dialogs of the contact sheet
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-contact-dialogs.h"
#include "fu-contact-edit.h"

typedef struct
{
  FuStore             *store;
  FuContact           *contact;
  FuChannel            channel;
  FuContactLoggedFunc  done;
  GObject             *owner;
  GPtrArray           *jobs;       /* FuJob, the choices after "No job" */
  GtkDropDown         *direction;
  GtkDropDown         *job;
  GtkDropDown         *part;
  GtkEditable         *subject;
} DialogData;

static void
dialog_data_free (gpointer data)
{
  DialogData *d = data;

  g_clear_object (&d->store);
  g_clear_object (&d->contact);
  g_clear_object (&d->owner);
  g_clear_pointer (&d->jobs, g_ptr_array_unref);
  g_free (d);
}

static char *
job_label (FuJob *job)
{
  const char *company = fu_job_get_company (job);
  const char *title = fu_job_get_title (job);

  if (company == NULL || company[0] == '\0')
    company = _("Unnamed company");
  if (title == NULL || title[0] == '\0')
    return g_strdup (company);
  /* Translators: a job in a list: "Company — Position" */
  return g_strdup_printf (_("%s — %s"), company, title);
}

/* A labelled drop-down for the dialog's extra child. */
static GtkDropDown *
add_choice (GtkBox        *box,
            const char    *label,
            GtkStringList *choices)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (label);
  /* The drop-down takes the model over. */
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (choices)), NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (row), title);
  gtk_box_append (GTK_BOX (row), drop_down);
  gtk_box_append (box, row);
  return GTK_DROP_DOWN (drop_down);
}

static GtkWidget *
new_dialog (GtkWindow  *parent,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  /* Names are the user's words, never markup (these default to FALSE in
   * adw 1.2, but say so). */
  adw_message_dialog_set_heading_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  return dialog;
}

/* Logging ------------------------------------------------------------ */

static void
on_log_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    DialogData       *d)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *subject = NULL;
  FuInteraction *interaction;
  guint job_pos;

  if (!g_str_equal (response, "log") || !fu_store_get_loaded (d->store))
    return;

  now = g_date_time_new_now_local ();
  job_pos = gtk_drop_down_get_selected (d->job);
  interaction = fu_contact_log_interaction (d->store, d->contact,
                                            job_pos >= 1 && job_pos - 1 < d->jobs->len
                                            ? g_ptr_array_index (d->jobs, job_pos - 1) : NULL,
                                            d->channel,
                                            gtk_drop_down_get_selected (d->direction) == 1
                                            ? FU_DIRECTION_INBOUND : FU_DIRECTION_OUTBOUND,
                                            now);
  subject = g_strstrip (g_strdup (gtk_editable_get_text (d->subject)));
  if (subject[0] != '\0')
    fu_interaction_set_subject (interaction, subject);

  if (d->done != NULL)
    d->done (interaction, d->owner);
}

GtkWindow *
fu_contact_log_dialog_new (GtkWindow           *parent,
                           FuStore             *store,
                           FuContactIndex      *index,
                           FuContact           *contact,
                           FuChannel            channel,
                           FuContactLoggedFunc  done,
                           GObject             *owner)
{
  DialogData *d = g_new0 (DialogData, 1);
  g_autoptr(GtkStringList) directions = NULL;
  g_autoptr(GtkStringList) jobs = gtk_string_list_new (NULL);
  GPtrArray *links = index != NULL ? fu_contact_index_get_jobs (index, fu_contact_get_id (contact)) : NULL;
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *entry;
  g_autofree char *heading = NULL;
  guint preselect = 0;

  d->store = g_object_ref (store);
  d->contact = g_object_ref (contact);
  d->channel = channel;
  d->done = done;
  d->owner = owner != NULL ? g_object_ref (owner) : NULL;
  d->jobs = g_ptr_array_new_with_free_func (g_object_unref);

  if (channel == FU_CHANNEL_CALL)
    {
      const char *items[] = { _("You called them"), _("They called you"), NULL };

      /* Translators: %s is a person's name */
      heading = g_strdup_printf (_("Log a Call with %s"), fu_contact_get_name (contact));
      directions = gtk_string_list_new (items);
    }
  else
    {
      const char *items[] = { _("You emailed them"), _("They emailed you"), NULL };

      /* Translators: %s is a person's name */
      heading = g_strdup_printf (_("Log an Email with %s"), fu_contact_get_name (contact));
      directions = gtk_string_list_new (items);
    }

  /* The jobs this person is on; an open one first chosen, as a call is
   * usually about the application in progress. */
  gtk_string_list_append (jobs, _("No particular job"));
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      FuContactJob *link = g_ptr_array_index (links, i);
      g_autofree char *label = job_label (link->job);

      g_ptr_array_add (d->jobs, g_object_ref (link->job));
      gtk_string_list_append (jobs, label);
      if (preselect == 0 && !fu_job_is_closed (link->job))
        preselect = i + 1;
    }

  dialog = new_dialog (parent, heading, NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  d->direction = add_choice (GTK_BOX (box), _("Direction"), directions);
  d->job = add_choice (GTK_BOX (box), _("About"), jobs);
  gtk_drop_down_set_selected (d->job, preselect);

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("What it was about (optional)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Subject"),
                                  -1);
  gtk_box_append (GTK_BOX (box), entry);
  d->subject = GTK_EDITABLE (entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "log", _("_Log"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "log", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "log");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_log_response_cb), d,
                         (GClosureNotify) (void (*) (void)) dialog_data_free, 0);
  gtk_widget_grab_focus (entry);

  return GTK_WINDOW (dialog);
}

/* Linking to a job --------------------------------------------------- */

static void
on_link_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     DialogData       *d)
{
  guint job_pos = gtk_drop_down_get_selected (d->job);

  if (!g_str_equal (response, "link") || job_pos >= d->jobs->len)
    return;

  fu_contact_link_to_job (d->contact, g_ptr_array_index (d->jobs, job_pos),
                          (FuPart) gtk_drop_down_get_selected (d->part));
}

GtkWindow *
fu_contact_link_dialog_new (GtkWindow *parent,
                            FuStore   *store,
                            FuContact *contact)
{
  DialogData *d = g_new0 (DialogData, 1);
  g_autoptr(GtkStringList) jobs = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) parts = gtk_string_list_new (NULL);
  GListModel *all = fu_store_get_jobs (store);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *box;
  FuPart usual = fu_contact_get_part (contact);

  d->store = g_object_ref (store);
  d->contact = g_object_ref (contact);
  d->jobs = g_ptr_array_new_with_free_func (g_object_unref);

  /* Open jobs first: those are the ones people get linked to. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr(FuJob) job = g_list_model_get_item (all, i);
        g_autofree char *label = NULL;

        if (fu_job_is_closed (job) != (pass == 1))
          continue;
        label = job_label (job);
        if (pass == 1)
          {
            /* Translators: a closed job in a list */
            g_autofree char *closed = g_strdup_printf (_("%s (closed)"), label);

            g_free (label);
            label = g_steal_pointer (&closed);
          }
        gtk_string_list_append (jobs, label);
        g_ptr_array_add (d->jobs, g_steal_pointer (&job));
      }

  for (FuPart part = FU_PART_OTHER; part <= FU_PART_REFERRER; part++)
    gtk_string_list_append (parts, fu_contact_part_get_title (part));

  /* Translators: %s is a person's name */
  heading = g_strdup_printf (_("Link %s to a Job"), fu_contact_get_name (contact));
  if (d->jobs->len == 0)
    {
      dialog = new_dialog (parent, heading, _("There are no jobs yet. Add the job first, then link the people on it."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      dialog_data_free (d);
      return GTK_WINDOW (dialog);
    }

  dialog = new_dialog (parent, heading, _("Choose the job and the part they play on it."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  d->job = add_choice (GTK_BOX (box), _("Job"), jobs);
  d->part = add_choice (GTK_BOX (box), _("Part on This Job"), parts);
  gtk_drop_down_set_selected (d->part, usual >= FU_PART_OTHER ? (guint) usual : 0);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "link", _("_Link"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "link", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "link");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_link_response_cb), d,
                         (GClosureNotify) (void (*) (void)) dialog_data_free, 0);

  return GTK_WINDOW (dialog);
}
