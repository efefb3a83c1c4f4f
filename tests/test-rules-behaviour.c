/* test-rules-behaviour.c: how the rules behave over time (domain.md)
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "How the rules behave": idempotence, done and dismissed stay dead,
 * rescheduling moves, closing retires, answers retire nudges and
 * check-ins, offsets from GSettings, rule 13 yields, overdue-at-birth,
 * and the occurrences that come back.  The clock is fixed; the home zone
 * is Europe/Berlin.
 */
#include "config.h"

#include <string.h>

#include "rules-fixture.h"

#define NOW "2026-03-02T10:00:00+01:00"

static guint
count_kind (GPtrArray         *changes,
            FuRulesChangeKind  kind)
{
  guint count = 0;

  for (guint i = 0; i < changes->len; i++)
    if (((FuRulesChange *) g_ptr_array_index (changes, i))->kind == kind)
      count++;
  return count;
}

/* A job search with something for most rules. */
static void
build_search (Fixture *fx)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuContact *lee = add_contact (fx, "Lee Park", FU_PART_PANEL_MEMBER);
  FuContact *pat = add_contact (fx, "Pat Doe", FU_PART_REFERRER);
  FuJob *wish = add_job (fx, "Omega", "Analyst", FU_STAGE_WISHLIST);
  FuJob *applied = add_job (fx, "Acme", "Senior Developer", FU_STAGE_APPLIED);
  FuJob *interviewing = add_job (fx, "Beta", "Engineer", FU_STAGE_INTERVIEWING);
  FuJob *offer = add_job (fx, "Gamma", "Lead", FU_STAGE_OFFER);
  FuJob *gone = add_job (fx, "Delta", "Developer", FU_STAGE_APPLIED);
  FuRound *panel, *hm;

  fu_job_set_apply_by (wish, t ("2026-03-20T17:00:00+01:00"));
  link_contact (applied, sam, FU_PART_AGENCY_RECRUITER);
  fu_job_set_applied (applied, t ("2026-02-27T09:00:00+01:00"));

  link_contact (interviewing, sam, FU_PART_AGENCY_RECRUITER);
  link_contact (interviewing, dana, FU_PART_HIRING_MANAGER);
  link_contact (interviewing, pat, FU_PART_REFERRER);
  panel = add_round (interviewing, FU_ROUND_KIND_PANEL, "2026-03-03T14:00:00+01:00",
                     "2026-03-03T15:00:00+01:00", "Europe/Berlin");
  add_interviewer (panel, dana);
  add_interviewer (panel, lee);
  hm = add_round (interviewing, FU_ROUND_KIND_HIRING_MANAGER, "2026-03-12T10:00:00+01:00",
                  "2026-03-12T11:00:00+01:00", "Europe/Berlin");
  fu_round_set_arranged_by (hm, fu_contact_get_id (sam));
  add_interviewer (hm, dana);

  link_contact (offer, dana, FU_PART_HIRING_MANAGER);
  fu_job_set_offer_deadline (offer, t ("2026-03-09T17:00:00+01:00"));

  link_contact (gone, dana, FU_PART_HIRING_MANAGER);
  link_contact (gone, pat, FU_PART_REFERRER);
  fu_job_close (gone, FU_OUTCOME_GONE, NULL, t ("2026-03-01T18:00:00+01:00"));

  fu_contact_set_stay_in_touch (pat, TRUE);
  add_interaction (fx, NULL, pat, "2026-01-15T12:00:00+01:00", FU_DIRECTION_OUTBOUND);
}

/* Running the engine twice changes nothing, at any time. */
static void
test_idempotent (Fixture *fx, gconstpointer data)
{
  const char *clocks[] = { NOW, "2026-03-03T15:30:00+01:00", "2026-03-05T09:00:00+01:00",
                           "2026-03-12T12:00:00+01:00", "2026-04-20T08:00:00+02:00" };

  build_search (fx);
  for (guint i = 0; i < G_N_ELEMENTS (clocks); i++)
    {
      guint first = run_at (fx, clocks[i]);

      if (i == 0)
        g_assert_cmpuint (first, >, 0);
      g_assert_cmpuint (run_at (fx, clocks[i]), ==, 0);
    }
}

