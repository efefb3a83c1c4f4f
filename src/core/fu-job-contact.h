/* fu-job-contact.h: a contact linked to a job
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The part one contact plays on one job (the same person can be the
 * hiring manager on one job and the referrer on another).
 */
#pragma once

#include "fu-enums.h"
#include "fu-record.h"

G_BEGIN_DECLS

#define FU_TYPE_JOB_CONTACT (fu_job_contact_get_type ())

G_DECLARE_FINAL_TYPE (FuJobContact, fu_job_contact, FU, JOB_CONTACT, FuRecord)

FuJobContact *fu_job_contact_new            (const char *contact_id,
                                             FuPart part);
const char   *fu_job_contact_get_id         (FuJobContact *self);
const char   *fu_job_contact_get_contact_id (FuJobContact *self);
void          fu_job_contact_set_contact_id (FuJobContact *self,
                                             const char *contact_id);
FuPart        fu_job_contact_get_part       (FuJobContact *self);
void          fu_job_contact_set_part       (FuJobContact *self,
                                             FuPart part);

G_END_DECLS
