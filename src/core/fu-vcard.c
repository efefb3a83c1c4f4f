/* fu-vcard.c: the vCard contact record, merging and duplicates
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "fu-vcard.h"

G_DEFINE_BOXED_TYPE (FuVCardContact, fu_vcard_contact,
                     fu_vcard_contact_ref, fu_vcard_contact_unref)

FuVCardContact *
fu_vcard_contact_new (void)
{
  FuVCardContact *self = g_atomic_rc_box_new0 (FuVCardContact);

  self->emails = g_ptr_array_new_with_free_func (g_free);
  self->phones = g_ptr_array_new_with_free_func (g_free);
  self->urls = g_ptr_array_new_with_free_func (g_free);
  self->addresses = g_ptr_array_new_with_free_func (g_free);

  return self;
}

FuVCardContact *
fu_vcard_contact_ref (FuVCardContact *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
fu_vcard_contact_clear (FuVCardContact *self)
{
  g_free (self->uid);
  g_free (self->full_name);
  g_free (self->given_name);
  g_free (self->family_name);
  g_free (self->organization);
  g_free (self->title);
  g_ptr_array_unref (self->emails);
  g_ptr_array_unref (self->phones);
  g_free (self->linkedin_url);
  g_ptr_array_unref (self->urls);
  g_ptr_array_unref (self->addresses);
  g_free (self->note);
  g_free (self->part);
  g_free (self->rapport);
}

void
fu_vcard_contact_unref (FuVCardContact *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify) fu_vcard_contact_clear);
}

/* The preferred address, or NULL. */
const char *
fu_vcard_contact_get_email (const FuVCardContact *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->emails->len > 0 ? g_ptr_array_index (self->emails, 0) : NULL;
}

/* People type addresses with stray spaces and capitals, and some
 * programs write "mailto:" URIs; none of that makes a different mailbox. */
char *
fu_vcard_normalize_email (const char *email)
{
  g_autofree char *copy = NULL;
  const char *start;

  if (email == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (email));
  start = copy;
  if (g_ascii_strncasecmp (start, "mailto:", 7) == 0)
    start += 7;
  while (g_ascii_isspace (*start))
    start++;

  if (*start == '\0')
    return NULL;

  return g_utf8_casefold (start, -1);
}

/* True for linkedin.com and its country hosts (uk.linkedin.com), with
 * or without a scheme, as people paste them. */
gboolean
fu_vcard_is_linkedin_url (const char *url)
{
  const char *host;
  const char *end;
  const char *scheme;
  g_autofree char *lower = NULL;

  if (url == NULL)
    return FALSE;

  host = url;
  while (g_ascii_isspace (*host))
    host++;
  scheme = strstr (host, "://");
  if (scheme != NULL)
    host = scheme + 3;

  end = host + strcspn (host, "/?#: \t");
  lower = g_ascii_strdown (host, end - host);

  return g_str_equal (lower, "linkedin.com") ||
         g_str_has_suffix (lower, ".linkedin.com");
}

/* ADR components in vCard order: post office box, extended address,
 * street, locality, region, postal code, country. */
char *
fu_vcard_format_address (const char * const *components,
                         gsize               n_components)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) town = g_string_new (NULL);

#define COMPONENT(i) ((i) < n_components && components[i] != NULL ? components[i] : "")

  for (guint i = 0; i < 3; i++)
    if (*COMPONENT (i) != '\0')
      g_ptr_array_add (lines, g_strdup (COMPONENT (i)));

  for (guint i = 3; i < 6; i++)
    {
      if (*COMPONENT (i) == '\0')
        continue;
      if (town->len > 0)
        g_string_append_c (town, ' ');
      g_string_append (town, COMPONENT (i));
    }
  if (town->len > 0)
    g_ptr_array_add (lines, g_string_free (g_steal_pointer (&town), FALSE));

  if (*COMPONENT (6) != '\0')
    g_ptr_array_add (lines, g_strdup (COMPONENT (6)));

#undef COMPONENT

  if (lines->len == 0)
    return NULL;

  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static gboolean
is_empty (const char *s)
{
  return s == NULL || *s == '\0';
}

/* Phone numbers match when their digits do: "+44 20 7946 0000" and
 * "+442079460000" are the same line. */
static char *
phone_key (const char *phone)
{
  GString *key = g_string_new (NULL);

  for (const char *p = phone; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || *p == '+')
      g_string_append_c (key, *p);

  return g_string_free (key, FALSE);
}

typedef char *(*KeyFunc) (const char *value);

