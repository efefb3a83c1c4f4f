/* fu-json-reader.c: reading the data file's JSON in one pass, and the
 * member readers that check each member's type
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "fu-enums.h"
#include "fu-json.h"
#include "fu-json-bytes.h"

static gboolean
not_json (GError **error)
{
  g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON,
                       _("it is not valid JSON (damaged or cut short)"));
  return FALSE;
}

void
fu_json_reader_init (FuJsonReader *reader,
                     const char   *data,
                     gsize         length,
                     GBytes       *owner)
{
  reader->start = data;
  reader->p = data;
  reader->end = data + length;
  reader->owner = owner != NULL ? g_bytes_ref (owner) : NULL;
  reader->depth = 0;
  reader->scratch = g_string_sized_new (1024);
  reader->name = g_string_sized_new (64);

  /* As json-glib does, a byte order mark is not part of the text. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    reader->p += 3;
}

void
fu_json_reader_clear (FuJsonReader *reader)
{
  g_clear_pointer (&reader->owner, g_bytes_unref);
  if (reader->scratch != NULL)
    g_string_free (g_steal_pointer (&reader->scratch), TRUE);
  if (reader->name != NULL)
    g_string_free (g_steal_pointer (&reader->name), TRUE);
}

static inline void
skip_space (FuJsonReader *reader)
{
  const char *p = reader->p;

  while (p < reader->end && fu_json_is_space (*p))
    p++;
  reader->p = p;
}

char
fu_json_reader_peek (FuJsonReader *reader)
{
  skip_space (reader);
  return reader->p < reader->end ? *reader->p : 0;
}

gboolean
fu_json_reader_at_end (FuJsonReader *reader)
{
  return fu_json_reader_peek (reader) == 0;
}

/* Up to the next byte that ends a plain run of a string: a quote, a
 * backslash, a control character (not allowed raw in JSON) or a byte
 * that is not UTF-8 (fu_json_prescan() then says so). */
static inline const char *
skip_plain (const char *p,
            const char *end)
{
  for (;;)
    {
      guchar c;
      guint n;

      while (end - p >= 8)
        {
          guint64 v = fu_json_load64 (p);

          if (fu_json_has_byte (v, '"') | fu_json_has_byte (v, '\\') | fu_json_has_less (v, 0x20) | (v & FU_JSON_HIGHS))
            break;
          p += 8;
        }
      if (p >= end)
        return p;
      c = *p;
      if (c == '"' || c == '\\' || c < 0x20)
        return p;
      if (c < 0x80)
        {
          p++;
          continue;
        }
      n = fu_json_utf8_char_length ((const guchar *) p, (const guchar *) end);
      if (n == 0)
        return p;
      p += n;
    }
}

static gboolean
read_hex4 (const char *p,
           const char *end,
           gunichar   *out)
{
  gunichar c = 0;

  if (end - p < 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return FALSE;
      c = c * 16 + digit;
    }
  *out = c;
  return TRUE;
}

