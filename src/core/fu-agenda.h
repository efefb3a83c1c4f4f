/* fu-agenda.h: how the follow-ups view groups and snoozes follow-ups
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions of (time, now, zone), so the grouping is tested against
 * a fixed clock without a display.
 */
#pragma once

#include "fu-model.h"

G_BEGIN_DECLS

typedef enum {
  FU_AGENDA_OVERDUE,    /* the due time has passed */
  FU_AGENDA_TODAY,      /* later today */
  FU_AGENDA_THIS_WEEK,  /* tomorrow to six days from today */
  FU_AGENDA_LATER,      /* a week from today or later */
  FU_AGENDA_N_GROUPS,
} FuAgendaGroup;

typedef enum {
  FU_SNOOZE_HOUR,       /* one hour from now */
  FU_SNOOZE_TOMORROW,   /* tomorrow at 9:00 */
  FU_SNOOZE_NEXT_WEEK,  /* next Monday at 9:00 */
} FuSnooze;

/* The hour a snooze "in the morning" ends, in the home zone. */
#define FU_AGENDA_MORNING_HOUR 9

FuAgendaGroup  fu_agenda_group_for        (GDateTime     *due,
                                           GDateTime     *now,
                                           GTimeZone     *zone);
/* The groups' limits for @now in @zone, worked out once for a whole
 * list: grouping a follow-up is then two comparisons. */
typedef struct
{
  gint64 now;        /* µs since the epoch, as fu_agenda_time_key() */
  gint64 tomorrow;
  gint64 week;
} FuAgendaBounds;

void           fu_agenda_bounds_init      (FuAgendaBounds       *bounds,
                                           GDateTime            *now,
                                           GTimeZone            *zone);
FuAgendaGroup  fu_agenda_bounds_group     (const FuAgendaBounds *bounds,
                                           GDateTime            *due);
/* @time as µs since the epoch: ordered as g_date_time_compare(). */
gint64         fu_agenda_time_key         (GDateTime            *time);
/* Fills @order with 0..@n-1 sorted by @keys, equal keys in their order
 * (a stable radix sort: the follow-ups view orders 10,000s of due times
 * at every change of one). */
void           fu_agenda_order_by_key     (const gint64  *keys,
                                           guint          n,
                                           guint         *order);
const char    *fu_agenda_group_get_title  (FuAgendaGroup  group);
/* The start of the day @days after @now's day, in @zone. */
GDateTime     *fu_agenda_day_start        (GDateTime     *now,
                                           GTimeZone     *zone,
                                           int            days);
GDateTime     *fu_agenda_snooze_until     (FuSnooze       snooze,
                                           GDateTime     *now,
                                           GTimeZone     *zone);
/* Whether the follow-up still waits for the user (open or snoozed). */
gboolean       fu_agenda_is_pending       (FuFollowUp    *follow_up);
/* What to do, in a few words: the user's title for their own follow-up,
 * else the rule's. */
const char    *fu_agenda_what             (FuFollowUp    *follow_up);
/* The short name of rule @kind (1..20), as Preferences lists it. */
const char    *fu_agenda_rule_title       (int            kind);

G_END_DECLS
