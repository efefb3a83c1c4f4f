/* fu-spell.c: spelling of drafts, through enchant
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <enchant.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fu-paths.h"
#include "fu-spell.h"

struct _FuSpell
{
  GObject parent_instance;

  char          *language;
  char          *personal_path;
  EnchantBroker *broker;
  EnchantDict   *dict;
  EnchantDict   *personal;
  GHashTable    *ignored;   /* case-folded words */
  char          *problem;
};

G_DEFINE_FINAL_TYPE (FuSpell, fu_spell, G_TYPE_OBJECT)

static void
fu_spell_finalize (GObject *object)
{
  FuSpell *self = FU_SPELL (object);

  if (self->dict != NULL)
    enchant_broker_free_dict (self->broker, self->dict);
  if (self->personal != NULL)
    enchant_broker_free_dict (self->broker, self->personal);
  if (self->broker != NULL)
    enchant_broker_free (self->broker);
  g_hash_table_unref (self->ignored);
  g_free (self->language);
  g_free (self->personal_path);
  g_free (self->problem);

  G_OBJECT_CLASS (fu_spell_parent_class)->finalize (object);
}

static void
fu_spell_class_init (FuSpellClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fu_spell_finalize;
}

static void
fu_spell_init (FuSpell *self)
{
  self->ignored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

char *
fu_spell_default_personal_path (void)
{
  g_autofree char *dir = fu_paths_data_dir ();

  return g_build_filename (dir, "personal-dictionary.txt", NULL);
}

FuSpell *
fu_spell_new (const char *language,
              const char *personal_path)
{
  FuSpell *self = g_object_new (FU_TYPE_SPELL, NULL);
  g_autofree char *dir = NULL;

  self->language = g_strdup (language != NULL && *language != '\0' ? language : "en_US");
  self->personal_path = personal_path != NULL ? g_strdup (personal_path)
                                              : fu_spell_default_personal_path ();
  self->broker = enchant_broker_init ();

  if (enchant_broker_dict_exists (self->broker, self->language))
    self->dict = enchant_broker_request_dict (self->broker, self->language);
  if (self->dict == NULL)
    /* Translators: %s is a language code such as en_US */
    self->problem = g_strdup_printf (_("Spelling is not checked: there is no dictionary for “%s”. "
                                       "Install one (the hunspell package for that language) "
                                       "or choose another language in Preferences."),
                                     self->language);

  /* enchant creates the word list file when it is missing, but not its
   * folder. */
  dir = g_path_get_dirname (self->personal_path);
  if (g_mkdir_with_parents (dir, 0700) == 0)
    self->personal = enchant_broker_request_pwl_dict (self->broker, self->personal_path);

  return self;
}

const char *
fu_spell_get_language (FuSpell *self)
{
  g_return_val_if_fail (FU_IS_SPELL (self), NULL);
  return self->language;
}

gboolean
fu_spell_get_available (FuSpell *self)
{
  g_return_val_if_fail (FU_IS_SPELL (self), FALSE);
  return self->dict != NULL;
}

const char *
fu_spell_get_problem (FuSpell *self)
{
  g_return_val_if_fail (FU_IS_SPELL (self), NULL);
  return self->problem;
}

/* Curly apostrophes are what editors type; dictionaries know the
 * straight one ("I’m" is "I'm"). */
static char *
normalize_word (const char *word)
{
  GString *s = g_string_new (NULL);

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
        g_string_append_c (s, '\'');
      else
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

void
fu_spell_add_ignored (FuSpell    *self,
                      const char *name)
{
  const char *p;

  g_return_if_fail (FU_IS_SPELL (self));

  if (name == NULL)
    return;

  /* Each word of the name on its own: "Siobhan O’Neill-Ng" ignores
   * "Siobhan", "O’Neill" and "Ng". */
  p = name;
  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && (g_unichar_isalnum (g_utf8_get_char (p))
                            || is_apostrophe (g_utf8_get_char (p))))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          g_autofree char *word = g_strndup (start, p - start);
          g_autofree char *normal = normalize_word (word);

          g_hash_table_add (self->ignored, g_utf8_casefold (normal, -1));
        }
    }
}

void
fu_spell_set_ignored (FuSpell            *self,
                      const char * const *names)
{
  g_return_if_fail (FU_IS_SPELL (self));

  g_hash_table_remove_all (self->ignored);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    fu_spell_add_ignored (self, names[i]);
}

static gboolean
is_ignored (FuSpell    *self,
            const char *normal)
{
  g_autofree char *folded = g_utf8_casefold (normal, -1);

  return g_hash_table_contains (self->ignored, folded);
}

gboolean
fu_spell_check_word (FuSpell    *self,
                     const char *word)
{
  g_autofree char *normal = NULL;

  g_return_val_if_fail (FU_IS_SPELL (self), TRUE);

  if (self->dict == NULL || word == NULL || *word == '\0')
    return TRUE;

  normal = normalize_word (word);
  if (is_ignored (self, normal))
    return TRUE;
  if (self->personal != NULL && enchant_dict_check (self->personal, normal, -1) == 0)
    return TRUE;
  return enchant_dict_check (self->dict, normal, -1) == 0;
}

