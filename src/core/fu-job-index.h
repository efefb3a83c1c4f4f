/* fu-job-index.h: what the views show about a job that is not stored on it
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A job's last activity (its creation, stage changes and the interactions
 * logged on it) and its next open follow-up live in other collections.
 * Looking them up per card and per sort comparison would be quadratic, so
 * the index computes them for every job, after each change, reading again
 * only the records that changed.
 */
#pragma once

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_JOB_INDEX (fu_job_index_get_type ())

G_DECLARE_FINAL_TYPE (FuJobIndex, fu_job_index, FU, JOB_INDEX, GObject)

/* What a rebuild found changed, for the board to redo only that. */
typedef enum
{
  FU_JOB_INDEX_CHANGE_CONTENT = 1 << 0,  /* something a card shows */
  FU_JOB_INDEX_CHANGE_ORDER   = 1 << 1,  /* a job's latest activity */
  FU_JOB_INDEX_CHANGE_STAGES  = 1 << 2,  /* a job's stage, or whether it is closed */
} FuJobIndexChange;

FuJobIndex *fu_job_index_new                 (void);
/* Follows @store's lists from the first call on; 0 when nothing changed
 * since the last. */
FuJobIndexChange fu_job_index_rebuild        (FuJobIndex *self,
                                              FuStore    *store);
GDateTime  *fu_job_index_get_last_activity   (FuJobIndex *self,
                                              FuJob      *job);
FuFollowUp *fu_job_index_get_next_follow_up  (FuJobIndex *self,
                                              FuJob      *job);
/* Latest activity first, jobs without any last: < 0 when @a goes
 * before @b (the board's order). */
int         fu_job_index_compare_last_activity (FuJobIndex *self,
                                                FuJob      *a,
                                                FuJob      *b);

G_END_DECLS
