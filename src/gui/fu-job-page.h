/* fu-job-page.h: everything about one application and its interview rounds
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_JOB_PAGE (fu_job_page_get_type ())

G_DECLARE_FINAL_TYPE (FuJobPage, fu_job_page, FU, JOB_PAGE, GtkWidget)

GtkWidget *fu_job_page_new       (void);
FuStore   *fu_job_page_get_store (FuJobPage *self);
void       fu_job_page_set_store (FuJobPage *self,
                                  FuStore   *store);
FuJob     *fu_job_page_get_job   (FuJobPage *self);
void       fu_job_page_set_job   (FuJobPage *self,
                                  FuJob     *job);

G_END_DECLS
