/* fu-contact-vcard.h: contacts to and from vCards, and the import plan
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FuContact holds one email and one phone; a vCard may hold several, and
 * a title, addresses and web sites.  What has no field of its own goes
 * into the contact's notes, one line each, so an import loses nothing.
 *
 * An import is planned before anything changes: the cards that parsed,
 * the problems of those that did not ("Card 3 was skipped: ..."), and the
 * cards whose email the user already has (or an earlier card of the same
 * file has).  The user then chooses what happens to those duplicates.
 */
#pragma once

#include "fu-store.h"
#include "fu-vcard.h"

G_BEGIN_DECLS

FuVCardContact *fu_contact_to_vcard         (FuContact            *contact);
FuContact      *fu_contact_new_from_vcard   (const FuVCardContact *card);
/* Sets every field of @contact from @card (the notes too). */
void            fu_contact_apply_vcard      (FuContact            *contact,
                                             const FuVCardContact *card);
/* Merges @card into @contact: the contact's values win, what it lacks is
 * filled from the card, other values are kept in the notes. */
void            fu_contact_merge_vcard      (FuContact            *contact,
                                             const FuVCardContact *card);

typedef enum {
  FU_CONTACT_IMPORT_MERGE,      /* merge each duplicate into its match */
  FU_CONTACT_IMPORT_KEEP_BOTH,  /* add duplicates as new contacts */
  FU_CONTACT_IMPORT_SKIP,       /* leave duplicates out */
} FuContactImportChoice;

typedef struct _FuContactImportPlan FuContactImportPlan;

FuContactImportPlan *fu_contact_import_plan_new        (GListModel          *contacts,
                                                        GPtrArray           *cards,
                                                        GPtrArray           *problems);
void                 fu_contact_import_plan_free       (FuContactImportPlan *plan);
guint                fu_contact_import_plan_get_n_cards (FuContactImportPlan *plan);
/* The translated messages of the cards that were skipped. */
GPtrArray           *fu_contact_import_plan_get_problems (FuContactImportPlan *plan);
/* The index of each card that duplicates a contact or an earlier card. */
guint                fu_contact_import_plan_get_n_duplicates (FuContactImportPlan *plan);
guint                fu_contact_import_plan_get_duplicate_card (FuContactImportPlan *plan,
                                                                guint                i);
/* One line per duplicate for the dialog: "Ann Lee <ann@x.org>, already
 * in your contacts as Ann Lee". */
char                *fu_contact_import_plan_describe_duplicates (FuContactImportPlan *plan);
/* Adds and merges into @store; the counts are optional. */
void                 fu_contact_import_plan_apply      (FuContactImportPlan  *plan,
                                                        FuStore              *store,
                                                        FuContactImportChoice choice,
                                                        guint                *n_added,
                                                        guint                *n_merged);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FuContactImportPlan, fu_contact_import_plan_free)

G_END_DECLS
