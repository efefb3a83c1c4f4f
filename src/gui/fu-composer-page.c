/* fu-composer-page.c: one draft of the composer, to one person
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * To, subject and body of one draft, checked as the person types
 * (spelling, giving-up phrases, length, the discussion point, unfilled
 * merge fields): the words are marked in the text and listed below it.
 * A right-click on a misspelled word offers the dictionary's
 * suggestions.  Nothing is sent from here: Copy, Open in Email App
 * (mailto:) and Mark as Sent, which logs the note on the job.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-composer-page-private.h"
#include "fu-gui.h"
#include "fu-spell.h"
#include "fu-templates.h"

G_DEFINE_FINAL_TYPE (FuComposerPage, fu_composer_page, GTK_TYPE_BOX)

enum {
  SIGNAL_SENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_toast (FuComposerPage *self,
            const char     *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

char *
fu_composer_page_dup_body (FuComposerPage *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (FU_IS_COMPOSER_PAGE (self), NULL);

  gtk_text_buffer_get_bounds (fu_composer_page_get_buffer (self), &start, &end);
  return gtk_text_buffer_get_text (fu_composer_page_get_buffer (self), &start, &end, FALSE);
}

void
fu_composer_page_set_body (FuComposerPage *self,
                           const char     *body)
{
  g_return_if_fail (FU_IS_COMPOSER_PAGE (self));

  gtk_text_buffer_set_text (fu_composer_page_get_buffer (self), body != NULL ? body : "", -1);
}

const FuDraft *
fu_composer_page_get_draft (FuComposerPage *self)
{
  g_return_val_if_fail (FU_IS_COMPOSER_PAGE (self), NULL);
  return self->draft;
}

GPtrArray *
fu_composer_page_get_checks (FuComposerPage *self)
{
  g_return_val_if_fail (FU_IS_COMPOSER_PAGE (self), NULL);
  return self->checks;
}

char *
fu_composer_page_dup_title (FuComposerPage *self)
{
  g_return_val_if_fail (FU_IS_COMPOSER_PAGE (self), NULL);

  if (self->draft == NULL)
    return g_strdup (_("Note"));
  if (self->draft->call_sheet)
    return g_strdup (_("Call Sheet"));
  if (self->draft->addressee_name != NULL && *self->draft->addressee_name != '\0')
    return g_strdup (self->draft->addressee_name);
  return g_strdup (_("Note"));
}

/* Sending ------------------------------------------------------------------ */

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FuComposerPage *self = FU_COMPOSER_PAGE (widget);
  g_autofree char *body = fu_composer_page_dup_body (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), body);
  show_toast (self, _("Note copied"));
}

static void
on_show_uri_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FuComposerPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    show_toast (self, _("No email app could open the note: copy it and paste it into your email instead"));
}

static void
open_mail_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FuComposerPage *self = FU_COMPOSER_PAGE (widget);
  g_autofree char *body = fu_composer_page_dup_body (self);
  g_autofree char *uri = fu_composer_mailto (gtk_editable_get_text (GTK_EDITABLE (self->to_row)),
                                             gtk_editable_get_text (GTK_EDITABLE (self->subject_row)),
                                             body);
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_show_uri_full (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME,
                     NULL, on_show_uri_cb, g_object_ref (self));
}

static void
really_mark_sent (FuComposerPage *self)
{
  g_autofree char *body = fu_composer_page_dup_body (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (self->store == NULL || self->draft == NULL || self->sent)
    return;

  fu_composer_mark_sent (self->store, self->draft,
                         gtk_editable_get_text (GTK_EDITABLE (self->subject_row)), body, now);
  self->sent = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.mark-sent", FALSE);
  show_toast (self, self->draft->call_sheet ? _("Call logged on the job")
                                            : _("Marked as sent and logged on the job"));
  g_signal_emit (self, signals[SIGNAL_SENT], 0);
}

static void
on_warning_response_cb (FuComposerPage   *self,
                        const char       *response,
                        AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "sent") == 0)
    really_mark_sent (self);
}