/* Decodes the string at reader->p (a quote) into @out. */
static gboolean
scan_string (FuJsonReader  *reader,
             GString       *out,
             GError       **error)
{
  const char *p = reader->p + 1;
  const char *end = reader->end;

  g_string_truncate (out, 0);
  for (;;)
    {
      const char *run = p;
      gunichar c;

      p = skip_plain (p, end);
      if (p > run)
        g_string_append_len (out, run, p - run);
      if (p >= end || (*p != '"' && *p != '\\'))
        return not_json (error);
      if (*p == '"')
        {
          reader->p = p + 1;
          return TRUE;
        }

      /* A backslash */
      if (end - p < 2)
        return not_json (error);
      switch (p[1])
        {
        case '"':
        case '\\':
        case '/':
          g_string_append_c (out, p[1]);
          break;
        case 'b':
          g_string_append_c (out, '\b');
          break;
        case 'f':
          g_string_append_c (out, '\f');
          break;
        case 'n':
          g_string_append_c (out, '\n');
          break;
        case 'r':
          g_string_append_c (out, '\r');
          break;
        case 't':
          g_string_append_c (out, '\t');
          break;
        case 'u':
          if (!read_hex4 (p + 2, end, &c))
            return not_json (error);
          p += 4;
          if (c >= 0xd800 && c < 0xdc00)
            {
              gunichar low;

              if (end - p >= 8 && p[2] == '\\' && p[3] == 'u'
                  && read_hex4 (p + 4, end, &low) && low >= 0xdc00 && low < 0xe000)
                {
                  c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
                  p += 6;
                }
              else
                c = 0xfffd;  /* a lone half of a pair is no character */
            }
          else if (c >= 0xdc00 && c < 0xe000)
            c = 0xfffd;
          if (c == 0)
            return not_json (error);  /* fu_json_prescan() says why */
          g_string_append_unichar (out, c);
          break;
        default:
          return not_json (error);
        }
      p += 2;
    }
}

gboolean
fu_json_reader_read_text (FuJsonReader  *reader,
                          GError       **error)
{
  if (fu_json_reader_peek (reader) != '"')
    return not_json (error);
  return scan_string (reader, reader->scratch, error);
}

/* A new copy of the string at reader->p; most have no escapes and are
 * copied once, straight from the text. */
static gboolean
dup_string (FuJsonReader  *reader,
            char         **out,
            GError       **error)
{
  const char *start = reader->p + 1;
  const char *q = skip_plain (start, reader->end);

  if (q < reader->end && *q == '"')
    {
      gsize length = q - start;
      char *copy = g_malloc (length + 1);

      memcpy (copy, start, length);
      copy[length] = '\0';
      *out = copy;
      reader->p = q + 1;
      return TRUE;
    }

  if (!scan_string (reader, reader->scratch, error))
    return FALSE;
  *out = g_memdup2 (reader->scratch->str, reader->scratch->len + 1);
  return TRUE;
}

static gboolean
scan_literal (FuJsonReader  *reader,
              const char    *word,
              GError       **error)
{
  gsize length = strlen (word);

  if ((gsize) (reader->end - reader->p) < length || memcmp (reader->p, word, length) != 0)
    return not_json (error);
  reader->p += length;
  return TRUE;
}

/* Checks the number at reader->p against JSON's grammar. */
static gboolean
scan_number (FuJsonReader  *reader,
             const char   **start,
             gsize         *length,
             gboolean      *is_int,
             GError       **error)
{
  const char *p = reader->p;
  const char *end = reader->end;

  *start = p;
  *is_int = TRUE;
  if (p < end && *p == '-')
    p++;
  if (p < end && *p == '0')
    p++;
  else if (p < end && *p >= '1' && *p <= '9')
    while (p < end && g_ascii_isdigit (*p))
      p++;
  else
    return not_json (error);

  if (p < end && *p == '.')
    {
      p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return not_json (error);
      while (p < end && g_ascii_isdigit (*p))
        p++;
      *is_int = FALSE;
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return not_json (error);
      while (p < end && g_ascii_isdigit (*p))
        p++;
      *is_int = FALSE;
    }

  *length = p - *start;
  reader->p = p;
  return TRUE;
}

static gboolean
number_too_large (const char  *start,
                  gsize        length,
                  GError     **error)
{
  g_autofree char *text = g_strndup (start, length);

  g_set_error (error, FU_DATA_ERROR, FU_DATA_ERROR_OUT_OF_RANGE,
               _("the number %s is too large"), text);
  return FALSE;
}

