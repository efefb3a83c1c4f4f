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

#include "fu-composer-page.h"
#include "fu-gui.h"
#include "fu-spell.h"
#include "fu-templates.h"

struct _FuComposerPage
{
  GtkBox          parent_instance;

  FuStore        *store;
  GSettings      *settings;
  FuDraft        *draft;
  FuSpell        *spell;
  GtkStringList  *languages;
  GPtrArray      *checks;
  GPtrArray      *subject_checks;  /* FuCheck of the subject line */
  guint           check_source;
  gboolean        sent;
  gboolean        syncing;         /* the fields are being filled from the draft */

  GtkTextTag     *misspelled_tag;
  GtkTextTag     *phrase_tag;
  GtkTextTag     *field_tag;
  GtkTextMark    *word_start;   /* the misspelled word right-clicked */
  GtkTextMark    *word_end;

  /* Template widgets */
  GtkWidget      *reason_box;
  GtkLabel       *reason_label;
  GtkWidget      *call_box;
  GtkImage       *call_icon;
  GtkLabel       *call_label;
  GtkButton      *missed_call_button;
  GtkButton      *switch_channel_button;
  AdwComboRow    *template_row;
  AdwEntryRow    *to_row;
  AdwEntryRow    *subject_row;
  AdwComboRow    *language_row;
  GtkTextView    *body_view;
  GtkListBox     *checks_list;
  GtkButton      *mark_sent_button;
  GtkButton      *open_mail_button;
};

G_DEFINE_FINAL_TYPE (FuComposerPage, fu_composer_page, GTK_TYPE_BOX)

