/* fu-rules.c: the follow-up engine
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the engine does, decided from domain.md ("Follow-up rules" and
 * "How the rules behave"); docs/rules.md says the same for contributors.
 *
 * A rule-made follow-up is keyed by (job, rule, contact, occurrence), and
 * for rules 4-12 also by the round it is about (FuFollowUp:round-id), so
 * each round has its own and rescheduling the round moves them.
 *
 * Each pass, every rule names the follow-ups that should exist now (a
 * key, a nominal due time, an explanation), then:
 *  - an open or snoozed follow-up with that key is kept; if its nominal
 *    due time changed (a reschedule, an offset changed in Preferences) it
 *    is moved; if the nominal time has passed it is left where it is once
 *    due, else moved to now;
 *  - a key with a done or dismissed follow-up is dead: never made again;
 *  - otherwise it is created (a key with only retired follow-ups, after
 *    a job is reopened say, is made anew).  One whose nominal time has
 *    passed is due at once ("now"), unless an open follow-up of the same
 *    job and contact is already due (due before now), in which case it is
 *    not made this time: the person already has something waiting;
 *  - every open or snoozed rule-made follow-up no rule wants any more is
 *    retired (state `retired`): an answer, closing, a round cancelled, a
 *    rule switched off, a thank-you ticked as sent;
 *  - closing a job retires its open follow-ups, those of rules 15-19
 *    excepted, including the user's own ones made before the close.
 *  Done, dismissed and retired follow-ups are never touched.
 *
 * An answer is an inbound interaction logged on the job, or a stage
 * change.  Day offsets are counted on the calendar of the round's zone
 * (rules 4, 9-12) or the home zone (all others) and keep the local time
 * of day; minute and hour offsets (5-8) are elapsed time.
 *
 *  1 apply: a Wishlist job with an apply-by time; due N days before it.
 *  2 nudge: the job is in Applied and no inbound interaction came after
 *    the applied time (job "applied", else its move to Applied, else its
 *    creation); occurrence 1 is due N days after applying, occurrence 2 N
 *    days after occurrence 1's due time, once occurrence 1 is done or
 *    dismissed.  To the recruiter (agency first), else the hiring manager,
 *    else no contact (the company).
 *  3 close-no-response: as 2, once nudge 2 is done or dismissed; due N
 *    days after nudge 2's due time (with rule 2 off there are no nudges,
 *    so no rule 3 either).
 *  4 prepare: a round that has not ended; N days before its start.
 *  5 leave: a round that has not ended; N minutes before its start.
 *  6 debrief: a round that has ended; N minutes after its end.
 *  7 thank-you: a round that has ended, one per interviewer whose
 *    thank-you is not ticked as sent; N hours after the end.
 *  8 ask-timeline: a round that has ended without a decision date; due
 *    with the thank-you note (rule 7's time plus N hours, default 0); to
 *    the recruiter, else the hiring manager.
 *  9 call-recruiter: a recruiter interview that has ended; N days after
 *    its end; to the recruiter among its interviewers, else the one who
 *    arranged it, else the job's recruiter.
 * 10 ask-tips: a hiring-manager interview not yet ended, arranged by a
 *    recruiter (the round's "arranged by" if that is a recruiter, else the
 *    job's agency recruiter); N days before it, at once if that is past.
 * 11 rapport: a round with a decision date; N days before that date; to
 *    the hiring manager among its interviewers, else the first one.
 * 12 timeline-check-in: the decision date has passed and no answer came
 *    after the round ended; N days after the decision date.
 * 13 check-in: an active job past Wishlist; N days after its last
 *    activity (creation, stage changes, interactions, rounds that ended,
 *    follow-ups done).  Its occurrence counts the job's answers, so an
 *    answer retires the open check-in and starts a new one.  Not created
 *    while the job has any other open or snoozed follow-up (an existing
 *    one stays).
 * 14 decide-offer: a job in Offer with a deadline; N days before it.
 * 15 withdraw: a job closed as Accepted; for every other job past
 *    Wishlist that existed and was open at the acceptance (it may have
 *    been closed since), N days after the acceptance.
 * 16 thank-withdrawn: closed as Withdrawn; to the recruiter, else the
 *    hiring manager (none: no note); N days after closing.
 * 17 position-gone: closed as Position gone; occurrence 1 N days after
 *    closing, occurrence 2 (the check-in) N days after occurrence 1's due
 *    time once it is done or dismissed.
 * 18 thank-rejected: closed as Rejected; N days after closing.
 * 19 thank-referrer: a closed job, one per linked referrer; N days after
 *    closing.
 * 20 stay-in-touch: a contact marked stay in touch; occurrence n+1 comes
 *    once n is done or dismissed, N days after the later of the last
 *    interaction with them and occurrence n's due time (the contact's own
 *    interval when it is not the default 90, else the Preference);
 *    never in touch: due at once.
 * Rules 1-14 need an open job, rules 15-19 a closed one.
 */
