/* fu-merge.c: merge fields of the composer's templates
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fu-merge.h"

static const char * const field_names[] = {
  "first_name",
  "company",
  "job_title",
  "round_date",
  "discussion_point",
  "rapport_note",
  "my_name",
  "signature",
  "outcome",
  NULL
};

const char * const *
fu_merge_get_field_names (void)
{
  return field_names;
}

void
fu_merge_field_free (FuMergeField *field)
{
  if (field == NULL)
    return;
  g_free (field->name);
  g_free (field);
}

/* A field name: lower-case letters, digits and underscores after the
 * brace; anything else (a literal brace in a note) is plain text.
 * Returns the length of "{name}" or 0. */
static gsize
field_at (const char *p)
{
  const char *q = p + 1;

  if (*p != '{' || !g_ascii_islower (*q))
    return 0;
  while (g_ascii_islower (*q) || g_ascii_isdigit (*q) || *q == '_')
    q++;
  return *q == '}' ? (gsize) (q - p + 1) : 0;
}

char *
fu_merge_fill (const char  *text,
               GHashTable  *values,
               GPtrArray  **unfilled)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) left = g_ptr_array_new_with_free_func ((GDestroyNotify) fu_merge_field_free);
  glong chars = 0;

  for (const char *p = text != NULL ? text : ""; *p != '\0';)
    {
      gsize len = field_at (p);

      if (len > 0)
        {
          g_autofree char *name = g_strndup (p + 1, len - 2);
          const char *value = values != NULL ? g_hash_table_lookup (values, name) : NULL;

          if (value != NULL)
            {
              g_string_append (out, value);
              chars += g_utf8_strlen (value, -1);
            }
          else
            {
              FuMergeField *field = g_new0 (FuMergeField, 1);

              field->name = g_steal_pointer (&name);
              field->start = chars;
              field->end = chars + len;
              g_ptr_array_add (left, field);
              g_string_append_len (out, p, len);
              chars += len;
            }
          p += len;
        }
      else
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          chars++;
          p = next;
        }
    }

  if (unfilled != NULL)
    *unfilled = g_steal_pointer (&left);
  return g_string_free (out, FALSE);
}

GPtrArray *
fu_merge_find_fields (const char *text)
{
  GPtrArray *fields = NULL;
  g_autofree char *same = fu_merge_fill (text, NULL, &fields);

  return fields;
}
