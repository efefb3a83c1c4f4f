/* fu-stage-change.h: one entry of a job's stage history
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A move to a stage (outcome NONE) or a close with an outcome, and when
 * it happened.  Created by fu_job_move_to(), fu_job_close() and
 * fu_job_reopen(); kept in the job's "history" list, oldest first.
 */
#pragma once

#include "fu-enums.h"
#include "fu-record.h"

G_BEGIN_DECLS

#define FU_TYPE_STAGE_CHANGE (fu_stage_change_get_type ())

G_DECLARE_FINAL_TYPE (FuStageChange, fu_stage_change, FU, STAGE_CHANGE, FuRecord)

FuStageChange *fu_stage_change_new         (FuStage stage,
                                            FuOutcome outcome,
                                            GDateTime *time,
                                            const char *note);
const char    *fu_stage_change_get_id      (FuStageChange *self);
FuStage        fu_stage_change_get_stage   (FuStageChange *self);
void           fu_stage_change_set_stage   (FuStageChange *self,
                                            FuStage stage);
FuOutcome      fu_stage_change_get_outcome (FuStageChange *self);
void           fu_stage_change_set_outcome (FuStageChange *self,
                                            FuOutcome outcome);
GDateTime     *fu_stage_change_get_time    (FuStageChange *self);
void           fu_stage_change_set_time    (FuStageChange *self,
                                            GDateTime *time);
const char    *fu_stage_change_get_note    (FuStageChange *self);
void           fu_stage_change_set_note    (FuStageChange *self,
                                            const char *note);

G_END_DECLS