/* Evaluating does not touch the data. */
static void
test_pure (Fixture *fx, gconstpointer data)
{
  g_autoptr(GPtrArray) changes = NULL;

  build_search (fx);
  changes = fu_rules_evaluate (&fx->data, t (NOW), fx->settings, NULL);
  g_assert_cmpuint (changes->len, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (fx->data.follow_ups), ==, 0);
}

/* The user's done and dismissed stay dead: never made again. */
static void
test_done_dismissed_stay_dead (Fixture *fx, gconstpointer data)
{
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuContact *lee = add_contact (fx, "Lee Park", FU_PART_PANEL_MEMBER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
  FuRound *round = add_round (acme, FU_ROUND_KIND_PANEL, "2026-03-03T14:00:00+01:00",
                              "2026-03-03T15:00:00+01:00", "Europe/Berlin");

  only_rule (fx, 7);
  add_interviewer (round, dana);
  add_interviewer (round, lee);
  run_at (fx, "2026-03-03T15:30:00+01:00");
  g_assert_cmpuint (count_state (fx, "thank-you", FU_FOLLOW_UP_STATE_OPEN), ==, 2);

  for (guint i = 0; i < g_list_model_get_n_items (fx->data.follow_ups); i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (fx->data.follow_ups, i);

      fu_follow_up_set_state (follow_up, i == 0 ? FU_FOLLOW_UP_STATE_DONE : FU_FOLLOW_UP_STATE_DISMISSED);
    }

  g_assert_cmpuint (run_at (fx, "2026-03-03T16:00:00+01:00"), ==, 0);
  g_assert_cmpuint (run_at (fx, "2026-03-10T16:00:00+01:00"), ==, 0);
  ASSERT_NONE_OPEN (fx);
  g_assert_cmpuint (count_state (fx, "thank-you", FU_FOLLOW_UP_STATE_DONE), ==, 1);
  g_assert_cmpuint (count_state (fx, "thank-you", FU_FOLLOW_UP_STATE_DISMISSED), ==, 1);
}

/* Rescheduling a round moves its follow-ups (the same ones, with the new
 * day in their explanation). */
static void
test_reschedule_moves (Fixture *fx, gconstpointer data)
{
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
  FuRound *round = add_round (acme, FU_ROUND_KIND_PANEL, "2026-03-03T14:00:00+01:00",
                              "2026-03-03T15:00:00+01:00", "Europe/Berlin");
  g_autoptr(GPtrArray) changes = NULL;
  FuFollowUp *prepare;

  add_interviewer (round, dana);
  only_rule (fx, 4);
  fx->settings->rules[5].enabled = TRUE;
  run_at (fx, NOW);
  ASSERT_OPEN (fx,
               { "prepare", NULL, "2026-03-02T14:00:00+01:00" },
               { "leave", NULL, "2026-03-03T13:30:00+01:00" });
  prepare = find_open (fx, "prepare");

  fu_round_set_start (round, t ("2026-03-05T11:00:00+01:00"));
  fu_round_set_end (round, t ("2026-03-05T12:00:00+01:00"));
  changes = fu_rules_evaluate (&fx->data, t (NOW), fx->settings, NULL);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpuint (count_kind (changes, FU_RULES_CHANGE_MOVE), ==, 2);
  apply_changes (fx, changes);

  ASSERT_OPEN (fx,
               { "prepare", NULL, "2026-03-04T11:00:00+01:00" },
               { "leave", NULL, "2026-03-05T10:30:00+01:00" });
  g_assert_true (find_open (fx, "prepare") == prepare);
  g_assert_nonnull (strstr (fu_follow_up_get_explanation (prepare), "Thursday"));
  g_assert_cmpuint (g_list_model_get_n_items (fx->data.follow_ups), ==, 2);
}

/* Closing retires the job's open follow-ups (the user's own ones made
 * before the close too), except those of rules 15-19; retired ones stay
 * in the data. */
static void
test_closing_retires (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_APPLIED);
  FuJob *beta = add_job (fx, "Beta", "Engineer", FU_STAGE_OFFER);
  FuFollowUp *mine, *after;

  /* Beta, quiet since February, would get a check-in: not the point here. */
  fx->settings->rules[13].enabled = FALSE;
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  fu_job_set_applied (acme, t ("2026-02-27T09:00:00+01:00"));
  add_round (acme, FU_ROUND_KIND_RECRUITER, "2026-03-04T10:00:00+01:00",
             "2026-03-04T11:00:00+01:00", "Europe/Berlin");
  mine = add_custom (fx, acme, sam, "2026-03-05T09:00:00+01:00", "2026-02-28T09:00:00+01:00");
  run_at (fx, NOW);
  ASSERT_OPEN (fx,
               { "custom", "Sam Lee", "2026-03-05T09:00:00+01:00" },
               { "nudge", "Sam Lee", "2026-03-06T09:00:00+01:00" },
               { "prepare", NULL, "2026-03-03T10:00:00+01:00" },
               { "leave", NULL, "2026-03-04T09:30:00+01:00" });

  /* Accepting Beta's offer: withdraw from Acme (rule 15). */
  fu_job_close (beta, FU_OUTCOME_ACCEPTED, NULL, t ("2026-03-02T11:00:00+01:00"));
  run_at (fx, "2026-03-02T11:00:00+01:00");
  g_assert_nonnull (find_open (fx, "withdraw"));

  /* Then closing Acme as Withdrawn retires all but rule 15's note, and
   * rule 16 thanks the recruiter. */
  fu_job_close (acme, FU_OUTCOME_WITHDRAWN, NULL, t ("2026-03-02T12:00:00+01:00"));
  after = add_custom (fx, acme, NULL, "2026-03-20T09:00:00+01:00", "2026-03-02T12:30:00+01:00");
  run_at (fx, "2026-03-02T12:30:00+01:00");

  ASSERT_OPEN (fx,
               { "withdraw", "Sam Lee", "2026-03-03T11:00:00+01:00" },
               { "thank-withdrawn", "Sam Lee", "2026-03-03T12:00:00+01:00" },
               { "custom", NULL, "2026-03-20T09:00:00+01:00" });
  g_assert_cmpint (fu_follow_up_get_state (mine), ==, FU_FOLLOW_UP_STATE_RETIRED);
  g_assert_cmpint (fu_follow_up_get_state (after), ==, FU_FOLLOW_UP_STATE_OPEN);
  g_assert_cmpuint (count_state (fx, NULL, FU_FOLLOW_UP_STATE_RETIRED), ==, 4);
  g_assert_cmpuint (run_at (fx, "2026-03-02T13:00:00+01:00"), ==, 0);
}