#include "config.h"

#include "fu-rules-private.h"

static const char * const kind_ids[] = {
  "custom",
  "apply",
  "nudge",
  "close-no-response",
  "prepare",
  "leave",
  "debrief",
  "thank-you",
  "ask-timeline",
  "call-recruiter",
  "ask-tips",
  "rapport",
  "timeline-check-in",
  "check-in",
  "decide-offer",
  "withdraw",
  "thank-withdrawn",
  "position-gone",
  "thank-rejected",
  "thank-referrer",
  "stay-in-touch",
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_ids) == FU_RULES_N + 1);

const char *
fu_rules_kind_to_id (int kind)
{
  if (kind < 0 || kind > FU_RULES_N)
    return NULL;
  return kind_ids[kind];
}

void
fu_rules_change_free (FuRulesChange *change)
{
  if (change == NULL)
    return;

  g_clear_object (&change->follow_up);
  g_clear_pointer (&change->due, g_date_time_unref);
  g_free (change->explanation);
  g_free (change);
}

static gboolean
is_pending (FuFollowUp *follow_up)
{
  FuFollowUpState state = fu_follow_up_get_state (follow_up);

  return state == FU_FOLLOW_UP_STATE_OPEN || state == FU_FOLLOW_UP_STATE_SNOOZED;
}

static gboolean
is_rule_made (FuFollowUp *follow_up)
{
  int kind = fu_follow_up_get_kind (follow_up);

  return fu_follow_up_get_origin (follow_up) == FU_FOLLOW_UP_ORIGIN_RULE
         && kind >= 1 && kind <= FU_RULES_N;
}

GDateTime *
fu_rules_effective_due (FuFollowUp *follow_up)
{
  GDateTime *due = fu_follow_up_get_due (follow_up);
  GDateTime *until = fu_follow_up_get_snoozed_until (follow_up);

  if (fu_follow_up_get_state (follow_up) == FU_FOLLOW_UP_STATE_SNOOZED && until != NULL
      && (due == NULL || g_date_time_compare (until, due) > 0))
    return until;
  return due;
}

char *
fu_rules_key (const char *job_id,
              int         kind,
              const char *contact_id,
              const char *round_id,
              int         occurrence)
{
  return g_strdup_printf ("%s\x1f%d\x1f%s\x1f%s\x1f%d",
                          job_id != NULL ? job_id : "", kind,
                          contact_id != NULL ? contact_id : "",
                          round_id != NULL ? round_id : "", occurrence);
}

/* Whether @time has come; a time still ahead is remembered as a moment
 * the answer changes, for the runner's timer. */
gboolean
fu_rules_passed (FuRulesContext *ctx,
                 GDateTime      *time)
{
  int cmp;

  if (time == NULL)
    return FALSE;
  cmp = g_date_time_compare (time, ctx->now);
  if (cmp <= 0)
    {
      /* Any later now would see this one differently. */
      if (cmp == 0)
        ctx->touches_now = TRUE;
      return TRUE;
    }
  if (ctx->next == NULL || g_date_time_compare (time, ctx->next) < 0)
    {
      g_clear_pointer (&ctx->next, g_date_time_unref);
      ctx->next = g_date_time_ref (time);
    }
  return FALSE;
}

