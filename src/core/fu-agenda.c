/* fu-agenda.c: how the follow-ups view groups and snoozes follow-ups
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Days are counted in the home zone the caller passes, never the zone the
 * process runs in, like the rules (domain.md).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-agenda.h"
#include "fu-rules.h"

GDateTime *
fu_agenda_day_start (GDateTime *now,
                     GTimeZone *zone,
                     int        days)
{
  g_autoptr(GDateTime) local = NULL;
  GDate date;

  g_return_val_if_fail (now != NULL && zone != NULL, NULL);

  local = g_date_time_to_timezone (now, zone);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);

  return g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), 0, 0, 0);
}

gint64
fu_agenda_time_key (GDateTime *time)
{
  g_return_val_if_fail (time != NULL, 0);

  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

void
fu_agenda_bounds_init (FuAgendaBounds *bounds,
                       GDateTime      *now,
                       GTimeZone      *zone)
{
  g_autoptr(GDateTime) tomorrow = NULL;
  g_autoptr(GDateTime) week = NULL;

  g_return_if_fail (bounds != NULL && now != NULL && zone != NULL);

  tomorrow = fu_agenda_day_start (now, zone, 1);
  week = fu_agenda_day_start (now, zone, 7);
  bounds->now = fu_agenda_time_key (now);
  bounds->tomorrow = fu_agenda_time_key (tomorrow);
  bounds->week = fu_agenda_time_key (week);
}

FuAgendaGroup
fu_agenda_bounds_group (const FuAgendaBounds *bounds,
                        GDateTime            *due)
{
  gint64 key;

  g_return_val_if_fail (bounds != NULL, FU_AGENDA_LATER);

  /* A follow-up without a time is something to do, not something late. */
  if (due == NULL)
    return FU_AGENDA_TODAY;

  key = fu_agenda_time_key (due);
  if (key < bounds->now)
    return FU_AGENDA_OVERDUE;
  if (key < bounds->tomorrow)
    return FU_AGENDA_TODAY;
  if (key < bounds->week)
    return FU_AGENDA_THIS_WEEK;
  return FU_AGENDA_LATER;
}

FuAgendaGroup
fu_agenda_group_for (GDateTime *due,
                     GDateTime *now,
                     GTimeZone *zone)
{
  FuAgendaBounds bounds;

  g_return_val_if_fail (now != NULL && zone != NULL, FU_AGENDA_LATER);

  fu_agenda_bounds_init (&bounds, now, zone);
  return fu_agenda_bounds_group (&bounds, due);
}

const char *
fu_agenda_group_get_title (FuAgendaGroup group)
{
  switch (group)
    {
    case FU_AGENDA_OVERDUE:
      return _("Overdue");
    case FU_AGENDA_TODAY:
      return _("Today");
    case FU_AGENDA_THIS_WEEK:
      return _("This Week");
    case FU_AGENDA_LATER:
    case FU_AGENDA_N_GROUPS:
    default:
      return _("Later");
    }
}

static GDateTime *
morning (GDateTime *now,
         GTimeZone *zone,
         int        days)
{
  g_autoptr(GDateTime) start = fu_agenda_day_start (now, zone, days);

  /* The clock's 9:00, also on the day the clocks change. */
  return g_date_time_new (zone, g_date_time_get_year (start), g_date_time_get_month (start),
                          g_date_time_get_day_of_month (start), FU_AGENDA_MORNING_HOUR, 0, 0);
}

GDateTime *
fu_agenda_snooze_until (FuSnooze   snooze,
                        GDateTime *now,
                        GTimeZone *zone)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (now != NULL && zone != NULL, NULL);

  switch (snooze)
    {
    case FU_SNOOZE_HOUR:
      return g_date_time_add_hours (now, 1);

    case FU_SNOOZE_TOMORROW:
      return morning (now, zone, 1);

    case FU_SNOOZE_NEXT_WEEK:
    default:
      /* The Monday of the next week (ISO weeks start on Monday). */
      local = g_date_time_to_timezone (now, zone);
      return morning (now, zone, 8 - g_date_time_get_day_of_week (local));
    }
}

gboolean
fu_agenda_is_pending (FuFollowUp *follow_up)
{
  FuFollowUpState state = fu_follow_up_get_state (follow_up);

  return state == FU_FOLLOW_UP_STATE_OPEN || state == FU_FOLLOW_UP_STATE_SNOOZED;
}

const char *
fu_agenda_rule_title (int kind)
{
  switch (kind)
    {
    case 1: return _("Apply before the deadline");
    case 2: return _("Nudge about the application");
    case 3: return _("Consider closing as No Response");
    case 4: return _("Prepare for the interview");
    case 5: return _("Leave or join the interview");
    case 6: return _("Debrief the interview");
    case 7: return _("Send a thank-you note");
    case 8: return _("Ask for the timeline");
    case 9: return _("Call the recruiter");
    case 10: return _("Ask the recruiter for tips");
    case 11: return _("Send a short follow-up");
    case 12: return _("Check in about the decision");
    case 13: return _("Check in");
    case 14: return _("Decide on the offer");
    case 15: return _("Withdraw politely");
    case 16: return _("Thank the recruiter");
    case 17: return _("Thank them anyway");
    case 18: return _("Thank them and ask for feedback");
    case 19: return _("Thank the referrer");
    case 20: return _("Stay in touch");
    default: return _("Follow up");
    }
}

const char *
fu_agenda_what (FuFollowUp *follow_up)
{
  const char *title = fu_follow_up_get_title (follow_up);

  if (title != NULL && title[0] != '\0')
    return title;

  return fu_agenda_rule_title (fu_follow_up_get_kind (follow_up));
}

typedef struct
{
  guint64 key;    /* the signed key with its sign bit flipped: unsigned order */
  guint   index;
} Keyed;

void
fu_agenda_order_by_key (const gint64 *keys,
                        guint         n,
                        guint        *order)
{
  g_autofree Keyed *a = g_new (Keyed, MAX (n, 1));
  g_autofree Keyed *b = g_new (Keyed, MAX (n, 1));

  g_return_if_fail (n == 0 || (keys != NULL && order != NULL));

  for (guint i = 0; i < n; i++)
    a[i] = (Keyed) { (guint64) keys[i] ^ G_GUINT64_CONSTANT (0x8000000000000000), i };

  /* Least significant byte first, each pass stable; a byte that is the
   * same in every key (most of a date's high bytes) is skipped. */
  for (guint shift = 0; shift < 64; shift += 8)
    {
      guint count[256] = { 0 };
      guint start = 0;
      Keyed *swap;
      gboolean one_bucket = FALSE;

      for (guint i = 0; i < n; i++)
        count[(a[i].key >> shift) & 0xff]++;
      for (guint c = 0; c < 256; c++)
        {
          guint k = count[c];

          if (k == n)
            one_bucket = TRUE;
          count[c] = start;
          start += k;
        }
      if (one_bucket)
        continue;
      for (guint i = 0; i < n; i++)
        b[count[(a[i].key >> shift) & 0xff]++] = a[i];
      swap = a;
      a = b;
      b = swap;
    }

  for (guint i = 0; i < n; i++)
    order[i] = a[i].index;
}
