/* fu-vcard-parse.c: reading vCard 2.1, 3.0 and 4.0 files
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files come from other programs, each with its own habits: GNOME
 * Contacts writes 4.0 (PREF=1, TYPE="work,voice"), Google and Apple 3.0
 * with CRLF (TYPE=INTERNET;TYPE=pref, item1.EMAIL groups, escaped colons
 * in URLs, folded base64 photos), phones and Outlook 2.1 (bare ;WORK
 * parameters, QUOTED-PRINTABLE with "=" soft line breaks, CHARSET).  The
 * reader is lenient about everything it can make sense of and skips only
 * the cards it cannot, so one broken card never costs the others.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "fu-vcard.h"
#include "fu-vcard-private.h"

typedef enum {
  PROBLEM_NONE,
  PROBLEM_NO_BEGIN,
  PROBLEM_NO_END,
  PROBLEM_NO_NAME,
  PROBLEM_ENCODING,
} Problem;

typedef struct
{
  GPtrArray *cards;
  GPtrArray *problems;
  GPtrArray *props;       /* FuVCardProperty, of the card being read */
  guint      number;      /* position of that card in the file, from 1 */
  gboolean   in_card;
  gboolean   orphan;      /* content outside BEGIN:VCARD ... END:VCARD */
} Reader;

/* An empty or blank value is no value. */
static char *
nonempty (char     *s,
          gboolean  strip)
{
  if (s != NULL && strip)
    g_strstrip (s);
  if (s != NULL && *s == '\0')
    g_clear_pointer (&s, g_free);

  return s;
}

/* A component of N or ADR; lists in it ("Philip,Paul") read as words. */
static char *
structured_component (GPtrArray *parts,
                      guint      index,
                      gboolean   v21)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  if (index >= parts->len)
    return NULL;

  items = fu_vcard_split_escaped (g_ptr_array_index (parts, index), v21 ? '\0' : ',');
  for (guint i = 0; i < items->len; i++)
    {
      char *word = nonempty (fu_vcard_unescape (g_ptr_array_index (items, i), v21), TRUE);

      if (word != NULL)
        g_ptr_array_add (words, word);
    }
  if (words->len == 0)
    return NULL;

  g_ptr_array_add (words, NULL);
  return g_strjoinv (" ", (char **) words->pdata);
}

typedef struct
{
  char  *value;
  guint  pref;
  guint  order;
} Ranked;

static int
ranked_compare (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;

  if (ra->pref != rb->pref)
    return ra->pref < rb->pref ? -1 : 1;

  return ra->order < rb->order ? -1 : ra->order > rb->order;
}

/* Sorted by preference, each value once. */
static void
ranked_take_into (GArray    *ranked,
                  GPtrArray *into,
                  gboolean   casefold)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_array_sort (ranked, ranked_compare);
  for (guint i = 0; i < ranked->len; i++)
    {
      Ranked *r = &g_array_index (ranked, Ranked, i);
      char *key = casefold ? g_utf8_casefold (r->value, -1) : g_strdup (r->value);

      if (g_hash_table_add (seen, key))
        g_ptr_array_add (into, g_steal_pointer (&r->value));
      else
        g_clear_pointer (&r->value, g_free);
    }
}

static void
ranked_clear (gpointer data)
{
  g_free (((Ranked *) data)->value);
}

static void
add_ranked (GArray                *ranked,
            char                  *value,
            const FuVCardProperty *prop)
{
  Ranked r = { value, fu_vcard_property_pref (prop), ranked->len };

  if (value != NULL)
    g_array_append_val (ranked, r);
}

static void
append_note (char       **note,
             const char  *text)
{
  char *joined;

  if (*note == NULL)
    {
      *note = g_strdup (text);
      return;
    }
  joined = g_strconcat (*note, "\n\n", text, NULL);
  g_free (*note);
  *note = joined;
}

static char *
strip_prefix (char       *value,
              const char *prefix)
{
  gsize len = strlen (prefix);

  if (value != NULL && g_ascii_strncasecmp (value, prefix, len) == 0)
    memmove (value, value + len, strlen (value + len) + 1);

  return nonempty (value, TRUE);
}

/* Apple and Google label grouped properties with X-ABLabel, which is
 * how a URL says it is a LinkedIn profile there. */
static gboolean
group_label_is (GHashTable            *labels,
                const FuVCardProperty *prop,
                const char            *word)
{
  const char *label;

  if (prop->group == NULL)
    return FALSE;
  label = g_hash_table_lookup (labels, prop->group);

  return label != NULL && g_strrstr (label, word) != NULL;
}

