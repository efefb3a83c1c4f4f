/* fu-rules-candidates.c: what each of the 20 rules wants to exist
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule looks at the data and the time and names the follow-ups that
 * should exist now (their key, nominal due time and explanation); see the
 * comment at the top of fu-rules.c for what each rule means exactly.
 * fu-rules.c then turns the difference with the data into changes.
 */
#include "config.h"

#include "fu-rules-private.h"
#include "fu-rules-time.h"

/* Rules 4-12 count days in the round's own zone, the rest in the home
 * zone (domain.md). */
static GTimeZone *
round_zone (FuRulesContext *ctx,
            FuRound        *round)
{
  GTimeZone *zone = fu_round_dup_time_zone (round);

  return zone != NULL ? zone : g_time_zone_ref (ctx->settings->home_zone);
}

static gboolean
enabled (FuRulesContext *ctx,
         int             kind)
{
  return ctx->settings->rules[kind].enabled;
}

static int
offset (FuRulesContext *ctx,
        int             kind)
{
  return ctx->settings->rules[kind].offset;
}

static GDateTime *
add_home_days (FuRulesContext *ctx,
               GDateTime      *time,
               int             days)
{
  return fu_rules_add_days (time, ctx->settings->home_zone, days);
}

static gboolean
is_dead (FuFollowUp *follow_up)
{
  FuFollowUpState state = fu_follow_up_get_state (follow_up);

  return state == FU_FOLLOW_UP_STATE_DONE || state == FU_FOLLOW_UP_STATE_DISMISSED;
}

/* The occurrences of a repeating rule (2, 17, 20) follow each other: the
 * next one exists once the user did or dismissed the one before.  Returns
 * the occurrence that should exist now, and in @prev_due the due time of
 * the one before (NULL for the first). */
static int
next_occurrence (FuRulesContext  *ctx,
                 const char      *job_id,
                 int              kind,
                 const char      *contact_id,
                 GDateTime      **prev_due)
{
  g_autofree char *key = fu_rules_job_kind_key (job_id, kind);
  GPtrArray *list = g_hash_table_lookup (ctx->follow_ups_by_job_kind, key);
  FuFollowUp *last = NULL;

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      FuFollowUp *follow_up = g_ptr_array_index (list, i);

      /* Rule 20 repeats per person; rules 2 and 17 per job, whoever
       * the note went to. */
      if (contact_id != NULL && g_strcmp0 (fu_follow_up_get_contact_id (follow_up), contact_id) != 0)
        continue;
      if (!is_dead (follow_up))
        continue;
      if (last == NULL || fu_follow_up_get_occurrence (follow_up) > fu_follow_up_get_occurrence (last))
        last = follow_up;
    }

  *prev_due = last != NULL ? fu_follow_up_get_due (last) : NULL;
  return last != NULL ? fu_follow_up_get_occurrence (last) + 1 : 1;
}

static FuFollowUp *
find_dead (FuRulesContext *ctx,
           const char     *job_id,
           int             kind,
           int             occurrence)
{
  g_autofree char *key = fu_rules_job_kind_key (job_id, kind);
  GPtrArray *list = g_hash_table_lookup (ctx->follow_ups_by_job_kind, key);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      FuFollowUp *follow_up = g_ptr_array_index (list, i);

      if (fu_follow_up_get_occurrence (follow_up) == occurrence && is_dead (follow_up))
        return follow_up;
    }

  return NULL;
}

static void
add (FuRulesContext *ctx,
     int             kind,
     FuJob          *job,
     FuRound        *round,
     const char     *contact_id,
     int             occurrence,
     GDateTime      *due,
     GDateTime      *event,
     FuJob          *other_job)
{
  char *explanation = fu_rules_explain (ctx, kind, occurrence, job, round, contact_id, event, other_job);

  fu_rules_add_candidate (ctx, kind, job, contact_id,
                          round != NULL ? fu_round_get_id (round) : NULL,
                          occurrence, due, explanation);
}

/* The rules of an active job -------------------------------------------- */

