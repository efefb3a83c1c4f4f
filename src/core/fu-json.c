/* fu-json.c: JSON helpers of the data file
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "fu-enums.h"
#include "fu-json.h"
#include "fu-json-bytes.h"

G_DEFINE_QUARK (fu-data-error-quark, fu_data_error)

/* As g_utf8_validate_len() (no NUL either), with a fast path for ASCII. */
static gboolean
utf8_valid (const char *data,
            gsize       length)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + length;

  while (p < end)
    {
      guint n;

      if (end - p >= 8)
        {
          guint64 v = fu_json_load64 ((const char *) p);

          if (((v & FU_JSON_HIGHS) | fu_json_has_zero (v)) == 0)
            {
              p += 8;
              continue;
            }
        }

      if (*p < 0x80)
        {
          if (*p == 0)
            return FALSE;
          p++;
          continue;
        }
      n = fu_json_utf8_char_length (p, end);
      if (n == 0)
        return FALSE;
      p += n;
    }
  return TRUE;
}

/* Checks one number token: json-glib 1.6 wraps integers beyond int64 and
 * turns 1e400 into inf, which it would later write back as invalid JSON. */
static gboolean
check_number (const char  *start,
              gsize        length,
              GError     **error)
{
  g_autofree char *text = NULL;
  gboolean is_float = FALSE;
  gboolean has_exponent = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      is_float |= start[i] == '.';
      has_exponent |= start[i] == 'e' || start[i] == 'E';
    }

  /* Up to 18 digits always fit in int64, and a float needs an exponent
   * to overflow a double in a file of sane size: most numbers stop here. */
  if (length < 19 && !has_exponent)
    return TRUE;

  is_float |= has_exponent;
  text = g_strndup (start, length);
  errno = 0;
  if (is_float)
    {
      double d = g_ascii_strtod (text, NULL);

      if (!isfinite (d))
        goto out_of_range;
    }
  else
    {
      g_ascii_strtoll (text, NULL, 10);
      if (errno == ERANGE)
        goto out_of_range;
    }

  return TRUE;

out_of_range:
  g_set_error (error, FU_DATA_ERROR, FU_DATA_ERROR_OUT_OF_RANGE,
               _("the number %s is too large"), text);
  return FALSE;
}