gboolean
fu_json_reader_read_number (FuJsonReader  *reader,
                            gboolean      *is_int,
                            gint64        *int_value,
                            double        *double_value,
                            GError       **error)
{
  const char *start;
  gsize length;

  skip_space (reader);
  if (!scan_number (reader, &start, &length, is_int, error))
    return FALSE;

  if (*is_int)
    {
      gboolean negative = *start == '-';
      guint64 limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
      guint64 value = 0;

      for (gsize i = negative ? 1 : 0; i < length; i++)
        {
          guint digit = start[i] - '0';

          if (value > (limit - digit) / 10)
            return number_too_large (start, length, error);
          value = value * 10 + digit;
        }
      if (!negative)
        *int_value = (gint64) value;
      else if (value == (guint64) G_MAXINT64 + 1)
        *int_value = G_MININT64;
      else
        *int_value = -(gint64) value;
      *double_value = (double) *int_value;
    }
  else
    {
      g_autofree char *text = g_strndup (start, length);
      double d = g_ascii_strtod (text, NULL);

      if (!isfinite (d))
        return number_too_large (start, length, error);
      *double_value = d;
      *int_value = 0;  /* not (gint64) d: undefined beyond 64 bits (found by tests/fuzz) */
    }
  return TRUE;
}

gboolean
fu_json_reader_begin (FuJsonReader  *reader,
                      char           bracket,
                      GError       **error)
{
  if (fu_json_reader_peek (reader) != bracket)
    return not_json (error);
  reader->p++;
  if (++reader->depth > FU_JSON_MAX_DEPTH)
    {
      g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_TOO_DEEP,
                           _("it is nested too deeply"));
      return FALSE;
    }
  return TRUE;
}

static FuJsonNext
next_item (FuJsonReader  *reader,
           char           close,
           gboolean      *first,
           GError       **error)
{
  skip_space (reader);
  if (reader->p >= reader->end)
    goto bad;

  if (*reader->p == close)
    {
      /* Right after an opening or after an item; never after a comma. */
      reader->p++;
      reader->depth--;
      *first = FALSE;
      return FU_JSON_NEXT_END;
    }
  if (!*first)
    {
      if (*reader->p != ',')
        goto bad;
      reader->p++;
      skip_space (reader);
    }
  *first = FALSE;
  if (reader->p >= reader->end)
    goto bad;
  return FU_JSON_NEXT_ITEM;

bad:
  not_json (error);
  return FU_JSON_NEXT_ERROR;
}

FuJsonNext
fu_json_reader_next_member (FuJsonReader  *reader,
                            gboolean      *first,
                            GError       **error)
{
  FuJsonNext next = next_item (reader, '}', first, error);

  if (next != FU_JSON_NEXT_ITEM)
    return next;

  if (*reader->p != '"' || !scan_string (reader, reader->name, error))
    goto bad;
  skip_space (reader);
  if (reader->p >= reader->end || *reader->p != ':')
    goto bad;
  reader->p++;
  skip_space (reader);
  if (reader->p >= reader->end)
    goto bad;
  return FU_JSON_NEXT_ITEM;

bad:
  g_clear_error (error);
  not_json (error);
  return FU_JSON_NEXT_ERROR;
}

FuJsonNext
fu_json_reader_next_element (FuJsonReader  *reader,
                             gboolean      *first,
                             GError       **error)
{
  return next_item (reader, ']', first, error);
}

/* Builds a json-glib node of the next value; with @build FALSE, only
 * checks it and moves past it. */
