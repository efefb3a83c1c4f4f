/* fu-format.h: words for times and stages, as the views show them
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fu-enums.h"

G_BEGIN_DECLS

/* How urgent a follow-up is, as a card's badge shows it. */
typedef enum {
  FU_DUE_NONE,     /* nothing open */
  FU_DUE_LATER,    /* more than three days away */
  FU_DUE_SOON,     /* within three days, but not today */
  FU_DUE_TODAY,    /* later today */
  FU_DUE_OVERDUE,  /* the due time has passed */
} FuDueUrgency;

const char   *fu_stage_get_title      (FuStage      stage);
const char   *fu_outcome_get_title    (FuOutcome    outcome);

FuDueUrgency  fu_due_urgency          (GDateTime   *due,
                                       GDateTime   *now);
const char   *fu_due_urgency_get_title (FuDueUrgency urgency);

char         *fu_format_time_ago      (GDateTime   *then,
                                       GDateTime   *now);

G_END_DECLS