enum {
  SIGNAL_SENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Checks wait for a pause in typing. */
#define CHECK_DELAY_MS 300

static void
show_toast (FuComposerPage *self,
            const char     *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

static GtkTextBuffer *
get_buffer (FuComposerPage *self)
{
  return gtk_text_view_get_buffer (self->body_view);
}

char *
fu_composer_page_dup_body (FuComposerPage *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (FU_IS_COMPOSER_PAGE (self), NULL);

  gtk_text_buffer_get_bounds (get_buffer (self), &start, &end);
  return gtk_text_buffer_get_text (get_buffer (self), &start, &end, FALSE);
}

void
fu_composer_page_set_body (FuComposerPage *self,
                           const char     *body)
{
  g_return_if_fail (FU_IS_COMPOSER_PAGE (self));

  gtk_text_buffer_set_text (get_buffer (self), body != NULL ? body : "", -1);
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

/* Checks ------------------------------------------------------------------ */

static const char *
check_icon (FuCheckKind kind)
{
  switch (kind)
    {
    case FU_CHECK_SPELLING:
      return "tools-check-spelling-symbolic";
    case FU_CHECK_GIVING_UP:
      return "dialog-warning-symbolic";
    case FU_CHECK_UNFILLED:
      return "document-edit-symbolic";
    case FU_CHECK_NO_DICTIONARY:
    case FU_CHECK_LENGTH:
    case FU_CHECK_DISCUSSION_POINT:
    default:
      return "dialog-information-symbolic";
    }
}

static gboolean
range_still_reads (FuComposerPage *self,
                   int             start,
                   int             end,
                   const char     *text,
                   GtkTextIter    *start_iter,
                   GtkTextIter    *end_iter)
{
  g_autofree char *now = NULL;

  gtk_text_buffer_get_iter_at_offset (get_buffer (self), start_iter, start);
  gtk_text_buffer_get_iter_at_offset (get_buffer (self), end_iter, end);
  now = gtk_text_buffer_get_text (get_buffer (self), start_iter, end_iter, FALSE);
  return g_strcmp0 (now, text) == 0;
}

static void
on_use_suggestion_clicked_cb (FuComposerPage *self,
                              GtkButton      *button)
{
  FuCheck *check = g_object_get_data (G_OBJECT (button), "fu-check");
  GtkTextIter start, end;

  /* The list may be a moment behind the typing: only replace words that
   * are still there. */
  if (check == NULL || !range_still_reads (self, check->start, check->end, check->text, &start, &end))
    return;
  gtk_text_buffer_get_iter_at_offset (get_buffer (self), &start, check->replace_start);
  gtk_text_buffer_get_iter_at_offset (get_buffer (self), &end, check->replace_end);

  gtk_text_buffer_begin_user_action (get_buffer (self));
  gtk_text_buffer_delete (get_buffer (self), &start, &end);
  gtk_text_buffer_insert (get_buffer (self), &start, check->suggestion, -1);
  gtk_text_buffer_end_user_action (get_buffer (self));
  fu_composer_page_check_now (self);
}

static void
on_use_subject_suggestion_clicked_cb (FuComposerPage *self,
                                      GtkButton      *button)
{
  FuCheck *check = g_object_get_data (G_OBJECT (button), "fu-check");
  const char *subject = gtk_editable_get_text (GTK_EDITABLE (self->subject_row));
  g_autofree char *now = NULL;
  int position;

  if (check == NULL)
    return;
  /* Only a word that is still there. */
  now = gtk_editable_get_chars (GTK_EDITABLE (self->subject_row), check->start, check->end);
  if (g_strcmp0 (now, check->text) != 0 || check->end > (int) g_utf8_strlen (subject, -1))
    return;
  position = check->replace_start;
  gtk_editable_delete_text (GTK_EDITABLE (self->subject_row), check->replace_start, check->replace_end);
  gtk_editable_insert_text (GTK_EDITABLE (self->subject_row), check->suggestion, -1, &position);
  fu_composer_page_check_now (self);
}

static void
on_check_row_activated_cb (FuComposerPage *self,
                           AdwActionRow   *row)
{
  FuCheck *check = g_object_get_data (G_OBJECT (row), "fu-check");
  GtkTextIter start, end;

  if (check == NULL || check->start < 0)
    return;
  if (g_object_get_data (G_OBJECT (row), "fu-subject") != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->subject_row));
      gtk_editable_select_region (GTK_EDITABLE (self->subject_row), check->start, check->end);
      return;
    }
  gtk_text_buffer_get_iter_at_offset (get_buffer (self), &start, check->start);
  gtk_text_buffer_get_iter_at_offset (get_buffer (self), &end, check->end);
  gtk_text_buffer_select_range (get_buffer (self), &start, &end);
  gtk_text_view_scroll_to_iter (self->body_view, &start, 0.1, FALSE, 0, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

static GtkWidget *
make_check_row (FuComposerPage *self,
                FuCheck        *check,
                gboolean        in_subject)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (check_icon (check->kind));

  /* Messages quote the person's words: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (in_subject)
    {
      /* Translators: a check of the subject line, %s says what is wrong */
      g_autofree char *title = g_strdup_printf (_("Subject: %s"), check->message);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      g_object_set_data (G_OBJECT (row), "fu-subject", GINT_TO_POINTER (TRUE));
    }
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), check->message);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  g_object_set_data (G_OBJECT (row), "fu-check", check);
  gtk_widget_add_css_class (row, check->kind == FU_CHECK_SPELLING || check->kind == FU_CHECK_GIVING_UP
                                 ? "composer-check-warning" : "composer-check-note");

  if (check->start >= 0)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_check_row_activated_cb),
                               self, G_CONNECT_SWAPPED);
    }

  if (check->suggestion != NULL && check->start >= 0)
    {
      g_autofree char *label = NULL;
      GtkWidget *button;

      if (check->kind == FU_CHECK_SPELLING)
        /* Translators: a button replacing a misspelled word, %s the suggestion */
        label = g_strdup_printf (_("Use “%s”"), check->suggestion);
      else
        label = g_strdup (_("Use Rewrite"));
      button = gtk_button_new_with_label (label);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "fu-check", check);
      g_signal_connect_object (button, "clicked",
                               in_subject ? G_CALLBACK (on_use_subject_suggestion_clicked_cb)
                                          : G_CALLBACK (on_use_suggestion_clicked_cb),
                               self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

static void
clear_check_rows (FuComposerPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checks_list))) != NULL)
    gtk_list_box_remove (self->checks_list, child);
}