static FuVCardContact *
card_build (GPtrArray *props,
            Problem   *problem)
{
  g_autoptr(FuVCardContact) contact = fu_vcard_contact_new ();
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) emails = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr(GArray) phones = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autofree char *additional = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  gboolean v21 = FALSE;

  g_array_set_clear_func (emails, ranked_clear);
  g_array_set_clear_func (phones, ranked_clear);

  for (guint i = 0; i < props->len; i++)
    {
      const FuVCardProperty *prop = g_ptr_array_index (props, i);

      if (g_str_equal (prop->name, "VERSION"))
        v21 = g_str_has_prefix (prop->value, "2.");
    }

  for (guint i = 0; i < props->len; i++)
    {
      const FuVCardProperty *prop = g_ptr_array_index (props, i);
      g_autofree char *label = NULL;

      if (!g_str_equal (prop->name, "X-ABLABEL") || prop->group == NULL)
        continue;
      label = fu_vcard_property_decode (prop);
      if (label != NULL)
        g_hash_table_replace (labels, g_strdup (prop->group), g_utf8_casefold (label, -1));
    }

  for (guint i = 0; i < props->len; i++)
    {
      const FuVCardProperty *prop = g_ptr_array_index (props, i);
      const char *name = prop->name;
      g_autofree char *raw = NULL;

      if (fu_vcard_is_binary_property (name))
        continue;

      raw = fu_vcard_property_decode (prop);
      if (raw == NULL)
        {
          *problem = PROBLEM_ENCODING;
          return NULL;
        }

      if (g_str_equal (name, "FN"))
        {
          if (contact->full_name == NULL)
            contact->full_name = nonempty (fu_vcard_unescape (raw, v21), TRUE);
        }
      else if (g_str_equal (name, "N") && contact->family_name == NULL && contact->given_name == NULL)
        {
          g_autoptr(GPtrArray) parts = fu_vcard_split_escaped (raw, ';');

          contact->family_name = structured_component (parts, 0, v21);
          contact->given_name = structured_component (parts, 1, v21);
          additional = structured_component (parts, 2, v21);
          prefix = structured_component (parts, 3, v21);
          suffix = structured_component (parts, 4, v21);
        }
      else if (g_str_equal (name, "ORG"))
        {
          g_autoptr(GPtrArray) parts = fu_vcard_split_escaped (raw, ';');

          if (contact->organization == NULL)
            contact->organization = nonempty (fu_vcard_unescape (g_ptr_array_index (parts, 0), v21), TRUE);
        }
      else if (g_str_equal (name, "TITLE"))
        {
          if (contact->title == NULL)
            contact->title = nonempty (fu_vcard_unescape (raw, v21), TRUE);
        }
      else if (g_str_equal (name, "EMAIL"))
        {
          add_ranked (emails, strip_prefix (fu_vcard_unescape (raw, v21), "mailto:"), prop);
        }
      else if (g_str_equal (name, "TEL"))
        {
          add_ranked (phones, strip_prefix (fu_vcard_unescape (raw, v21), "tel:"), prop);
        }
      else if (g_str_equal (name, "URL") || g_str_equal (name, "X-SOCIALPROFILE"))
        {
          char *url = nonempty (fu_vcard_unescape (raw, v21), TRUE);
          gboolean linkedin = fu_vcard_property_has_type (prop, "linkedin") ||
                              fu_vcard_property_has_type (prop, "x-linkedin") ||
                              group_label_is (labels, prop, "linkedin") ||
                              fu_vcard_is_linkedin_url (url);

          if (url == NULL)
            continue;
          if (linkedin && contact->linkedin_url == NULL)
            contact->linkedin_url = url;
          else if (!g_ptr_array_find_with_equal_func (contact->urls, url, g_str_equal, NULL))
            g_ptr_array_add (contact->urls, url);
          else
            g_free (url);
        }
      else if (g_str_equal (name, "ADR"))
        {
          g_autoptr(GPtrArray) parts = fu_vcard_split_escaped (raw, ';');
          g_autoptr(GPtrArray) components = g_ptr_array_new_with_free_func (g_free);
          char *address;

          for (guint j = 0; j < parts->len; j++)
            g_ptr_array_add (components, nonempty (fu_vcard_unescape (g_ptr_array_index (parts, j), v21), TRUE));
          address = fu_vcard_format_address ((const char * const *) components->pdata, components->len);
          if (address != NULL)
            g_ptr_array_add (contact->addresses, address);
        }
      else if (g_str_equal (name, "NOTE"))
        {
          g_autofree char *note = nonempty (fu_vcard_unescape (raw, v21), FALSE);

          if (note != NULL)
            append_note (&contact->note, note);
        }
      else if (g_str_equal (name, "UID"))
        {
          g_free (contact->uid);
          contact->uid = nonempty (fu_vcard_unescape (raw, v21), TRUE);
        }
      else if (g_str_equal (name, "X-FOLLOWUP-PART"))
        {
          g_free (contact->part);
          contact->part = nonempty (fu_vcard_unescape (raw, v21), TRUE);
        }
      else if (g_str_equal (name, "X-FOLLOWUP-RAPPORT"))
        {
          g_autofree char *rapport = nonempty (fu_vcard_unescape (raw, v21), FALSE);

          if (rapport != NULL)
            append_note (&contact->rapport, rapport);
        }
      else if (g_str_equal (name, "X-FOLLOWUP-STAY-IN-TOUCH"))
        {
          const char *days = fu_vcard_property_param (prop, "X-INTERVAL-DAYS");
          guint64 n;

          g_strstrip (raw);
          contact->stay_in_touch = g_ascii_strcasecmp (raw, "TRUE") == 0 ||
                                   g_ascii_strcasecmp (raw, "yes") == 0 ||
                                   g_str_equal (raw, "1");
          if (days != NULL && g_ascii_string_to_unsigned (days, 10, 1, 36500, &n, NULL))
            contact->stay_in_touch_days = n;
        }
    }

  ranked_take_into (emails, contact->emails, TRUE);
  ranked_take_into (phones, contact->phones, FALSE);

  if (contact->full_name == NULL)
    {
      const char *words[] = { prefix, contact->given_name, additional,
                              contact->family_name, suffix };
      g_autoptr(GPtrArray) present = g_ptr_array_new ();

      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        if (words[i] != NULL)
          g_ptr_array_add (present, (gpointer) words[i]);
      if (present->len > 0)
        {
          g_ptr_array_add (present, NULL);
          contact->full_name = g_strjoinv (" ", (char **) present->pdata);
        }
    }

  if (contact->full_name == NULL)
    {
      *problem = PROBLEM_NO_NAME;
      return NULL;
    }

  *problem = PROBLEM_NONE;
  return g_steal_pointer (&contact);
}

