/* fu-vcard-property.c: one line of a vCard, unfolded, and its value
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The syntax layer of the reader (RFC 6350 3.3, RFC 2426 4, vCard 2.1):
 * group, name, parameters in every version's style, the transfer
 * encodings and character sets, and backslash escapes.
 */
#include "config.h"

#include <string.h>

#include "fu-vcard-private.h"

static void
param_free (gpointer data)
{
  FuVCardParam *param = data;

  g_free (param->name);
  g_free (param->value);
  g_free (param);
}

void
fu_vcard_property_free (gpointer data)
{
  FuVCardProperty *prop = data;

  g_free (prop->group);
  g_free (prop->name);
  g_ptr_array_unref (prop->params);
  g_free (prop->value);
  g_free (prop);
}

/* Binary values (pictures, sounds, keys) are of no use to FollowUp and can
 * be megabytes of base64: they are neither kept nor checked. */
gboolean
fu_vcard_is_binary_property (const char *name)
{
  return g_str_equal (name, "PHOTO") || g_str_equal (name, "LOGO") ||
         g_str_equal (name, "SOUND") || g_str_equal (name, "KEY");
}

/* RFC 6868: ^n is a newline, ^' a double quote, ^^ a caret. */
static char *
param_value_decode (const char *start,
                    const char *end)
{
  GString *out = g_string_sized_new (end - start);

  for (const char *p = start; p < end; p++)
    {
      if (*p == '"')
        continue;
      if (*p == '^' && p + 1 < end && strchr ("n'^", p[1]) != NULL)
        {
          p++;
          g_string_append_c (out, *p == 'n' ? '\n' : *p == '\'' ? '"' : '^');
          continue;
        }
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* 2.1 writes parameter values alone: ";WORK;PREF", ";QUOTED-PRINTABLE". */
static const char *
bare_param_name (const char *value)
{
  static const char * const encodings[] = { "QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT" };

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    if (g_ascii_strcasecmp (value, encodings[i]) == 0)
      return "ENCODING";

  return "TYPE";
}

/* One unfolded line: [group "."] name *(";" param) ":" value.  Returns
 * NULL for a line that is not a property. */
FuVCardProperty *
fu_vcard_property_parse (const char *line,
                         gsize       len)
{
  const char *end = line + len;
  const char *p = line;
  const char *dot = NULL;
  FuVCardProperty *prop;

  while (p < end && (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.'))
    {
      if (*p == '.')
        dot = p;
      p++;
    }
  if (p == line || p >= end || (*p != ':' && *p != ';'))
    return NULL;

  prop = g_new0 (FuVCardProperty, 1);
  prop->params = g_ptr_array_new_with_free_func (param_free);
  if (dot != NULL)
    {
      prop->group = g_ascii_strdown (line, dot - line);
      prop->name = g_ascii_strup (dot + 1, p - dot - 1);
    }
  else
    {
      prop->name = g_ascii_strup (line, p - line);
    }

  while (p < end && *p == ';')
    {
      const char *start = ++p;
      const char *equals = NULL;
      gboolean quoted = FALSE;
      FuVCardParam *param;

      for (; p < end; p++)
        {
          if (*p == '"')
            quoted = !quoted;
          else if (!quoted && (*p == ';' || *p == ':'))
            break;
          else if (!quoted && *p == '=' && equals == NULL)
            equals = p;
        }
      if (p == start)
        continue;

      param = g_new0 (FuVCardParam, 1);
      if (equals != NULL)
        {
          param->name = g_ascii_strup (start, equals - start);
          param->value = param_value_decode (equals + 1, p);
        }
      else
        {
          param->value = param_value_decode (start, p);
          param->name = g_strdup (bare_param_name (param->value));
        }
      g_ptr_array_add (prop->params, param);
    }

  if (p >= end || *p != ':')
    {
      fu_vcard_property_free (prop);
      return NULL;
    }

  p++;
  if (!fu_vcard_is_binary_property (prop->name))
    {
      prop->value = g_strndup (p, end - p);
      prop->value_len = end - p;
    }
  else
    {
      prop->value = g_strdup ("");
    }

  return prop;
}

const char *
fu_vcard_property_param (const FuVCardProperty *prop,
                         const char            *name)
{
  for (guint i = 0; i < prop->params->len; i++)
    {
      const FuVCardParam *param = g_ptr_array_index (prop->params, i);

      if (g_str_equal (param->name, name))
        return param->value;
    }

  return NULL;
}

/* TYPE may repeat (3.0: TYPE=INTERNET;TYPE=pref) or list (4.0:
 * TYPE="work,voice", 3.0: TYPE=INTERNET,pref). */
gboolean
fu_vcard_property_has_type (const FuVCardProperty *prop,
                            const char            *type)
{
  for (guint i = 0; i < prop->params->len; i++)
    {
      const FuVCardParam *param = g_ptr_array_index (prop->params, i);
      g_auto(GStrv) values = NULL;

      if (!g_str_equal (param->name, "TYPE"))
        continue;

      values = g_strsplit (param->value, ",", -1);
      for (guint j = 0; values[j] != NULL; j++)
        if (g_ascii_strcasecmp (g_strstrip (values[j]), type) == 0)
          return TRUE;
    }

  return FALSE;
}

/* Lower is more preferred: 4.0 PREF=1..100, 3.0 TYPE=pref counts as 1,
 * no preference as 101 (after every explicit one). */
guint
fu_vcard_property_pref (const FuVCardProperty *prop)
{
  const char *pref = fu_vcard_property_param (prop, "PREF");
  guint64 level;

  if (pref != NULL && g_ascii_string_to_unsigned (pref, 10, 1, 100, &level, NULL))
    return level;
  if (fu_vcard_property_has_type (prop, "pref"))
    return 1;

  return 101;
}

/* "=XX" escapes; a "=" the unfolding left at the very end is a soft
 * line break.  Anything else is a broken encoding. */
static GString *
qp_decode (const char *s,
           gsize       len)
{
  GString *out = g_string_sized_new (len);

  for (gsize i = 0; i < len; i++)
    {
      int hi, lo;

      if (s[i] != '=')
        {
          g_string_append_c (out, s[i]);
          continue;
        }
      if (i + 1 == len)
        break;
      if (i + 2 >= len ||
          (hi = g_ascii_xdigit_value (s[i + 1])) < 0 ||
          (lo = g_ascii_xdigit_value (s[i + 2])) < 0)
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      g_string_append_c (out, (char) (hi << 4 | lo));
      i += 2;
    }

  return out;
}

static gboolean
charset_is_utf8 (const char *charset)
{
  return charset == NULL ||
         g_ascii_strcasecmp (charset, "UTF-8") == 0 ||
         g_ascii_strcasecmp (charset, "UTF8") == 0 ||
         g_ascii_strcasecmp (charset, "US-ASCII") == 0;
}

/* The value as UTF-8 with LF line ends, still backslash-escaped; NULL
 * when its encoding or character set is broken. */
char *
fu_vcard_property_decode (const FuVCardProperty *prop)
{
  const char *encoding = fu_vcard_property_param (prop, "ENCODING");
  const char *charset = fu_vcard_property_param (prop, "CHARSET");
  g_autoptr(GString) bytes = NULL;
  g_autofree char *converted = NULL;
  GString *text;
  const char *utf8;
  gsize utf8_len;

  if (encoding != NULL && g_ascii_strcasecmp (encoding, "QUOTED-PRINTABLE") == 0)
    {
      bytes = qp_decode (prop->value, prop->value_len);
      if (bytes == NULL)
        return NULL;
    }
  else if (encoding != NULL &&
           (g_ascii_strcasecmp (encoding, "B") == 0 || g_ascii_strcasecmp (encoding, "BASE64") == 0))
    {
      gsize decoded_len;
      g_autofree guchar *decoded = g_base64_decode (prop->value, &decoded_len);

      bytes = g_string_new_len ((const char *) decoded, decoded_len);
    }
  else
    {
      bytes = g_string_new_len (prop->value, prop->value_len);
    }

  utf8 = bytes->str;
  utf8_len = bytes->len;
  if (!charset_is_utf8 (charset))
    {
      converted = g_convert (bytes->str, bytes->len, "UTF-8", charset, NULL, &utf8_len, NULL);
      if (converted == NULL)
        return NULL;
      utf8 = converted;
    }

  if (!g_utf8_validate_len (utf8, utf8_len, NULL))
    return NULL;

  text = g_string_sized_new (utf8_len);
  for (gsize i = 0; i < utf8_len; i++)
    {
      if (utf8[i] == '\r')
        {
          g_string_append_c (text, '\n');
          if (i + 1 < utf8_len && utf8[i + 1] == '\n')
            i++;
        }
      else
        {
          g_string_append_c (text, utf8[i]);
        }
    }

  return g_string_free (text, FALSE);
}

/* Splits on @sep where it is not escaped by a backslash; the parts keep
 * their escapes. */
GPtrArray *
fu_vcard_split_escaped (const char *s,
                        char        sep)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = s;

  for (const char *p = s; ; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          continue;
        }
      if (*p == sep || *p == '\0')
        {
          g_ptr_array_add (parts, g_strndup (start, p - start));
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }

  return parts;
}

/* 3.0 and 4.0 escape \\ \, \; and \n (or \N); Google also escapes
 * colons.  2.1 only knows \; so a Windows path in a 2.1 note survives. */
char *
fu_vcard_unescape (const char *s,
                   gboolean    v21)
{
  GString *out = g_string_sized_new (strlen (s));

  for (const char *p = s; *p != '\0'; p++)
    {
      if (*p != '\\' || p[1] == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }

      if (v21)
        {
          if (p[1] == ';')
            p++;
          g_string_append_c (out, *p);
          continue;
        }

      switch (p[1])
        {
        case 'n':
        case 'N':
          g_string_append_c (out, '\n');
          p++;
          break;
        case '\\':
        case ',':
        case ';':
        case ':':
          g_string_append_c (out, p[1]);
          p++;
          break;
        default:
          g_string_append_c (out, '\\');
          break;
        }
    }

  return g_string_free (out, FALSE);
}
