/* test-rules.c: each follow-up rule against a table written from domain.md
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The home zone is Europe/Berlin (UTC+1 until 29 March 2026, then UTC+2);
 * the clock is fixed, mostly at Monday 2 March 2026, 10:00 there.  Each
 * test switches on only the rule it checks, so its table is that rule's
 * alone.  meson runs this file under several TZ values: the expected
 * instants stay the same, because the engine never uses the process's
 * zone.
 */
#include "config.h"

#include <string.h>

#include "rules-fixture.h"

#define NOW "2026-03-02T10:00:00+01:00"

/* 1: a wishlist job with an apply-by date: apply, 2 days before it. */
static void
test_rule_1 (Fixture *fx, gconstpointer data)
{
  FuJob *wish = add_job (fx, "Acme", "Senior Developer", FU_STAGE_WISHLIST);
  FuJob *applied = add_job (fx, "Beta", "Engineer", FU_STAGE_APPLIED);

  only_rule (fx, 1);
  fu_job_set_apply_by (wish, t ("2026-03-10T17:00:00+01:00"));
  fu_job_set_apply_by (applied, t ("2026-03-10T17:00:00+01:00"));
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "apply", NULL, "2026-03-08T17:00:00+01:00" });
}

/* 2: a polite nudge 7 days after applying (to the recruiter); one that
 * is already overdue when made is due at once. */
static void
test_rule_2 (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_APPLIED);
  FuJob *beta = add_job (fx, "Beta", "Engineer", FU_STAGE_APPLIED);

  only_rule (fx, 2);
  link_contact (acme, dana, FU_PART_HIRING_MANAGER);
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  fu_job_set_applied (acme, t ("2026-02-27T09:00:00+01:00"));
  fu_job_set_applied (beta, t ("2026-02-20T09:00:00+01:00"));
  run_at (fx, NOW);

  ASSERT_OPEN (fx,
               { "nudge", "Sam Lee", "2026-03-06T09:00:00+01:00" },
               { "nudge", NULL, NOW });
  g_assert_cmpstr (fu_follow_up_get_explanation (find_open (fx, "nudge")), ==,
                   "Nudge Sam Lee politely about your application for Senior Developer at Acme, "
                   "sent on Friday 27 February; no answer has come yet");
}

/* 3: both nudges unanswered: consider closing, 7 days after nudge 2. */
static void
test_rule_3 (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_APPLIED);

  only_rule (fx, 3);
  fx->settings->rules[2].enabled = TRUE;
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  fu_job_set_applied (acme, t ("2026-02-14T09:00:00+01:00"));
  add_rule_follow_up (fx, 2, acme, sam, 1, "2026-02-21T09:00:00+01:00", FU_FOLLOW_UP_STATE_DONE);
  add_rule_follow_up (fx, 2, acme, sam, 2, "2026-02-28T09:00:00+01:00", FU_FOLLOW_UP_STATE_DONE);
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "close-no-response", "Sam Lee", "2026-03-07T09:00:00+01:00" });
}

/* A panel on Tuesday 3 March, 14:00-15:00 in Berlin, with Dana (the
 * hiring manager) and Lee (panel member). */
static FuRound *
panel_job (Fixture    *fx,
           FuContact **dana_out,
           FuContact **lee_out)
{
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuContact *lee = add_contact (fx, "Lee Park", FU_PART_PANEL_MEMBER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
  FuRound *round;

  link_contact (acme, dana, FU_PART_HIRING_MANAGER);
  link_contact (acme, lee, FU_PART_PANEL_MEMBER);
  round = add_round (acme, FU_ROUND_KIND_PANEL, "2026-03-03T14:00:00+01:00",
                     "2026-03-03T15:00:00+01:00", "Europe/Berlin");
  fu_round_set_location (round, "12 Main St");
  add_interviewer (round, dana);
  add_interviewer (round, lee);
  if (dana_out != NULL)
    *dana_out = dana;
  if (lee_out != NULL)
    *lee_out = lee;
  return round;
}

/* 4: prepare, 1 day before the round. */
static void
test_rule_4 (Fixture *fx, gconstpointer data)
{
  only_rule (fx, 4);
  panel_job (fx, NULL, NULL);
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "prepare", NULL, "2026-03-02T14:00:00+01:00" });
}

/* 5: leave / join, 30 minutes before; the line says where. */
static void
test_rule_5 (Fixture *fx, gconstpointer data)
{
  only_rule (fx, 5);
  panel_job (fx, NULL, NULL);
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "leave", NULL, "2026-03-03T13:30:00+01:00" });
  g_assert_nonnull (strstr (fu_follow_up_get_explanation (find_open (fx, "leave")), "12 Main St"));
}