/* An inbound interaction retires the open nudge for good, and the open
 * check-in, whose next occurrence counts from the answer. */
static void
test_answer_retires (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_APPLIED);
  FuJob *beta = add_job (fx, "Beta", "Engineer", FU_STAGE_INTERVIEWING);

  only_rule (fx, 2);
  fx->settings->rules[13].enabled = TRUE;
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  link_contact (beta, sam, FU_PART_AGENCY_RECRUITER);
  fu_job_set_applied (acme, t ("2026-02-27T09:00:00+01:00"));
  add_interaction (fx, beta, sam, "2026-02-20T16:00:00+01:00", FU_DIRECTION_OUTBOUND);
  run_at (fx, NOW);
  ASSERT_OPEN (fx,
               { "nudge", "Sam Lee", "2026-03-06T09:00:00+01:00" },
               { "check-in", "Sam Lee", "2026-03-06T16:00:00+01:00" });

  add_interaction (fx, acme, sam, "2026-03-03T09:00:00+01:00", FU_DIRECTION_INBOUND);
  add_interaction (fx, beta, sam, "2026-03-03T09:30:00+01:00", FU_DIRECTION_INBOUND);
  run_at (fx, "2026-03-03T10:00:00+01:00");

  g_assert_cmpuint (count_state (fx, "nudge", FU_FOLLOW_UP_STATE_RETIRED), ==, 1);
  g_assert_cmpuint (count_state (fx, "check-in", FU_FOLLOW_UP_STATE_RETIRED), ==, 1);
  /* Acme had only the nudge: its answer starts a quiet spell too. */
  ASSERT_OPEN (fx,
               { "check-in", "Sam Lee", "2026-03-17T09:00:00+01:00" },
               { "check-in", "Sam Lee", "2026-03-17T09:30:00+01:00" });
  g_assert_cmpuint (run_at (fx, "2026-03-10T10:00:00+01:00"), ==, 0);
}