static void
tag_range (FuComposerPage *self,
           GtkTextTag     *tag,
           int             start,
           int             end)
{
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (get_buffer (self), &a, start);
  gtk_text_buffer_get_iter_at_offset (get_buffer (self), &b, end);
  gtk_text_buffer_apply_tag (get_buffer (self), tag, &a, &b);
}

/* The subject line is checked for spelling too (the body's check says
 * when there is no dictionary) and for merge fields left in it; the words
 * are marked with text attributes, as an entry has no tags. */
static void
check_subject (FuComposerPage *self)
{
  const char *subject = gtk_editable_get_text (GTK_EDITABLE (self->subject_row));
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (self->subject_row));
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

  g_clear_pointer (&self->subject_checks, g_ptr_array_unref);
  self->subject_checks = fu_check_list_new ();
  if (self->spell != NULL)
    {
      g_autoptr(GPtrArray) spelling = fu_spell_check (self->spell, subject);

      for (guint i = 0; i < spelling->len; i++)
        if (((FuCheck *) g_ptr_array_index (spelling, i))->kind == FU_CHECK_SPELLING)
          g_ptr_array_add (self->subject_checks, g_ptr_array_steal_index (spelling, i--));
    }
  {
    g_autoptr(GPtrArray) unfilled = fu_check_unfilled (subject);

    while (unfilled->len > 0)
      g_ptr_array_add (self->subject_checks, g_ptr_array_steal_index (unfilled, 0));
  }

  for (guint i = 0; i < self->subject_checks->len; i++)
    {
      FuCheck *check = g_ptr_array_index (self->subject_checks, i);
      guint start, end;
      PangoAttribute *attribute;

      if (check->start < 0)
        continue;
      start = g_utf8_offset_to_pointer (subject, check->start) - subject;
      end = g_utf8_offset_to_pointer (subject, check->end) - subject;
      if (check->kind == FU_CHECK_SPELLING)
        {
          attribute = pango_attr_underline_new (PANGO_UNDERLINE_ERROR);
          attribute->start_index = start;
          attribute->end_index = end;
          pango_attr_list_insert (attributes, attribute);
          attribute = pango_attr_underline_color_new (0xe100, 0x1c00, 0x2400);
        }
      else
        attribute = pango_attr_background_new (0xff00, 0xbe00, 0x6f00);
      attribute->start_index = start;
      attribute->end_index = end;
      pango_attr_list_insert (attributes, attribute);
    }
  if (GTK_IS_TEXT (delegate))
    gtk_text_set_attributes (GTK_TEXT (delegate), attributes);
}

GPtrArray *
fu_composer_page_get_subject_checks (FuComposerPage *self)
{
  g_return_val_if_fail (FU_IS_COMPOSER_PAGE (self), NULL);
  return self->subject_checks;
}