static gboolean
list_contains (GPtrArray  *list,
               const char *value,
               KeyFunc     key_func)
{
  g_autofree char *key = key_func != NULL ? key_func (value) : g_strdup (value);

  for (guint i = 0; i < list->len; i++)
    {
      g_autofree char *other = key_func != NULL
        ? key_func (g_ptr_array_index (list, i))
        : g_strdup (g_ptr_array_index (list, i));

      if (g_strcmp0 (key, other) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
union_list (GPtrArray *into,
            GPtrArray *from,
            KeyFunc    key_func)
{
  for (guint i = 0; i < from->len; i++)
    {
      const char *value = g_ptr_array_index (from, i);

      if (!list_contains (into, value, key_func))
        g_ptr_array_add (into, g_strdup (value));
    }
}

/* Text the user wrote (notes) is never dropped: the other side is added
 * after a blank line unless it is already there. */
static void
append_text (char       **into,
             const char  *text)
{
  char *joined;

  if (is_empty (text))
    return;
  if (is_empty (*into))
    {
      g_free (*into);
      *into = g_strdup (text);
      return;
    }
  if (strstr (*into, text) != NULL)
    return;

  joined = g_strconcat (*into, "\n\n", text, NULL);
  g_free (*into);
  *into = joined;
}

/* A single-valued field: fill it when empty.  Returns TRUE when both
 * are set and differ: the caller keeps ours and records theirs. */
static gboolean
fill_or_conflicts (char       **into,
                   const char  *from)
{
  if (is_empty (from))
    return FALSE;
  if (is_empty (*into))
    {
      g_free (*into);
      *into = g_strdup (from);
      return FALSE;
    }

  return g_utf8_collate (*into, from) != 0;
}

static void
note_take_line (FuVCardContact *self,
                char           *line)
{
  append_text (&self->note, line);
  g_free (line);
}

/* Fills what @self lacks from @other (the same person, found by email),
 * without losing the data of either: lists are joined, notes appended,
 * and a differing name, company or title of @other is kept in the note.
 * @self's part and uid win. */
void
fu_vcard_contact_merge (FuVCardContact       *self,
                        const FuVCardContact *other)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (other != NULL);

  if (is_empty (self->given_name) && is_empty (self->family_name))
    {
      g_free (self->given_name);
      g_free (self->family_name);
      self->given_name = g_strdup (other->given_name);
      self->family_name = g_strdup (other->family_name);
    }

  if (fill_or_conflicts (&self->full_name, other->full_name))
    /* Translators: a note added when merging contacts with different names */
    note_take_line (self, g_strdup_printf (_("Also known as: %s"), other->full_name));
  if (fill_or_conflicts (&self->organization, other->organization))
    /* Translators: a note added when merging contacts with different companies */
    note_take_line (self, g_strdup_printf (_("Company: %s"), other->organization));
  if (fill_or_conflicts (&self->title, other->title))
    /* Translators: a note added when merging contacts with different job titles */
    note_take_line (self, g_strdup_printf (_("Title: %s"), other->title));

  union_list (self->emails, other->emails, fu_vcard_normalize_email);
  union_list (self->phones, other->phones, phone_key);

  if (is_empty (self->linkedin_url))
    {
      g_free (self->linkedin_url);
      self->linkedin_url = g_strdup (other->linkedin_url);
    }
  else if (!is_empty (other->linkedin_url) &&
           g_strcmp0 (self->linkedin_url, other->linkedin_url) != 0 &&
           !list_contains (self->urls, other->linkedin_url, NULL))
    {
      g_ptr_array_add (self->urls, g_strdup (other->linkedin_url));
    }
  union_list (self->urls, other->urls, NULL);
  union_list (self->addresses, other->addresses, NULL);

  append_text (&self->note, other->note);
  append_text (&self->rapport, other->rapport);

  if (is_empty (self->uid))
    {
      g_free (self->uid);
      self->uid = g_strdup (other->uid);
    }
  if (is_empty (self->part))
    {
      g_free (self->part);
      self->part = g_strdup (other->part);
    }

  self->stay_in_touch = self->stay_in_touch || other->stay_in_touch;
  if (self->stay_in_touch_days == 0)
    self->stay_in_touch_days = other->stay_in_touch_days;
}

/* For each imported card whose email is already known, one match: with
 * an existing contact (@existing_emails holds one nullable address per
 * existing contact, index for index) or else with an earlier card of
 * this import.  Cards are looked at by their preferred address first. */
GArray *
fu_vcard_find_duplicates (GPtrArray *cards,
                          GPtrArray *existing_emails)
{
  g_autoptr(GHashTable) existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) earlier = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (FuVCardMatch));

  g_return_val_if_fail (cards != NULL, matches);

  for (guint i = 0; existing_emails != NULL && i < existing_emails->len; i++)
    {
      char *key = fu_vcard_normalize_email (g_ptr_array_index (existing_emails, i));

      if (key == NULL || g_hash_table_contains (existing, key))
        g_free (key);
      else
        g_hash_table_insert (existing, key, GUINT_TO_POINTER (i));
    }

  for (guint c = 0; c < cards->len; c++)
    {
      FuVCardContact *card = g_ptr_array_index (cards, c);
      gboolean found = FALSE;

      for (guint pass = 0; pass < 2 && !found; pass++)
        {
          GHashTable *table = pass == 0 ? existing : earlier;

          for (guint e = 0; e < card->emails->len && !found; e++)
            {
              g_autofree char *key = fu_vcard_normalize_email (g_ptr_array_index (card->emails, e));
              gpointer other;

              if (key != NULL && g_hash_table_lookup_extended (table, key, NULL, &other))
                {
                  FuVCardMatch match = {
                    .card = c,
                    .kind = pass == 0 ? FU_VCARD_MATCH_EXISTING : FU_VCARD_MATCH_EARLIER_CARD,
                    .other = GPOINTER_TO_UINT (other),
                  };

                  g_array_append_val (matches, match);
                  found = TRUE;
                }
            }
        }

      for (guint e = 0; e < card->emails->len; e++)
        {
          char *key = fu_vcard_normalize_email (g_ptr_array_index (card->emails, e));

          if (key == NULL || g_hash_table_contains (earlier, key))
            g_free (key);
          else
            g_hash_table_insert (earlier, key, GUINT_TO_POINTER (c));
        }
    }

  return matches;
}