/* A stage change is an answer too. */
static void
test_stage_change_retires_nudge (Fixture *fx, gconstpointer data)
{
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_APPLIED);

  only_rule (fx, 2);
  fu_job_set_applied (acme, t ("2026-02-27T09:00:00+01:00"));
  run_at (fx, NOW);
  g_assert_nonnull (find_open (fx, "nudge"));

  fu_job_move_to (acme, FU_STAGE_SCREENING, t ("2026-03-03T09:00:00+01:00"));
  run_at (fx, "2026-03-03T10:00:00+01:00");
  ASSERT_NONE_OPEN (fx);
  g_assert_cmpuint (count_state (fx, "nudge", FU_FOLLOW_UP_STATE_RETIRED), ==, 1);
}

/* Offsets come from GSettings; changing one moves the open follow-up,
 * switching a rule off retires it. */
static void
test_gsettings_offset_moves (Fixture *fx, gconstpointer data)
{
  g_autoptr(GSettings) gsettings = g_settings_new (APPLICATION_ID);
  g_autoptr(FuRulesSettings) defaults = NULL;
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_APPLIED);
  g_autoptr(GPtrArray) changes = NULL;
  FuFollowUp *nudge;

  g_settings_set_string (gsettings, "home-time-zone", HOME_ZONE);
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  fu_job_set_applied (acme, t ("2026-02-27T09:00:00+01:00"));

  /* The schema's defaults are domain.md's, as in the engine's own. */
  fu_rules_settings_free (fx->settings);
  fx->settings = fu_rules_settings_new_from_gsettings (gsettings);
  defaults = fu_rules_settings_new_default (fx->settings->home_zone);
  g_assert_true (fu_rules_settings_equal (fx->settings, defaults));
  g_assert_cmpstr (g_time_zone_get_identifier (fx->settings->home_zone), ==, HOME_ZONE);

  for (int n = 1; n <= FU_RULES_N; n++)
    if (n != 2)
      {
        g_autofree char *key = g_strdup_printf ("rule-%d-enabled", n);

        g_settings_set_boolean (gsettings, key, FALSE);
      }
  fu_rules_settings_free (fx->settings);
  fx->settings = fu_rules_settings_new_from_gsettings (gsettings);
  run_at (fx, NOW);
  ASSERT_OPEN (fx, { "nudge", "Sam Lee", "2026-03-06T09:00:00+01:00" });
  nudge = find_open (fx, "nudge");

  g_settings_set_int (gsettings, "rule-2-offset", 10);
  fu_rules_settings_free (fx->settings);
  fx->settings = fu_rules_settings_new_from_gsettings (gsettings);
  changes = fu_rules_evaluate (&fx->data, t (NOW), fx->settings, NULL);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpuint (count_kind (changes, FU_RULES_CHANGE_MOVE), ==, 1);
  apply_changes (fx, changes);
  ASSERT_OPEN (fx, { "nudge", "Sam Lee", "2026-03-09T09:00:00+01:00" });
  g_assert_true (find_open (fx, "nudge") == nudge);

  g_settings_set_boolean (gsettings, "rule-2-enabled", FALSE);
  fu_rules_settings_free (fx->settings);
  fx->settings = fu_rules_settings_new_from_gsettings (gsettings);
  run_at (fx, NOW);
  ASSERT_NONE_OPEN (fx);
  g_assert_cmpint (fu_follow_up_get_state (nudge), ==, FU_FOLLOW_UP_STATE_RETIRED);
}

