/* fu-new-job-dialog.h: the short form that adds a job
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_NEW_JOB_DIALOG (fu_new_job_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FuNewJobDialog, fu_new_job_dialog, FU, NEW_JOB_DIALOG, AdwWindow)

FuNewJobDialog *fu_new_job_dialog_new (GtkWindow *parent,
                                       FuStore   *store);

G_END_DECLS