static void
candidate_free (FuRulesCandidate *candidate)
{
  g_clear_object (&candidate->job);
  g_free (candidate->contact_id);
  g_free (candidate->round_id);
  g_clear_pointer (&candidate->due, g_date_time_unref);
  g_free (candidate->explanation);
  g_free (candidate->key);
  g_free (candidate);
}

/* Takes @explanation.  A key asked for twice (two accepted offers
 * withdrawing from the same job) is made once. */
void
fu_rules_add_candidate (FuRulesContext *ctx,
                        int             kind,
                        FuJob          *job,
                        const char     *contact_id,
                        const char     *round_id,
                        int             occurrence,
                        GDateTime      *due,
                        char           *explanation)
{
  FuRulesCandidate *candidate;
  char *key = fu_rules_key (job != NULL ? fu_job_get_id (job) : NULL, kind,
                            contact_id, round_id, occurrence);

  if (g_hash_table_contains (ctx->candidate_keys, key))
    {
      g_free (key);
      g_free (explanation);
      return;
    }

  candidate = g_new0 (FuRulesCandidate, 1);
  candidate->kind = kind;
  candidate->job = job != NULL ? g_object_ref (job) : NULL;
  candidate->contact_id = g_strdup (contact_id);
  candidate->round_id = g_strdup (round_id);
  candidate->occurrence = occurrence;
  candidate->due = due != NULL ? g_date_time_ref (due) : NULL;
  candidate->explanation = explanation;
  candidate->key = key;

  g_ptr_array_add (ctx->candidates, candidate);
  g_hash_table_insert (ctx->candidate_keys, key, candidate);
}

static void
add_to_index (GHashTable *index,
              const char *key,
              gpointer    item)
{
  GPtrArray *list = g_hash_table_lookup (index, key);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (index, g_strdup (key), list);
    }
  g_ptr_array_add (list, g_object_ref (item));
}

static GHashTable *
new_index (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
}

/* A borrowing index of contacts by id: the array holds them. */
GHashTable *
fu_rules_contacts_table (GPtrArray *contacts)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < contacts->len; i++)
    {
      FuContact *contact = g_ptr_array_index (contacts, i);

      if (fu_contact_get_id (contact) != NULL)
        g_hash_table_insert (table, (char *) fu_contact_get_id (contact), contact);
    }
  return table;
}

void
fu_rules_context_init (FuRulesContext        *ctx,
                       GDateTime             *now,
                       const FuRulesSettings *settings,
                       GPtrArray             *jobs,
                       GHashTable            *contacts,
                       GPtrArray             *contact_list,
                       GPtrArray             *interactions,
                       GPtrArray             *follow_ups)
{
  ctx->now = now;
  ctx->settings = settings;
  ctx->job_list = jobs;
  ctx->contact_list = contact_list;
  ctx->follow_up_list = follow_ups;
  ctx->jobs = g_hash_table_new (g_str_hash, g_str_equal);
  ctx->contacts = g_hash_table_ref (contacts);
  ctx->interactions_by_job = new_index ();
  ctx->interactions_by_contact = new_index ();
  ctx->follow_ups_by_key = new_index ();
  ctx->follow_ups_by_job_kind = new_index ();
  ctx->follow_ups_by_job = new_index ();
  ctx->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) candidate_free);
  ctx->candidate_keys = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < jobs->len; i++)
    {
      FuJob *job = g_ptr_array_index (jobs, i);

      if (fu_job_get_id (job) != NULL)
        g_hash_table_insert (ctx->jobs, (char *) fu_job_get_id (job), job);
    }

  for (guint i = 0; i < interactions->len; i++)
    {
      FuInteraction *interaction = g_ptr_array_index (interactions, i);
      const char * const *contact_ids = fu_interaction_get_contact_ids (interaction);

      if (fu_interaction_get_job_id (interaction) != NULL)
        add_to_index (ctx->interactions_by_job, fu_interaction_get_job_id (interaction), interaction);
      for (guint j = 0; contact_ids != NULL && contact_ids[j] != NULL; j++)
        add_to_index (ctx->interactions_by_contact, contact_ids[j], interaction);
    }

  for (guint i = 0; i < follow_ups->len; i++)
    {
      FuFollowUp *follow_up = g_ptr_array_index (follow_ups, i);
      const char *job_id = fu_follow_up_get_job_id (follow_up);

      if (job_id != NULL)
        add_to_index (ctx->follow_ups_by_job, job_id, follow_up);

      if (is_rule_made (follow_up))
        {
          g_autofree char *key = fu_rules_key (job_id, fu_follow_up_get_kind (follow_up),
                                               fu_follow_up_get_contact_id (follow_up),
                                               fu_follow_up_get_round_id (follow_up),
                                               fu_follow_up_get_occurrence (follow_up));
          g_autofree char *job_kind = g_strdup_printf ("%s\x1f%d", job_id != NULL ? job_id : "",
                                                       fu_follow_up_get_kind (follow_up));

          add_to_index (ctx->follow_ups_by_key, key, follow_up);
          add_to_index (ctx->follow_ups_by_job_kind, job_kind, follow_up);
        }
    }
}