/* Rule 13 is not created while the job has any other open follow-up. */
static void
test_rule_13_yields (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
  FuFollowUp *mine;

  only_rule (fx, 13);
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  add_interaction (fx, acme, sam, "2026-02-20T16:00:00+01:00", FU_DIRECTION_OUTBOUND);
  mine = add_custom (fx, acme, NULL, "2026-03-12T09:00:00+01:00", "2026-02-25T09:00:00+01:00");
  run_at (fx, NOW);
  ASSERT_OPEN (fx, { "custom", NULL, "2026-03-12T09:00:00+01:00" });

  /* A snoozed one holds it back as well. */
  fu_follow_up_set_state (mine, FU_FOLLOW_UP_STATE_SNOOZED);
  fu_follow_up_set_snoozed_until (mine, t ("2026-03-14T09:00:00+01:00"));
  g_assert_cmpuint (run_at (fx, NOW), ==, 0);

  fu_follow_up_set_state (mine, FU_FOLLOW_UP_STATE_DISMISSED);
  run_at (fx, NOW);
  ASSERT_OPEN (fx, { "check-in", "Sam Lee", "2026-03-06T16:00:00+01:00" });
}

/* A follow-up overdue at birth is due at once, unless one of the same job
 * and contact is already due before it: then it is not made. */
static void
test_overdue_at_birth (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
  FuRound *round;
  FuFollowUp *mine;

  only_rule (fx, 12);
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  round = add_round (acme, FU_ROUND_KIND_PANEL, "2026-02-24T14:00:00+01:00",
                     "2026-02-24T15:00:00+01:00", "Europe/Berlin");
  fu_round_set_decision_date (round, t ("2026-02-27T12:00:00+01:00"));
  mine = add_custom (fx, acme, sam, "2026-03-01T09:00:00+01:00", "2026-02-25T09:00:00+01:00");

  g_assert_cmpuint (run_at (fx, NOW), ==, 0);
  ASSERT_OPEN (fx, { "custom", "Sam Lee", "2026-03-01T09:00:00+01:00" });

  /* Once that is done, the check-in comes, due at once. */
  fu_follow_up_set_state (mine, FU_FOLLOW_UP_STATE_DONE);
  run_at (fx, "2026-03-02T11:00:00+01:00");
  ASSERT_OPEN (fx, { "timeline-check-in", "Sam Lee", "2026-03-02T11:00:00+01:00" });

  /* And it stays where it was born. */
  g_assert_cmpuint (run_at (fx, "2026-03-04T11:00:00+01:00"), ==, 0);
  ASSERT_OPEN (fx, { "timeline-check-in", "Sam Lee", "2026-03-02T11:00:00+01:00" });
}

static void
mark_open (Fixture         *fx,
           const char      *kind,
           FuFollowUpState  state)
{
  FuFollowUp *follow_up = find_open (fx, kind);

  g_assert_nonnull (follow_up);
  fu_follow_up_set_state (follow_up, state);
}

/* The second nudge comes as a new occurrence once the first is done or
 * dismissed, 7 days after it; there is no third. */
static void
test_occurrence_nudges (Fixture *fx, gconstpointer data)
{
  FuContact *sam = add_contact (fx, "Sam Lee", FU_PART_AGENCY_RECRUITER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_APPLIED);
  FuJob *beta = add_job (fx, "Beta", "Engineer", FU_STAGE_APPLIED);

  only_rule (fx, 2);
  link_contact (acme, sam, FU_PART_AGENCY_RECRUITER);
  fu_job_set_applied (acme, t ("2026-02-27T09:00:00+01:00"));
  fu_job_set_applied (beta, t ("2026-02-28T09:00:00+01:00"));
  run_at (fx, NOW);
  ASSERT_OPEN (fx,
               { "nudge", "Sam Lee", "2026-03-06T09:00:00+01:00" },
               { "nudge", NULL, "2026-03-07T09:00:00+01:00" });

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (fx->data.follow_ups, i);

      fu_follow_up_set_state (follow_up, i == 0 ? FU_FOLLOW_UP_STATE_DONE : FU_FOLLOW_UP_STATE_DISMISSED);
    }
  run_at (fx, "2026-03-07T10:00:00+01:00");
  ASSERT_OPEN (fx,
               { "nudge", "Sam Lee", "2026-03-13T09:00:00+01:00" },
               { "nudge", NULL, "2026-03-14T09:00:00+01:00" });
  g_assert_cmpint (fu_follow_up_get_occurrence (find_open (fx, "nudge")), ==, 2);

  mark_open (fx, "nudge", FU_FOLLOW_UP_STATE_DONE);
  mark_open (fx, "nudge", FU_FOLLOW_UP_STATE_DONE);
  run_at (fx, "2026-03-14T10:00:00+01:00");
  ASSERT_NONE_OPEN (fx);
}