static void
reader_report (Reader  *reader,
               Problem  problem)
{
  char *message = NULL;

  switch (problem)
    {
    case PROBLEM_NO_BEGIN:
      /* Translators: %u is the position of the card in the file, from 1 */
      message = g_strdup_printf (_("Card %u was skipped: it does not start with BEGIN:VCARD"), reader->number);
      break;
    case PROBLEM_NO_END:
      /* Translators: %u is the position of the card in the file, from 1 */
      message = g_strdup_printf (_("Card %u was skipped: it does not end with END:VCARD"), reader->number);
      break;
    case PROBLEM_NO_NAME:
      /* Translators: %u is the position of the card in the file, from 1 */
      message = g_strdup_printf (_("Card %u was skipped: it has no name"), reader->number);
      break;
    case PROBLEM_ENCODING:
      /* Translators: %u is the position of the card in the file, from 1 */
      message = g_strdup_printf (_("Card %u was skipped: some of its text is in a broken or unknown encoding"), reader->number);
      break;
    case PROBLEM_NONE:
    default:
      g_assert_not_reached ();
    }

  g_ptr_array_add (reader->problems, message);
}

/* Whatever was being read ends here, good or not. */
static void
reader_close (Reader *reader)
{
  if (reader->in_card)
    reader_report (reader, PROBLEM_NO_END);
  else if (reader->orphan)
    reader_report (reader, PROBLEM_NO_BEGIN);

  reader->in_card = FALSE;
  reader->orphan = FALSE;
  g_ptr_array_set_size (reader->props, 0);
}

static void
reader_line (Reader     *reader,
             const char *line,
             gsize       len)
{
  FuVCardProperty *prop;
  gboolean begin, end;

  prop = fu_vcard_property_parse (line, len);
  if (prop == NULL)
    return;

  begin = g_str_equal (prop->name, "BEGIN") && g_ascii_strcasecmp (g_strstrip (prop->value), "VCARD") == 0;
  end = g_str_equal (prop->name, "END") && g_ascii_strcasecmp (g_strstrip (prop->value), "VCARD") == 0;

  if (begin)
    {
      reader_close (reader);
      reader->number++;
      reader->in_card = TRUE;
      fu_vcard_property_free (prop);
    }
  else if (end && reader->in_card)
    {
      Problem problem = PROBLEM_NONE;
      FuVCardContact *contact = card_build (reader->props, &problem);

      if (contact != NULL)
        g_ptr_array_add (reader->cards, contact);
      else
        reader_report (reader, problem);

      reader->in_card = FALSE;
      g_ptr_array_set_size (reader->props, 0);
      fu_vcard_property_free (prop);
    }
  else if (reader->in_card)
    {
      g_ptr_array_add (reader->props, prop);
    }
  else
    {
      /* A card whose BEGIN is missing still counts as one, so the numbers
       * in the messages match what the user sees in the file. */
      if (!reader->orphan)
        {
          reader->orphan = TRUE;
          reader->number++;
        }
      if (end)
        reader_close (reader);
      fu_vcard_property_free (prop);
    }
}