void
fu_composer_page_check_now (FuComposerPage *self)
{
  g_autofree char *body = NULL;
  GtkTextIter start, end;

  g_return_if_fail (FU_IS_COMPOSER_PAGE (self));

  g_clear_handle_id (&self->check_source, g_source_remove);

  body = fu_composer_page_dup_body (self);
  /* The rows point into the old list: remove them first. */
  clear_check_rows (self);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  self->checks = fu_composer_check (self->draft, self->spell, body);
  check_subject (self);

  gtk_text_buffer_get_bounds (get_buffer (self), &start, &end);
  gtk_text_buffer_remove_tag (get_buffer (self), self->misspelled_tag, &start, &end);
  gtk_text_buffer_remove_tag (get_buffer (self), self->phrase_tag, &start, &end);
  gtk_text_buffer_remove_tag (get_buffer (self), self->field_tag, &start, &end);

  for (guint i = 0; i < self->checks->len; i++)
    {
      FuCheck *check = g_ptr_array_index (self->checks, i);

      if (check->start >= 0)
        tag_range (self,
                   check->kind == FU_CHECK_SPELLING ? self->misspelled_tag
                   : check->kind == FU_CHECK_GIVING_UP ? self->phrase_tag
                   : self->field_tag,
                   check->start, check->end);
      gtk_list_box_append (self->checks_list, make_check_row (self, check, FALSE));
    }
  for (guint i = 0; i < self->subject_checks->len; i++)
    gtk_list_box_append (self->checks_list,
                         make_check_row (self, g_ptr_array_index (self->subject_checks, i), TRUE));

  if (self->checks->len == 0 && self->subject_checks->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No problems found"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
      gtk_list_box_append (self->checks_list, row);
    }
}

static gboolean
on_check_timeout_cb (gpointer user_data)
{
  FuComposerPage *self = user_data;

  self->check_source = 0;
  fu_composer_page_check_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_buffer_changed_cb (FuComposerPage *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (CHECK_DELAY_MS, on_check_timeout_cb, self);
}

/* Spelling language ------------------------------------------------------ */

static void
set_language (FuComposerPage *self,
              const char     *language)
{
  g_auto(GStrv) names = NULL;

  g_clear_object (&self->spell);
  self->spell = fu_spell_new (language, NULL);
  if (self->store != NULL)
    {
      names = fu_composer_names_to_ignore (self->store);
      fu_spell_set_ignored (self->spell, (const char * const *) names);
    }
}

static void
on_language_selected_cb (FuComposerPage *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);
  const char *language;

  if (self->languages == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  language = gtk_string_list_get_string (self->languages, selected);
  if (self->spell != NULL && g_strcmp0 (fu_spell_get_language (self->spell), language) == 0)
    return;
  set_language (self, language);
  fu_composer_page_check_now (self);
}

static void
setup_languages (FuComposerPage *self)
{
  g_auto(GStrv) installed = fu_spell_list_languages ();
  g_autofree char *wanted = self->settings != NULL
                            ? g_settings_get_string (self->settings, "spell-language")
                            : NULL;
  guint selected = 0;

  if (wanted == NULL || *wanted == '\0')
    {
      g_free (wanted);
      wanted = g_strdup ("en_US");
    }
  self->languages = gtk_string_list_new ((const char * const *) installed);
  /* A language without a dictionary stays choosable, so the page can say
   * what is missing. */
  if (!g_strv_contains ((const char * const *) installed, wanted))
    gtk_string_list_append (self->languages, wanted);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->languages)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->languages, i), wanted) == 0)
      selected = i;

  set_language (self, wanted);
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (self->languages));
  adw_combo_row_set_selected (self->language_row, selected);
  g_signal_connect_object (self->language_row, "notify::selected",
                           G_CALLBACK (on_language_selected_cb), self, G_CONNECT_SWAPPED);
}

/* Right-click suggestions ------------------------------------------------- */

