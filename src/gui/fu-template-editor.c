/* fu-template-editor.c: edit one of the composer's templates
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saves the user's text in the data file (fu_templates_save()); Reset to
 * Default removes it, with Undo in the Preferences window's toast.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-gui.h"
#include "fu-template-editor.h"
#include "fu-templates.h"

struct _FuTemplateEditor
{
  AdwWindow        parent_instance;

  FuStore         *store;
  char            *purpose;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  AdwEntryRow     *subject_row;
  GtkTextView     *body_view;
  GtkWidget       *reset_button;
};

G_DEFINE_FINAL_TYPE (FuTemplateEditor, fu_template_editor, ADW_TYPE_WINDOW)

typedef struct {
  FuStore *store;
  char    *purpose;
  char    *subject;
  char    *body;
} UndoReset;

static void
undo_reset_free (gpointer data)
{
  UndoReset *undo = data;

  g_object_unref (undo->store);
  g_free (undo->purpose);
  g_free (undo->subject);
  g_free (undo->body);
  g_free (undo);
}

static void
on_undo_reset_cb (AdwToast  *toast,
                  UndoReset *undo)
{
  fu_templates_save (undo->store, undo->purpose, undo->subject, undo->body);
}

static void
show_toast_in_parent (FuTemplateEditor *self,
                      AdwToast         *toast)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (ADW_IS_PREFERENCES_WINDOW (parent))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (parent), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FuTemplateEditor *self = FU_TEMPLATE_EDITOR (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  g_autofree char *body = NULL;
  GtkTextIter start, end;

  if (self->store == NULL || self->purpose == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  fu_templates_save (self->store, self->purpose,
                     gtk_editable_get_text (GTK_EDITABLE (self->subject_row)), body);
  gtk_window_close (GTK_WINDOW (self));
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FuTemplateEditor *self = FU_TEMPLATE_EDITOR (widget);
  FuTemplate *edited;
  AdwToast *toast;
  UndoReset *undo;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;

  if (self->store == NULL || self->purpose == NULL)
    return;

  edited = fu_templates_find_edited (self->store, self->purpose);
  if (edited != NULL)
    {
      undo = g_new0 (UndoReset, 1);
      undo->store = g_object_ref (self->store);
      undo->purpose = g_strdup (self->purpose);
      undo->subject = g_strdup (fu_template_get_subject (edited));
      undo->body = g_strdup (fu_template_get_body (edited));
      fu_templates_reset (self->store, self->purpose);

      /* Translators: %s is a template name */
      title = g_strdup_printf (_("“%s” is back to the default"),
                               fu_templates_get_default_name (self->purpose));
      escaped = g_markup_escape_text (title, -1);
      toast = adw_toast_new (escaped);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_reset_cb),
                             undo, (GClosureNotify) undo_reset_free, 0);
      show_toast_in_parent (self, toast);
    }
  gtk_window_close (GTK_WINDOW (self));
}

FuTemplateEditor *
fu_template_editor_new (FuStore    *store,
                        const char *purpose)
{
  FuTemplateEditor *self = g_object_new (FU_TYPE_TEMPLATE_EDITOR, NULL);
  const char *body;

  g_return_val_if_fail (FU_IS_STORE (store), self);
  g_return_val_if_fail (fu_templates_is_purpose (purpose), self);

  self->store = g_object_ref (store);
  self->purpose = g_strdup (purpose);
  adw_window_title_set_subtitle (self->window_title, fu_templates_get_default_name (purpose));
  gtk_editable_set_text (GTK_EDITABLE (self->subject_row), fu_templates_get_subject (store, purpose));
  body = fu_templates_get_body (store, purpose);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), body, -1);
  gtk_widget_set_visible (self->reset_button, fu_templates_find_edited (store, purpose) != NULL);
  return self;
}

static void
fu_template_editor_dispose (GObject *object)
{
  FuTemplateEditor *self = FU_TEMPLATE_EDITOR (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (fu_template_editor_parent_class)->dispose (object);
}

static void
fu_template_editor_finalize (GObject *object)
{
  FuTemplateEditor *self = FU_TEMPLATE_EDITOR (object);

  g_free (self->purpose);

  G_OBJECT_CLASS (fu_template_editor_parent_class)->finalize (object);
}

static void
fu_template_editor_class_init (FuTemplateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_template_editor_dispose;
  object_class->finalize = fu_template_editor_finalize;

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-template-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, FuTemplateEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, FuTemplateEditor, subject_row);
  gtk_widget_class_bind_template_child (widget_class, FuTemplateEditor, body_view);
  gtk_widget_class_bind_template_child (widget_class, FuTemplateEditor, reset_button);

  gtk_widget_class_install_action (widget_class, "template.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "template.reset", NULL, reset_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "template.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fu_template_editor_init (FuTemplateEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
