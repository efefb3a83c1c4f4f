/* fu-close-job-dialog.c: asks how a job ended
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-close-job-dialog.h"
#include "fu-gui.h"

struct _FuCloseJobDialog
{
  AdwMessageDialog  parent_instance;

  FuJob            *job;

  /* Template widgets */
  GtkCheckButton   *no_response_check;
  GtkCheckButton   *rejected_check;
  GtkCheckButton   *withdrawn_check;
  GtkCheckButton   *gone_check;
  GtkCheckButton   *accepted_check;
  GtkEntry         *note_entry;
};

G_DEFINE_FINAL_TYPE (FuCloseJobDialog, fu_close_job_dialog, ADW_TYPE_MESSAGE_DIALOG)

FuCloseJobDialog *
fu_close_job_dialog_new (GtkWindow *parent,
                         FuJob     *job)
{
  FuCloseJobDialog *self;
  const char *company;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (FU_IS_JOB (job), NULL);

  self = g_object_new (FU_TYPE_CLOSE_JOB_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->job = g_object_ref (job);

  /* The heading is plain text (heading-use-markup is off), so a company
   * called "AT&T <Labs>" shows as written. */
  company = fu_job_get_company (job);
  /* Translators: %s is a company name */
  heading = g_strdup_printf (_("Close the Job at %s?"),
                             company != NULL && company[0] ? company : _("Unnamed company"));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);

  return self;
}

FuJob *
fu_close_job_dialog_get_job (FuCloseJobDialog *self)
{
  g_return_val_if_fail (FU_IS_CLOSE_JOB_DIALOG (self), NULL);

  return self->job;
}

FuOutcome
fu_close_job_dialog_get_outcome (FuCloseJobDialog *self)
{
  g_return_val_if_fail (FU_IS_CLOSE_JOB_DIALOG (self), FU_OUTCOME_NO_RESPONSE);

  if (gtk_check_button_get_active (self->rejected_check))
    return FU_OUTCOME_REJECTED;
  if (gtk_check_button_get_active (self->withdrawn_check))
    return FU_OUTCOME_WITHDRAWN;
  if (gtk_check_button_get_active (self->gone_check))
    return FU_OUTCOME_GONE;
  if (gtk_check_button_get_active (self->accepted_check))
    return FU_OUTCOME_ACCEPTED;

  return FU_OUTCOME_NO_RESPONSE;
}

const char *
fu_close_job_dialog_get_note (FuCloseJobDialog *self)
{
  const char *note;

  g_return_val_if_fail (FU_IS_CLOSE_JOB_DIALOG (self), NULL);

  note = gtk_editable_get_text (GTK_EDITABLE (self->note_entry));
  return note[0] != '\0' ? note : NULL;
}

static void
fu_close_job_dialog_dispose (GObject *object)
{
  FuCloseJobDialog *self = FU_CLOSE_JOB_DIALOG (object);

  g_clear_object (&self->job);
  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_CLOSE_JOB_DIALOG);

  G_OBJECT_CLASS (fu_close_job_dialog_parent_class)->dispose (object);
}

static void
fu_close_job_dialog_class_init (FuCloseJobDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_close_job_dialog_dispose;

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-close-job-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FuCloseJobDialog, no_response_check);
  gtk_widget_class_bind_template_child (widget_class, FuCloseJobDialog, rejected_check);
  gtk_widget_class_bind_template_child (widget_class, FuCloseJobDialog, withdrawn_check);
  gtk_widget_class_bind_template_child (widget_class, FuCloseJobDialog, gone_check);
  gtk_widget_class_bind_template_child (widget_class, FuCloseJobDialog, accepted_check);
  gtk_widget_class_bind_template_child (widget_class, FuCloseJobDialog, note_entry);
}

static void
fu_close_job_dialog_init (FuCloseJobDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The most common ending is preselected; typing a note and pressing
   * Enter is all it takes. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->note_entry));
}
