/* fu-rules-explain.c: why a follow-up exists, in one line
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each explanation names the person and the event ("Thank Dana Kim for
 * Tuesday's panel interview; notes sent within a day stand out").  Day
 * names are those of the event's own zone, so the text does not depend on
 * the zone the process runs in, nor on the time the engine runs: running
 * it again gives the same words.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fu-rules-private.h"

FuContact *
fu_rules_lookup_contact (FuRulesContext *ctx,
                         const char     *contact_id)
{
  if (contact_id == NULL)
    return NULL;
  return g_hash_table_lookup (ctx->contacts, contact_id);
}

static char *
format_in_zone (GDateTime  *time,
                GTimeZone  *zone,
                const char *format)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (time, zone);

  return g_date_time_format (local, format);
}

/* "Friday 6 March" */
char *
fu_rules_format_day (GDateTime *time,
                     GTimeZone *zone)
{
  /* Translators: a day in an explanation, see g_date_time_format() */
  return format_in_zone (time, zone, C_("rules date", "%A %-d %B"));
}

/* "Tuesday" */
char *
fu_rules_format_weekday (GDateTime *time,
                         GTimeZone *zone)
{
  return format_in_zone (time, zone, "%A");
}

/* "14:30" */
char *
fu_rules_format_clock (GDateTime *time,
                       GTimeZone *zone)
{
  /* Translators: a time of day, see g_date_time_format() */
  return format_in_zone (time, zone, C_("rules time", "%H:%M"));
}

const char *
fu_rules_round_kind_noun (FuRoundKind kind)
{
  switch (kind)
    {
    case FU_ROUND_KIND_PHONE_SCREEN:
      return C_("round kind", "phone screen");
    case FU_ROUND_KIND_RECRUITER:
      return C_("round kind", "recruiter interview");
    case FU_ROUND_KIND_HIRING_MANAGER:
      return C_("round kind", "hiring-manager interview");
    case FU_ROUND_KIND_PANEL:
      return C_("round kind", "panel interview");
    case FU_ROUND_KIND_TECHNICAL:
      return C_("round kind", "technical interview");
    case FU_ROUND_KIND_ON_SITE:
      return C_("round kind", "on-site interview");
    case FU_ROUND_KIND_UNKNOWN:
    default:
      return C_("round kind", "interview");
    }
}

static const char *
outcome_words (FuOutcome outcome)
{
  switch (outcome)
    {
    case FU_OUTCOME_ACCEPTED:
      return C_("outcome", "you accepted the offer");
    case FU_OUTCOME_REJECTED:
      return C_("outcome", "they chose someone else");
    case FU_OUTCOME_WITHDRAWN:
      return C_("outcome", "you withdrew");
    case FU_OUTCOME_GONE:
      return C_("outcome", "the position went away");
    case FU_OUTCOME_NO_RESPONSE:
      return C_("outcome", "no response came");
    case FU_OUTCOME_NONE:
    case FU_OUTCOME_UNKNOWN:
    default:
      return C_("outcome", "it closed");
    }
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* "Senior Developer at Acme" */
static char *
job_label (FuJob *job)
{
  const char *title = job != NULL ? fu_job_get_title (job) : NULL;
  const char *company = job != NULL ? fu_job_get_company (job) : NULL;

  if (is_set (title) && is_set (company))
    /* Translators: a job title and a company */
    return g_strdup_printf (_("%1$s at %2$s"), title, company);
  if (is_set (title))
    return g_strdup (title);
  if (is_set (company))
    return g_strdup (company);
  return g_strdup (_("this job"));
}

/* The person's name; without one, the company, so the line still says
 * whom to write to. */
char *
fu_rules_person (FuRulesContext *ctx,
                 FuJob          *job,
                 const char     *contact_id)
{
  FuContact *contact = fu_rules_lookup_contact (ctx, contact_id);
  const char *company = job != NULL ? fu_job_get_company (job) : NULL;

  if (contact != NULL && is_set (fu_contact_get_name (contact)))
    return g_strdup (fu_contact_get_name (contact));
  if (is_set (company))
    return g_strdup (company);
  return g_strdup (_("the company"));
}

/* "Dana Kim", "Dana Kim and Sam Lee", "Dana Kim and 2 others" */
char *
fu_rules_interviewer_names (FuRulesContext *ctx,
                            FuRound        *round)
{
  GListModel *interviewers = fu_round_get_interviewers (round);
  guint n = g_list_model_get_n_items (interviewers);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (interviewers, i);
      FuContact *contact = fu_rules_lookup_contact (ctx, fu_interviewer_get_contact_id (interviewer));

      if (contact != NULL && is_set (fu_contact_get_name (contact)))
        g_ptr_array_add (names, g_strdup (fu_contact_get_name (contact)));
    }

  if (names->len == 0)
    return NULL;
  if (names->len == 1)
    return g_strdup (g_ptr_array_index (names, 0));
  if (names->len == 2)
    /* Translators: two people */
    return g_strdup_printf (_("%1$s and %2$s"),
                            (char *) g_ptr_array_index (names, 0),
                            (char *) g_ptr_array_index (names, 1));
  return g_strdup_printf (ngettext ("%1$s and %2$u other", "%1$s and %2$u others", names->len - 1),
                          (char *) g_ptr_array_index (names, 0), names->len - 1);
}

