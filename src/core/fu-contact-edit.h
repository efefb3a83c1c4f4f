/* fu-contact-edit.h: what the contact sheet does to the data
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Removing a contact also removes their links to jobs (a job's contact
 * links and its rounds' interviewers), which would otherwise point at
 * nobody.  The removal is kept as a FuContactRemoval so Undo can put the
 * contact and every link back where they were.  Interactions and
 * follow-ups keep the contact's id: they are history.
 */
#pragma once

#include "fu-store.h"

G_BEGIN_DECLS

typedef struct _FuContactRemoval FuContactRemoval;

FuContactRemoval *fu_contact_remove          (FuStore          *store,
                                              FuContact        *contact);
/* How many jobs lost a link when the contact was removed. */
guint             fu_contact_removal_get_n_jobs (FuContactRemoval *removal);
void              fu_contact_removal_undo    (FuContactRemoval *removal,
                                              FuStore          *store);
void              fu_contact_removal_free    (FuContactRemoval *removal);

/* Links @contact to @job with @part, or changes the part of the link
 * that exists. */
void              fu_contact_link_to_job     (FuContact        *contact,
                                              FuJob            *job,
                                              FuPart            part);

/* Logs an interaction with @contact now (about @job when not NULL) and
 * returns it (transfer none: the store holds it). */
FuInteraction    *fu_contact_log_interaction (FuStore          *store,
                                              FuContact        *contact,
                                              FuJob            *job,
                                              FuChannel         channel,
                                              FuDirection       direction,
                                              GDateTime        *time);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FuContactRemoval, fu_contact_removal_free)

G_END_DECLS
