/* fu-preferences-composer.c: the composer's pages of Preferences
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built in code and added to the Preferences window by the application,
 * so they need the store the window itself does not know about.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-preferences-composer.h"
#include "fu-spell.h"
#include "fu-template-editor.h"
#include "fu-templates.h"

/* Templates ---------------------------------------------------------------- */

static void
update_template_row (AdwActionRow *row,
                     FuStore      *store)
{
  const char *purpose = g_object_get_data (G_OBJECT (row), "fu-purpose");

  adw_action_row_set_subtitle (row, fu_templates_find_edited (store, purpose) != NULL
                                    ? _("Edited") : _("Default"));
}

static void
on_store_changed_cb (GObject *page,
                     FuStore *store)
{
  GPtrArray *rows = g_object_get_data (page, "fu-template-rows");

  for (guint i = 0; i < rows->len; i++)
    update_template_row (g_ptr_array_index (rows, i), store);
}

static void
on_template_row_activated_cb (AdwActionRow *row,
                              FuStore      *store)
{
  const char *purpose = g_object_get_data (G_OBJECT (row), "fu-purpose");
  FuTemplateEditor *editor = fu_template_editor_new (store, purpose);

  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (row))));
  gtk_window_present (GTK_WINDOW (editor));
}

static AdwPreferencesPage *
templates_page_new (FuStore *store)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  const char * const *purposes = fu_templates_get_purposes ();
  GPtrArray *rows = g_ptr_array_new ();

  /* The rows live as long as the page. */
  g_object_set_data_full (G_OBJECT (page), "fu-template-rows", rows, (GDestroyNotify) g_ptr_array_unref);
  adw_preferences_page_set_title (page, _("Templates"));
  adw_preferences_page_set_icon_name (page, "document-edit-symbolic");
  gtk_widget_set_name (GTK_WIDGET (page), "templates");
  adw_preferences_group_set_title (group, _("Notes"));
  adw_preferences_group_set_description (group, _("The composer starts every note from one of these. "
                                                  "Your edits are kept with your data; "
                                                  "reset one to get the default back."));

  for (guint i = 0; purposes[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fu_templates_get_default_name (purposes[i]));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data (G_OBJECT (row), "fu-purpose", (gpointer) purposes[i]);
      update_template_row (ADW_ACTION_ROW (row), store);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_template_row_activated_cb), store, 0);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
    }
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), page, G_CONNECT_SWAPPED);

  adw_preferences_page_add (page, group);
  return page;
}

/* Spelling ------------------------------------------------------------------ */

typedef struct {
  GSettings     *settings;
  GtkStringList *languages;
  GtkStringList *words;
  char          *path;
  AdwActionRow  *notice_row;
  GtkWidget     *words_list;
} Spelling;

static void
spelling_free (gpointer data)
{
  Spelling *s = data;

  g_clear_object (&s->settings);
  g_clear_object (&s->languages);
  g_clear_object (&s->words);
  g_free (s->path);
  g_free (s);
}

static void
update_notice (Spelling   *s,
               const char *language)
{
  g_autoptr(FuSpell) spell = fu_spell_new (language, s->path);

  gtk_widget_set_visible (GTK_WIDGET (s->notice_row), !fu_spell_get_available (spell));
  if (!fu_spell_get_available (spell))
    adw_action_row_set_subtitle (s->notice_row, fu_spell_get_problem (spell));
}

static void
on_language_selected_cb (AdwComboRow *row,
                         GParamSpec  *pspec,
                         Spelling    *s)
{
  guint selected = adw_combo_row_get_selected (row);
  const char *language;

  if (selected == GTK_INVALID_LIST_POSITION)
    return;
  language = gtk_string_list_get_string (s->languages, selected);
  if (s->settings != NULL)
    g_settings_set_string (s->settings, "spell-language", language);
  update_notice (s, language);
}

static void
load_words (Spelling *s)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (s->words));

  /* A few dozen words at most: read at once. */
  if (g_file_get_contents (s->path, &contents, NULL, NULL))
    lines = g_strsplit (contents, "\n", -1);
  gtk_string_list_splice (s->words, 0, n, NULL);
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0' && *lines[i] != '#')
        gtk_string_list_append (s->words, lines[i]);
    }
}

static gboolean
save_words (Spelling  *s,
            GError   **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *dir = g_path_get_dirname (s->path);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (s->words)); i++)
    g_string_append_printf (text, "%s\n", gtk_string_list_get_string (s->words, i));
  g_mkdir_with_parents (dir, 0700);
  return g_file_set_contents (s->path, text->str, -1, error);
}

static void
on_add_word_apply_cb (AdwEntryRow *row,
                      Spelling    *s)
{
  g_autofree char *word = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(FuSpell) spell = NULL;

  if (*word == '\0')
    return;
  spell = fu_spell_new ("en_US", s->path);
  fu_spell_add_to_personal (spell, word);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  load_words (s);
}

