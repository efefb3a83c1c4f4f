/* fu-close-job-dialog.h: asks how a job ended
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-model.h"

G_BEGIN_DECLS

#define FU_TYPE_CLOSE_JOB_DIALOG (fu_close_job_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FuCloseJobDialog, fu_close_job_dialog, FU, CLOSE_JOB_DIALOG, AdwMessageDialog)

FuCloseJobDialog *fu_close_job_dialog_new         (GtkWindow        *parent,
                                                   FuJob            *job);
FuJob            *fu_close_job_dialog_get_job     (FuCloseJobDialog *self);
FuOutcome         fu_close_job_dialog_get_outcome (FuCloseJobDialog *self);
/* The note, or NULL when none was written. */
const char       *fu_close_job_dialog_get_note    (FuCloseJobDialog *self);

G_END_DECLS