static void
mark_sent_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FuComposerPage *self = FU_COMPOSER_PAGE (widget);
  guint spelling = 0, giving_up = 0;
  GtkWidget *dialog;
  g_autofree char *body = NULL;
  g_autofree char *spelling_text = NULL;
  GtkRoot *root;

  fu_composer_page_check_now (self);
  for (guint i = 0; i < self->checks->len; i++)
    {
      FuCheck *check = g_ptr_array_index (self->checks, i);

      spelling += check->kind == FU_CHECK_SPELLING;
      giving_up += check->kind == FU_CHECK_GIVING_UP;
    }
  for (guint i = 0; i < self->subject_checks->len; i++)
    spelling += ((FuCheck *) g_ptr_array_index (self->subject_checks, i))->kind == FU_CHECK_SPELLING;

  if (spelling == 0 && giving_up == 0)
    {
      really_mark_sent (self);
      return;
    }

  /* domain.md: spelling mistakes cost offers; warn clearly, block
   * nothing. */
  root = gtk_widget_get_root (widget);
  if (spelling > 0)
    spelling_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "The note has %u word that may be misspelled; recruiters reject candidates for spelling mistakes.",
                                                  "The note has %u words that may be misspelled; recruiters reject candidates for spelling mistakes.",
                                                  spelling), spelling);
  body = g_strdup_printf ("%s%s%s",
                          spelling_text != NULL ? spelling_text : "",
                          spelling > 0 && giving_up > 0 ? " " : "",
                          giving_up > 0 ? _("It also has a phrase that reads as giving up.") : "");
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Mark as Sent Anyway?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "sent", _("_Mark as Sent"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_warning_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Another template, rule 9's call or email ------------------------------- */

static void
identity_load (FuComposerPage     *self,
               char              **my_name,
               char              **signature,
               FuComposerIdentity *me)
{
  *my_name = self->settings != NULL ? g_settings_get_string (self->settings, "user-name") : NULL;
  *signature = self->settings != NULL ? g_settings_get_string (self->settings, "signature") : NULL;
  me->my_name = *my_name;
  me->signature = *signature;
}

static void fu_composer_page_show_draft (FuComposerPage *self,
                                         gboolean        first);

/* Redraws the page for the same person and follow-up with @purpose.  The
 * text is replaced as one user action, so Ctrl+Z brings the old one
 * back. */
static void
really_redraft (FuComposerPage *self,
                const char     *purpose)
{
  g_autofree char *my_name = NULL;
  g_autofree char *signature = NULL;
  FuComposerIdentity me;
  FuDraft *draft;

  identity_load (self, &my_name, &signature, &me);
  draft = fu_composer_redraft (self->store, self->draft, purpose, &me);
  if (draft == NULL)
    return;
  fu_draft_free (self->draft);
  self->draft = draft;
  fu_composer_page_show_draft (self, FALSE);
}

/* The template row back on the draft's own template. */
static void
select_draft_template (FuComposerPage *self)
{
  const char * const *purposes = fu_templates_get_purposes ();

  self->syncing = TRUE;
  for (guint i = 0; purposes[i] != NULL; i++)
    if (g_strcmp0 (purposes[i], self->draft->purpose) == 0)
      adw_combo_row_set_selected (self->template_row, i);
  self->syncing = FALSE;
}

static void
on_replace_response_cb (FuComposerPage   *self,
                        const char       *response,
                        AdwMessageDialog *dialog)
{
  const char *purpose = g_object_get_data (G_OBJECT (dialog), "fu-purpose");

  if (g_strcmp0 (response, "replace") == 0 && !self->sent)
    really_redraft (self, purpose);
  else
    select_draft_template (self);
}

/* The person's own words are not thrown away without asking. */
static void
redraft (FuComposerPage *self,
         const char     *purpose)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkRoot *root;

  if (self->store == NULL || self->draft == NULL || self->sent
      || g_strcmp0 (self->draft->purpose, purpose) == 0)
    return;

  body = fu_composer_page_dup_body (self);
  if (g_strcmp0 (body, self->draft->body) == 0
      && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->subject_row)), self->draft->subject) == 0)
    {
      really_redraft (self, purpose);
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Replace Your Changes?"),
                                   _("The note will start again from the other template, and what you "
                                     "wrote in it will be replaced."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fu-purpose", g_strdup (purpose), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replace_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_template_selected_cb (FuComposerPage *self)
{
  const char * const *purposes = fu_templates_get_purposes ();
  guint selected = adw_combo_row_get_selected (self->template_row);

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION || selected >= g_strv_length ((char **) purposes))
    return;
  redraft (self, purposes[selected]);
}

static void
switch_channel_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FuComposerPage *self = FU_COMPOSER_PAGE (widget);

  redraft (self, self->draft->call_sheet ? FU_PURPOSE_RECRUITER_QUESTIONS : FU_PURPOSE_CALL_SHEET);
}

