/* fu-vcard-write.c: writing contacts as vCard 4.0 (RFC 6350)
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fu-vcard.h"

/* RFC 6350 3.2: a physical line is at most 75 octets, not counting the
 * CRLF; a continuation starts with one space, which counts. */
#define MAX_LINE_OCTETS 75

typedef enum {
  VALUE_TEXT,        /* \ , ; and newlines escaped */
  VALUE_URI,         /* never escaped; line breaks cannot be in a URI */
} ValueKind;

/* Controls other than tab are not allowed in a value (RFC 6350 3.3), and
 * whatever the app hands in must not break the file: invalid UTF-8 is
 * replaced rather than written. */
static void
append_value (GString    *line,
              const char *value,
              ValueKind   kind)
{
  g_autofree char *valid = g_utf8_make_valid (value, -1);

  for (const char *p = valid; *p != '\0'; p++)
    {
      if (*p == '\r' || *p == '\n')
        {
          if (*p == '\r' && p[1] == '\n')
            p++;
          if (kind == VALUE_TEXT)
            g_string_append (line, "\\n");
          continue;
        }
      if ((guchar) *p < 0x20 && *p != '\t')
        continue;
      if (kind == VALUE_TEXT && (*p == '\\' || *p == ',' || *p == ';'))
        g_string_append_c (line, '\\');
      g_string_append_c (line, *p);
    }
}

/* Folds at MAX_LINE_OCTETS, only between characters, so every physical
 * line is valid UTF-8 on its own. */
static void
append_folded (GString    *out,
               const char *line)
{
  gsize octets = 0;

  for (const char *p = line; *p != '\0'; )
    {
      const char *next = g_utf8_next_char (p);
      gsize len = next - p;

      if (octets + len > MAX_LINE_OCTETS)
        {
          g_string_append (out, "\r\n ");
          octets = 1;
        }
      g_string_append_len (out, p, len);
      octets += len;
      p = next;
    }

  g_string_append (out, "\r\n");
}

static gboolean
is_empty (const char *s)
{
  return s == NULL || *s == '\0';
}

static void
write_property (GString    *out,
                const char *name,
                const char *value,
                ValueKind   kind)
{
  g_autoptr(GString) line = NULL;

  if (is_empty (value))
    return;

  line = g_string_new (name);
  g_string_append_c (line, ':');
  append_value (line, value, kind);
  append_folded (out, line->str);
}

/* N is written even when only a full name is known, as GNOME Contacts
 * and older readers expect it: the last word is taken as the family
 * name, the rest as the given names. */
static void
write_name (GString              *out,
            const FuVCardContact *contact)
{
  g_autoptr(GString) line = g_string_new ("N:");
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;

  if (!is_empty (contact->given_name) || !is_empty (contact->family_name))
    {
      given = g_strdup (contact->given_name);
      family = g_strdup (contact->family_name);
    }
  else if (!is_empty (contact->full_name))
    {
      g_autofree char *name = g_strstrip (g_strdup (contact->full_name));
      char *space = strrchr (name, ' ');

      if (space != NULL)
        {
          family = g_strdup (space + 1);
          *space = '\0';
          given = g_strdup (g_strchomp (name));
        }
      else
        {
          given = g_strdup (name);
        }
    }

  append_value (line, family != NULL ? family : "", VALUE_TEXT);
  g_string_append_c (line, ';');
  append_value (line, given != NULL ? given : "", VALUE_TEXT);
  g_string_append (line, ";;;");
  append_folded (out, line->str);
}

/* FN is required; a contact without a full name is named by what it
 * has. */
static char *
display_name (const FuVCardContact *contact)
{
  if (!is_empty (contact->full_name))
    return g_strdup (contact->full_name);
  if (!is_empty (contact->given_name) && !is_empty (contact->family_name))
    return g_strconcat (contact->given_name, " ", contact->family_name, NULL);
  if (!is_empty (contact->given_name) || !is_empty (contact->family_name))
    return g_strdup (is_empty (contact->given_name) ? contact->family_name : contact->given_name);
  if (!is_empty (contact->organization))
    return g_strdup (contact->organization);
  if (contact->emails->len > 0)
    return g_strdup (g_ptr_array_index (contact->emails, 0));

  return g_strdup ("");
}

static void
write_contact (GString              *out,
               const FuVCardContact *contact)
{
  g_autoptr(GString) fn = g_string_new ("FN:");
  g_autofree char *name = display_name (contact);

  g_string_append (out, "BEGIN:VCARD\r\nVERSION:4.0\r\n");
  append_folded (out, "PRODID:-//FollowUp//FollowUp " PACKAGE_VERSION "//EN");
  write_property (out, "UID", contact->uid, VALUE_TEXT);

  append_value (fn, name, VALUE_TEXT);
  append_folded (out, fn->str);
  write_name (out, contact);

  write_property (out, "ORG", contact->organization, VALUE_TEXT);
  write_property (out, "TITLE", contact->title, VALUE_TEXT);

  for (guint i = 0; i < contact->emails->len; i++)
    write_property (out, i == 0 ? "EMAIL;PREF=1" : "EMAIL",
                    g_ptr_array_index (contact->emails, i), VALUE_TEXT);
  for (guint i = 0; i < contact->phones->len; i++)
    write_property (out, i == 0 ? "TEL;PREF=1" : "TEL",
                    g_ptr_array_index (contact->phones, i), VALUE_TEXT);

  /* Other programs show it as a web page; FollowUp knows it by the type
   * even when the address is not on linkedin.com. */
  write_property (out, "URL;TYPE=x-linkedin", contact->linkedin_url, VALUE_URI);
  for (guint i = 0; i < contact->urls->len; i++)
    write_property (out, "URL", g_ptr_array_index (contact->urls, i), VALUE_URI);

  /* Addresses are kept as formatted text, which goes in the street
   * component: other programs show it whole and it reads back unchanged. */
  for (guint i = 0; i < contact->addresses->len; i++)
    {
      g_autoptr(GString) adr = g_string_new ("ADR:;;");

      append_value (adr, g_ptr_array_index (contact->addresses, i), VALUE_TEXT);
      g_string_append (adr, ";;;;");
      append_folded (out, adr->str);
    }

  write_property (out, "NOTE", contact->note, VALUE_TEXT);

  write_property (out, "X-FOLLOWUP-PART", contact->part, VALUE_TEXT);
  write_property (out, "X-FOLLOWUP-RAPPORT", contact->rapport, VALUE_TEXT);
  if (contact->stay_in_touch || contact->stay_in_touch_days > 0)
    {
      g_autoptr(GString) line = g_string_new ("X-FOLLOWUP-STAY-IN-TOUCH");

      if (contact->stay_in_touch_days > 0)
        g_string_append_printf (line, ";X-INTERVAL-DAYS=%u", contact->stay_in_touch_days);
      g_string_append (line, contact->stay_in_touch ? ":TRUE" : ":FALSE");
      append_folded (out, line->str);
    }

  g_string_append (out, "END:VCARD\r\n");
}

char *
fu_vcard_write_one (const FuVCardContact *contact)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (contact != NULL, g_string_free (out, FALSE));

  write_contact (out, contact);

  return g_string_free (out, FALSE);
}

/* All of @contacts (FuVCardContact) in one file, one card each. */
char *
fu_vcard_write (GPtrArray *contacts)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (contacts != NULL, g_string_free (out, FALSE));

  for (guint i = 0; i < contacts->len; i++)
    write_contact (out, g_ptr_array_index (contacts, i));

  return g_string_free (out, FALSE);
}
