/* fu-round.h: an interview round
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An interview round of a job.  "start" and "end" carry their UTC offset;
 * "time-zone" is the IANA name of the zone the round happens in (day
 * offsets of the rules are counted in it).
 */
#pragma once

#include "fu-enums.h"
#include "fu-record.h"
#include "fu-interviewer.h"

G_BEGIN_DECLS

#define FU_TYPE_ROUND (fu_round_get_type ())

G_DECLARE_FINAL_TYPE (FuRound, fu_round, FU, ROUND, FuRecord)

FuRound       *fu_round_new                (void);
const char    *fu_round_get_id             (FuRound *self);
FuRoundKind    fu_round_get_kind           (FuRound *self);
void           fu_round_set_kind           (FuRound *self,
                                            FuRoundKind kind);
GDateTime     *fu_round_get_start          (FuRound *self);
void           fu_round_set_start          (FuRound *self,
                                            GDateTime *start);
GDateTime     *fu_round_get_end            (FuRound *self);
void           fu_round_set_end            (FuRound *self,
                                            GDateTime *end);
const char    *fu_round_get_time_zone      (FuRound *self);
void           fu_round_set_time_zone      (FuRound *self,
                                            const char *time_zone);
const char    *fu_round_get_location       (FuRound *self);
void           fu_round_set_location       (FuRound *self,
                                            const char *location);
GListModel    *fu_round_get_interviewers   (FuRound *self);
void           fu_round_add_interviewer    (FuRound *self,
                                            FuInterviewer *interviewer);
void           fu_round_remove_interviewer (FuRound *self,
                                            FuInterviewer *interviewer);
GDateTime     *fu_round_get_decision_date  (FuRound *self);
void           fu_round_set_decision_date  (FuRound *self,
                                            GDateTime *decision_date);
const char    *fu_round_get_arranged_by    (FuRound *self);
void           fu_round_set_arranged_by    (FuRound *self,
                                            const char *arranged_by);
const char    *fu_round_get_prep           (FuRound *self);
void           fu_round_set_prep           (FuRound *self,
                                            const char *prep);
const char    *fu_round_get_debrief        (FuRound *self);
void           fu_round_set_debrief        (FuRound *self,
                                            const char *debrief);
FuInterviewer *fu_round_find_interviewer   (FuRound *self,
                                            const char *contact_id);
GTimeZone     *fu_round_dup_time_zone      (FuRound *self);

G_END_DECLS