/* "Tuesday's panel interview", in the round's own zone. */
static char *
round_label (FuRound   *round,
             GTimeZone *zone)
{
  g_autofree char *weekday = fu_rules_format_weekday (fu_round_get_start (round), zone);

  /* Translators: a weekday and a kind of interview round, as in
   * "Tuesday's panel interview" */
  return g_strdup_printf (_("%1$s's %2$s"), weekday, fu_rules_round_kind_noun (fu_round_get_kind (round)));
}

static char *
explain_round (FuRulesContext *ctx,
               int             kind,
               FuJob          *job,
               FuRound        *round,
               const char     *person)
{
  g_autoptr(GTimeZone) own_zone = fu_round_dup_time_zone (round);
  GTimeZone *zone = own_zone != NULL ? own_zone : ctx->settings->home_zone;
  const char *label, *with;

  /* A round has up to a dozen follow-ups: its words are made once. */
  if (ctx->label_round != round)
    {
      g_autofree char *names = fu_rules_interviewer_names (ctx, round);

      g_free (ctx->round_label);
      g_free (ctx->round_with);
      ctx->round_label = round_label (round, zone);
      ctx->round_with = names != NULL ? g_steal_pointer (&names) : fu_rules_person (ctx, job, NULL);
      ctx->label_round = round;
    }
  label = ctx->round_label;
  with = ctx->round_with;

  switch (kind)
    {
    case 4:
      return g_strdup_printf (_("Prepare for %1$s with %2$s: review the job and the people, "
                                "and plan to ask for next steps and the decision date"),
                              label, with);
    case 5:
      {
        g_autofree char *clock = fu_rules_format_clock (fu_round_get_start (round), zone);
        const char *where = fu_round_get_location (round);

        if (!is_set (where))
          return g_strdup_printf (_("Leave or join %1$s with %2$s at %3$s"), label, with, clock);
        if (strstr (where, "://") != NULL)
          return g_strdup_printf (_("Join %1$s with %2$s at %3$s: %4$s"), label, with, clock, where);
        return g_strdup_printf (_("Leave for %1$s with %2$s at %3$s: %4$s"), label, with, clock, where);
      }
    case 6:
      return g_strdup_printf (_("Debrief %1$s with %2$s while it is fresh: the decision date, "
                                "next steps and personal details for your rapport notes"),
                              label, with);
    case 7:
      return g_strdup_printf (_("Thank %1$s for %2$s; notes sent within a day stand out"),
                              person, label);
    case 8:
      return g_strdup_printf (_("Ask %1$s about the timeline: %2$s gave no decision date"),
                              person, label);
    case 9:
      return g_strdup_printf (_("Phone %1$s with your open questions after %2$s: the role, whom it "
                                "reports to, the team, the culture, the next step and how many "
                                "candidates are left (email if calls keep missing)"),
                              person, label);
    case 10:
      return g_strdup_printf (_("Ask %1$s for tips to prepare for %2$s with %3$s"),
                              person, label, with);
    case 11:
      {
        g_autofree char *day = fu_rules_format_day (fu_round_get_decision_date (round), zone);

        return g_strdup_printf (_("Send %1$s a short note recalling something personal from %2$s, "
                                  "before the decision on %3$s"),
                                person, label, day);
      }
    case 12:
      {
        g_autofree char *day = fu_rules_format_day (fu_round_get_decision_date (round), zone);

        return g_strdup_printf (_("Check in politely with %1$s about the timeline: the decision "
                                  "expected on %2$s after %3$s has not come"),
                                person, day, label);
      }
    default:
      g_assert_not_reached ();
    }
}