static void update_call_box (FuComposerPage *self);

static void
missed_call_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FuComposerPage *self = FU_COMPOSER_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (self->store == NULL || self->draft == NULL || !self->draft->call_sheet
      || fu_store_get_read_only (self->store))
    return;
  fu_composer_log_missed_call (self->store, self->draft, now);
  self->draft->missed_calls++;
  update_call_box (self);
  show_toast (self, _("Missed call logged on the job"));
}

/* Rule 9: phone the recruiter; "email instead if calls keep missing". */
static void
update_call_box (FuComposerPage *self)
{
  gboolean call_sheet = self->draft->call_sheet;
  gboolean questions = g_strcmp0 (self->draft->purpose, FU_PURPOSE_RECRUITER_QUESTIONS) == 0;
  guint missed = self->draft->missed_calls;
  const char *name = self->draft->recipient_name != NULL && *self->draft->recipient_name != '\0'
                     ? self->draft->recipient_name : _("the recruiter");
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->call_box, call_sheet || questions);
  gtk_widget_set_visible (GTK_WIDGET (self->missed_call_button), call_sheet);
  gtk_widget_remove_css_class (GTK_WIDGET (self->switch_channel_button), "suggested-action");
  if (call_sheet)
    {
      gtk_image_set_from_icon_name (self->call_icon, "call-start-symbolic");
      gtk_button_set_label (self->switch_channel_button, _("_Email Instead"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->switch_channel_button),
                                   _("Write the same questions in an email"));
      if (missed >= FU_COMPOSER_MISSED_CALLS_FOR_EMAIL)
        {
          /* Translators: %u is a number of calls (2 or more), %s a name */
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u call to %s went unanswered: an email with the same questions may reach them better.",
                                               "%u calls in a row to %s went unanswered: an email with the same questions may reach them better.",
                                               missed), missed, name);
          gtk_widget_add_css_class (GTK_WIDGET (self->switch_channel_button), "suggested-action");
        }
      else if (missed > 0)
        /* Translators: %s is a name */
        text = g_strdup_printf (_("The last call to %s went unanswered. Try again, and log it with "
                                  "No Answer if it does not get through: if calls keep missing, "
                                  "FollowUp writes an email instead."), name);
      else
        /* Translators: %s is a name */
        text = g_strdup_printf (_("Phone %s with these questions and note the answers below. If "
                                  "the call does not get through, log it with No Answer: if calls "
                                  "keep missing, FollowUp writes an email instead."), name);
    }
  else if (questions)
    {
      gtk_image_set_from_icon_name (self->call_icon, "mail-unread-symbolic");
      gtk_button_set_label (self->switch_channel_button, _("_Call Instead"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->switch_channel_button),
                                   _("Go back to the call sheet"));
      if (missed > 0)
        /* Translators: %u is a number of calls, %s a name */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u call to %s went unanswered, so this is an email with the questions to ask.",
                                             "%u calls in a row to %s went unanswered, so this is an email with the questions to ask.",
                                             missed), missed, name);
      else
        text = g_strdup (_("The questions of the call sheet, as an email."));
    }
  gtk_label_set_text (self->call_label, text != NULL ? text : "");
}

/* Set-up -------------------------------------------------------------------- */

static void
update_tab_title (FuComposerPage *self)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TAB_VIEW);
  AdwTabPage *tab = view != NULL ? adw_tab_view_get_page (ADW_TAB_VIEW (view), GTK_WIDGET (self)) : NULL;
  g_autofree char *title = NULL;

  if (tab == NULL)
    return;
  title = fu_composer_page_dup_title (self);
  adw_tab_page_set_title (tab, title);
}