void
fu_rules_context_clear (FuRulesContext *ctx)
{
  g_clear_pointer (&ctx->jobs, g_hash_table_unref);
  g_clear_pointer (&ctx->contacts, g_hash_table_unref);
  g_clear_pointer (&ctx->interactions_by_job, g_hash_table_unref);
  g_clear_pointer (&ctx->interactions_by_contact, g_hash_table_unref);
  g_clear_pointer (&ctx->follow_ups_by_key, g_hash_table_unref);
  g_clear_pointer (&ctx->follow_ups_by_job_kind, g_hash_table_unref);
  g_clear_pointer (&ctx->follow_ups_by_job, g_hash_table_unref);
  g_clear_pointer (&ctx->candidate_keys, g_hash_table_unref);
  g_clear_pointer (&ctx->candidates, g_ptr_array_unref);
  g_clear_pointer (&ctx->next, g_date_time_unref);
}

static FuRulesChange *
change_new (FuRulesChangeKind  kind,
            FuFollowUp        *follow_up)
{
  FuRulesChange *change = g_new0 (FuRulesChange, 1);

  change->kind = kind;
  change->follow_up = g_object_ref (follow_up);
  return change;
}

/* Closing retires the user's own follow-ups too, but only those made
 * before the close: one added to a closed job afterwards is meant. */
static gboolean
retired_by_closing (FuRulesContext *ctx,
                    FuFollowUp     *follow_up)
{
  const char *job_id = fu_follow_up_get_job_id (follow_up);
  GDateTime *created = fu_follow_up_get_created (follow_up);
  GDateTime *closed_at;
  FuJob *job;

  if (fu_follow_up_get_origin (follow_up) != FU_FOLLOW_UP_ORIGIN_USER || job_id == NULL)
    return FALSE;

  job = g_hash_table_lookup (ctx->jobs, job_id);
  if (job == NULL || !fu_job_is_closed (job))
    return FALSE;

  closed_at = fu_rules_job_close_time (job);
  return created == NULL || closed_at == NULL || g_date_time_compare (created, closed_at) < 0;
}

/* An open or snoozed follow-up that stays after this pass. */
typedef struct
{
  FuFollowUp *follow_up;
  GDateTime  *due;   /* effective, after this pass's move */
} Pending;

/* The pending follow-ups, also by job, so the checks below cost the
 * same with 10,000 jobs as with 20. */
typedef struct
{
  GPtrArray  *all;     /* Pending */
  GHashTable *by_job;  /* job id or "" -> GPtrArray of Pending */
} PendingSet;

static void
pending_free (gpointer data)
{
  Pending *p = data;

  g_clear_object (&p->follow_up);
  g_clear_pointer (&p->due, g_date_time_unref);
  g_free (p);
}

static void
pending_set_init (PendingSet *set)
{
  set->all = g_ptr_array_new_with_free_func (pending_free);
  set->by_job = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
}

static void
pending_set_clear (PendingSet *set)
{
  g_clear_pointer (&set->by_job, g_hash_table_unref);
  g_clear_pointer (&set->all, g_ptr_array_unref);
}

static GPtrArray *
pending_of_job (PendingSet *set,
                const char *job_id)
{
  return g_hash_table_lookup (set->by_job, job_id != NULL ? job_id : "");
}