/* 6: debrief 1 hour after the end. */
static void
test_rule_6 (Fixture *fx, gconstpointer data)
{
  only_rule (fx, 6);
  panel_job (fx, NULL, NULL);
  run_at (fx, "2026-03-03T15:30:00+01:00");

  ASSERT_OPEN (fx, { "debrief", NULL, "2026-03-03T16:00:00+01:00" });
}

/* 7: a thank-you to each interviewer, by name, within 24 h of the end;
 * ticking "thank-you sent" settles one. */
static void
test_rule_7 (Fixture *fx, gconstpointer data)
{
  FuContact *lee = NULL;
  FuRound *round;

  only_rule (fx, 7);
  round = panel_job (fx, NULL, &lee);
  run_at (fx, "2026-03-03T15:30:00+01:00");

  ASSERT_OPEN (fx,
               { "thank-you", "Dana Kim", "2026-03-04T15:00:00+01:00" },
               { "thank-you", "Lee Park", "2026-03-04T15:00:00+01:00" });
  g_assert_cmpstr (fu_follow_up_get_explanation (find_open (fx, "thank-you")), ==,
                   "Thank Dana Kim for Tuesday's panel interview; notes sent within a day stand out");

  fu_interviewer_set_thank_you_sent (fu_round_find_interviewer (round, fu_contact_get_id (lee)), TRUE);
  run_at (fx, "2026-03-03T18:00:00+01:00");
  ASSERT_OPEN (fx, { "thank-you", "Dana Kim", "2026-03-04T15:00:00+01:00" });
}

/* 8: no decision date given: ask the recruiter (else the hiring manager)
 * for the timeline, with the thank-you note. */
static void
test_rule_8 (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuRound *round;
  FuJob *agency;
  FuRound *agency_round;

  only_rule (fx, 8);
  round = panel_job (fx, NULL, NULL);
  agency = add_job (fx, "Beta", "Engineer", FU_STAGE_INTERVIEWING);
  link_contact (agency, sam, FU_PART_AGENCY_RECRUITER);
  agency_round = add_round (agency, FU_ROUND_KIND_HIRING_MANAGER, "2026-03-03T09:00:00+01:00",
                            "2026-03-03T10:00:00+01:00", "Europe/Berlin");
  run_at (fx, "2026-03-03T15:30:00+01:00");

  ASSERT_OPEN (fx,
               { "ask-timeline", "Dana Kim", "2026-03-04T15:00:00+01:00" },
               { "ask-timeline", "Sam Lee", "2026-03-04T10:00:00+01:00" });

  /* A decision date given later settles it. */
  fu_round_set_decision_date (round, t ("2026-03-10T12:00:00+01:00"));
  fu_round_set_decision_date (agency_round, t ("2026-03-10T12:00:00+01:00"));
  run_at (fx, "2026-03-03T16:00:00+01:00");
  ASSERT_NONE_OPEN (fx);
}

/* 9: after a recruiter interview, phone the recruiter 3 days later. */
static void
test_rule_9 (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_SCREENING);
  FuRound *screen;

  only_rule (fx, 9);
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  screen = add_round (acme, FU_ROUND_KIND_RECRUITER, "2026-03-02T10:00:00+01:00",
                      "2026-03-02T11:00:00+01:00", "Europe/Berlin");
  add_interviewer (screen, sam);
  add_round (acme, FU_ROUND_KIND_PANEL, "2026-02-25T10:00:00+01:00",
             "2026-02-25T11:00:00+01:00", "Europe/Berlin");
  run_at (fx, "2026-03-02T12:00:00+01:00");

  ASSERT_OPEN (fx, { "call-recruiter", "Sam Lee", "2026-03-05T11:00:00+01:00" });
}

/* 10: a hiring-manager interview arranged by a recruiter: ask them for
 * tips 2 days before, at once if that is sooner. */
