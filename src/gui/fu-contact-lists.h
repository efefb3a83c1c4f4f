/* fu-contact-lists.h: the rows of a contact's jobs and interactions
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows for the sheet's list boxes (bound to models): a job with the part
 * the contact plays on it, which opens the job; an interaction with its
 * time, job and subject.
 */
#pragma once

#include <adwaita.h>

#include "fu-contact-index.h"

G_BEGIN_DECLS

GtkWidget *fu_contact_job_row_new         (FuJob          *job,
                                           FuContactIndex *index,
                                           const char     *contact_id);
GtkWidget *fu_contact_interaction_row_new (FuInteraction  *interaction,
                                           FuStore        *store);

G_END_DECLS
