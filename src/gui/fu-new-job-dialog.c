/* fu-new-job-dialog.c: the short form that adds a job
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-format.h"
#include "fu-gui.h"
#include "fu-new-job-dialog.h"

struct _FuNewJobDialog
{
  AdwWindow    parent_instance;

  FuStore     *store;

  /* Template widgets */
  GtkButton   *add_button;
  AdwEntryRow *company_row;
  AdwEntryRow *title_row;
  AdwEntryRow *url_row;
  AdwComboRow *stage_row;
};

G_DEFINE_FINAL_TYPE (FuNewJobDialog, fu_new_job_dialog, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

FuNewJobDialog *
fu_new_job_dialog_new (GtkWindow *parent,
                       FuStore   *store)
{
  FuNewJobDialog *self;

  g_return_val_if_fail (FU_IS_STORE (store), NULL);

  self = g_object_new (FU_TYPE_NEW_JOB_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);

  return self;
}

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gboolean
can_add (FuNewJobDialog *self)
{
  g_autofree char *company = stripped_text (self->company_row);
  g_autofree char *title = stripped_text (self->title_row);

  return company[0] != '\0' || title[0] != '\0';
}

static void
on_entry_changed_cb (FuNewJobDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), can_add (self));
}

static void
on_add_clicked_cb (FuNewJobDialog *self)
{
  g_autoptr(FuJob) job = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *company = stripped_text (self->company_row);
  g_autofree char *title = stripped_text (self->title_row);
  g_autofree char *url = stripped_text (self->url_row);
  FuStage stage = (FuStage) adw_combo_row_get_selected (self->stage_row);

  if (!can_add (self) || self->store == NULL)
    return;

  now = g_date_time_new_now_local ();
  job = fu_job_new ();
  fu_job_set_company (job, company);
  fu_job_set_title (job, title);
  if (url[0] != '\0')
    fu_job_set_url (job, url);
  fu_job_set_created (job, now);
  /* Anything past the wishlist has been applied for, today unless the
   * user says otherwise on the job's page. */
  if (stage >= FU_STAGE_APPLIED)
    fu_job_set_applied (job, now);
  fu_job_move_to (job, stage, now);

  fu_store_add_job (self->store, job);
  g_signal_emit (self, signals[CREATED], 0, job);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fu_new_job_dialog_dispose (GObject *object)
{
  FuNewJobDialog *self = FU_NEW_JOB_DIALOG (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_NEW_JOB_DIALOG);

  G_OBJECT_CLASS (fu_new_job_dialog_parent_class)->dispose (object);
}

static void
fu_new_job_dialog_class_init (FuNewJobDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_new_job_dialog_dispose;

  /**
   * FuNewJobDialog::created:
   * @job: the job just added to the store
   */
  signals[CREATED] =
    g_signal_new ("created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FU_TYPE_JOB);

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-new-job-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FuNewJobDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, FuNewJobDialog, company_row);
  gtk_widget_class_bind_template_child (widget_class, FuNewJobDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, FuNewJobDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, FuNewJobDialog, stage_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fu_new_job_dialog_init (FuNewJobDialog *self)
{
  g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (FuStage stage = FU_STAGE_WISHLIST; stage <= FU_STAGE_OFFER; stage++)
    gtk_string_list_append (stages, fu_stage_get_title (stage));
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (stages));
  adw_combo_row_set_selected (self->stage_row, FU_STAGE_APPLIED);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->company_row));
}