/* 1: apply, N days before a wishlist job's apply-by date. */
static void
rule_apply (FuRulesContext *ctx,
            FuJob          *job)
{
  GDateTime *apply_by = fu_job_get_apply_by (job);
  g_autoptr(GDateTime) due = NULL;

  if (!enabled (ctx, 1) || fu_job_get_stage (job) != FU_STAGE_WISHLIST || apply_by == NULL)
    return;

  due = add_home_days (ctx, apply_by, -offset (ctx, 1));
  add (ctx, 1, job, NULL, NULL, 1, due, apply_by, NULL);
}

/* 2: nudge N days after applying while Applied with no answer, then once
 * more N days after the first nudge; 3: after both, consider closing. */
static void
rule_nudges (FuRulesContext *ctx,
             FuJob          *job)
{
  GDateTime *applied = fu_rules_job_applied_time (job);
  const char *contact_id = fu_rules_job_main_contact (ctx, job);
  GDateTime *prev_due = NULL;
  int occurrence;

  if (fu_job_get_stage (job) != FU_STAGE_APPLIED)
    return;
  /* An answer retires the nudges; so does a stage change, which moves
   * the job out of Applied. */
  if (fu_rules_job_answered_after (ctx, job, applied, FALSE))
    return;

  occurrence = next_occurrence (ctx, fu_job_get_id (job), 2, NULL, &prev_due);
  if (enabled (ctx, 2) && occurrence <= 2)
    {
      g_autoptr(GDateTime) due = NULL;

      if (occurrence == 1)
        due = applied != NULL ? add_home_days (ctx, applied, offset (ctx, 2)) : NULL;
      else
        due = prev_due != NULL ? add_home_days (ctx, prev_due, ctx->settings->rules[2].second_offset) : NULL;
      add (ctx, 2, job, NULL, contact_id, occurrence, due, applied, NULL);
    }

  if (enabled (ctx, 3))
    {
      FuFollowUp *second = find_dead (ctx, fu_job_get_id (job), 2, 2);
      g_autoptr(GDateTime) second_due = NULL;
      g_autoptr(GDateTime) due = NULL;

      /* Only after both nudges went out (or were passed over): with
       * rule 2 off there are no nudges to go unanswered. */
      if (second == NULL || fu_follow_up_get_due (second) == NULL)
        return;
      second_due = g_date_time_ref (fu_follow_up_get_due (second));

      due = add_home_days (ctx, second_due, offset (ctx, 3));
      add (ctx, 3, job, NULL, contact_id, 1, due, applied, NULL);
    }
}

/* The contact who can say when the decision comes: the recruiter, else
 * the hiring manager (rules 8 and 12). */
static const char *
timeline_contact (FuRulesContext *ctx,
                  FuJob          *job,
                  FuRound        *round)
{
  GListModel *interviewers = fu_round_get_interviewers (round);
  const char *id = fu_rules_job_main_contact (ctx, job);

  if (id != NULL)
    return id;

  for (guint i = 0; i < g_list_model_get_n_items (interviewers); i++)
    {
      g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (interviewers, i);

      if (fu_rules_part_on_job (ctx, job, fu_interviewer_get_contact_id (interviewer)) == FU_PART_HIRING_MANAGER)
        return fu_interviewer_get_contact_id (interviewer);
    }

  return NULL;
}

/* The person a rapport note recalls something about (rule 11): the
 * hiring manager of the round, else its first interviewer. */
static const char *
rapport_contact (FuRulesContext *ctx,
                 FuJob          *job,
                 FuRound        *round)
{
  GListModel *interviewers = fu_round_get_interviewers (round);
  guint n = g_list_model_get_n_items (interviewers);
  g_autoptr(FuInterviewer) first = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (interviewers, i);

      if (fu_rules_part_on_job (ctx, job, fu_interviewer_get_contact_id (interviewer)) == FU_PART_HIRING_MANAGER)
        return fu_interviewer_get_contact_id (interviewer);
    }

  if (n == 0)
    return timeline_contact (ctx, job, round);
  first = g_list_model_get_item (interviewers, 0);
  return fu_interviewer_get_contact_id (first);
}