static JsonNode *
read_value (FuJsonReader  *reader,
            gboolean       build,
            GError       **error)
{
  JsonNode *node = NULL;
  gboolean first = TRUE;
  FuJsonNext next;

  switch (fu_json_reader_peek (reader))
    {
    case '{':
      {
        JsonObject *object = NULL;

        if (!fu_json_reader_begin (reader, '{', error))
          return NULL;
        object = build ? json_object_new () : NULL;
        while ((next = fu_json_reader_next_member (reader, &first, error)) == FU_JSON_NEXT_ITEM)
          {
            g_autofree char *name = build ? g_strdup (reader->name->str) : NULL;
            JsonNode *member = read_value (reader, build, error);

            if (member == NULL)
              break;
            if (build)
              json_object_set_member (object, name, member);
          }
        if (next != FU_JSON_NEXT_END)
          {
            g_clear_pointer (&object, json_object_unref);
            return NULL;
          }
        if (!build)
          return GINT_TO_POINTER (1);
        node = json_node_init_object (json_node_alloc (), object);
        json_object_unref (object);
        return node;
      }
    case '[':
      {
        JsonArray *array = NULL;

        if (!fu_json_reader_begin (reader, '[', error))
          return NULL;
        array = build ? json_array_new () : NULL;
        while ((next = fu_json_reader_next_element (reader, &first, error)) == FU_JSON_NEXT_ITEM)
          {
            JsonNode *element = read_value (reader, build, error);

            if (element == NULL)
              break;
            if (build)
              json_array_add_element (array, element);
          }
        if (next != FU_JSON_NEXT_END)
          {
            g_clear_pointer (&array, json_array_unref);
            return NULL;
          }
        if (!build)
          return GINT_TO_POINTER (1);
        node = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
        return node;
      }
    case '"':
      if (!scan_string (reader, reader->scratch, error))
        return NULL;
      return build ? json_node_init_string (json_node_alloc (), reader->scratch->str) : GINT_TO_POINTER (1);
    case 't':
      if (!scan_literal (reader, "true", error))
        return NULL;
      return build ? json_node_init_boolean (json_node_alloc (), TRUE) : GINT_TO_POINTER (1);
    case 'f':
      if (!scan_literal (reader, "false", error))
        return NULL;
      return build ? json_node_init_boolean (json_node_alloc (), FALSE) : GINT_TO_POINTER (1);
    case 'n':
      if (!scan_literal (reader, "null", error))
        return NULL;
      return build ? json_node_init_null (json_node_alloc ()) : GINT_TO_POINTER (1);
    default:
      {
        gboolean is_int;
        gint64 i;
        double d;

        if (!fu_json_reader_read_number (reader, &is_int, &i, &d, error))
          return NULL;
        if (!build)
          return GINT_TO_POINTER (1);
        return is_int ? json_node_init_int (json_node_alloc (), i)
                      : json_node_init_double (json_node_alloc (), d);
      }
    }
}

gboolean
fu_json_reader_skip (FuJsonReader  *reader,
                     GError       **error)
{
  return read_value (reader, FALSE, error) != NULL;
}

JsonNode *
fu_json_reader_read_node (FuJsonReader  *reader,
                          GError       **error)
{
  return read_value (reader, TRUE, error);
}

/* The member readers */

/* A value of the wrong type: the message names the member. */
static gboolean
wrong_type (const char  *member,
            const char  *what,
            GError     **error)
{
  /* TRANSLATORS: the first %s is a member name of the data file such as
   * “title”, the second what it should be, such as “text”. */
  g_set_error (error, FU_DATA_ERROR, FU_DATA_ERROR_SHAPE,
               _("“%s” should be %s"), member, what);
  return FALSE;
}

gboolean
fu_json_read_string (FuJsonReader  *reader,
                     const char    *member,
                     char         **out,
                     GError       **error)
{
  char c = fu_json_reader_peek (reader);

  g_clear_pointer (out, g_free);
  if (c == 'n')
    return scan_literal (reader, "null", error);
  if (c != '"')
    return wrong_type (member, _("text"), error);
  return dup_string (reader, out, error);
}

gboolean
fu_json_read_time (FuJsonReader  *reader,
                   const char    *member,
                   GDateTime    **out,
                   GError       **error)
{
  char c = fu_json_reader_peek (reader);
  GDateTime *time;

  g_clear_pointer (out, g_date_time_unref);
  if (c == 'n')
    return scan_literal (reader, "null", error);
  if (c != '"')
    return wrong_type (member, _("a date and time"), error);
  if (!scan_string (reader, reader->scratch, error))
    return FALSE;
  time = fu_json_parse_time (reader->scratch->str);
  if (time == NULL)
    return wrong_type (member, _("a date and time with a UTC offset, like 2024-05-01T09:30:00+02:00"), error);
  *out = time;
  return TRUE;
}