static void
pending_add (PendingSet *set,
             FuFollowUp *follow_up,
             GDateTime  *due)
{
  Pending *p = g_new0 (Pending, 1);
  const char *job_id = fu_follow_up_get_job_id (follow_up);
  GPtrArray *list;

  p->follow_up = g_object_ref (follow_up);
  p->due = due != NULL ? g_date_time_ref (due) : NULL;
  g_ptr_array_add (set->all, p);

  /* The key is the follow-up's own string, alive as long as the set. */
  list = pending_of_job (set, job_id);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (set->by_job, (char *) (job_id != NULL ? job_id : ""), list);
    }
  g_ptr_array_add (list, p);
}

/* An open follow-up of the same job and contact already due: then an
 * overdue-at-birth one is not made (domain.md). */
static gboolean
blocked (FuRulesContext   *ctx,
         PendingSet       *pending,
         FuRulesCandidate *candidate)
{
  GPtrArray *list = pending_of_job (pending, candidate->job != NULL ? fu_job_get_id (candidate->job) : NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      Pending *p = g_ptr_array_index (list, i);

      if (g_strcmp0 (fu_follow_up_get_contact_id (p->follow_up), candidate->contact_id) == 0
          && p->due != NULL && g_date_time_compare (p->due, ctx->now) < 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
job_has_pending (PendingSet *pending,
                 const char *job_id)
{
  GPtrArray *list = pending_of_job (pending, job_id);

  return list != NULL && list->len > 0;
}

static FuFollowUp *
create (FuRulesContext   *ctx,
        FuRulesCandidate *candidate,
        GDateTime        *due)
{
  FuFollowUp *follow_up = fu_follow_up_new ();

  fu_follow_up_set_kind (follow_up, candidate->kind);
  fu_follow_up_set_origin (follow_up, FU_FOLLOW_UP_ORIGIN_RULE);
  fu_follow_up_set_job_id (follow_up, candidate->job != NULL ? fu_job_get_id (candidate->job) : NULL);
  fu_follow_up_set_contact_id (follow_up, candidate->contact_id);
  fu_follow_up_set_round_id (follow_up, candidate->round_id);
  fu_follow_up_set_occurrence (follow_up, candidate->occurrence);
  fu_follow_up_set_due (follow_up, due);
  fu_follow_up_set_state (follow_up, FU_FOLLOW_UP_STATE_OPEN);
  fu_follow_up_set_explanation (follow_up, candidate->explanation);
  fu_follow_up_set_created (follow_up, ctx->now);

  return follow_up;
}

static void
note_wakeup (FuRulesContext *ctx,
             GDateTime      *time)
{
  if (time != NULL)
    fu_rules_passed (ctx, time);
}

void
fu_rules_result_init (FuRulesResult *result)
{
  result->moves = g_ptr_array_new_with_free_func ((GDestroyNotify) fu_rules_change_free);
  result->retires = g_ptr_array_new_with_free_func ((GDestroyNotify) fu_rules_change_free);
  result->creates = g_ptr_array_new_with_free_func ((GDestroyNotify) fu_rules_change_free);
  result->creates13 = g_ptr_array_new_with_free_func ((GDestroyNotify) fu_rules_change_free);
}

void
fu_rules_result_clear (FuRulesResult *result)
{
  g_clear_pointer (&result->moves, g_ptr_array_unref);
  g_clear_pointer (&result->retires, g_ptr_array_unref);
  g_clear_pointer (&result->creates, g_ptr_array_unref);
  g_clear_pointer (&result->creates13, g_ptr_array_unref);
}

gboolean
fu_rules_result_is_empty (FuRulesResult *result)
{
  return result->moves->len == 0 && result->retires->len == 0
         && result->creates->len == 0 && result->creates13->len == 0;
}

void
fu_rules_evaluate_context (FuRulesContext *ctx,
                           FuRulesResult  *result)
{
  GDateTime *now = ctx->now;
  g_autoptr(GHashTable) kept = g_hash_table_new (NULL, NULL);
  PendingSet pending_set;
  PendingSet *pending = &pending_set;

  pending_set_init (pending);
  fu_rules_collect (ctx);

  /* Match what the rules want with what exists. */
  for (guint i = 0; i < ctx->candidates->len; i++)
    {
      FuRulesCandidate *candidate = g_ptr_array_index (ctx->candidates, i);
      GPtrArray *group = g_hash_table_lookup (ctx->follow_ups_by_key, candidate->key);

      for (guint j = 0; group != NULL && j < group->len; j++)
        {
          FuFollowUp *follow_up = g_ptr_array_index (group, j);
          FuFollowUpState state = fu_follow_up_get_state (follow_up);

          if (is_pending (follow_up) && candidate->existing == NULL)
            candidate->existing = follow_up;
          else if (state == FU_FOLLOW_UP_STATE_DONE || state == FU_FOLLOW_UP_STATE_DISMISSED)
            candidate->dead = TRUE;
        }

      if (candidate->existing != NULL)
        {
          FuFollowUp *follow_up = candidate->existing;
          GDateTime *due = fu_follow_up_get_due (follow_up);
          g_autoptr(GDateTime) target = NULL;

          g_hash_table_add (kept, follow_up);

          if (candidate->due != NULL && g_date_time_compare (candidate->due, now) >= 0)
            target = g_date_time_ref (candidate->due);
          else if (due != NULL && g_date_time_compare (due, now) <= 0)
            target = g_date_time_ref (due);   /* already due: leave it */
          else
            target = g_date_time_ref (now);

          if (due == NULL || !g_date_time_equal (due, target)
              || g_strcmp0 (fu_follow_up_get_explanation (follow_up), candidate->explanation) != 0)
            {
              FuRulesChange *change = change_new (FU_RULES_CHANGE_MOVE, follow_up);

              change->due = g_date_time_ref (target);
              change->explanation = g_strdup (candidate->explanation);
              g_ptr_array_add (result->moves, change);
            }

          if (fu_follow_up_get_state (follow_up) == FU_FOLLOW_UP_STATE_SNOOZED
              && fu_follow_up_get_snoozed_until (follow_up) != NULL
              && g_date_time_compare (fu_follow_up_get_snoozed_until (follow_up), target) > 0)
            pending_add (pending, follow_up, fu_follow_up_get_snoozed_until (follow_up));
          else
            pending_add (pending, follow_up, target);
        }
    }

  /* Retire what no rule wants any more; the rest stays pending. */
  for (guint i = 0; i < ctx->follow_up_list->len; i++)
    {
      FuFollowUp *follow_up = g_ptr_array_index (ctx->follow_up_list, i);

      if (!is_pending (follow_up) || g_hash_table_contains (kept, follow_up))
        continue;

      if ((is_rule_made (follow_up)) || retired_by_closing (ctx, follow_up))
        g_ptr_array_add (result->retires, change_new (FU_RULES_CHANGE_RETIRE, follow_up));
      else
        pending_add (pending, follow_up, fu_rules_effective_due (follow_up));
    }

  /* Create; rule 13 last, as it yields to every other open follow-up. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < ctx->candidates->len; i++)
        {
          FuRulesCandidate *candidate = g_ptr_array_index (ctx->candidates, i);
          g_autoptr(FuFollowUp) follow_up = NULL;
          GDateTime *due;

          if (candidate->existing != NULL || candidate->dead || (candidate->kind == 13) != (pass == 1))
            continue;

          if (candidate->kind == 13 && job_has_pending (pending, fu_job_get_id (candidate->job)))
            continue;

          if (candidate->due != NULL && g_date_time_compare (candidate->due, now) >= 0)
            due = candidate->due;
          else if (blocked (ctx, pending, candidate))
            continue;
          else
            due = now;

          follow_up = create (ctx, candidate, due);
          g_ptr_array_add (pass == 0 ? result->creates : result->creates13,
                           change_new (FU_RULES_CHANGE_CREATE, follow_up));
          pending_add (pending, follow_up, due);
        }
    }

  /* The runner also wakes when something falls due. */
  for (guint i = 0; i < pending->all->len; i++)
    note_wakeup (ctx, ((Pending *) g_ptr_array_index (pending->all, i))->due);

  pending_set_clear (pending);
}

static GPtrArray *
list_to_array (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);
  GPtrArray *array = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (list, i));
  return array;
}

GPtrArray *
fu_rules_result_steal_changes (FuRulesResult *result)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) fu_rules_change_free);

  g_ptr_array_extend_and_steal (changes, g_steal_pointer (&result->moves));
  g_ptr_array_extend_and_steal (changes, g_steal_pointer (&result->retires));
  g_ptr_array_extend_and_steal (changes, g_steal_pointer (&result->creates));
  g_ptr_array_extend_and_steal (changes, g_steal_pointer (&result->creates13));
  return changes;
}

