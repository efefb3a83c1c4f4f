/* fu-contact-vcard.c: contacts to and from vCards, and the import plan
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fu-contact-vcard.h"

struct _FuContactImportPlan
{
  GPtrArray *cards;     /* FuVCardContact */
  GPtrArray *problems;  /* char* */
  GPtrArray *existing;  /* FuContact, indexed like the emails given to the matcher */
  GArray    *matches;   /* FuVCardMatch */
};

static gboolean
is_empty (const char *s)
{
  return s == NULL || *s == '\0';
}

static char *
dup_or_null (const char *s)
{
  return is_empty (s) ? NULL : g_strdup (s);
}

FuVCardContact *
fu_contact_to_vcard (FuContact *contact)
{
  FuVCardContact *card;
  FuPart part;

  g_return_val_if_fail (FU_IS_CONTACT (contact), NULL);

  card = fu_vcard_contact_new ();
  card->uid = dup_or_null (fu_contact_get_id (contact));
  card->full_name = dup_or_null (fu_contact_get_name (contact));
  card->organization = dup_or_null (fu_contact_get_company (contact));
  if (!is_empty (fu_contact_get_email (contact)))
    g_ptr_array_add (card->emails, g_strdup (fu_contact_get_email (contact)));
  if (!is_empty (fu_contact_get_phone (contact)))
    g_ptr_array_add (card->phones, g_strdup (fu_contact_get_phone (contact)));
  card->linkedin_url = dup_or_null (fu_contact_get_linkedin (contact));
  card->note = dup_or_null (fu_contact_get_notes (contact));
  card->rapport = dup_or_null (fu_contact_get_rapport_notes (contact));
  part = fu_contact_get_part (contact);
  if (part != FU_PART_UNKNOWN)
    card->part = g_strdup (fu_part_to_string (part));
  card->stay_in_touch = fu_contact_get_stay_in_touch (contact);
  card->stay_in_touch_days = MAX (fu_contact_get_stay_in_touch_days (contact), 0);

  return card;
}

/* One line of the notes for a value the contact has no field for,
 * unless the notes hold that line already (a merge done twice). */
static void
add_note_line (GString    *notes,
               const char *label,
               const char *value)
{
  g_autofree char *line = g_strdup_printf ("%s: %s", label, value);
  const char *found = strstr (notes->str, line);

  if (found != NULL && (found == notes->str || found[-1] == '\n') &&
      (found[strlen (line)] == '\0' || found[strlen (line)] == '\n'))
    return;

  if (notes->len > 0)
    g_string_append_c (notes, '\n');
  g_string_append (notes, line);
}

static void
add_note_lines (GString    *notes,
                const char *label,
                GPtrArray  *values,
                guint       first)
{
  for (guint i = first; values != NULL && i < values->len; i++)
    {
      g_autofree char *one_line = g_strdup (g_ptr_array_index (values, i));

      g_strdelimit (one_line, "\r\n", ' ');
      add_note_line (notes, label, one_line);
    }
}

void
fu_contact_apply_vcard (FuContact            *contact,
                        const FuVCardContact *card)
{
  g_autoptr(GString) notes = NULL;
  FuPart part;

  g_return_if_fail (FU_IS_CONTACT (contact));
  g_return_if_fail (card != NULL);

  fu_contact_set_name (contact, card->full_name);
  fu_contact_set_company (contact, card->organization);
  fu_contact_set_email (contact, card->emails->len > 0 ? g_ptr_array_index (card->emails, 0) : NULL);
  fu_contact_set_phone (contact, card->phones->len > 0 ? g_ptr_array_index (card->phones, 0) : NULL);
  fu_contact_set_linkedin (contact, card->linkedin_url);

  notes = g_string_new (card->note);
  if (!is_empty (card->title))
    /* Translators: a line of a contact's notes, from an imported vCard */
    add_note_line (notes, _("Title"), card->title);
  /* Translators: a line of a contact's notes, from an imported vCard */
  add_note_lines (notes, _("Email"), card->emails, 1);
  /* Translators: a line of a contact's notes, from an imported vCard */
  add_note_lines (notes, _("Phone"), card->phones, 1);
  /* Translators: a line of a contact's notes, from an imported vCard */
  add_note_lines (notes, _("Web"), card->urls, 0);
  /* Translators: a line of a contact's notes, from an imported vCard */
  add_note_lines (notes, _("Address"), card->addresses, 0);
  fu_contact_set_notes (contact, notes->len > 0 ? notes->str : NULL);

  fu_contact_set_rapport_notes (contact, card->rapport);
  part = card->part != NULL ? fu_part_from_string (card->part) : FU_PART_UNKNOWN;
  if (part != FU_PART_UNKNOWN)
    fu_contact_set_part (contact, part);
  fu_contact_set_stay_in_touch (contact, card->stay_in_touch);
  if (card->stay_in_touch_days > 0)
    fu_contact_set_stay_in_touch_days (contact, (int) MIN (card->stay_in_touch_days, G_MAXINT));
}

FuContact *
fu_contact_new_from_vcard (const FuVCardContact *card)
{
  FuContact *contact;

  g_return_val_if_fail (card != NULL, NULL);

  contact = fu_contact_new ();
  fu_contact_apply_vcard (contact, card);
  return contact;
}