char *
fu_rules_explain (FuRulesContext *ctx,
                  int             kind,
                  int             occurrence,
                  FuJob          *job,
                  FuRound        *round,
                  const char     *contact_id,
                  GDateTime      *event,
                  FuJob          *other_job)
{
  g_autofree char *person = fu_rules_person (ctx, job, contact_id);
  g_autofree char *what = NULL;
  g_autofree char *day = NULL;

  /* Rounds have words of their own. */
  if (kind >= 4 && kind <= 12)
    return explain_round (ctx, kind, job, round, person);

  what = job_label (job);
  day = event != NULL ? fu_rules_format_day (event, ctx->settings->home_zone) : NULL;

  switch (kind)
    {
    case 1:
      return g_strdup_printf (_("Apply for %1$s before applications close on %2$s"), what, day);
    case 2:
      if (occurrence > 1)
        return g_strdup_printf (_("Nudge %1$s once more about your application for %2$s, sent on "
                                  "%3$s; the first nudge got no answer"),
                                person, what, day);
      return g_strdup_printf (_("Nudge %1$s politely about your application for %2$s, sent on "
                                "%3$s; no answer has come yet"),
                              person, what, day);
    case 3:
      return g_strdup_printf (_("Consider closing %1$s as No response: %2$s has not answered "
                                "two nudges"),
                              what, person);
    case 13:
      return g_strdup_printf (_("Check in with %1$s about %2$s: nothing has happened since %3$s"),
                              person, what, day);
    case 14:
      return g_strdup_printf (_("Decide on the offer for %1$s and ask %2$s any last questions "
                                "before the deadline on %3$s"),
                              what, person, day);
    case 15:
      {
        g_autofree char *accepted = job_label (other_job);

        return g_strdup_printf (_("Withdraw politely from %1$s with a note to %2$s: you accepted "
                                  "the offer for %3$s on %4$s"),
                                what, person, accepted, day);
      }
    case 16:
      return g_strdup_printf (_("Thank %1$s honestly after withdrawing from %2$s on %3$s, and ask "
                                "to be kept in mind for future roles"),
                              person, what, day);
    case 17:
      if (occurrence > 1)
        return g_strdup_printf (_("Check in with %1$s as promised after %2$s went away on %3$s"),
                                person, what, day);
      return g_strdup_printf (_("Thank %1$s anyway now that %2$s is gone (closed on %3$s), and say "
                                "you will check in down the track"),
                              person, what, day);
    case 18:
      return g_strdup_printf (_("Thank %1$s after the rejection for %2$s on %3$s; ask for feedback "
                                "and to stay in touch"),
                              person, what, day);
    case 19:
      return g_strdup_printf (_("Thank %1$s for referring you to %2$s and tell them how it ended: "
                                "%3$s on %4$s"),
                              person, what, outcome_words (fu_job_get_outcome (job)), day);
    case 20:
      if (day == NULL)
        return g_strdup_printf (_("Stay in touch with %1$s: share news, an article or a short note"),
                                person);
      return g_strdup_printf (_("Stay in touch with %1$s: share news, an article or a short note; "
                                "last in touch on %2$s"),
                              person, day);
    default:
      g_assert_not_reached ();
    }
}