static void
test_rule_10 (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
  FuRound *later, *soon, *self_arranged;

  only_rule (fx, 10);
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  link_contact (acme, dana, FU_PART_HIRING_MANAGER);
  later = add_round (acme, FU_ROUND_KIND_HIRING_MANAGER, "2026-03-05T10:00:00+01:00",
                     "2026-03-05T11:00:00+01:00", "Europe/Berlin");
  fu_round_set_arranged_by (later, fu_contact_get_id (sam));
  soon = add_round (acme, FU_ROUND_KIND_HIRING_MANAGER, "2026-03-03T09:00:00+01:00",
                    "2026-03-03T10:00:00+01:00", "Europe/Berlin");
  fu_round_set_arranged_by (soon, fu_contact_get_id (sam));
  self_arranged = add_round (acme, FU_ROUND_KIND_HIRING_MANAGER, "2026-03-12T09:00:00+01:00",
                             "2026-03-12T10:00:00+01:00", "Europe/Berlin");
  fu_round_set_arranged_by (self_arranged, fu_contact_get_id (dana));
  run_at (fx, NOW);

  ASSERT_OPEN (fx,
               { "ask-tips", "Sam Lee", "2026-03-03T10:00:00+01:00" },
               { "ask-tips", "Sam Lee", NOW });
}

/* 11: a known decision date: a short personal follow-up 3 days before. */
static void
test_rule_11 (Fixture *fx, gconstpointer data)
{
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuContact *lee = add_contact (fx, "Lee Park", FU_PART_PANEL_MEMBER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
  FuRound *round;

  only_rule (fx, 11);
  link_contact (acme, dana, FU_PART_HIRING_MANAGER);
  round = add_round (acme, FU_ROUND_KIND_PANEL, "2026-02-26T14:00:00+01:00",
                     "2026-02-26T15:00:00+01:00", "Europe/Berlin");
  add_interviewer (round, lee);
  add_interviewer (round, dana);
  fu_round_set_decision_date (round, t ("2026-03-09T12:00:00+01:00"));
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "rapport", "Dana Kim", "2026-03-06T12:00:00+01:00" });
}

/* 12: the decision date passed with no answer: check in 1 day after (at
 * once here, as that is past); an answer since the round, or a date not
 * yet passed, makes none. */
static void
test_rule_12 (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  const char *decisions[] = { "2026-02-27T12:00:00+01:00", "2026-02-27T12:00:00+01:00",
                              "2026-03-04T12:00:00+01:00" };

  only_rule (fx, 12);
  for (guint i = 0; i < G_N_ELEMENTS (decisions); i++)
    {
      FuJob *job = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
      FuRound *round;

      link_contact (job, sam, FU_PART_AGENCY_RECRUITER);
      link_contact (job, dana, FU_PART_HIRING_MANAGER);
      round = add_round (job, FU_ROUND_KIND_PANEL, "2026-02-24T14:00:00+01:00",
                         "2026-02-24T15:00:00+01:00", "Europe/Berlin");
      fu_round_set_decision_date (round, t (decisions[i]));
      if (i == 1)
        add_interaction (fx, job, sam, "2026-02-26T11:00:00+01:00", FU_DIRECTION_INBOUND);
    }
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "timeline-check-in", "Sam Lee", NOW });
}

/* 13: no activity: a check-in 14 days after the last activity. */
static void
test_rule_13 (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);

  only_rule (fx, 13);
  add_job (fx, "Beta", "Engineer", FU_STAGE_WISHLIST);
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  add_interaction (fx, acme, sam, "2026-02-20T16:00:00+01:00", FU_DIRECTION_OUTBOUND);
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "check-in", "Sam Lee", "2026-03-06T16:00:00+01:00" });
}

/* 14: an offer deadline: decide 2 days before it. */
static void
test_rule_14 (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_OFFER);

  only_rule (fx, 14);
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  fu_job_set_offer_deadline (acme, t ("2026-03-06T17:00:00+01:00"));
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "decide-offer", "Sam Lee", "2026-03-04T17:00:00+01:00" });
}

/* 15: an offer accepted: withdraw from every other active application,
 * a day later; closing one of them since keeps its note. */
static void
test_rule_15 (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_OFFER);
  FuJob *beta = add_job (fx, "Beta", "Engineer", FU_STAGE_APPLIED);
  FuJob *epsilon = add_job (fx, "Epsilon", "Engineer", FU_STAGE_INTERVIEWING);
  FuJob *delta = add_job (fx, "Delta", "Engineer", FU_STAGE_APPLIED);
  FuJob *late = add_job (fx, "Zeta", "Engineer", FU_STAGE_APPLIED);

  only_rule (fx, 15);
  add_job (fx, "Gamma", "Engineer", FU_STAGE_WISHLIST);
  link_contact (beta, dana, FU_PART_HIRING_MANAGER);
  link_contact (epsilon, sam, FU_PART_AGENCY_RECRUITER);
  link_contact (delta, dana, FU_PART_HIRING_MANAGER);
  fu_job_close (delta, FU_OUTCOME_REJECTED, NULL, t ("2026-02-20T10:00:00+01:00"));
  fu_job_close (acme, FU_OUTCOME_ACCEPTED, NULL, t ("2026-03-02T09:00:00+01:00"));
  fu_job_close (epsilon, FU_OUTCOME_WITHDRAWN, NULL, t ("2026-03-02T09:30:00+01:00"));
  fu_job_set_created (late, t ("2026-03-02T09:30:00+01:00"));
  run_at (fx, NOW);

  ASSERT_OPEN (fx,
               { "withdraw", "Dana Kim", "2026-03-03T09:00:00+01:00" },
               { "withdraw", "Sam Lee", "2026-03-03T09:00:00+01:00" });
}