gboolean
fu_json_read_bool (FuJsonReader  *reader,
                   const char    *member,
                   gboolean      *out,
                   GError       **error)
{
  switch (fu_json_reader_peek (reader))
    {
    case 'n':
      return scan_literal (reader, "null", error);
    case 't':
      *out = TRUE;
      return scan_literal (reader, "true", error);
    case 'f':
      *out = FALSE;
      return scan_literal (reader, "false", error);
    default:
      return wrong_type (member, _("true or false"), error);
    }
}

gboolean
fu_json_read_int64 (FuJsonReader  *reader,
                    const char    *member,
                    gint64        *out,
                    GError       **error)
{
  char c = fu_json_reader_peek (reader);
  const char *start = reader->p;
  gboolean is_int;
  gint64 value;
  double d;

  if (c == 'n')
    return scan_literal (reader, "null", error);
  if (c != '-' && !g_ascii_isdigit (c))
    return wrong_type (member, _("a whole number"), error);
  if (!fu_json_reader_read_number (reader, &is_int, &value, &d, error))
    return FALSE;
  if (!is_int)
    {
      reader->p = start;
      return wrong_type (member, _("a whole number"), error);
    }
  *out = value;
  return TRUE;
}

gboolean
fu_json_read_int (FuJsonReader  *reader,
                  const char    *member,
                  int           *out,
                  GError       **error)
{
  gint64 value = *out;

  if (!fu_json_read_int64 (reader, member, &value, error))
    return FALSE;
  if (value < G_MININT || value > G_MAXINT)
    {
      g_set_error (error, FU_DATA_ERROR, FU_DATA_ERROR_OUT_OF_RANGE,
                   _("“%s” is out of range"), member);
      return FALSE;
    }
  *out = (int) value;
  return TRUE;
}

gboolean
fu_json_read_enum (FuJsonReader  *reader,
                   const char    *member,
                   GType          type,
                   int           *out,
                   char         **raw,
                   GError       **error)
{
  char c = fu_json_reader_peek (reader);

  g_clear_pointer (raw, g_free);
  if (c == 'n')
    return scan_literal (reader, "null", error);
  if (c != '"')
    return wrong_type (member, _("text"), error);
  if (!scan_string (reader, reader->scratch, error))
    return FALSE;
  *out = fu_enum_from_string (type, reader->scratch->str);
  if (*out < 0)
    *raw = g_strdup (reader->scratch->str);
  return TRUE;
}

gboolean
fu_json_read_strv (FuJsonReader   *reader,
                   const char     *member,
                   char         ***out,
                   GError        **error)
{
  char c = fu_json_reader_peek (reader);
  g_autoptr(GPtrArray) strings = NULL;
  gboolean first = TRUE;
  FuJsonNext next;

  g_clear_pointer (out, g_strfreev);
  if (c == 'n')
    return scan_literal (reader, "null", error);
  if (c != '[')
    return wrong_type (member, _("a list of texts"), error);

  if (!fu_json_reader_begin (reader, '[', error))
    return FALSE;
  strings = g_ptr_array_new_with_free_func (g_free);
  while ((next = fu_json_reader_next_element (reader, &first, error)) == FU_JSON_NEXT_ITEM)
    {
      char *text = NULL;

      if (*reader->p != '"')
        return wrong_type (member, _("a list of texts"), error);
      if (!dup_string (reader, &text, error))
        return FALSE;
      g_ptr_array_add (strings, text);
    }
  if (next == FU_JSON_NEXT_ERROR)
    return FALSE;

  g_ptr_array_add (strings, NULL);
  *out = (char **) g_ptr_array_steal (strings, NULL);
  return TRUE;
}