void
fu_contact_merge_vcard (FuContact            *contact,
                        const FuVCardContact *card)
{
  g_autoptr(FuVCardContact) merged = NULL;

  g_return_if_fail (FU_IS_CONTACT (contact));
  g_return_if_fail (card != NULL);

  merged = fu_contact_to_vcard (contact);
  /* A contact whose stay-in-touch is off keeps its own interval. */
  fu_vcard_contact_merge (merged, card);
  fu_contact_apply_vcard (contact, merged);
}

/* The import plan ---------------------------------------------------- */

FuContactImportPlan *
fu_contact_import_plan_new (GListModel *contacts,
                            GPtrArray  *cards,
                            GPtrArray  *problems)
{
  FuContactImportPlan *plan = g_new0 (FuContactImportPlan, 1);
  g_autoptr(GPtrArray) emails = g_ptr_array_new ();
  guint n = contacts != NULL ? g_list_model_get_n_items (contacts) : 0;

  plan->cards = cards != NULL ? g_ptr_array_ref (cards)
                              : g_ptr_array_new_with_free_func ((GDestroyNotify) fu_vcard_contact_unref);
  plan->problems = problems != NULL ? g_ptr_array_ref (problems) : g_ptr_array_new_with_free_func (g_free);
  plan->existing = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuContact) contact = g_list_model_get_item (contacts, i);

      if (is_empty (fu_contact_get_email (contact)))
        continue;
      g_ptr_array_add (emails, (gpointer) fu_contact_get_email (contact));
      g_ptr_array_add (plan->existing, g_steal_pointer (&contact));
    }

  plan->matches = fu_vcard_find_duplicates (plan->cards, emails);
  return plan;
}

void
fu_contact_import_plan_free (FuContactImportPlan *plan)
{
  if (plan == NULL)
    return;

  g_ptr_array_unref (plan->cards);
  g_ptr_array_unref (plan->problems);
  g_ptr_array_unref (plan->existing);
  g_array_unref (plan->matches);
  g_free (plan);
}

guint
fu_contact_import_plan_get_n_cards (FuContactImportPlan *plan)
{
  return plan->cards->len;
}

GPtrArray *
fu_contact_import_plan_get_problems (FuContactImportPlan *plan)
{
  return plan->problems;
}

guint
fu_contact_import_plan_get_n_duplicates (FuContactImportPlan *plan)
{
  return plan->matches->len;
}

guint
fu_contact_import_plan_get_duplicate_card (FuContactImportPlan *plan,
                                           guint                i)
{
  g_return_val_if_fail (i < plan->matches->len, 0);

  return g_array_index (plan->matches, FuVCardMatch, i).card;
}

static const FuVCardMatch *
find_match (FuContactImportPlan *plan,
            guint                card)
{
  for (guint i = 0; i < plan->matches->len; i++)
    if (g_array_index (plan->matches, FuVCardMatch, i).card == card)
      return &g_array_index (plan->matches, FuVCardMatch, i);

  return NULL;
}

char *
fu_contact_import_plan_describe_duplicates (FuContactImportPlan *plan)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < plan->matches->len; i++)
    {
      const FuVCardMatch *match = &g_array_index (plan->matches, FuVCardMatch, i);
      FuVCardContact *card = g_ptr_array_index (plan->cards, match->card);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (match->kind == FU_VCARD_MATCH_EXISTING)
        {
          FuContact *contact = g_ptr_array_index (plan->existing, match->other);

          /* Translators: the first %s is a name in the file, the second an
           * email address, the third the name of a contact the user has */
          g_string_append_printf (text, _("%s (%s) is already in your contacts as %s"),
                                  card->full_name, fu_vcard_contact_get_email (card),
                                  fu_contact_get_name (contact));
        }
      else
        {
          FuVCardContact *other = g_ptr_array_index (plan->cards, match->other);

          /* Translators: the first %s is a name in the file, the second an
           * email address, the third another name in the same file */
          g_string_append_printf (text, _("%s (%s) is in the file twice, also as %s"),
                                  card->full_name, fu_vcard_contact_get_email (card),
                                  other->full_name);
        }
    }

  return g_string_free (text, FALSE);
}

void
fu_contact_import_plan_apply (FuContactImportPlan   *plan,
                              FuStore               *store,
                              FuContactImportChoice  choice,
                              guint                 *n_added,
                              guint                 *n_merged)
{
  /* The contact each card became, so a later card of the same person can
   * merge into it. */
  g_autofree FuContact **targets = g_new0 (FuContact *, plan->cards->len + 1);
  guint added = 0, merged = 0;

  g_return_if_fail (FU_IS_STORE (store));

  for (guint i = 0; i < plan->cards->len; i++)
    {
      FuVCardContact *card = g_ptr_array_index (plan->cards, i);
      const FuVCardMatch *match = find_match (plan, i);
      FuContact *target = NULL;

      if (match != NULL)
        target = match->kind == FU_VCARD_MATCH_EXISTING
                 ? g_ptr_array_index (plan->existing, match->other)
                 : targets[match->other];

      if (match == NULL || target == NULL || choice == FU_CONTACT_IMPORT_KEEP_BOTH)
        {
          g_autoptr(FuContact) contact = fu_contact_new_from_vcard (card);

          fu_store_add_contact (store, contact);
          targets[i] = contact;
          added++;
        }
      else if (choice == FU_CONTACT_IMPORT_MERGE)
        {
          fu_contact_merge_vcard (target, card);
          targets[i] = target;
          merged++;
        }
      else
        {
          targets[i] = target;
        }
    }

  if (n_added != NULL)
    *n_added = added;
  if (n_merged != NULL)
    *n_merged = merged;
}