/* The recruiter to phone after a recruiter interview (rule 9). */
static const char *
recruiter_of_round (FuRulesContext *ctx,
                    FuJob          *job,
                    FuRound        *round)
{
  GListModel *interviewers = fu_round_get_interviewers (round);
  guint n = g_list_model_get_n_items (interviewers);
  const char *arranged_by = fu_round_get_arranged_by (round);
  g_autoptr(FuInterviewer) first = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (interviewers, i);

      if (fu_rules_is_recruiter (fu_rules_part_on_job (ctx, job, fu_interviewer_get_contact_id (interviewer))))
        return fu_interviewer_get_contact_id (interviewer);
    }
  if (arranged_by != NULL && fu_rules_is_recruiter (fu_rules_part_on_job (ctx, job, arranged_by)))
    return arranged_by;
  if (fu_rules_job_recruiter (ctx, job) != NULL)
    return fu_rules_job_recruiter (ctx, job);
  if (n == 0)
    return NULL;
  first = g_list_model_get_item (interviewers, 0);
  return fu_interviewer_get_contact_id (first);
}

/* The recruiter who arranged a hiring-manager interview (rule 10): the
 * round's "arranged by" when that is a recruiter; without one, the job's
 * agency recruiter, who arranges everything on an agency job. */
static const char *
arranging_recruiter (FuRulesContext *ctx,
                     FuJob          *job,
                     FuRound        *round)
{
  const char *arranged_by = fu_round_get_arranged_by (round);

  if (arranged_by != NULL)
    return fu_rules_is_recruiter (fu_rules_part_on_job (ctx, job, arranged_by)) ? arranged_by : NULL;

  return fu_rules_job_contact_with_part (ctx, job, FU_PART_AGENCY_RECRUITER);
}

/* 4-12: the rules of one interview round. */
static void
rules_round (FuRulesContext *ctx,
             FuJob          *job,
             FuRound        *round)
{
  g_autoptr(GTimeZone) zone = round_zone (ctx, round);
  GDateTime *start = fu_round_get_start (round);
  GDateTime *end = fu_round_get_end (round) != NULL ? fu_round_get_end (round) : start;
  GDateTime *decision = fu_round_get_decision_date (round);
  FuRoundKind kind = fu_round_get_kind (round);
  gboolean ended;

  if (start == NULL)
    return;

  ended = fu_rules_passed (ctx, end);

  /* Before the round: they lapse once it is over. */
  if (!ended)
    {
      if (enabled (ctx, 4))
        {
          g_autoptr(GDateTime) due = fu_rules_add_days (start, zone, -offset (ctx, 4));

          add (ctx, 4, job, round, NULL, 1, due, start, NULL);
        }
      if (enabled (ctx, 5))
        {
          g_autoptr(GDateTime) due = fu_rules_add_minutes (start, -offset (ctx, 5));

          add (ctx, 5, job, round, NULL, 1, due, start, NULL);
        }
      if (enabled (ctx, 10) && kind == FU_ROUND_KIND_HIRING_MANAGER)
        {
          const char *recruiter = arranging_recruiter (ctx, job, round);

          if (recruiter != NULL)
            {
              g_autoptr(GDateTime) due = fu_rules_add_days (start, zone, -offset (ctx, 10));

              add (ctx, 10, job, round, recruiter, 1, due, start, NULL);
            }
        }
    }

  /* After the round. */
  if (ended)
    {
      g_autoptr(GDateTime) thank_you_due = fu_rules_add_minutes (end, offset (ctx, 7) * 60);
      GListModel *interviewers = fu_round_get_interviewers (round);
      guint n = g_list_model_get_n_items (interviewers);

      if (enabled (ctx, 6))
        {
          g_autoptr(GDateTime) due = fu_rules_add_minutes (end, offset (ctx, 6));

          add (ctx, 6, job, round, NULL, 1, due, start, NULL);
        }

      for (guint i = 0; enabled (ctx, 7) && i < n; i++)
        {
          g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (interviewers, i);

          /* Ticking "thank-you sent" on the round settles it. */
          if (fu_interviewer_get_thank_you_sent (interviewer)
              || fu_interviewer_get_contact_id (interviewer) == NULL)
            continue;
          add (ctx, 7, job, round, fu_interviewer_get_contact_id (interviewer), 1,
               thank_you_due, start, NULL);
        }

      if (enabled (ctx, 8) && decision == NULL)
        {
          g_autoptr(GDateTime) due = fu_rules_add_minutes (thank_you_due, offset (ctx, 8) * 60);

          add (ctx, 8, job, round, timeline_contact (ctx, job, round), 1, due, start, NULL);
        }

      if (enabled (ctx, 9) && kind == FU_ROUND_KIND_RECRUITER)
        {
          g_autoptr(GDateTime) due = fu_rules_add_days (end, zone, offset (ctx, 9));

          add (ctx, 9, job, round, recruiter_of_round (ctx, job, round), 1, due, start, NULL);
        }
    }

  if (decision != NULL && enabled (ctx, 11))
    {
      g_autoptr(GDateTime) due = fu_rules_add_days (decision, zone, -offset (ctx, 11));

      add (ctx, 11, job, round, rapport_contact (ctx, job, round), 1, due, decision, NULL);
    }

  /* 12: the decision date passed and no answer came since the round. */
  if (decision != NULL && enabled (ctx, 12) && fu_rules_passed (ctx, decision)
      && !fu_rules_job_answered_after (ctx, job, end, TRUE))
    {
      g_autoptr(GDateTime) due = fu_rules_add_days (decision, zone, offset (ctx, 12));

      add (ctx, 12, job, round, timeline_contact (ctx, job, round), 1, due, decision, NULL);
    }
}

