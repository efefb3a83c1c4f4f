/* fu-interaction.h: a logged call, email, note or meeting
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An interaction with contacts, usually about one job.  An inbound
 * interaction on a job is an answer (domain.md).
 */
#pragma once

#include "fu-enums.h"
#include "fu-record.h"

G_BEGIN_DECLS

#define FU_TYPE_INTERACTION (fu_interaction_get_type ())

G_DECLARE_FINAL_TYPE (FuInteraction, fu_interaction, FU, INTERACTION, FuRecord)

FuInteraction      *fu_interaction_new             (void);
const char         *fu_interaction_get_id          (FuInteraction *self);
GDateTime          *fu_interaction_get_time        (FuInteraction *self);
void                fu_interaction_set_time        (FuInteraction *self,
                                                    GDateTime *time);
FuChannel           fu_interaction_get_channel     (FuInteraction *self);
void                fu_interaction_set_channel     (FuInteraction *self,
                                                    FuChannel channel);
FuDirection         fu_interaction_get_direction   (FuInteraction *self);
void                fu_interaction_set_direction   (FuInteraction *self,
                                                    FuDirection direction);
const char         *fu_interaction_get_subject     (FuInteraction *self);
void                fu_interaction_set_subject     (FuInteraction *self,
                                                    const char *subject);
const char         *fu_interaction_get_body        (FuInteraction *self);
void                fu_interaction_set_body        (FuInteraction *self,
                                                    const char *body);
const char         *fu_interaction_get_job_id      (FuInteraction *self);
void                fu_interaction_set_job_id      (FuInteraction *self,
                                                    const char *job_id);
const char * const *fu_interaction_get_contact_ids (FuInteraction *self);
void                fu_interaction_set_contact_ids (FuInteraction *self,
                                                    const char * const *contact_ids);
gboolean            fu_interaction_has_contact     (FuInteraction *self,
                                                    const char *contact_id);
/* A call that did not reach the person (no answer, voicemail). */
gboolean            fu_interaction_get_missed      (FuInteraction *self);
void                fu_interaction_set_missed      (FuInteraction *self,
                                                    gboolean missed);

G_END_DECLS