char **
fu_spell_suggest (FuSpell    *self,
                  const char *word)
{
  g_autofree char *normal = NULL;
  GStrvBuilder *builder;
  char **found;
  size_t n = 0;

  g_return_val_if_fail (FU_IS_SPELL (self), NULL);

  builder = g_strv_builder_new ();
  if (self->dict != NULL && word != NULL && *word != '\0')
    {
      normal = normalize_word (word);
      found = enchant_dict_suggest (self->dict, normal, -1, &n);
      for (size_t i = 0; i < n; i++)
        g_strv_builder_add (builder, found[i]);
      if (found != NULL)
        enchant_dict_free_string_list (self->dict, found);
    }
  {
    char **result = g_strv_builder_end (builder);

    g_strv_builder_unref (builder);
    return result;
  }
}

void
fu_spell_add_to_personal (FuSpell    *self,
                          const char *word)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (FU_IS_SPELL (self));

  if (self->personal == NULL || word == NULL || *word == '\0')
    return;
  normal = normalize_word (word);
  enchant_dict_add (self->personal, normal, -1);
}

/* A run of characters without spaces that is an address or a link is
 * not words. */
static gboolean
chunk_is_address (const char *start,
                  const char *end)
{
  g_autofree char *chunk = g_strndup (start, end - start);

  return strchr (chunk, '@') != NULL || strstr (chunk, "://") != NULL
         || g_str_has_prefix (chunk, "www.");
}

static gboolean
all_upper (const char *word)
{
  guint n = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c) && !g_unichar_isupper (c))
        return FALSE;
      n++;
    }
  return n > 1;
}

GPtrArray *
fu_spell_check (FuSpell    *self,
                const char *text)
{
  GPtrArray *checks = fu_check_list_new ();
  const char *p;
  const char *chunk_end = NULL;
  gboolean chunk_skip = FALSE;
  int offset = 0;

  g_return_val_if_fail (FU_IS_SPELL (self), checks);

  if (self->dict == NULL)
    {
      g_ptr_array_add (checks, fu_check_new (FU_CHECK_NO_DICTIONARY, -1, -1, NULL,
                                             self->problem, NULL));
      return checks;
    }

  p = text != NULL ? text : "";
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      /* Merge fields are left for the unfilled-field check. */
      if (c == '{')
        {
          const char *close = strchr (p, '}');
          const char *space = p;

          while (*space != '\0' && !g_ascii_isspace (*space))
            space++;
          if (close != NULL && close < space)
            {
              offset += g_utf8_strlen (p, close + 1 - p);
              p = close + 1;
              continue;
            }
        }

      if (chunk_end == NULL || p >= chunk_end)
        {
          const char *q = p;

          while (*q != '\0' && !g_unichar_isspace (g_utf8_get_char (q)))
            q = g_utf8_next_char (q);
          chunk_end = q;
          chunk_skip = q > p && chunk_is_address (p, q);
        }

      if (g_unichar_isalpha (c))
        {
          const char *start = p;
          int start_offset = offset;
          gboolean has_digit = FALSE;
          g_autofree char *word = NULL;

          while (*p != '\0')
            {
              gunichar d = g_utf8_get_char (p);
              const char *next = g_utf8_next_char (p);

              if (g_unichar_isalpha (d) || g_unichar_ismark (d))
                ;
              else if (g_unichar_isdigit (d))
                has_digit = TRUE;
              else if (is_apostrophe (d) && *next != '\0' && g_unichar_isalpha (g_utf8_get_char (next)))
                ;
              else
                break;
              p = next;
              offset++;
            }

          word = g_strndup (start, p - start);
          if (!chunk_skip && !has_digit && !all_upper (word)
              && !fu_spell_check_word (self, word))
            {
              g_autofree char *message = NULL;
              g_auto(GStrv) suggestions = fu_spell_suggest (self, word);

              if (suggestions[0] != NULL)
                /* Translators: a misspelled word and the dictionary's
                 * first suggestion */
                message = g_strdup_printf (_("“%s” may be misspelled; did you mean “%s”?"),
                                           word, suggestions[0]);
              else
                message = g_strdup_printf (_("“%s” may be misspelled."), word);
              g_ptr_array_add (checks, fu_check_new (FU_CHECK_SPELLING, start_offset, offset,
                                                     word, message, suggestions[0]));
            }
          continue;
        }

      p = g_utf8_next_char (p);
      offset++;
    }

  return checks;
}

static void
collect_dict (const char * const lang_tag,
              const char * const provider_name,
              const char * const provider_desc,
              const char * const provider_file,
              void              *user_data)
{
  GPtrArray *tags = user_data;

  for (guint i = 0; i < tags->len; i++)
    if (g_strcmp0 (g_ptr_array_index (tags, i), lang_tag) == 0)
      return;
  g_ptr_array_add (tags, g_strdup (lang_tag));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

char **
fu_spell_list_languages (void)
{
  EnchantBroker *broker = enchant_broker_init ();
  GPtrArray *tags = g_ptr_array_new ();

  enchant_broker_list_dicts (broker, collect_dict, tags);
  enchant_broker_free (broker);
  g_ptr_array_sort (tags, compare_strings);
  g_ptr_array_add (tags, NULL);
  return (char **) g_ptr_array_free (tags, FALSE);
}
