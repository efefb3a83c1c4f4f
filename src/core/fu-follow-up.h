/* fu-follow-up.h: something the user should do, and when
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A follow-up (domain.md): made by a rule (kind 1..20) or by the user
 * (kind FU_FOLLOW_UP_KIND_CUSTOM).  A rule-made one is keyed by (job-id,
 * kind, contact-id, occurrence), and for the rules about an interview
 * round (4 to 12) also by its round-id.
 */
#pragma once

#include "fu-enums.h"
#include "fu-record.h"

G_BEGIN_DECLS

#define FU_TYPE_FOLLOW_UP (fu_follow_up_get_type ())

G_DECLARE_FINAL_TYPE (FuFollowUp, fu_follow_up, FU, FOLLOW_UP, FuRecord)

FuFollowUp       *fu_follow_up_new               (void);
const char       *fu_follow_up_get_id            (FuFollowUp *self);
int               fu_follow_up_get_kind          (FuFollowUp *self);
void              fu_follow_up_set_kind          (FuFollowUp *self,
                                                  int kind);
const char       *fu_follow_up_get_job_id        (FuFollowUp *self);
void              fu_follow_up_set_job_id        (FuFollowUp *self,
                                                  const char *job_id);
const char       *fu_follow_up_get_contact_id    (FuFollowUp *self);
void              fu_follow_up_set_contact_id    (FuFollowUp *self,
                                                  const char *contact_id);
int               fu_follow_up_get_occurrence    (FuFollowUp *self);
void              fu_follow_up_set_occurrence    (FuFollowUp *self,
                                                  int occurrence);
GDateTime        *fu_follow_up_get_due           (FuFollowUp *self);
void              fu_follow_up_set_due           (FuFollowUp *self,
                                                  GDateTime *due);
FuFollowUpState   fu_follow_up_get_state         (FuFollowUp *self);
void              fu_follow_up_set_state         (FuFollowUp *self,
                                                  FuFollowUpState state);
GDateTime        *fu_follow_up_get_snoozed_until (FuFollowUp *self);
void              fu_follow_up_set_snoozed_until (FuFollowUp *self,
                                                  GDateTime *snoozed_until);
FuFollowUpOrigin  fu_follow_up_get_origin        (FuFollowUp *self);
void              fu_follow_up_set_origin        (FuFollowUp *self,
                                                  FuFollowUpOrigin origin);
GDateTime        *fu_follow_up_get_last_notified (FuFollowUp *self);
void              fu_follow_up_set_last_notified (FuFollowUp *self,
                                                  GDateTime *last_notified);
const char       *fu_follow_up_get_explanation   (FuFollowUp *self);
void              fu_follow_up_set_explanation   (FuFollowUp *self,
                                                  const char *explanation);
const char       *fu_follow_up_get_title         (FuFollowUp *self);
void              fu_follow_up_set_title         (FuFollowUp *self,
                                                  const char *title);
GDateTime        *fu_follow_up_get_created       (FuFollowUp *self);
void              fu_follow_up_set_created       (FuFollowUp *self,
                                                  GDateTime *created);
const char       *fu_follow_up_get_round_id      (FuFollowUp *self);
void              fu_follow_up_set_round_id      (FuFollowUp *self,
                                                  const char *round_id);

G_END_DECLS