/* Position gone: the 60-day check-in comes after the thank-you is done
 * (18:00 local time both sides of the change to summer time). */
static void
test_occurrence_position_gone (Fixture *fx, gconstpointer data)
{
  FuContact *dana = add_contact (fx, "Dana Kim", FU_PART_HIRING_MANAGER);
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_APPLIED);

  only_rule (fx, 17);
  link_contact (acme, dana, FU_PART_HIRING_MANAGER);
  fu_job_close (acme, FU_OUTCOME_GONE, NULL, t ("2026-03-01T18:00:00+01:00"));
  run_at (fx, NOW);
  ASSERT_OPEN (fx, { "position-gone", "Dana Kim", "2026-03-02T18:00:00+01:00" });

  mark_open (fx, "position-gone", FU_FOLLOW_UP_STATE_DONE);
  run_at (fx, "2026-03-03T09:00:00+01:00");
  ASSERT_OPEN (fx, { "position-gone", "Dana Kim", "2026-05-01T18:00:00+02:00" });
  g_assert_cmpint (fu_follow_up_get_occurrence (find_open (fx, "position-gone")), ==, 2);

  mark_open (fx, "position-gone", FU_FOLLOW_UP_STATE_DISMISSED);
  run_at (fx, "2026-05-02T09:00:00+02:00");
  ASSERT_NONE_OPEN (fx);
}

/* Stay in touch: each 90-day note comes after the one before is done or
 * dismissed. */
static void
test_occurrence_stay_in_touch (Fixture *fx, gconstpointer data)
{
  FuContact *pat = add_contact (fx, "Pat Doe", FU_PART_REFERRER);

  only_rule (fx, 20);
  fu_contact_set_stay_in_touch (pat, TRUE);
  add_interaction (fx, NULL, pat, "2026-01-15T12:00:00+01:00", FU_DIRECTION_OUTBOUND);
  run_at (fx, NOW);
  ASSERT_OPEN (fx, { "stay-in-touch", "Pat Doe", "2026-04-15T12:00:00+02:00" });

  mark_open (fx, "stay-in-touch", FU_FOLLOW_UP_STATE_DISMISSED);
  run_at (fx, "2026-04-16T09:00:00+02:00");
  ASSERT_OPEN (fx, { "stay-in-touch", "Pat Doe", "2026-07-14T12:00:00+02:00" });

  mark_open (fx, "stay-in-touch", FU_FOLLOW_UP_STATE_DONE);
  run_at (fx, "2026-07-15T09:00:00+02:00");
  ASSERT_OPEN (fx, { "stay-in-touch", "Pat Doe", "2026-10-12T12:00:00+02:00" });
  g_assert_cmpint (fu_follow_up_get_occurrence (find_open (fx, "stay-in-touch")), ==, 3);

  /* No longer marked: the open note is retired. */
  fu_contact_set_stay_in_touch (pat, FALSE);
  run_at (fx, "2026-07-15T10:00:00+02:00");
  ASSERT_NONE_OPEN (fx);
}

/* Each follow-up explains itself in one line naming the person and the
 * event. */
static void
test_explanations (Fixture *fx, gconstpointer data)
{
  guint n;

  build_search (fx);
  run_at (fx, "2026-03-03T15:30:00+01:00");
  n = g_list_model_get_n_items (fx->data.follow_ups);
  g_assert_cmpuint (n, >, 5);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (fx->data.follow_ups, i);
      const char *text = fu_follow_up_get_explanation (follow_up);

      g_assert_nonnull (text);
      g_assert_null (strchr (text, '\n'));
      g_assert_cmpuint (strlen (text), >, 20);
    }

  g_assert_cmpstr (fu_follow_up_get_explanation (find_open (fx, "ask-tips")), ==,
                   "Ask Sam Lee for tips to prepare for Thursday's hiring-manager interview with Dana Kim");
  g_assert_cmpstr (fu_follow_up_get_explanation (find_open (fx, "apply")), ==,
                   "Apply for Analyst at Omega before applications close on Friday 20 March");
}