/* 16: closed as Withdrawn: thank the recruiter a day later. */
static void
test_rule_16 (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_APPLIED);

  only_rule (fx, 16);
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  fu_job_close (acme, FU_OUTCOME_WITHDRAWN, NULL, t ("2026-03-01T18:00:00+01:00"));
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "thank-withdrawn", "Sam Lee", "2026-03-02T18:00:00+01:00" });
}

/* 17: closed as Position gone: thanks anyway a day later. */
static void
test_rule_17 (Fixture *fx, gconstpointer data)
{
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_APPLIED);

  only_rule (fx, 17);
  link_contact (acme, dana, FU_PART_HIRING_MANAGER);
  fu_job_close (acme, FU_OUTCOME_GONE, NULL, t ("2026-03-01T18:00:00+01:00"));
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "position-gone", "Dana Kim", "2026-03-02T18:00:00+01:00" });
}

/* 18: closed as Rejected: thank them (through the recruiter) a day later. */
static void
test_rule_18 (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);

  only_rule (fx, 18);
  link_contact (acme, dana, FU_PART_HIRING_MANAGER);
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  fu_job_close (acme, FU_OUTCOME_REJECTED, NULL, t ("2026-03-01T18:00:00+01:00"));
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "thank-rejected", "Sam Lee", "2026-03-02T18:00:00+01:00" });
}

/* 19: a job with a referrer closed: thank them 2 days later. */
static void
test_rule_19 (Fixture *fx, gconstpointer data)
{
  FuContact *pat = add_contact (fx, "Pat Doe", FU_PART_OTHER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
  FuJob *open = add_job (fx, "Beta", "Engineer", FU_STAGE_APPLIED);

  only_rule (fx, 19);
  link_contact (acme, pat, FU_PART_REFERRER);
  link_contact (open, pat, FU_PART_REFERRER);
  fu_job_close (acme, FU_OUTCOME_REJECTED, NULL, t ("2026-03-01T18:00:00+01:00"));
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "thank-referrer", "Pat Doe", "2026-03-03T18:00:00+01:00" });
}

/* 20: stay in touch every 90 days, counted in the home zone's days (the
 * local time stays 12:00 across the change to summer time). */
static void
test_rule_20 (Fixture *fx, gconstpointer data)
{
  FuContact *pat = add_contact (fx, "Pat Doe", FU_PART_REFERRER);
  FuContact *quinn = add_contact (fx, "Quinn Ray", FU_PART_OTHER);

  only_rule (fx, 20);
  add_contact (fx, "Not Marked", FU_PART_OTHER);
  fu_contact_set_stay_in_touch (pat, TRUE);
  fu_contact_set_stay_in_touch (quinn, TRUE);
  add_interaction (fx, NULL, pat, "2026-01-15T12:00:00+01:00", FU_DIRECTION_OUTBOUND);
  run_at (fx, NOW);

  ASSERT_OPEN (fx,
               { "stay-in-touch", "Pat Doe", "2026-04-15T12:00:00+02:00" },
               { "stay-in-touch", "Quinn Ray", NOW });
}

/* Time zones ------------------------------------------------------------ */

/* A round's day offsets are counted in the round's zone: New York moves
 * to summer time on Sunday 8 March 2026, so "a day before Sunday 20:00"
 * is Saturday 20:00 there, 25 hours earlier. */
static void
test_rules_tz_round_zone (Fixture *fx, gconstpointer data)
{
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);

  only_rule (fx, 4);
  add_round (acme, FU_ROUND_KIND_PHONE_SCREEN, "2026-03-08T20:00:00-04:00",
             "2026-03-08T20:30:00-04:00", "America/New_York");
  run_at (fx, NOW);

  ASSERT_OPEN (fx, { "prepare", NULL, "2026-03-07T20:00:00-05:00" });
}

/* Day offsets keep the local time of day across Berlin's change to
 * summer time on Sunday 29 March 2026. */