/* 13: a check-in N days after the last activity on the job.  Its
 * occurrence counts the job's answers, so an answer retires the open
 * check-in and starts a new one (fu-rules.c holds it back while the job
 * has another open follow-up). */
static void
rule_quiet (FuRulesContext *ctx,
            FuJob          *job)
{
  GDateTime *last = fu_rules_job_created (job);
  GListModel *history = fu_job_get_history (job);
  GListModel *rounds = fu_job_get_rounds (job);
  GPtrArray *interactions = fu_rules_job_interactions (ctx, job);
  GPtrArray *follow_ups = g_hash_table_lookup (ctx->follow_ups_by_job, fu_job_get_id (job));
  g_autoptr(GDateTime) due = NULL;

  if (!enabled (ctx, 13) || fu_job_get_stage (job) == FU_STAGE_WISHLIST)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(FuStageChange) change = g_list_model_get_item (history, i);

      last = fu_rules_later (last, fu_stage_change_get_time (change));
    }
  for (guint i = 0; interactions != NULL && i < interactions->len; i++)
    last = fu_rules_later (last, fu_interaction_get_time (g_ptr_array_index (interactions, i)));
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(FuRound) round = g_list_model_get_item (rounds, i);
      GDateTime *end = fu_round_get_end (round) != NULL ? fu_round_get_end (round) : fu_round_get_start (round);

      if (end != NULL && fu_rules_passed (ctx, end))
        last = fu_rules_later (last, end);
    }
  /* A follow-up the user did is activity too (a note sent, a call
   * made), whether or not they logged it. */
  for (guint i = 0; follow_ups != NULL && i < follow_ups->len; i++)
    {
      FuFollowUp *follow_up = g_ptr_array_index (follow_ups, i);

      if (fu_follow_up_get_state (follow_up) == FU_FOLLOW_UP_STATE_DONE)
        last = fu_rules_later (last, fu_follow_up_get_due (follow_up));
    }

  if (last == NULL)
    return;

  due = add_home_days (ctx, last, offset (ctx, 13));
  add (ctx, 13, job, NULL, fu_rules_job_main_contact (ctx, job),
       fu_rules_job_count_answers (ctx, job), due, last, NULL);
}

/* 14: decide on an offer N days before its deadline. */
static void
rule_offer (FuRulesContext *ctx,
            FuJob          *job)
{
  GDateTime *deadline = fu_job_get_offer_deadline (job);
  g_autoptr(GDateTime) due = NULL;

  if (!enabled (ctx, 14) || fu_job_get_stage (job) != FU_STAGE_OFFER || deadline == NULL)
    return;

  due = add_home_days (ctx, deadline, -offset (ctx, 14));
  add (ctx, 14, job, NULL, fu_rules_job_main_contact (ctx, job), 1, due, deadline, NULL);
}