gboolean
fu_json_prescan (const char  *data,
                 gsize        length,
                 GError     **error)
{
  const char *end = data + length;
  const char *p;
  guint depth = 0;
  guint top_level_values = 0;
  gboolean in_top_level_scalar = FALSE;
  const char *data_start = data;

  if (!utf8_valid (data, length))
    {
      g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_UTF8,
                           _("it is not UTF-8 text"));
      return FALSE;
    }

  /* json-glib skips a byte order mark: so must the count of top-level
   * values below, or a second value after one goes unnoticed (and
   * json-glib leaks the first; found by tests/fuzz). */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data_start = data + 3;

  for (p = data_start; p < end; p++)
    {
      char c = *p;

      if (fu_json_is_space (c))
        {
          in_top_level_scalar = FALSE;
          continue;
        }

      /* A bracket or a quote right after a scalar ("8{") starts a new
       * value as surely as one after a space does. */
      if (depth == 0 && in_top_level_scalar && (c == '{' || c == '[' || c == '"'))
        in_top_level_scalar = FALSE;

      if (depth == 0 && !in_top_level_scalar)
        {
          /* Text that does not start as JSON is left to the parser, which
           * refuses it; only a second value after a complete first one is
           * what json-glib would silently drop. */
          if (++top_level_values > 1)
            {
              /* After a scalar too: json-glib leaks the first value of
               * "8 {...}" (found by tests/fuzz), so it never sees one. */
              g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON,
                                   *data_start == '{' || *data_start == '['
                                   ? _("it holds more than one JSON value")
                                   : _("it is not valid JSON"));
              return FALSE;
            }
          if (top_level_values == 1)
            data_start = p;
          in_top_level_scalar = c != '{' && c != '[';
        }

      if (c == '"')
        {
          /* Skip the string; only a \u0000 escape matters inside. */
          for (p++; p < end && *p != '"'; p++)
            {
              while (end - p >= 8)
                {
                  guint64 v = fu_json_load64 (p);

                  if (fu_json_has_byte (v, '"') | fu_json_has_byte (v, '\\'))
                    break;
                  p += 8;
                }
              if (p >= end || *p == '"')
                break;
              if (*p == '\\' && p + 1 < end)
                {
                  /* json-glib 1.6 leaks on a \u without four hex digits
                   * (found by tests/fuzz): refuse it first. */
                  if (p[1] == 'u' &&
                      (end - p < 6 || !g_ascii_isxdigit (p[2]) || !g_ascii_isxdigit (p[3]) ||
                       !g_ascii_isxdigit (p[4]) || !g_ascii_isxdigit (p[5])))
                    {
                      g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON,
                                           _("it is not valid JSON"));
                      return FALSE;
                    }
                  if (p[1] == 'u' && end - p >= 6 && strncmp (p + 2, "0000", 4) == 0)
                    {
                      g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON,
                                           _("it contains a NUL character"));
                      return FALSE;
                    }
                  p++;
                }
            }
          if (p >= end)
            {
              g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON,
                                   _("it is cut short in the middle of a text"));
              return FALSE;
            }
        }
      else if (c == '{' || c == '[')
        {
          if (++depth > FU_JSON_MAX_DEPTH)
            {
              g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_TOO_DEEP,
                                   _("it is nested too deeply"));
              return FALSE;
            }
        }
      else if (c == '}' || c == ']')
        {
          if (depth == 0)
            {
              g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON,
                                   _("it is not valid JSON"));
              return FALSE;
            }
          depth--;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          const char *start = p;

          while (p + 1 < end && (g_ascii_isdigit (p[1]) || p[1] == '.' || p[1] == 'e'
                                 || p[1] == 'E' || p[1] == '+' || p[1] == '-'))
            p++;
          if (!check_number (start, p - start + 1, error))
            return FALSE;
        }
    }

  if (top_level_values == 0)
    {
      g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_EMPTY,
                           _("it is empty"));
      return FALSE;
    }

  if (depth != 0)
    {
      g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON,
                           _("it is cut short (incomplete)"));
      return FALSE;
    }

  return TRUE;
}

/* Always with seconds and a numeric offset (+00:00 rather than Z), so the
 * file reads the same whatever the zone; microseconds only when set. */
char *
fu_json_format_time (GDateTime *time)
{
  if (g_date_time_get_microsecond (time) != 0)
    return g_date_time_format (time, "%Y-%m-%dT%H:%M:%S.%f%:z");
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");
}

GDateTime *
fu_json_parse_time (const char *text)
{
  /* No default zone: a time without an offset is refused. */
  return g_date_time_new_from_iso8601 (text, NULL);
}

/* The same instant and the same offset: moving a time to another zone is
 * a change the file must record. */
gboolean
fu_date_time_same (GDateTime *a,
                   GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_time_equal (a, b)
         && g_date_time_get_utc_offset (a) == g_date_time_get_utc_offset (b);
}

gboolean
fu_strv_same (const char * const *a,
              const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);
  return g_strv_equal (a, b);
}

gboolean
fu_set_str (char       **field,
            const char  *value)
{
  char *copy;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  copy = g_strdup (value);
  g_free (*field);
  *field = copy;
  return TRUE;
}

void
fu_json_set_time (JsonObject *object,
                  const char *member,
                  GDateTime  *time)
{
  if (time != NULL)
    {
      g_autofree char *text = fu_json_format_time (time);

      json_object_set_string_member (object, member, text);
    }
}

void
fu_json_set_strv (JsonObject  *object,
                  const char  *member,
                  char       **strv)
{
  JsonArray *array;

  if (strv == NULL)
    return;

  array = json_array_sized_new (g_strv_length (strv));
  for (guint i = 0; strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);
  json_object_set_array_member (object, member, array);
}

void
fu_json_set_enum (JsonObject *object,
                  const char *member,
                  GType       type,
                  int         value,
                  const char *raw)
{
  const char *id = raw != NULL ? raw : fu_enum_to_string (type, value);

  if (id != NULL)
    json_object_set_string_member (object, member, id);
}
