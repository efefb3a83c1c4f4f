/* fu-rules-time.c: calendar arithmetic for the follow-up rules
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * domain.md: day offsets are counted in the event's own zone (else the
 * home zone), never the zone the process runs in, and keep the local time
 * of day across daylight-saving changes; hour and minute offsets are
 * elapsed time.  So nothing here calls g_date_time_new_now_local() or
 * g_date_time_to_local().
 */
#include "config.h"

#include "fu-rules-time.h"

/* @days (negative for "before") calendar days from @time as seen in
 * @zone, at the same local time of day.  A time of day that does not
 * exist on the target day (the hour skipped when clocks go forward) is
 * moved past the gap by GLib, the way a wall clock would read. */
GDateTime *
fu_rules_add_days (GDateTime *time,
                   GTimeZone *zone,
                   int        days)
{
  g_autoptr(GDateTime) local = NULL;
  GDate date;

  g_return_val_if_fail (time != NULL, NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  local = g_date_time_to_timezone (time, zone);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date,
                  g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local),
                  g_date_time_get_year (local));
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);

  return g_date_time_new (zone,
                          g_date_get_year (&date),
                          g_date_get_month (&date),
                          g_date_get_day (&date),
                          g_date_time_get_hour (local),
                          g_date_time_get_minute (local),
                          g_date_time_get_seconds (local));
}

GDateTime *
fu_rules_add_minutes (GDateTime *time,
                      int        minutes)
{
  g_return_val_if_fail (time != NULL, NULL);

  return g_date_time_add (time, (GTimeSpan) minutes * G_TIME_SPAN_MINUTE);
}

/* A calendar date (an apply-by date, a deadline) as an instant: @hour
 * o'clock of that day in @zone. */
GDateTime *
fu_rules_at_date (GDate     *date,
                  GTimeZone *zone,
                  int        hour)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  return g_date_time_new (zone,
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date),
                          hour, 0, 0);
}