/* Whether the logical line's property is QUOTED-PRINTABLE, where a
 * trailing "=" joins the next line. */
static gboolean
line_is_quoted_printable (const GString *line)
{
  static const char needle[] = "QUOTED-PRINTABLE";
  const gsize needle_len = sizeof needle - 1;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < line->len; i++)
    {
      if (line->str[i] == '"')
        quoted = !quoted;
      else if (line->str[i] == ':' && !quoted)
        return FALSE;
      else if (i + needle_len <= line->len &&
               g_ascii_strncasecmp (line->str + i, needle, needle_len) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
reader_feed (Reader     *reader,
             const char *data,
             gsize       len)
{
  const char *p = data;
  const char *end = data + len;
  g_autoptr(GString) logical = g_string_new (NULL);
  gboolean have_logical = FALSE;

  while (p < end)
    {
      const char *line = p;
      gsize line_len;

      while (p < end && *p != '\n' && *p != '\r')
        p++;
      line_len = p - line;
      /* CRLF, LF, and the CRCRLF of files that went through a text-mode
       * copy twice, are all one line end. */
      while (p < end && *p == '\r')
        p++;
      if (p < end && *p == '\n')
        p++;

      if (have_logical && logical->len > 0 && logical->str[logical->len - 1] == '=' &&
          line_is_quoted_printable (logical))
        {
          g_string_truncate (logical, logical->len - 1);
          g_string_append_len (logical, line, line_len);
          continue;
        }
      if (have_logical && line_len > 0 && (line[0] == ' ' || line[0] == '\t'))
        {
          g_string_append_len (logical, line + 1, line_len - 1);
          continue;
        }

      if (have_logical)
        reader_line (reader, logical->str, logical->len);
      g_string_truncate (logical, 0);
      g_string_append_len (logical, line, line_len);
      have_logical = line_len > 0;
    }

  if (have_logical)
    reader_line (reader, logical->str, logical->len);
  reader_close (reader);
}

GPtrArray *
fu_vcard_parse (const char  *data,
                gsize        len,
                GPtrArray  **problems)
{
  Reader reader = { 0 };
  g_autofree char *converted = NULL;

  reader.cards = g_ptr_array_new_with_free_func ((GDestroyNotify) fu_vcard_contact_unref);
  reader.problems = g_ptr_array_new_with_free_func (g_free);
  reader.props = g_ptr_array_new_with_free_func (fu_vcard_property_free);

  g_return_val_if_fail (data != NULL || len == 0, reader.cards);

  /* Outlook can save UTF-16; everyone else UTF-8, sometimes with a BOM. */
  if (len >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                   ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      converted = g_convert (data, len, "UTF-8", "UTF-16", NULL, &len, NULL);
      if (converted == NULL)
        {
          g_ptr_array_add (reader.problems,
                           g_strdup (_("The file could not be read: its text is in a broken encoding")));
          len = 0;
        }
      data = converted;
    }
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }

  if (len > 0)
    reader_feed (&reader, data, len);

  g_ptr_array_unref (reader.props);
  if (problems != NULL)
    *problems = reader.problems;
  else
    g_ptr_array_unref (reader.problems);

  return reader.cards;
}

typedef struct
{
  GPtrArray *cards;
  GPtrArray *problems;
} ParseResult;

static void
parse_result_free (gpointer data)
{
  ParseResult *result = data;

  g_clear_pointer (&result->cards, g_ptr_array_unref);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_free (result);
}

static void
parse_file_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GFile *file = source_object;
  g_autofree char *contents = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;
  ParseResult *result;

  if (!g_file_load_contents (file, cancellable, &contents, &len, NULL, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }

      g_task_return_new_error (task, error->domain, error->code,
                               /* Translators: a file name, then the reason */
                               _("Could not read %s: %s"), name, error->message);
      return;
    }

  result = g_new0 (ParseResult, 1);
  result->cards = fu_vcard_parse (contents, len, &result->problems);
  g_task_return_pointer (task, result, parse_result_free);
}

/* Reads and parses in a worker thread: a phone's export can be large. */
void
fu_vcard_parse_file_async (GFile               *file,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, fu_vcard_parse_file_async);
  g_task_run_in_thread (task, parse_file_thread);
}

GPtrArray *
fu_vcard_parse_file_finish (GFile         *file,
                            GAsyncResult  *result,
                            GPtrArray    **problems,
                            GError       **error)
{
  ParseResult *parsed;
  GPtrArray *cards;

  g_return_val_if_fail (g_task_is_valid (result, file), NULL);

  parsed = g_task_propagate_pointer (G_TASK (result), error);
  if (parsed == NULL)
    return NULL;

  cards = g_steal_pointer (&parsed->cards);
  if (problems != NULL)
    *problems = g_steal_pointer (&parsed->problems);
  parse_result_free (parsed);

  return cards;
}
