/* fu-format.c: words for times and stages, as the views show them
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-format.h"

/* Stage names are fixed and translated, never user-editable (domain.md). */
const char *
fu_stage_get_title (FuStage stage)
{
  switch (stage)
    {
    case FU_STAGE_WISHLIST:
      return _("Wishlist");
    case FU_STAGE_APPLIED:
      return _("Applied");
    case FU_STAGE_SCREENING:
      return _("Screening");
    case FU_STAGE_INTERVIEWING:
      return _("Interviewing");
    case FU_STAGE_OFFER:
      return _("Offer");
    case FU_STAGE_UNKNOWN:
    default:
      /* Translators: a stage written by a newer version of FollowUp */
      return _("Other");
    }
}

const char *
fu_outcome_get_title (FuOutcome outcome)
{
  switch (outcome)
    {
    case FU_OUTCOME_NONE:
      return _("Open");
    case FU_OUTCOME_ACCEPTED:
      return _("Accepted");
    case FU_OUTCOME_REJECTED:
      return _("Rejected");
    case FU_OUTCOME_WITHDRAWN:
      return _("Withdrawn");
    case FU_OUTCOME_GONE:
      return _("Position Gone");
    case FU_OUTCOME_NO_RESPONSE:
      return _("No Response");
    case FU_OUTCOME_UNKNOWN:
    default:
      return _("Closed");
    }
}

/* Soon is three days: long enough to plan a note, short enough that the
 * badge still means "act this week". */
#define SOON_DAYS 3

FuDueUrgency
fu_due_urgency (GDateTime *due,
                GDateTime *now)
{
  g_autoptr(GDateTime) due_local = NULL;
  g_autoptr(GDateTime) now_local = NULL;

  if (due == NULL)
    return FU_DUE_NONE;

  if (g_date_time_compare (due, now) <= 0)
    return FU_DUE_OVERDUE;

  /* "Today" is the user's calendar day, in the zone @now is given in. */
  now_local = g_date_time_ref (now);
  due_local = g_date_time_to_timezone (due, g_date_time_get_timezone (now));
  if (g_date_time_get_year (due_local) == g_date_time_get_year (now_local) &&
      g_date_time_get_day_of_year (due_local) == g_date_time_get_day_of_year (now_local))
    return FU_DUE_TODAY;

  if (g_date_time_difference (due, now) <= SOON_DAYS * G_TIME_SPAN_DAY)
    return FU_DUE_SOON;

  return FU_DUE_LATER;
}

const char *
fu_due_urgency_get_title (FuDueUrgency urgency)
{
  switch (urgency)
    {
    case FU_DUE_OVERDUE:
      return _("Overdue");
    case FU_DUE_TODAY:
      return _("Today");
    case FU_DUE_SOON:
      return _("Soon");
    case FU_DUE_LATER:
      return _("Later");
    case FU_DUE_NONE:
    default:
      return "";
    }
}

/* Calendar days between two instants, counted in @now's zone, so that
 * "yesterday" means the day before today and not 24 hours ago. */
static int
calendar_days_between (GDateTime *then,
                       GDateTime *now)
{
  g_autoptr(GDateTime) then_local = g_date_time_to_timezone (then, g_date_time_get_timezone (now));
  GDate a, b;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, g_date_time_get_day_of_month (then_local),
                  g_date_time_get_month (then_local), g_date_time_get_year (then_local));
  g_date_set_dmy (&b, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));

  return g_date_days_between (&a, &b);
}

char *
fu_format_time_ago (GDateTime *then,
                    GDateTime *now)
{
  int days;

  if (then == NULL)
    return g_strdup (_("No activity yet"));

  days = calendar_days_between (then, now);

  if (days <= 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Yesterday"));
  if (days < 14)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days), days);
  if (days < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week ago", "%d weeks ago", days / 7), days / 7);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month ago", "%d months ago", days / 30), days / 30);
}
