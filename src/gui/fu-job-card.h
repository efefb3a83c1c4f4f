/* fu-job-card.h: one job on the board
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-job-index.h"

G_BEGIN_DECLS

#define FU_TYPE_JOB_CARD (fu_job_card_get_type ())

G_DECLARE_FINAL_TYPE (FuJobCard, fu_job_card, FU, JOB_CARD, GtkWidget)

GtkWidget  *fu_job_card_new        (void);
FuJob      *fu_job_card_get_job    (FuJobCard  *self);
void        fu_job_card_set_job    (FuJobCard  *self,
                                    FuJob      *job);
FuJobIndex *fu_job_card_get_index  (FuJobCard  *self);
void        fu_job_card_set_index  (FuJobCard  *self,
                                    FuJobIndex *index);
/* The words a screen reader says for the card. */
char       *fu_job_card_dup_description (FuJobCard *self);

G_END_DECLS
