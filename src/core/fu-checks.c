/* fu-checks.c: the composer's checks of a draft
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fu-checks.h"
#include "fu-merge.h"

FuCheck *
fu_check_new (FuCheckKind  kind,
              int          start,
              int          end,
              const char  *text,
              const char  *message,
              const char  *suggestion)
{
  FuCheck *check = g_new0 (FuCheck, 1);

  check->kind = kind;
  check->start = start;
  check->end = end;
  check->text = g_strdup (text);
  check->message = g_strdup (message);
  check->suggestion = g_strdup (suggestion);
  check->replace_start = start;
  check->replace_end = end;
  return check;
}

void
fu_check_free (FuCheck *check)
{
  if (check == NULL)
    return;
  g_free (check->text);
  g_free (check->message);
  g_free (check->suggestion);
  g_free (check);
}

GPtrArray *
fu_check_list_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fu_check_free);
}

/* Giving up ------------------------------------------------------------ */

#define POS "(?:position|role|job|vacancy|opening|post)"

/* Each pattern runs on the text with curly apostrophes made straight, so
 * "I’m" and "I'm" read the same.  The rewrite is domain.md's confident
 * alternative. */
static const struct {
  const char *pattern;
  gboolean    still_interested;
} giving_up[] = {
  { "\\b(?:has|have)\\s+(?:the|this|that|your)\\s+" POS "\\s+(?:already\\s+|now\\s+)?been\\s+(?:filled|taken|given|offered|closed)\\b", FALSE },
  { "\\b" POS "\\s+(?:has|had|is|was)\\s+(?:already\\s+|now\\s+)?(?:been\\s+)?(?:filled|taken|closed)\\b", FALSE },
  { "\\b(?:is|was)\\s+(?:the|this|that|your)\\s+" POS "\\s+still\\s+(?:open|available|vacant)\\b", TRUE },
  { "\\b" POS "\\s+is\\s+still\\s+(?:open|available|vacant)\\b", TRUE },
  { "\\b(?:did|have|has)\\s+(?:you|they|the\\s+team)\\s+(?:already\\s+)?(?:fill(?:ed)?|hire(?:d)?|found|find|chosen|choose|picked|pick|selected|select|gone\\s+with|go\\s+with|decided\\s+on)\\s+(?:someone|somebody|another|a\\s+different|other|the\\s+" POS ")\\b", FALSE },
  { "\\b(?:went|gone|go|going|move|moved|moving|proceed|proceeded|proceeding)\\s+(?:forward\\s+|ahead\\s+|on\\s+)?with\\s+(?:someone|somebody|another|a\\s+different|other)\\b", FALSE },
  { "\\b(?:hired|chose|chosen|selected|picked|found|offered\\s+it\\s+to)\\s+(?:someone|somebody)\\s+else\\b", FALSE },
  { "\\b(?:someone|somebody)\\s+else\\s+(?:been|was|is|got|has|have)\\b", FALSE },
  { "\\bno\\s+longer\\s+(?:being\\s+)?(?:considered|under\\s+consideration|in\\s+(?:the\\s+)?(?:running|process|consideration))", FALSE },
  { "\\b(?:am\\s+I|I'm|I\\s+am)\\s+still\\s+(?:being\\s+)?(?:considered|under\\s+consideration|in\\s+the\\s+running|in\\s+consideration)", FALSE },
  { "\\bout\\s+of\\s+(?:the\\s+)?running\\b", FALSE },
  { "\\b(?:didn't|did\\s+not)\\s+(?:get|make)\\s+(?:it|the\\s+(?:job|role|position|cut|offer))\\b", FALSE },
  { "\\b(?:wasn't|was\\s+not|haven't\\s+been|have\\s+not\\s+been|am\\s+not|I'm\\s+not)\\s+(?:successful|selected|chosen|shortlisted|the\\s+right\\s+(?:fit|candidate))\\b", FALSE },
  { "\\bstill\\s+(?:any|a)\\s+chance\\b", FALSE },
  { "\\b(?:is\\s+there|do\\s+I\\s+(?:still\\s+)?have)\\s+(?:any|a)\\s+chance\\b", FALSE },
  { "\\b(?:it's|it\\s+is|is\\s+it|am\\s+I)\\s+(?:already\\s+)?too\\s+late\\b", FALSE },
  { "\\b(?:been|already)\\s+filled\\b(?!\\s+(?:in|out|up|with)\\b)", FALSE },
  { "\\bgiven\\s+up\\s+on\\s+me\\b", FALSE },
  { "\\b(?:forgot|forgotten)\\s+(?:about\\s+)?me\\b", FALSE },
  { "\\bI(?:'d|\\s+would|\\s+will)?\\s+(?:completely\\s+|fully\\s+)?understand\\s+if\\b", FALSE },
  { "\\bmiss(?:ed)?\\s+out\\b", FALSE },
  { "\\bstill\\s+hiring\\b", TRUE },
};

