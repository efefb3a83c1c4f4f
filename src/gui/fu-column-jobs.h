/* fu-column-jobs.h: the jobs of a board column that the search finds
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fu-job.h"

G_BEGIN_DECLS

#define FU_TYPE_COLUMN_JOBS (fu_column_jobs_get_type ())

G_DECLARE_FINAL_TYPE (FuColumnJobs, fu_column_jobs, FU, COLUMN_JOBS, GObject)

/* The jobs of @source (FuJob, in its order) that the filter finds. */
FuColumnJobs *fu_column_jobs_new        (GListModel   *source);
/* (nullable) @filter: NULL finds every job. */
void          fu_column_jobs_set_filter (FuColumnJobs *self,
                                         GtkFilter    *filter);
/* While held (the column is off screen), filter changes are only noted,
 * combined, and applied when it is released or flushed. */
void          fu_column_jobs_set_held   (FuColumnJobs *self,
                                         gboolean      held);
/* Applies a noted filter change now (before the count or items are read). */
void          fu_column_jobs_flush      (FuColumnJobs *self);

G_END_DECLS