/* The rules of a closed job --------------------------------------------- */

/* 15: after accepting an offer, withdraw from every other application
 * that was active then (even if since closed: closing keeps it). */
static void
rule_withdraw_others (FuRulesContext *ctx,
                      FuJob          *accepted,
                      guint           from,
                      guint           to)
{
  GDateTime *accepted_at = fu_rules_job_close_time (accepted);
  guint n = MIN (to, ctx->job_list->len);
  g_autoptr(GDateTime) due = NULL;

  if (!enabled (ctx, 15) || accepted_at == NULL)
    return;

  due = add_home_days (ctx, accepted_at, offset (ctx, 15));

  for (guint i = from; i < n; i++)
    {
      FuJob *other = g_ptr_array_index (ctx->job_list, i);
      GDateTime *created = fu_rules_job_created (other);
      GDateTime *closed_at = fu_rules_job_close_time (other);

      if (other == accepted || fu_job_get_stage (other) == FU_STAGE_WISHLIST)
        continue;
      if (fu_job_get_outcome (other) == FU_OUTCOME_ACCEPTED)
        continue;
      if (created != NULL && g_date_time_compare (created, accepted_at) > 0)
        continue;
      if (fu_job_is_closed (other)
          && (closed_at == NULL || g_date_time_compare (closed_at, accepted_at) < 0))
        continue;

      add (ctx, 15, other, NULL, fu_rules_job_main_contact (ctx, other), 1, due, accepted_at, accepted);
    }
}

/* 16-19: the notes after closing. */
static void
rules_closed (FuRulesContext *ctx,
              FuJob          *job,
              gboolean        withdraw)
{
  GDateTime *closed_at = fu_rules_job_close_time (job);
  FuOutcome outcome = fu_job_get_outcome (job);
  GListModel *links = fu_job_get_contacts (job);

  if (closed_at == NULL)
    return;

  if (outcome == FU_OUTCOME_ACCEPTED && withdraw)
    rule_withdraw_others (ctx, job, 0, G_MAXUINT);

  if (outcome == FU_OUTCOME_WITHDRAWN && enabled (ctx, 16))
    {
      const char *contact_id = fu_rules_job_main_contact (ctx, job);

      /* An honest thank-you needs someone to thank. */
      if (contact_id != NULL)
        {
          g_autoptr(GDateTime) due = add_home_days (ctx, closed_at, offset (ctx, 16));

          add (ctx, 16, job, NULL, contact_id, 1, due, closed_at, NULL);
        }
    }

  if (outcome == FU_OUTCOME_GONE && enabled (ctx, 17))
    {
      GDateTime *prev_due = NULL;
      int occurrence = next_occurrence (ctx, fu_job_get_id (job), 17, NULL, &prev_due);
      g_autoptr(GDateTime) due = NULL;

      if (occurrence == 1)
        due = add_home_days (ctx, closed_at, offset (ctx, 17));
      else if (occurrence == 2 && prev_due != NULL)
        due = add_home_days (ctx, prev_due, ctx->settings->rules[17].second_offset);
      if (due != NULL)
        add (ctx, 17, job, NULL, fu_rules_job_main_contact (ctx, job), occurrence, due, closed_at, NULL);
    }

  if (outcome == FU_OUTCOME_REJECTED && enabled (ctx, 18))
    {
      g_autoptr(GDateTime) due = add_home_days (ctx, closed_at, offset (ctx, 18));

      add (ctx, 18, job, NULL, fu_rules_job_main_contact (ctx, job), 1, due, closed_at, NULL);
    }

  for (guint i = 0; enabled (ctx, 19) && i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (links, i);
      g_autoptr(GDateTime) due = NULL;

      if (fu_job_contact_get_part (link) != FU_PART_REFERRER
          || fu_job_contact_get_contact_id (link) == NULL)
        continue;

      due = add_home_days (ctx, closed_at, offset (ctx, 19));
      add (ctx, 19, job, NULL, fu_job_contact_get_contact_id (link), 1, due, closed_at, NULL);
    }
}

