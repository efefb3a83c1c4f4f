/* fu-job.h: one application to one position
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A job: one application to one position at one company.  "stage" is the
 * board column; a closed job keeps its last stage and has an "outcome"
 * other than NONE.  Use fu_job_move_to(), fu_job_close() and
 * fu_job_reopen() to change them so the history is recorded.
 */
#pragma once

#include "fu-enums.h"
#include "fu-record.h"
#include "fu-job-contact.h"
#include "fu-round.h"
#include "fu-stage-change.h"

G_BEGIN_DECLS

#define FU_TYPE_JOB (fu_job_get_type ())

G_DECLARE_FINAL_TYPE (FuJob, fu_job, FU, JOB, FuRecord)

FuJob              *fu_job_new                  (void);
const char         *fu_job_get_id               (FuJob *self);
const char         *fu_job_get_company          (FuJob *self);
void                fu_job_set_company          (FuJob *self,
                                                 const char *company);
const char         *fu_job_get_title            (FuJob *self);
void                fu_job_set_title            (FuJob *self,
                                                 const char *title);
const char         *fu_job_get_url              (FuJob *self);
void                fu_job_set_url              (FuJob *self,
                                                 const char *url);
const char         *fu_job_get_location         (FuJob *self);
void                fu_job_set_location         (FuJob *self,
                                                 const char *location);
gboolean            fu_job_get_remote           (FuJob *self);
void                fu_job_set_remote           (FuJob *self,
                                                 gboolean remote);
gint64              fu_job_get_salary_min       (FuJob *self);
void                fu_job_set_salary_min       (FuJob *self,
                                                 gint64 salary_min);
gint64              fu_job_get_salary_max       (FuJob *self);
void                fu_job_set_salary_max       (FuJob *self,
                                                 gint64 salary_max);
const char         *fu_job_get_salary_currency  (FuJob *self);
void                fu_job_set_salary_currency  (FuJob *self,
                                                 const char *salary_currency);
const char         *fu_job_get_source           (FuJob *self);
void                fu_job_set_source           (FuJob *self,
                                                 const char *source);
const char         *fu_job_get_agency           (FuJob *self);
void                fu_job_set_agency           (FuJob *self,
                                                 const char *agency);
GDateTime          *fu_job_get_apply_by         (FuJob *self);
void                fu_job_set_apply_by         (FuJob *self,
                                                 GDateTime *apply_by);
GDateTime          *fu_job_get_applied          (FuJob *self);
void                fu_job_set_applied          (FuJob *self,
                                                 GDateTime *applied);
FuStage             fu_job_get_stage            (FuJob *self);
void                fu_job_set_stage            (FuJob *self,
                                                 FuStage stage);
FuOutcome           fu_job_get_outcome          (FuJob *self);
void                fu_job_set_outcome          (FuJob *self,
                                                 FuOutcome outcome);
const char         *fu_job_get_outcome_note     (FuJob *self);
void                fu_job_set_outcome_note     (FuJob *self,
                                                 const char *outcome_note);
GListModel         *fu_job_get_history          (FuJob *self);
void                fu_job_add_history_entry    (FuJob *self,
                                                 FuStageChange *history_entry);
void                fu_job_remove_history_entry (FuJob *self,
                                                 FuStageChange *history_entry);
const char         *fu_job_get_cv               (FuJob *self);
void                fu_job_set_cv               (FuJob *self,
                                                 const char *cv);
const char         *fu_job_get_cover_letter     (FuJob *self);
void                fu_job_set_cover_letter     (FuJob *self,
                                                 const char *cover_letter);
const char         *fu_job_get_offer_details    (FuJob *self);
void                fu_job_set_offer_details    (FuJob *self,
                                                 const char *offer_details);
GDateTime          *fu_job_get_offer_deadline   (FuJob *self);
void                fu_job_set_offer_deadline   (FuJob *self,
                                                 GDateTime *offer_deadline);
const char         *fu_job_get_notes            (FuJob *self);
void                fu_job_set_notes            (FuJob *self,
                                                 const char *notes);
const char         *fu_job_get_description      (FuJob *self);
void                fu_job_set_description      (FuJob *self,
                                                 const char *description);
const char * const *fu_job_get_tags             (FuJob *self);
void                fu_job_set_tags             (FuJob *self,
                                                 const char * const *tags);
GListModel         *fu_job_get_rounds           (FuJob *self);
void                fu_job_add_round            (FuJob *self,
                                                 FuRound *round);
void                fu_job_remove_round         (FuJob *self,
                                                 FuRound *round);
GListModel         *fu_job_get_contacts         (FuJob *self);
void                fu_job_add_contact_link     (FuJob *self,
                                                 FuJobContact *contact_link);
void                fu_job_remove_contact_link  (FuJob *self,
                                                 FuJobContact *contact_link);
GDateTime          *fu_job_get_created          (FuJob *self);
void                fu_job_set_created          (FuJob *self,
                                                 GDateTime *created);
gboolean            fu_job_is_closed            (FuJob *self);
void                fu_job_move_to              (FuJob *self,
                                                 FuStage stage,
                                                 GDateTime *time);
void                fu_job_close                (FuJob *self,
                                                 FuOutcome outcome,
                                                 const char *note,
                                                 GDateTime *time);
void                fu_job_reopen               (FuJob *self,
                                                 GDateTime *time);
FuRound            *fu_job_find_round           (FuJob *self,
                                                 const char *round_id);
FuJobContact       *fu_job_find_contact_link    (FuJob *self,
                                                 const char *contact_id);
const char         *fu_job_get_referrer_id      (FuJob *self);

G_END_DECLS