GPtrArray *
fu_rules_evaluate_uncached (const FuRulesData     *data,
                            GDateTime             *now,
                            const FuRulesSettings *settings,
                            GDateTime            **next_wakeup)
{
  FuRulesContext ctx = { 0 };
  FuRulesResult result;
  g_autoptr(GPtrArray) jobs = list_to_array (data->jobs);
  g_autoptr(GPtrArray) contacts = list_to_array (data->contacts);
  g_autoptr(GPtrArray) interactions = list_to_array (data->interactions);
  g_autoptr(GPtrArray) follow_ups = list_to_array (data->follow_ups);
  g_autoptr(GHashTable) contact_table = fu_rules_contacts_table (contacts);

  fu_rules_result_init (&result);
  fu_rules_context_init (&ctx, now, settings, jobs, contact_table, contacts,
                         interactions, follow_ups);
  fu_rules_evaluate_context (&ctx, &result);

  if (next_wakeup != NULL)
    *next_wakeup = ctx.next != NULL ? g_date_time_ref (ctx.next) : NULL;

  fu_rules_context_clear (&ctx);
  return fu_rules_result_steal_changes (&result);
}

GPtrArray *
fu_rules_evaluate (const FuRulesData     *data,
                   GDateTime             *now,
                   const FuRulesSettings *settings,
                   GDateTime            **next_wakeup)
{
  g_autoptr(FuRulesPass) pass = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (settings != NULL, NULL);

  /* The app re-runs the rules after every edit: most jobs did not change
   * since the last run, and fu-rules-cache.c does not redo them. */
  pass = fu_rules_pass_new (data, now, settings);
  while (!fu_rules_pass_step (pass, G_MAXINT64))
    ;
  return fu_rules_pass_finish (pass, next_wakeup);
}