/* The engine says when to look again: the next instant its answer could
 * change (here the panel's end), so the runner can arm a timer. */
static void
test_next_wakeup (Fixture *fx, gconstpointer data)
{
  FuJob *acme = add_job (fx, "Acme", "Senior Developer", FU_STAGE_INTERVIEWING);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GDateTime) next = NULL;

  only_rule (fx, 6);
  add_round (acme, FU_ROUND_KIND_PANEL, "2026-03-03T14:00:00+01:00",
             "2026-03-03T15:00:00+01:00", "Europe/Berlin");
  changes = fu_rules_evaluate (&fx->data, t (NOW), fx->settings, &next);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_nonnull (next);
  g_assert_true (g_date_time_equal (next, t ("2026-03-03T15:00:00+01:00")));
}

/* fu_rules_run() on a real store adds, moves and retires in it. */
static void
test_store_run (Fixture *fx, gconstpointer data)
{
  g_autofree char *dir = g_dir_make_tmp ("rules-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "followup.json", NULL);
  g_autoptr(FuStore) store = fu_store_new (path);
  g_autoptr(FuJob) job = fu_job_new ();
  g_autoptr(GDateTime) next = NULL;
  GListModel *follow_ups = fu_store_get_follow_ups (store);

  only_rule (fx, 2);
  fu_job_set_company (job, "Acme");
  fu_job_set_title (job, "Senior Developer");
  fu_job_set_created (job, t ("2026-02-01T09:00:00+01:00"));
  fu_job_move_to (job, FU_STAGE_APPLIED, t ("2026-02-27T09:00:00+01:00"));
  fu_store_add_job (store, job);

  g_assert_cmpuint (fu_rules_run (store, t (NOW), fx->settings, &next), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (follow_ups), ==, 1);
  g_assert_nonnull (next);
  g_assert_cmpuint (fu_rules_run (store, t (NOW), fx->settings, NULL), ==, 0);

  fu_job_move_to (job, FU_STAGE_SCREENING, t ("2026-03-02T11:00:00+01:00"));
  g_assert_cmpuint (fu_rules_run (store, t ("2026-03-02T11:30:00+01:00"), fx->settings, NULL), ==, 1);
  {
    g_autoptr(FuFollowUp) nudge = g_list_model_get_item (follow_ups, 0);

    g_assert_cmpint (fu_follow_up_get_state (nudge), ==, FU_FOLLOW_UP_STATE_RETIRED);
  }
  g_assert_true (fu_store_flush (store, 5000, NULL));
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    void (*func) (Fixture *, gconstpointer);
  } tests[] = {
    { "/rules/behaviour/idempotent", test_idempotent },
    { "/rules/behaviour/pure", test_pure },
    { "/rules/behaviour/done-dismissed-stay-dead", test_done_dismissed_stay_dead },
    { "/rules/behaviour/reschedule-moves", test_reschedule_moves },
    { "/rules/behaviour/closing-retires", test_closing_retires },
    { "/rules/behaviour/answer-retires", test_answer_retires },
    { "/rules/behaviour/stage-change-retires-nudge", test_stage_change_retires_nudge },
    { "/rules/behaviour/gsettings-offset-moves", test_gsettings_offset_moves },
    { "/rules/behaviour/rule-13-yields", test_rule_13_yields },
    { "/rules/behaviour/overdue-at-birth", test_overdue_at_birth },
    { "/rules/occurrences/nudges", test_occurrence_nudges },
    { "/rules/occurrences/position-gone", test_occurrence_position_gone },
    { "/rules/occurrences/stay-in-touch", test_occurrence_stay_in_touch },
    { "/rules/behaviour/explanations", test_explanations },
    { "/rules/behaviour/next-wakeup", test_next_wakeup },
    { "/rules/behaviour/store-run", test_store_run },
  };

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, NULL, fixture_set_up, tests[i].func, fixture_tear_down);

  return g_test_run ();
}