static void
fu_composer_page_show_draft (FuComposerPage *self,
                             gboolean        first)
{
  gboolean call_sheet = self->draft->call_sheet;
  GtkTextBuffer *buffer = fu_composer_page_get_buffer (self);

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), self->draft->to != NULL ? self->draft->to : "");
  gtk_editable_set_text (GTK_EDITABLE (self->subject_row),
                         self->draft->subject != NULL ? self->draft->subject : "");
  if (!first)
    {
      GtkTextIter start, end;

      /* Another template: one user action, so Ctrl+Z brings the text
       * back (set_text() cannot be undone). */
      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_delete (buffer, &start, &end);
      gtk_text_buffer_insert (buffer, &start, self->draft->body != NULL ? self->draft->body : "", -1);
      gtk_text_buffer_end_user_action (buffer);
    }
  else
    fu_composer_page_set_body (self, self->draft->body);
  self->syncing = FALSE;
  select_draft_template (self);

  gtk_widget_set_visible (self->reason_box, self->draft->reason != NULL);
  gtk_label_set_text (self->reason_label, self->draft->reason != NULL ? self->draft->reason : "");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->to_row), call_sheet ? _("Phone") : _("To"));
  gtk_button_set_label (self->mark_sent_button, call_sheet ? _("_Log the Call") : _("_Mark as Sent"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.open-mail", !call_sheet);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.mark-sent",
                                 self->store != NULL && !fu_store_get_read_only (self->store) && !self->sent);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.missed-call",
                                 self->store != NULL && !fu_store_get_read_only (self->store));
  update_call_box (self);
  update_tab_title (self);
  fu_composer_page_check_now (self);
}

static void
on_subject_changed_cb (FuComposerPage *self)
{
  if (!self->syncing)
    fu_composer_page_schedule_checks (self);
}

FuComposerPage *
fu_composer_page_new (FuStore   *store,
                      GSettings *settings,
                      FuDraft   *draft)
{
  FuComposerPage *self = g_object_new (FU_TYPE_COMPOSER_PAGE, NULL);
  const char * const *purposes = fu_templates_get_purposes ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_return_val_if_fail (draft != NULL, self);

  g_set_object (&self->store, store);
  g_set_object (&self->settings, settings);
  self->draft = draft;

  for (guint i = 0; purposes[i] != NULL; i++)
    {
      FuTemplate *edited = fu_templates_find_edited (store, purposes[i]);
      const char *name = edited != NULL && fu_template_get_name (edited) != NULL
                         && *fu_template_get_name (edited) != '\0'
                         ? fu_template_get_name (edited) : fu_templates_get_default_name (purposes[i]);

      gtk_string_list_append (names, name);
    }
  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (names));

  fu_composer_page_setup_languages (self);
  fu_composer_page_show_draft (self, TRUE);
  g_signal_connect_object (fu_composer_page_get_buffer (self), "changed",
                           G_CALLBACK (fu_composer_page_schedule_checks), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->subject_row, "changed",
                           G_CALLBACK (on_subject_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->template_row, "notify::selected",
                           G_CALLBACK (on_template_selected_cb), self, G_CONNECT_SWAPPED);
  return self;
}

static void
fu_composer_page_dispose (GObject *object)
{
  FuComposerPage *self = FU_COMPOSER_PAGE (object);

  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_object (&self->spell);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->languages);

  G_OBJECT_CLASS (fu_composer_page_parent_class)->dispose (object);
}

static void
fu_composer_page_finalize (GObject *object)
{
  FuComposerPage *self = FU_COMPOSER_PAGE (object);

  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->subject_checks, g_ptr_array_unref);
  g_clear_pointer (&self->draft, fu_draft_free);

  G_OBJECT_CLASS (fu_composer_page_parent_class)->finalize (object);
}

static void
fu_composer_page_class_init (FuComposerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_composer_page_dispose;
  object_class->finalize = fu_composer_page_finalize;

  /* Emitted once the note is marked as sent (or the call logged). */
  signals[SIGNAL_SENT] = g_signal_new ("sent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-composer-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, reason_box);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, reason_label);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, call_box);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, call_icon);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, call_label);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, missed_call_button);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, switch_channel_button);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, template_row);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, to_row);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, subject_row);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, body_view);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, checks_list);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, mark_sent_button);
  gtk_widget_class_bind_template_child (widget_class, FuComposerPage, open_mail_button);

  gtk_widget_class_install_action (widget_class, "composer.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "composer.open-mail", NULL, open_mail_action);
  gtk_widget_class_install_action (widget_class, "composer.mark-sent", NULL, mark_sent_action);
  fu_composer_page_class_init_checks (widget_class);
  gtk_widget_class_install_action (widget_class, "composer.switch-channel", NULL, switch_channel_action);
  gtk_widget_class_install_action (widget_class, "composer.missed-call", NULL, missed_call_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "composer.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "composer.open-mail", NULL);
}

static void
fu_composer_page_init (FuComposerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fu_composer_page_init_checks (self);
}
