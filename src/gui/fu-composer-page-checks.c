/* fu-composer-page-checks.c: the composer page's checks, spelling
 * language and right-click suggestions
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checks run after a pause in typing; their words are marked in the
 * text with tags and listed below it, each row offering its fix.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-composer-page-private.h"
#include "fu-spell.h"
#include "fu-templates.h"

/* Checks wait for a pause in typing. */
#define CHECK_DELAY_MS 300

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

  gtk_text_buffer_get_iter_at_offset (fu_composer_page_get_buffer (self), start_iter, start);
  gtk_text_buffer_get_iter_at_offset (fu_composer_page_get_buffer (self), end_iter, end);
  now = gtk_text_buffer_get_text (fu_composer_page_get_buffer (self), start_iter, end_iter, FALSE);
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
  gtk_text_buffer_get_iter_at_offset (fu_composer_page_get_buffer (self), &start, check->replace_start);
  gtk_text_buffer_get_iter_at_offset (fu_composer_page_get_buffer (self), &end, check->replace_end);

  gtk_text_buffer_begin_user_action (fu_composer_page_get_buffer (self));
  gtk_text_buffer_delete (fu_composer_page_get_buffer (self), &start, &end);
  gtk_text_buffer_insert (fu_composer_page_get_buffer (self), &start, check->suggestion, -1);
  gtk_text_buffer_end_user_action (fu_composer_page_get_buffer (self));
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
  gtk_text_buffer_get_iter_at_offset (fu_composer_page_get_buffer (self), &start, check->start);
  gtk_text_buffer_get_iter_at_offset (fu_composer_page_get_buffer (self), &end, check->end);
  gtk_text_buffer_select_range (fu_composer_page_get_buffer (self), &start, &end);
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

  gtk_text_buffer_get_iter_at_offset (fu_composer_page_get_buffer (self), &a, start);
  gtk_text_buffer_get_iter_at_offset (fu_composer_page_get_buffer (self), &b, end);
  gtk_text_buffer_apply_tag (fu_composer_page_get_buffer (self), tag, &a, &b);
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

  gtk_text_buffer_get_bounds (fu_composer_page_get_buffer (self), &start, &end);
  gtk_text_buffer_remove_tag (fu_composer_page_get_buffer (self), self->misspelled_tag, &start, &end);
  gtk_text_buffer_remove_tag (fu_composer_page_get_buffer (self), self->phrase_tag, &start, &end);
  gtk_text_buffer_remove_tag (fu_composer_page_get_buffer (self), self->field_tag, &start, &end);

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

void
fu_composer_page_schedule_checks (FuComposerPage *self)
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

void
fu_composer_page_setup_languages (FuComposerPage *self)
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
  gtk_text_buffer_move_mark (fu_composer_page_get_buffer (self), self->word_start, &start);
  gtk_text_buffer_move_mark (fu_composer_page_get_buffer (self), self->word_end, &end);
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

  gtk_text_buffer_get_iter_at_mark (fu_composer_page_get_buffer (self), &start, self->word_start);
  gtk_text_buffer_get_iter_at_mark (fu_composer_page_get_buffer (self), &end, self->word_end);
  gtk_text_buffer_begin_user_action (fu_composer_page_get_buffer (self));
  gtk_text_buffer_delete (fu_composer_page_get_buffer (self), &start, &end);
  gtk_text_buffer_insert (fu_composer_page_get_buffer (self), &start, g_variant_get_string (parameter, NULL), -1);
  gtk_text_buffer_end_user_action (fu_composer_page_get_buffer (self));
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

  gtk_text_buffer_get_iter_at_mark (fu_composer_page_get_buffer (self), &start, self->word_start);
  gtk_text_buffer_get_iter_at_mark (fu_composer_page_get_buffer (self), &end, self->word_end);
  word = gtk_text_iter_get_text (&start, &end);
  if (self->spell != NULL)
    fu_spell_add_to_personal (self->spell, word);
  fu_composer_page_check_now (self);
}

void
fu_composer_page_class_init_checks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "composer.replace-word", "s", replace_word_action);
  gtk_widget_class_install_action (widget_class, "composer.add-word", NULL, add_word_action);
}

/* The tags that mark the checks' words, and the right-click menu. */
void
fu_composer_page_init_checks (FuComposerPage *self)
{
  GtkTextBuffer *buffer;
  GtkEventController *click;
  GtkTextIter start;

  buffer = fu_composer_page_get_buffer (self);
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
