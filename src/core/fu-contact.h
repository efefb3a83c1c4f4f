/* fu-contact.h: a person met in the job search
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A contact: a recruiter, hiring manager, panel member, referrer...
 * "part" is the part they usually play; the part on one job is in that
 * job's contact links (FuJobContact).
 */
#pragma once

#include "fu-enums.h"
#include "fu-record.h"

G_BEGIN_DECLS

#define FU_TYPE_CONTACT (fu_contact_get_type ())

G_DECLARE_FINAL_TYPE (FuContact, fu_contact, FU, CONTACT, FuRecord)

FuContact  *fu_contact_new                    (void);
const char *fu_contact_get_id                 (FuContact *self);
const char *fu_contact_get_name               (FuContact *self);
void        fu_contact_set_name               (FuContact *self,
                                               const char *name);
const char *fu_contact_get_company            (FuContact *self);
void        fu_contact_set_company            (FuContact *self,
                                               const char *company);
FuPart      fu_contact_get_part               (FuContact *self);
void        fu_contact_set_part               (FuContact *self,
                                               FuPart part);
const char *fu_contact_get_email              (FuContact *self);
void        fu_contact_set_email              (FuContact *self,
                                               const char *email);
const char *fu_contact_get_phone              (FuContact *self);
void        fu_contact_set_phone              (FuContact *self,
                                               const char *phone);
const char *fu_contact_get_linkedin           (FuContact *self);
void        fu_contact_set_linkedin           (FuContact *self,
                                               const char *linkedin);
const char *fu_contact_get_notes              (FuContact *self);
void        fu_contact_set_notes              (FuContact *self,
                                               const char *notes);
const char *fu_contact_get_rapport_notes      (FuContact *self);
void        fu_contact_set_rapport_notes      (FuContact *self,
                                               const char *rapport_notes);
gboolean    fu_contact_get_stay_in_touch      (FuContact *self);
void        fu_contact_set_stay_in_touch      (FuContact *self,
                                               gboolean stay_in_touch);
int         fu_contact_get_stay_in_touch_days (FuContact *self);
void        fu_contact_set_stay_in_touch_days (FuContact *self,
                                               int stay_in_touch_days);

G_END_DECLS