static char *
straighten_apostrophes (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* One character for one, so character offsets stay the same. */
      g_string_append_unichar (s, (c == 0x2019 || c == 0x2018 || c == 0x02BC) ? '\'' : c);
    }
  return g_string_free (s, FALSE);
}

/* The sentence around [start, end) in characters: back to the previous
 * sentence end or line break, on to the next one (included). */
static void
sentence_bounds (const char *text,
                 int         start,
                 int         end,
                 int        *sentence_start,
                 int        *sentence_end)
{
  const char *p = g_utf8_offset_to_pointer (text, start);
  const char *q = g_utf8_offset_to_pointer (text, end);
  int s = start, e = end;

  while (p > text)
    {
      const char *prev = g_utf8_prev_char (p);

      if (strchr (".!?\n", *prev) != NULL)
        break;
      p = prev;
      s--;
    }
  while (*p == ' ' || *p == '\t')
    {
      p++;
      s++;
    }
  while (*q != '\0' && *q != '\n' && strchr (".!?", *q) == NULL)
    {
      q = g_utf8_next_char (q);
      e++;
    }
  while (*q != '\0' && strchr (".!?", *q) != NULL)
    {
      q++;
      e++;
    }
  *sentence_start = s;
  *sentence_end = e;
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  const FuCheck *x = *(FuCheck * const *) a;
  const FuCheck *y = *(FuCheck * const *) b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end > y->end ? -1 : x->end < y->end;
}

GPtrArray *
fu_check_giving_up (const char *text)
{
  static GRegex *regexes[G_N_ELEMENTS (giving_up)];
  g_autoptr(GPtrArray) found = fu_check_list_new ();
  GPtrArray *checks = fu_check_list_new ();
  g_autofree char *plain = NULL;
  int last_end = -1;

  if (text == NULL || *text == '\0')
    return checks;

  plain = straighten_apostrophes (text);

  for (guint i = 0; i < G_N_ELEMENTS (giving_up); i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      if (g_once_init_enter (&regexes[i]))
        g_once_init_leave (&regexes[i], g_regex_new (giving_up[i].pattern,
                                                     G_REGEX_CASELESS | G_REGEX_OPTIMIZE,
                                                     0, NULL));

      g_regex_match (regexes[i], plain, 0, &match);
      while (g_match_info_matches (match))
        {
          int start_byte, end_byte;
          int start, end;
          g_autofree char *words = NULL;
          g_autofree char *message = NULL;
          const char *rewrite;

          g_match_info_fetch_pos (match, 0, &start_byte, &end_byte);
          start = g_utf8_pointer_to_offset (plain, plain + start_byte);
          end = g_utf8_pointer_to_offset (plain, plain + end_byte);
          words = g_utf8_substring (text, start, end);
          rewrite = giving_up[i].still_interested
                    ? _("I'm still very interested in the role and keen to hear about next steps.")
                    : _("I'm keen to hear about next steps.");
          /* Translators: the first %s is the flagged words, the second a
           * confident sentence to use instead */
          message = g_strdup_printf (_("“%s” can read as giving up. Sound confident instead, "
                                       "for example: “%s”"),
                                     words, rewrite);
          {
            FuCheck *check = fu_check_new (FU_CHECK_GIVING_UP, start, end, words, message, rewrite);

            sentence_bounds (plain, start, end, &check->replace_start, &check->replace_end);
            g_ptr_array_add (found, check);
          }
          g_match_info_next (match, NULL);
        }
    }

  /* Several patterns may flag the same words: keep the widest, once. */
  g_ptr_array_sort (found, compare_by_start);
  for (guint i = 0; i < found->len; i++)
    {
      FuCheck *check = g_ptr_array_index (found, i);

      if (check->start < last_end)
        continue;
      last_end = check->end;
      g_ptr_array_add (checks, g_ptr_array_steal_index (found, i));
      i--;
    }

  return checks;
}

/* Length --------------------------------------------------------------- */

static guint
count_words (const char *line)
{
  g_auto(GStrv) words = g_strsplit_set (line, " \t", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      n++;
  return n;
}

/* "Dear Priya," or "Best regards,": a short line ending in a comma. */
static gboolean
is_salutation (const char *line,
               guint       max_words)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (line));
  gsize len = strlen (trimmed);

  return len > 1 && trimmed[len - 1] == ',' && count_words (trimmed) <= max_words;
}

static gboolean
is_abbreviation (const char *start,
                 const char *dot)
{
  static const char * const abbreviations[] = {
    "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "vs", "st", "jr", "sr", "prof", NULL
  };
  const char *w = dot;
  g_autofree char *word = NULL;

  while (w > start && !g_ascii_isspace (w[-1]) && w[-1] != '(')
    w--;
  word = g_ascii_strdown (w, dot - w);
  return g_strv_contains (abbreviations, word);
}