/* 20: every N days a note to a contact marked "stay in touch", counted
 * from the last interaction with them or the last note. */
static void
rule_stay_in_touch (FuRulesContext *ctx,
                    FuContact      *contact)
{
  const char *contact_id = fu_contact_get_id (contact);
  GPtrArray *interactions = g_hash_table_lookup (ctx->interactions_by_contact, contact_id);
  GDateTime *last = NULL;
  GDateTime *prev_due = NULL;
  g_autoptr(GDateTime) due = NULL;
  int occurrence;
  int days;

  if (!enabled (ctx, 20) || !fu_contact_get_stay_in_touch (contact) || contact_id == NULL)
    return;

  /* The contact's own interval wins when it is not the model's default;
   * otherwise the Preference applies. */
  days = fu_contact_get_stay_in_touch_days (contact);
  if (days <= 0 || days == 90)
    days = offset (ctx, 20);

  for (guint i = 0; interactions != NULL && i < interactions->len; i++)
    last = fu_rules_later (last, fu_interaction_get_time (g_ptr_array_index (interactions, i)));

  occurrence = next_occurrence (ctx, NULL, 20, contact_id, &prev_due);
  last = fu_rules_later (last, prev_due);
  /* Never in touch and nothing logged: a first note is due at once. */
  if (last != NULL)
    due = add_home_days (ctx, last, days);

  fu_rules_add_candidate (ctx, 20, NULL, contact_id, NULL, occurrence, due,
                          fu_rules_explain (ctx, 20, occurrence, NULL, NULL, contact_id, last, NULL));
}

/* Whether @job is an accepted offer whose rule 15 looks at every job:
 * fu_rules_collect_withdraw() then does that part, in pieces, before
 * fu_rules_collect_job (ctx, job, FALSE) does the rest. */
gboolean
fu_rules_job_withdraws (FuJob *job)
{
  return fu_job_get_id (job) != NULL && fu_job_is_closed (job)
         && fu_job_get_outcome (job) == FU_OUTCOME_ACCEPTED
         && fu_rules_job_close_time (job) != NULL;
}

/* Rule 15 of @accepted for the jobs from @from to before @to. */
void
fu_rules_collect_withdraw (FuRulesContext *ctx,
                           FuJob          *accepted,
                           guint           from,
                           guint           to)
{
  rule_withdraw_others (ctx, accepted, from, to);
}

/* What the rules want for one job (rule 15 too when @withdraw). */
void
fu_rules_collect_job (FuRulesContext *ctx,
                      FuJob          *job,
                      gboolean        withdraw)
{
  GListModel *rounds = fu_job_get_rounds (job);

  if (fu_job_get_id (job) == NULL)
    return;

  if (fu_job_is_closed (job))
    {
      rules_closed (ctx, job, withdraw);
      return;
    }

  rule_apply (ctx, job);
  rule_nudges (ctx, job);
  for (guint j = 0; j < g_list_model_get_n_items (rounds); j++)
    {
      g_autoptr(FuRound) round = g_list_model_get_item (rounds, j);

      rules_round (ctx, job, round);
    }
  rule_offer (ctx, job);
  rule_quiet (ctx, job);
}

void
fu_rules_collect_contact (FuRulesContext *ctx,
                          FuContact      *contact)
{
  rule_stay_in_touch (ctx, contact);
}

void
fu_rules_collect (FuRulesContext *ctx)
{
  guint n_jobs = ctx->job_list != NULL ? ctx->job_list->len : 0;
  guint n_contacts = ctx->contact_list != NULL ? ctx->contact_list->len : 0;

  for (guint i = 0; i < n_jobs; i++)
    fu_rules_collect_job (ctx, g_ptr_array_index (ctx->job_list, i), TRUE);
  for (guint i = 0; i < n_contacts; i++)
    fu_rules_collect_contact (ctx, g_ptr_array_index (ctx->contact_list, i));
}
