/* fu-interviewer.h: one interviewer of a round
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An interviewer (a contact) of a round, with the discussion points to
 * mention in the thank-you note and whether that note was sent.
 */
#pragma once

#include "fu-enums.h"
#include "fu-record.h"

G_BEGIN_DECLS

#define FU_TYPE_INTERVIEWER (fu_interviewer_get_type ())

G_DECLARE_FINAL_TYPE (FuInterviewer, fu_interviewer, FU, INTERVIEWER, FuRecord)

FuInterviewer *fu_interviewer_new                   (const char *contact_id);
const char    *fu_interviewer_get_id                (FuInterviewer *self);
const char    *fu_interviewer_get_contact_id        (FuInterviewer *self);
void           fu_interviewer_set_contact_id        (FuInterviewer *self,
                                                     const char *contact_id);
const char    *fu_interviewer_get_discussion_points (FuInterviewer *self);
void           fu_interviewer_set_discussion_points (FuInterviewer *self,
                                                     const char *discussion_points);
gboolean       fu_interviewer_get_thank_you_sent    (FuInterviewer *self);
void           fu_interviewer_set_thank_you_sent    (FuInterviewer *self,
                                                     gboolean thank_you_sent);

G_END_DECLS