static guint
count_in (const char *text)
{
  guint n = 0;
  gboolean in_sentence = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '.' || c == '!' || c == '?')
        {
          const char *q = p;

          while (*q == '.' || *q == '!' || *q == '?')
            q++;
          /* A full stop inside "3.5" or "example.com" ends nothing. */
          if (*q != '\0' && !g_unichar_isspace (g_utf8_get_char (q))
              && *q != '"' && *q != ')' && g_utf8_get_char (q) != 0x201D)
            continue;
          if (c == '.' && is_abbreviation (text, p))
            continue;
          if (in_sentence)
            n++;
          in_sentence = FALSE;
          p = q - 1;
        }
      else if (g_unichar_isalnum (c) || c == '{')
        in_sentence = TRUE;
    }

  return n + (in_sentence ? 1 : 0);
}

guint
fu_check_count_sentences (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  guint n_lines = g_strv_length (lines);
  guint end = n_lines;
  guint start = 0;
  g_autoptr(GString) note = g_string_new (NULL);

  /* The closing: the last salutation line after some content. */
  for (guint i = n_lines; i > 0; i--)
    if (is_salutation (lines[i - 1], 4))
      {
        for (guint j = 0; j + 1 < i; j++)
          if (!is_salutation (lines[j], 6) && count_words (lines[j]) > 0)
            {
              end = i - 1;
              break;
            }
        break;
      }

  /* The greeting: the last salutation line before the closing. */
  for (guint i = end; i > 0; i--)
    if (is_salutation (lines[i - 1], 6))
      {
        start = i;
        break;
      }

  for (guint i = start; i < end; i++)
    {
      g_string_append (note, lines[i]);
      g_string_append_c (note, '\n');
    }
  return count_in (note->str);
}

GPtrArray *
fu_check_length (const char *text)
{
  GPtrArray *checks = fu_check_list_new ();
  guint n = fu_check_count_sentences (text);
  g_autofree char *message = NULL;

  if (n >= 3 && n <= 5)
    return checks;

  if (n < 3)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The note has %u sentence: three to five read best.",
                                            "The note has %u sentences: three to five read best.",
                                            n), n);
  else
    message = g_strdup_printf (_("The note has %u sentences: three to five read best; "
                                 "keep it short."), n);
  g_ptr_array_add (checks, fu_check_new (FU_CHECK_LENGTH, -1, -1, NULL, message, NULL));
  return checks;
}

/* Discussion point ----------------------------------------------------- */

GPtrArray *
fu_check_discussion_point (const char *text,
                           const char *point,
                           const char *interviewer_name)
{
  GPtrArray *checks = fu_check_list_new ();
  g_autofree char *trimmed = g_strstrip (g_strdup (point != NULL ? point : ""));
  g_autofree char *message = NULL;
  const char *who = interviewer_name != NULL && *interviewer_name != '\0'
                    ? interviewer_name : _("this interviewer");

  if (*trimmed == '\0')
    {
      /* Translators: %s is the interviewer's name */
      message = g_strdup_printf (_("No discussion point is noted for %s: mention one specific "
                                   "point from the conversation, and note it on the round."),
                                 who);
      g_ptr_array_add (checks, fu_check_new (FU_CHECK_DISCUSSION_POINT, -1, -1, NULL, message, NULL));
    }
  else
    {
      g_autofree char *first_line = g_strndup (trimmed, strcspn (trimmed, "\n"));
      g_autofree char *needle = g_utf8_casefold (g_strstrip (first_line), -1);
      g_autofree char *haystack = g_utf8_casefold (text != NULL ? text : "", -1);

      if (strstr (haystack, needle) == NULL)
        {
          /* Translators: %s is the interviewer's name, then the point */
          message = g_strdup_printf (_("The note does not mention the point you noted for %s: “%s”."),
                                     who, first_line);
          g_ptr_array_add (checks, fu_check_new (FU_CHECK_DISCUSSION_POINT, -1, -1, NULL, message, NULL));
        }
    }
  return checks;
}

/* Unfilled merge fields ------------------------------------------------ */

GPtrArray *
fu_check_unfilled (const char *text)
{
  GPtrArray *checks = fu_check_list_new ();
  g_autoptr(GPtrArray) fields = fu_merge_find_fields (text);

  for (guint i = 0; i < fields->len; i++)
    {
      FuMergeField *field = g_ptr_array_index (fields, i);
      g_autofree char *shown = g_strdup_printf ("{%s}", field->name);
      g_autofree char *message = NULL;

      /* Translators: %s is a merge field such as {first_name} */
      message = g_strdup_printf (_("%s is not filled in: replace it with your own words."), shown);
      g_ptr_array_add (checks, fu_check_new (FU_CHECK_UNFILLED, field->start, field->end,
                                             shown, message, NULL));
    }
  return checks;
}
