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

#include <string.h>

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

/* Keys are made for every candidate and follow-up at every pass:
 * joined by hand, printf costs a tenth of a pass. */
static char *
put_int (char *p,
         int   value)
{
  char digits[12];
  guint n = 0;
  unsigned int v = value < 0 ? 0u - (unsigned int) value : (unsigned int) value;

  do
    digits[n++] = '0' + v % 10;
  while ((v /= 10) != 0);
  if (value < 0)
    *p++ = '-';
  while (n > 0)
    *p++ = digits[--n];
  return p;
}

static char *
put_field (char       *p,
           const char *text,
           gsize       length)
{
  *p++ = '\x1f';
  memcpy (p, text, length);
  return p + length;
}

/* "job\x1fkind" */
char *
fu_rules_job_kind_key (const char *job_id,
                       int         kind)
{
  gsize job_len = job_id != NULL ? strlen (job_id) : 0;
  char *key = g_malloc (job_len + 1 + 12 + 1);
  char *p = key;

  memcpy (p, job_id != NULL ? job_id : "", job_len);
  p += job_len;
  *p++ = '\x1f';
  p = put_int (p, kind);
  *p = '\0';
  return key;
}

/* "job\x1fkind\x1fcontact\x1fround\x1foccurrence" */
char *
fu_rules_key (const char *job_id,
              int         kind,
              const char *contact_id,
              const char *round_id,
              int         occurrence)
{
  gsize job_len = job_id != NULL ? strlen (job_id) : 0;
  gsize contact_len = contact_id != NULL ? strlen (contact_id) : 0;
  gsize round_len = round_id != NULL ? strlen (round_id) : 0;
  char *key = g_malloc (job_len + contact_len + round_len + 4 + 2 * 12 + 1);
  char *p = key;

  memcpy (p, job_id != NULL ? job_id : "", job_len);
  p += job_len;
  *p++ = '\x1f';
  p = put_int (p, kind);
  p = put_field (p, contact_id != NULL ? contact_id : "", contact_len);
  p = put_field (p, round_id != NULL ? round_id : "", round_len);
  *p++ = '\x1f';
  p = put_int (p, occurrence);
  *p = '\0';
  return key;
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

/* The context's tables, empty; context_add_*() fill them. */
static void
context_start (FuRulesContext        *ctx,
               GDateTime             *now,
               const FuRulesSettings *settings,
               GPtrArray             *jobs,
               GHashTable            *contacts,
               GPtrArray             *contact_list,
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
}

static void
context_add_job (FuRulesContext *ctx,
                 FuJob          *job)
{
  if (fu_job_get_id (job) != NULL)
    g_hash_table_insert (ctx->jobs, (char *) fu_job_get_id (job), job);
}

static void
context_add_interaction (FuRulesContext *ctx,
                         FuInteraction  *interaction)
{
  const char * const *contact_ids = fu_interaction_get_contact_ids (interaction);

  if (fu_interaction_get_job_id (interaction) != NULL)
    add_to_index (ctx->interactions_by_job, fu_interaction_get_job_id (interaction), interaction);
  for (guint j = 0; contact_ids != NULL && contact_ids[j] != NULL; j++)
    add_to_index (ctx->interactions_by_contact, contact_ids[j], interaction);
}

static void
context_add_follow_up (FuRulesContext *ctx,
                       FuFollowUp     *follow_up)
{
  const char *job_id = fu_follow_up_get_job_id (follow_up);

  if (job_id != NULL)
    add_to_index (ctx->follow_ups_by_job, job_id, follow_up);

  if (is_rule_made (follow_up))
    {
      g_autofree char *key = fu_rules_key (job_id, fu_follow_up_get_kind (follow_up),
                                           fu_follow_up_get_contact_id (follow_up),
                                           fu_follow_up_get_round_id (follow_up),
                                           fu_follow_up_get_occurrence (follow_up));
      g_autofree char *job_kind = fu_rules_job_kind_key (job_id, fu_follow_up_get_kind (follow_up));

      add_to_index (ctx->follow_ups_by_key, key, follow_up);
      add_to_index (ctx->follow_ups_by_job_kind, job_kind, follow_up);
    }
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
  context_start (ctx, now, settings, jobs, contacts, contact_list, follow_ups);
  for (guint i = 0; i < jobs->len; i++)
    context_add_job (ctx, g_ptr_array_index (jobs, i));
  for (guint i = 0; i < interactions->len; i++)
    context_add_interaction (ctx, g_ptr_array_index (interactions, i));
  for (guint i = 0; i < follow_ups->len; i++)
    context_add_follow_up (ctx, g_ptr_array_index (follow_ups, i));
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
  g_clear_pointer (&ctx->round_label, g_free);
  g_clear_pointer (&ctx->round_with, g_free);
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

void
fu_rules_result_free (FuRulesResult *result)
{
  fu_rules_result_clear (result);
  g_free (result);
}

gboolean
fu_rules_result_is_empty (FuRulesResult *result)
{
  return result->moves->len == 0 && result->retires->len == 0
         && result->creates->len == 0 && result->creates13->len == 0;
}

/* Matches what one candidate wants with what exists. */
static void
match (FuRulesContext   *ctx,
       FuRulesResult    *result,
       GHashTable       *kept,
       PendingSet       *pending,
       FuRulesCandidate *candidate)
{
  GDateTime *now = ctx->now;
  GPtrArray *group = g_hash_table_lookup (ctx->follow_ups_by_key, candidate->key);
  FuFollowUp *follow_up;
  GDateTime *due;
  g_autoptr(GDateTime) target = NULL;

  for (guint j = 0; group != NULL && j < group->len; j++)
    {
      FuFollowUp *member = g_ptr_array_index (group, j);
      FuFollowUpState state = fu_follow_up_get_state (member);

      if (is_pending (member) && candidate->existing == NULL)
        candidate->existing = member;
      else if (state == FU_FOLLOW_UP_STATE_DONE || state == FU_FOLLOW_UP_STATE_DISMISSED)
        candidate->dead = TRUE;
    }

  if (candidate->existing == NULL)
    return;

  follow_up = candidate->existing;
  due = fu_follow_up_get_due (follow_up);
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

/* Retires what no rule wants any more; the rest stays pending. */
static void
retire (FuRulesContext *ctx,
        FuRulesResult  *result,
        GHashTable     *kept,
        PendingSet     *pending,
        FuFollowUp     *follow_up)
{
  if (!is_pending (follow_up) || g_hash_table_contains (kept, follow_up))
    return;

  if ((is_rule_made (follow_up)) || retired_by_closing (ctx, follow_up))
    g_ptr_array_add (result->retires, change_new (FU_RULES_CHANGE_RETIRE, follow_up));
  else
    pending_add (pending, follow_up, fu_rules_effective_due (follow_up));
}

/* Creates; rule 13 in a second pass, as it yields to every other open
 * follow-up. */
static void
create_for (FuRulesContext   *ctx,
            FuRulesResult    *result,
            PendingSet       *pending,
            FuRulesCandidate *candidate,
            guint             pass)
{
  g_autoptr(FuFollowUp) follow_up = NULL;
  GDateTime *due;

  if (candidate->existing != NULL || candidate->dead || (candidate->kind == 13) != (pass == 1))
    return;

  if (candidate->kind == 13 && job_has_pending (pending, fu_job_get_id (candidate->job)))
    return;

  if (candidate->due != NULL && g_date_time_compare (candidate->due, ctx->now) >= 0)
    due = candidate->due;
  else if (blocked (ctx, pending, candidate))
    return;
  else
    due = ctx->now;

  follow_up = create (ctx, candidate, due);
  g_ptr_array_add (pass == 0 ? result->creates : result->creates13,
                   change_new (FU_RULES_CHANGE_CREATE, follow_up));
  pending_add (pending, follow_up, due);
}

void
fu_rules_evaluate_context (FuRulesContext *ctx,
                           FuRulesResult  *result)
{
  g_autoptr(GHashTable) kept = g_hash_table_new (NULL, NULL);
  PendingSet pending;

  pending_set_init (&pending);
  fu_rules_collect (ctx);

  for (guint i = 0; i < ctx->candidates->len; i++)
    match (ctx, result, kept, &pending, g_ptr_array_index (ctx->candidates, i));
  for (guint i = 0; i < ctx->follow_up_list->len; i++)
    retire (ctx, result, kept, &pending, g_ptr_array_index (ctx->follow_up_list, i));
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < ctx->candidates->len; i++)
      create_for (ctx, result, &pending, g_ptr_array_index (ctx->candidates, i), pass);

  /* The runner also wakes when something falls due. */
  for (guint i = 0; i < pending.all->len; i++)
    note_wakeup (ctx, ((Pending *) g_ptr_array_index (pending.all, i))->due);

  pending_set_clear (&pending);
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

/* Everything at once, in steps -------------------------------------------- */

/* Data the cache cannot cut by job (an accepted offer: rule 15 looks at
 * every job) is evaluated whole, with the same code, but from cursors to
 * deadlines, so the runner can take it in slices too; freeing the
 * indexes of 10,000 jobs is sliced as well. */
typedef enum {
  WHOLE_COPY,      /* the lists into arrays */
  WHOLE_INDEX,
  WHOLE_COLLECT,   /* what the rules want */
  WHOLE_MATCH,     /* ...matched with what exists */
  WHOLE_RETIRE,
  WHOLE_CREATE,    /* two passes, rule 13 in the second */
  WHOLE_WAKE,
  WHOLE_CLEAR,
  WHOLE_DONE,
} WholeStage;

struct _FuRulesWhole
{
  GListModel      *lists[4];       /* jobs, contacts, interactions, follow-ups */
  GDateTime       *now;
  FuRulesSettings *settings;

  GPtrArray       *arrays[4];
  GHashTable      *contact_table;
  FuRulesContext   ctx;
  FuRulesResult    result;
  GHashTable      *kept;
  PendingSet       pending;
  gboolean         started;        /* ctx, result, kept and pending made */

  WholeStage       stage;
  guint            part;
  guint            cursor;
  guint            sub;            /* WHOLE_COLLECT: rule 15's next job */

  GPtrArray       *changes;
  GDateTime       *next;
};

FuRulesWhole *
fu_rules_whole_new (const FuRulesData     *data,
                    GDateTime             *now,
                    const FuRulesSettings *settings)
{
  FuRulesWhole *whole = g_new0 (FuRulesWhole, 1);
  GListModel *lists[4] = { data->jobs, data->contacts, data->interactions, data->follow_ups };

  for (guint i = 0; i < 4; i++)
    {
      whole->lists[i] = g_object_ref (lists[i]);
      whole->arrays[i] = g_ptr_array_new_with_free_func (g_object_unref);
    }
  whole->now = g_date_time_ref (now);
  whole->settings = fu_rules_settings_copy (settings);
  return whole;
}

/* glibc keeps small freed blocks aside and merges them all at the next
 * large allocation: after the indexes of 10,000 jobs were let go that
 * took 80 ms in one go.  A large allocation after every few hundred
 * frees merges them a few hundred at a time. */
static void
merge_freed (void)
{
  g_free (g_malloc (4096));
}

/* Empties @table as far as @deadline allows; TRUE when done. */
static gboolean
drain_table (GHashTable *table,
             gint64      deadline)
{
  GHashTableIter iter;
  guint n = 0;

  if (table == NULL)
    return TRUE;
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, NULL))
    {
      g_hash_table_iter_remove (&iter);
      if ((++n & 127) == 0)
        {
          merge_freed ();
          if (fu_rules_deadline_passed (deadline))
            return FALSE;
        }
    }
  merge_freed ();
  return TRUE;
}

static gboolean
drain_array (GPtrArray *array,
             gint64     deadline)
{
  while (array != NULL && array->len > 0)
    {
      g_ptr_array_set_size (array, array->len - MIN (array->len, 128));
      merge_freed ();
      if (fu_rules_deadline_passed (deadline))
        return FALSE;
    }
  return TRUE;
}

/* What clear() lets go of, bit by bit: everything that holds references
 * or many allocations. */
static gboolean
whole_drain (FuRulesWhole *whole,
             gint64        deadline)
{
  FuRulesContext *ctx = &whole->ctx;

  if (whole->started)
    {
      if (!drain_array (whole->result.moves, deadline) || !drain_array (whole->result.retires, deadline)
          || !drain_array (whole->result.creates, deadline) || !drain_array (whole->result.creates13, deadline)
          || !drain_table (whole->pending.by_job, deadline) || !drain_array (whole->pending.all, deadline)
          || !drain_table (whole->kept, deadline)
          || !drain_table (ctx->candidate_keys, deadline) || !drain_array (ctx->candidates, deadline)
          || !drain_table (ctx->follow_ups_by_key, deadline) || !drain_table (ctx->follow_ups_by_job_kind, deadline)
          || !drain_table (ctx->follow_ups_by_job, deadline) || !drain_table (ctx->interactions_by_job, deadline)
          || !drain_table (ctx->interactions_by_contact, deadline) || !drain_table (ctx->jobs, deadline))
        return FALSE;
    }
  for (guint i = 0; i < 4; i++)
    if (!drain_array (whole->arrays[i], deadline))
      return FALSE;
  return TRUE;
}

void
fu_rules_whole_free (FuRulesWhole *whole)
{
  if (whole == NULL)
    return;

  if (whole->started)
    {
      fu_rules_context_clear (&whole->ctx);
      fu_rules_result_clear (&whole->result);
      g_clear_pointer (&whole->kept, g_hash_table_unref);
      pending_set_clear (&whole->pending);
    }
  for (guint i = 0; i < 4; i++)
    {
      g_clear_object (&whole->lists[i]);
      g_clear_pointer (&whole->arrays[i], g_ptr_array_unref);
    }
  g_clear_pointer (&whole->contact_table, g_hash_table_unref);
  g_clear_pointer (&whole->now, g_date_time_unref);
  g_clear_pointer (&whole->settings, fu_rules_settings_free);
  g_clear_pointer (&whole->changes, g_ptr_array_unref);
  g_clear_pointer (&whole->next, g_date_time_unref);
  g_free (whole);
}

/* Drops what was found so far: what is left is only letting go. */
void
fu_rules_whole_abandon (FuRulesWhole *whole)
{
  g_clear_pointer (&whole->changes, g_ptr_array_unref);
  whole->stage = WHOLE_CLEAR;
}

static void
whole_next (FuRulesWhole *whole,
            WholeStage    stage)
{
  whole->stage = stage;
  whole->part = 0;
  whole->cursor = 0;
}

/* Steps @whole->cursor over @n items of the current part; FALSE when
 * @deadline came first (checked every @every items). */
#define WHOLE_LOOP(whole, n, every, deadline, body) \
  G_STMT_START { \
    while ((whole)->cursor < (n)) \
      { \
        guint i_ = (whole)->cursor++; \
        body; \
        if (((whole)->cursor % (every)) == 0 && fu_rules_deadline_passed (deadline)) \
          return FALSE; \
      } \
  } G_STMT_END

/**
 * fu_rules_whole_step:
 * @deadline: g_get_monotonic_time() at which to stop, or G_MAXINT64
 *
 * Returns: TRUE when done (fu_rules_whole_finish()).  The data must not
 *   change between steps: the caller starts again when it does.
 */
gboolean
fu_rules_whole_step (FuRulesWhole *whole,
                     gint64        deadline)
{
  FuRulesContext *ctx = &whole->ctx;

  switch (whole->stage)
    {
    case WHOLE_COPY:
      for (; whole->part < 4; whole->part++, whole->cursor = 0)
        {
          GListModel *list = whole->lists[whole->part];
          GPtrArray *array = whole->arrays[whole->part];

          WHOLE_LOOP (whole, g_list_model_get_n_items (list), 256, deadline,
                      g_ptr_array_add (array, g_list_model_get_item (list, i_)));
        }
      whole->contact_table = fu_rules_contacts_table (whole->arrays[1]);
      context_start (ctx, whole->now, whole->settings, whole->arrays[0], whole->contact_table,
                     whole->arrays[1], whole->arrays[3]);
      fu_rules_result_init (&whole->result);
      whole->kept = g_hash_table_new (NULL, NULL);
      pending_set_init (&whole->pending);
      whole->started = TRUE;
      whole_next (whole, WHOLE_INDEX);
      G_GNUC_FALLTHROUGH;

    case WHOLE_INDEX:
      if (whole->part == 0)
        {
          WHOLE_LOOP (whole, whole->arrays[0]->len, 256, deadline,
                      context_add_job (ctx, g_ptr_array_index (whole->arrays[0], i_)));
          whole->part = 1;
          whole->cursor = 0;
        }
      if (whole->part == 1)
        {
          WHOLE_LOOP (whole, whole->arrays[2]->len, 64, deadline,
                      context_add_interaction (ctx, g_ptr_array_index (whole->arrays[2], i_)));
          whole->part = 2;
          whole->cursor = 0;
        }
      WHOLE_LOOP (whole, whole->arrays[3]->len, 64, deadline,
                  context_add_follow_up (ctx, g_ptr_array_index (whole->arrays[3], i_)));
      whole_next (whole, WHOLE_COLLECT);
      G_GNUC_FALLTHROUGH;

    case WHOLE_COLLECT:
      /* An accepted offer's rule 15 looks at every job: in pieces
       * (whole->sub: the next one), then the rest of its rules. */
      while (whole->part == 0 && whole->cursor < whole->arrays[0]->len)
        {
          FuJob *job = g_ptr_array_index (whole->arrays[0], whole->cursor);

          while (fu_rules_job_withdraws (job) && whole->sub < whole->arrays[0]->len)
            {
              fu_rules_collect_withdraw (ctx, job, whole->sub, whole->sub + 256);
              whole->sub += 256;
              if (fu_rules_deadline_passed (deadline))
                return FALSE;
            }
          fu_rules_collect_job (ctx, job, FALSE);
          whole->cursor++;
          whole->sub = 0;
          if (fu_rules_deadline_passed (deadline))
            return FALSE;
        }
      if (whole->part == 0)
        {
          whole->part = 1;
          whole->cursor = 0;
        }
      WHOLE_LOOP (whole, whole->arrays[1]->len, 8, deadline,
                  fu_rules_collect_contact (ctx, g_ptr_array_index (whole->arrays[1], i_)));
      whole_next (whole, WHOLE_MATCH);
      G_GNUC_FALLTHROUGH;

    case WHOLE_MATCH:
      WHOLE_LOOP (whole, ctx->candidates->len, 64, deadline,
                  match (ctx, &whole->result, whole->kept, &whole->pending,
                         g_ptr_array_index (ctx->candidates, i_)));
      whole_next (whole, WHOLE_RETIRE);
      G_GNUC_FALLTHROUGH;

    case WHOLE_RETIRE:
      WHOLE_LOOP (whole, ctx->follow_up_list->len, 256, deadline,
                  retire (ctx, &whole->result, whole->kept, &whole->pending,
                          g_ptr_array_index (ctx->follow_up_list, i_)));
      whole_next (whole, WHOLE_CREATE);
      G_GNUC_FALLTHROUGH;

    case WHOLE_CREATE:
      for (; whole->part < 2; whole->part++, whole->cursor = 0)
        WHOLE_LOOP (whole, ctx->candidates->len, 64, deadline,
                    create_for (ctx, &whole->result, &whole->pending,
                                g_ptr_array_index (ctx->candidates, i_), whole->part));
      whole_next (whole, WHOLE_WAKE);
      G_GNUC_FALLTHROUGH;

    case WHOLE_WAKE:
      /* The runner also wakes when something falls due. */
      WHOLE_LOOP (whole, whole->pending.all->len, 256, deadline,
                  note_wakeup (ctx, ((Pending *) g_ptr_array_index (whole->pending.all, i_))->due));
      whole->next = ctx->next != NULL ? g_date_time_ref (ctx->next) : NULL;
      whole->changes = fu_rules_result_steal_changes (&whole->result);
      fu_rules_result_init (&whole->result);
      whole_next (whole, WHOLE_CLEAR);
      if (fu_rules_deadline_passed (deadline))
        return FALSE;
      G_GNUC_FALLTHROUGH;

    case WHOLE_CLEAR:
      if (!whole_drain (whole, deadline))
        return FALSE;
      whole_next (whole, WHOLE_DONE);
      G_GNUC_FALLTHROUGH;

    case WHOLE_DONE:
    default:
      return TRUE;
    }
}

GPtrArray *
fu_rules_whole_finish (FuRulesWhole  *whole,
                       GDateTime    **next_wakeup)
{
  g_return_val_if_fail (whole->stage == WHOLE_DONE, NULL);

  if (next_wakeup != NULL)
    *next_wakeup = g_steal_pointer (&whole->next);
  return g_steal_pointer (&whole->changes);
}

GPtrArray *
fu_rules_evaluate_uncached (const FuRulesData     *data,
                            GDateTime             *now,
                            const FuRulesSettings *settings,
                            GDateTime            **next_wakeup)
{
  FuRulesWhole *whole = fu_rules_whole_new (data, now, settings);
  GPtrArray *changes;

  while (!fu_rules_whole_step (whole, G_MAXINT64))
    ;
  changes = fu_rules_whole_finish (whole, next_wakeup);
  fu_rules_whole_free (whole);
  return changes;
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