/**
 * fu_rules_apply_change:
 *
 * Makes one change on @store; fu_rules_apply() makes them all, in order.
 */
void
fu_rules_apply_change (FuStore       *store,
                       FuRulesChange *change)
{
  g_return_if_fail (FU_IS_STORE (store));
  g_return_if_fail (change != NULL);

  switch (change->kind)
    {
    case FU_RULES_CHANGE_CREATE:
      fu_store_add_follow_up (store, change->follow_up);
      break;
    case FU_RULES_CHANGE_MOVE:
      g_object_freeze_notify (G_OBJECT (change->follow_up));
      fu_follow_up_set_due (change->follow_up, change->due);
      fu_follow_up_set_explanation (change->follow_up, change->explanation);
      g_object_thaw_notify (G_OBJECT (change->follow_up));
      break;
    case FU_RULES_CHANGE_RETIRE:
      fu_follow_up_set_state (change->follow_up, FU_FOLLOW_UP_STATE_RETIRED);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
fu_rules_apply (FuStore   *store,
                GPtrArray *changes)
{
  g_return_if_fail (FU_IS_STORE (store));
  g_return_if_fail (changes != NULL);

  for (guint i = 0; i < changes->len; i++)
    fu_rules_apply_change (store, g_ptr_array_index (changes, i));
}

guint
fu_rules_run (FuStore               *store,
              GDateTime             *now,
              const FuRulesSettings *settings,
              GDateTime            **next_wakeup)
{
  FuRulesData data;
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (FU_IS_STORE (store), 0);

  data.jobs = fu_store_get_jobs (store);
  data.contacts = fu_store_get_contacts (store);
  data.interactions = fu_store_get_interactions (store);
  data.follow_ups = fu_store_get_follow_ups (store);

  changes = fu_rules_evaluate (&data, now, settings, next_wakeup);
  fu_rules_apply (store, changes);

  return changes->len;
}
