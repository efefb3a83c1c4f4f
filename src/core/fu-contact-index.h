/* fu-contact-index.h: what the views show about a contact that is not stored on it
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When a contact was last contacted (the newest interaction with them),
 * their next open follow-up, the interactions with them and the jobs they
 * are on (through a job's contact links and its rounds' interviewers) all
 * live in other collections.  Looking them up per row and per sort
 * comparison would be quadratic, so the index computes them for every
 * contact in one pass over the store, after each change (as FuJobIndex
 * does for jobs).
 */
#pragma once

#include "fu-store.h"

G_BEGIN_DECLS

/* One job a contact is on. */
typedef struct
{
  FuJob  *job;       /* owned */
  FuPart  part;      /* from the job's contact link; UNKNOWN when the
                      * contact is only an interviewer of its rounds */
  guint   n_rounds;  /* the rounds they interview on */
} FuContactJob;

#define FU_TYPE_CONTACT_INDEX (fu_contact_index_get_type ())

G_DECLARE_FINAL_TYPE (FuContactIndex, fu_contact_index, FU, CONTACT_INDEX, GObject)

FuContactIndex *fu_contact_index_new                (void);
void            fu_contact_index_rebuild            (FuContactIndex *self,
                                                     FuStore        *store);
/* The time of the newest interaction with the contact, or NULL. */
GDateTime      *fu_contact_index_get_last_contacted (FuContactIndex *self,
                                                     const char     *contact_id);
/* The open or snoozed follow-up with the contact that is due first. */
FuFollowUp     *fu_contact_index_get_next_follow_up (FuContactIndex *self,
                                                     const char     *contact_id);
/* FuInteraction, newest first; never NULL. */
GPtrArray      *fu_contact_index_get_interactions   (FuContactIndex *self,
                                                     const char     *contact_id);
/* FuContactJob, in the store's job order; never NULL. */
GPtrArray      *fu_contact_index_get_jobs           (FuContactIndex *self,
                                                     const char     *contact_id);

/* The part as the sheet names it ("Hiring manager"). */
const char     *fu_contact_part_get_title           (FuPart          part);

G_END_DECLS