static void
on_body_pressed_cb (FuComposerPage  *self,
                    int              n_press,
                    double           x,
                    double           y,
                    GtkGestureClick *gesture)
{
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenu) section = NULL;
  g_autofree char *word = NULL;
  g_auto(GStrv) suggestions = NULL;
  GtkTextIter iter, start, end;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->body_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  gtk_text_view_get_iter_at_location (self->body_view, &iter, bx, by);

  if (!gtk_text_iter_has_tag (&iter, self->misspelled_tag) || self->spell == NULL)
    {
      gtk_text_view_set_extra_menu (self->body_view, NULL);
      return;
    }

  start = end = iter;
  if (!gtk_text_iter_starts_tag (&start, self->misspelled_tag))
    gtk_text_iter_backward_to_tag_toggle (&start, self->misspelled_tag);
  gtk_text_iter_forward_to_tag_toggle (&end, self->misspelled_tag);
  gtk_text_buffer_move_mark (get_buffer (self), self->word_start, &start);
  gtk_text_buffer_move_mark (get_buffer (self), self->word_end, &end);
  word = gtk_text_iter_get_text (&start, &end);

  menu = g_menu_new ();
  section = g_menu_new ();
  suggestions = fu_spell_suggest (self->spell, word);
  for (guint i = 0; suggestions[i] != NULL && i < 5; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (suggestions[i], NULL);

      g_menu_item_set_action_and_target (item, "composer.replace-word", "s", suggestions[i]);
      g_menu_append_item (section, item);
    }
  if (suggestions[0] == NULL)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Suggestions"), "composer.none");

      g_menu_append_item (section, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_clear_object (&section);
  section = g_menu_new ();
  g_menu_append (section, _("_Add to Dictionary"), "composer.add-word");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  gtk_text_view_set_extra_menu (self->body_view, G_MENU_MODEL (menu));
}

static void
replace_word_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FuComposerPage *self = FU_COMPOSER_PAGE (widget);
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_mark (get_buffer (self), &start, self->word_start);
  gtk_text_buffer_get_iter_at_mark (get_buffer (self), &end, self->word_end);
  gtk_text_buffer_begin_user_action (get_buffer (self));
  gtk_text_buffer_delete (get_buffer (self), &start, &end);
  gtk_text_buffer_insert (get_buffer (self), &start, g_variant_get_string (parameter, NULL), -1);
  gtk_text_buffer_end_user_action (get_buffer (self));
  fu_composer_page_check_now (self);
}

static void
add_word_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FuComposerPage *self = FU_COMPOSER_PAGE (widget);
  g_autofree char *word = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_mark (get_buffer (self), &start, self->word_start);
  gtk_text_buffer_get_iter_at_mark (get_buffer (self), &end, self->word_end);
  word = gtk_text_iter_get_text (&start, &end);
  if (self->spell != NULL)
    fu_spell_add_to_personal (self->spell, word);
  fu_composer_page_check_now (self);
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
  GtkTextBuffer *buffer = get_buffer (self);

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
    on_buffer_changed_cb (self);
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

  setup_languages (self);
  fu_composer_page_show_draft (self, TRUE);
  g_signal_connect_object (get_buffer (self), "changed",
                           G_CALLBACK (on_buffer_changed_cb), self, G_CONNECT_SWAPPED);
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
  gtk_widget_class_install_action (widget_class, "composer.replace-word", "s", replace_word_action);
  gtk_widget_class_install_action (widget_class, "composer.add-word", NULL, add_word_action);
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
  GtkTextBuffer *buffer;
  GtkEventController *click;
  GtkTextIter start;

  gtk_widget_init_template (GTK_WIDGET (self));

  buffer = get_buffer (self);
  self->misspelled_tag = gtk_text_buffer_create_tag (buffer, "misspelled",
                                                     "underline", PANGO_UNDERLINE_ERROR,
                                                     "underline-rgba", &(GdkRGBA) { 0.88, 0.11, 0.14, 1.0 },
                                                     NULL);
  self->phrase_tag = gtk_text_buffer_create_tag (buffer, "giving-up",
                                                 "underline", PANGO_UNDERLINE_SINGLE,
                                                 "background", "#f8e45c",
                                                 "foreground", "#000000",
                                                 NULL);
  self->field_tag = gtk_text_buffer_create_tag (buffer, "unfilled",
                                                "background", "#ffbe6f",
                                                "foreground", "#000000",
                                                NULL);
  gtk_text_buffer_get_start_iter (buffer, &start);
  self->word_start = gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE);
  self->word_end = gtk_text_buffer_create_mark (buffer, NULL, &start, FALSE);

  /* Before the text view's own handler, which shows the context menu
   * with the extra items set here. */
  click = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (click, GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_body_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->body_view), click);
}