static void
on_remove_word_clicked_cb (GtkButton *button,
                           Spelling  *s)
{
  const char *word = g_object_get_data (G_OBJECT (button), "fu-word");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (s->words)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (s->words, i), word) == 0)
      {
        gtk_string_list_remove (s->words, i);
        break;
      }
  if (!save_words (s, &error))
    g_warning ("Could not save the personal dictionary: %s", error->message);
}

/* An empty boxed list draws as a stray line. */
static void
on_words_changed_cb (GListModel *words,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Spelling   *s)
{
  gtk_widget_set_visible (s->words_list, g_list_model_get_n_items (words) > 0);
}

static GtkWidget *
create_word_row (gpointer item,
                 gpointer user_data)
{
  Spelling *s = user_data;
  const char *word = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), word);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove from the dictionary"));
  g_object_set_data_full (G_OBJECT (button), "fu-word", g_strdup (word), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_word_clicked_cb), s);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static AdwPreferencesPage *
spelling_page_new (GSettings *settings)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *language_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *words_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  Spelling *s = g_new0 (Spelling, 1);
  g_auto(GStrv) installed = fu_spell_list_languages ();
  g_autofree char *wanted = settings != NULL ? g_settings_get_string (settings, "spell-language")
                                             : g_strdup ("en_US");
  g_autofree char *description = NULL;
  GtkWidget *combo = adw_combo_row_new ();
  GtkWidget *add_row = adw_entry_row_new ();
  GtkWidget *words_list = gtk_list_box_new ();
  guint selected = 0;

  g_object_set_data_full (G_OBJECT (page), "fu-spelling", s, spelling_free);
  s->settings = settings != NULL ? g_object_ref (settings) : NULL;
  s->path = fu_spell_default_personal_path ();
  s->languages = gtk_string_list_new ((const char * const *) installed);
  s->words = gtk_string_list_new (NULL);
  if (!g_strv_contains ((const char * const *) installed, wanted))
    gtk_string_list_append (s->languages, wanted);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (s->languages)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (s->languages, i), wanted) == 0)
      selected = i;

  adw_preferences_page_set_title (page, _("Spelling"));
  adw_preferences_page_set_icon_name (page, "tools-check-spelling-symbolic");
  gtk_widget_set_name (GTK_WIDGET (page), "spelling");

  adw_preferences_group_set_title (language_group, _("Language"));
  adw_preferences_group_set_description (language_group,
                                         _("Every draft is checked in this language; "
                                           "a draft can use another one."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Default Language"));
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (s->languages));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), selected);
  g_signal_connect (combo, "notify::selected", G_CALLBACK (on_language_selected_cb), s);
  adw_preferences_group_add (language_group, combo);

  s->notice_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (s->notice_row), _("No Dictionary"));
  adw_action_row_set_subtitle_lines (s->notice_row, 0);
  adw_action_row_add_prefix (s->notice_row, gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  adw_preferences_group_add (language_group, GTK_WIDGET (s->notice_row));
  update_notice (s, wanted);

  adw_preferences_group_set_title (words_group, _("Personal Dictionary"));
  /* Translators: %s is a file name */
  description = g_strdup_printf (_("Words you add here are never flagged. They are kept in %s."), s->path);
  {
    g_autofree char *escaped = g_markup_escape_text (description, -1);

    adw_preferences_group_set_description (words_group, escaped);
  }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add_row), _("Add a Word"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add_row), TRUE);
  g_signal_connect (add_row, "apply", G_CALLBACK (on_add_word_apply_cb), s);
  adw_preferences_group_add (words_group, add_row);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (words_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (words_list, "boxed-list");
  gtk_widget_set_margin_top (words_list, 12);
  gtk_list_box_bind_model (GTK_LIST_BOX (words_list), G_LIST_MODEL (s->words),
                           create_word_row, s, NULL);
  s->words_list = words_list;
  gtk_widget_set_visible (words_list, FALSE);
  g_signal_connect (s->words, "items-changed", G_CALLBACK (on_words_changed_cb), s);
  adw_preferences_group_add (words_group, words_list);
  load_words (s);

  adw_preferences_page_add (page, language_group);
  adw_preferences_page_add (page, words_group);
  return page;
}

void
fu_preferences_composer_add_pages (AdwPreferencesWindow *window,
                                   FuStore              *store,
                                   GSettings            *settings)
{
  g_return_if_fail (ADW_IS_PREFERENCES_WINDOW (window));

  if (store != NULL)
    adw_preferences_window_add (window, templates_page_new (store));
  adw_preferences_window_add (window, spelling_page_new (settings));
}