static void
test_rules_tz_day_offset_dst (Fixture *fx, gconstpointer data)
{
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
  FuJob *beta = add_job (fx, "Beta", "Engineer", FU_STAGE_WISHLIST);

  only_rule (fx, 4);
  fx->settings->rules[1].enabled = TRUE;
  add_round (acme, FU_ROUND_KIND_PANEL, "2026-03-30T10:00:00+02:00",
             "2026-03-30T11:00:00+02:00", "Europe/Berlin");
  fu_job_set_apply_by (beta, t ("2026-03-30T17:00:00+02:00"));
  run_at (fx, NOW);

  ASSERT_OPEN (fx,
               { "prepare", NULL, "2026-03-29T10:00:00+02:00" },
               { "apply", NULL, "2026-03-28T17:00:00+01:00" });
}

/* Hour and minute offsets are elapsed time: 24 hours after 15:00 on the
 * Saturday before the change is 16:00 summer time on Sunday; 30 minutes
 * before 03:00 summer time is 01:30 winter time. */
static void
test_rules_tz_elapsed_offsets (Fixture *fx, gconstpointer data)
{
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
  FuRound *ended;

  only_rule (fx, 7);
  fx->settings->rules[5].enabled = TRUE;
  ended = add_round (acme, FU_ROUND_KIND_PANEL, "2026-03-28T14:00:00+01:00",
                     "2026-03-28T15:00:00+01:00", "Europe/Berlin");
  add_interviewer (ended, dana);
  add_round (acme, FU_ROUND_KIND_TECHNICAL, "2026-03-29T03:00:00+02:00",
             "2026-03-29T04:00:00+02:00", "Europe/Berlin");
  run_at (fx, "2026-03-28T15:30:00+01:00");

  ASSERT_OPEN (fx,
               { "thank-you", "Dana Kim", "2026-03-29T16:00:00+02:00" },
               { "leave", NULL, "2026-03-29T01:30:00+01:00" });
}

/* The explanation names the day in the event's zone: 23:30 on Tuesday in
 * New York is already Wednesday in Berlin and in Kolkata. */
static void
test_rules_tz_explanation_day (Fixture *fx, gconstpointer data)
{
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
  FuRound *round;

  only_rule (fx, 7);
  round = add_round (acme, FU_ROUND_KIND_PANEL, "2026-03-03T22:30:00-05:00",
                     "2026-03-03T23:30:00-05:00", "America/New_York");
  add_interviewer (round, dana);
  run_at (fx, "2026-03-04T08:00:00+01:00");

  g_assert_cmpstr (fu_follow_up_get_explanation (find_open (fx, "thank-you")), ==,
                   "Thank Dana Kim for Tuesday's panel interview; notes sent within a day stand out");
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    void (*func) (Fixture *, gconstpointer);
  } tests[] = {
    { "/rules/table/1-apply", test_rule_1 },
    { "/rules/table/2-nudge", test_rule_2 },
    { "/rules/table/3-close-no-response", test_rule_3 },
    { "/rules/table/4-prepare", test_rule_4 },
    { "/rules/table/5-leave", test_rule_5 },
    { "/rules/table/6-debrief", test_rule_6 },
    { "/rules/table/7-thank-you", test_rule_7 },
    { "/rules/table/8-ask-timeline", test_rule_8 },
    { "/rules/table/9-call-recruiter", test_rule_9 },
    { "/rules/table/10-ask-tips", test_rule_10 },
    { "/rules/table/11-rapport", test_rule_11 },
    { "/rules/table/12-timeline-check-in", test_rule_12 },
    { "/rules/table/13-check-in", test_rule_13 },
    { "/rules/table/14-decide-offer", test_rule_14 },
    { "/rules/table/15-withdraw", test_rule_15 },
    { "/rules/table/16-thank-withdrawn", test_rule_16 },
    { "/rules/table/17-position-gone", test_rule_17 },
    { "/rules/table/18-thank-rejected", test_rule_18 },
    { "/rules/table/19-thank-referrer", test_rule_19 },
    { "/rules/table/20-stay-in-touch", test_rule_20 },
    { "/rules/tz/round-zone", test_rules_tz_round_zone },
    { "/rules/tz/day-offset-across-dst", test_rules_tz_day_offset_dst },
    { "/rules/tz/elapsed-offsets", test_rules_tz_elapsed_offsets },
    { "/rules/tz/explanation-day", test_rules_tz_explanation_day },
  };

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, NULL, fixture_set_up, tests[i].func, fixture_tear_down);

  return g_test_run ();
}
