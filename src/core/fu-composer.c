/* fu-composer.c: what the composer drafts, to whom, and what sending logs
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fu-composer.h"
#include "fu-format.h"
#include "fu-merge.h"
#include "fu-rules.h"
#include "fu-templates.h"

void
fu_draft_free (FuDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->purpose);
  g_free (draft->job_id);
  g_free (draft->round_id);
  g_free (draft->follow_up_id);
  g_free (draft->addressee_id);
  g_free (draft->addressee_name);
  g_free (draft->recipient_id);
  g_free (draft->recipient_name);
  g_free (draft->to);
  g_free (draft->reason);
  g_free (draft->discussion_point);
  g_free (draft->subject);
  g_free (draft->body);
  g_clear_pointer (&draft->unfilled, g_ptr_array_unref);
  g_free (draft);
}

static GPtrArray *
draft_list_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fu_draft_free);
}

/* People ---------------------------------------------------------------- */

static char *
first_name (const char *name)
{
  g_autofree char *trimmed = NULL;

  if (name == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (name));
  if (*trimmed == '\0')
    return NULL;
  return g_strndup (trimmed, strcspn (trimmed, " \t"));
}

/* The first non-empty line of a note, without its full stop, to sit in
 * the middle of a template's sentence. */
static char *
first_line (const char *text)
{
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return NULL;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      gsize len = strlen (line);

      while (len > 0 && line[len - 1] == '.')
        line[--len] = '\0';
      if (len > 0)
        return g_strdup (line);
    }
  return NULL;
}

FuPart
fu_composer_part_on_job (FuStore    *store,
                         FuJob      *job,
                         const char *contact_id)
{
  FuJobContact *link = job != NULL && contact_id != NULL
                       ? fu_job_find_contact_link (job, contact_id) : NULL;
  FuContact *contact;

  if (link != NULL && fu_job_contact_get_part (link) > FU_PART_OTHER)
    return fu_job_contact_get_part (link);
  contact = store != NULL && contact_id != NULL ? fu_store_find_contact (store, contact_id) : NULL;
  return contact != NULL ? fu_contact_get_part (contact) : FU_PART_OTHER;
}

/* The agency recruiter the job came through, if one is linked. */
static FuContact *
agency_recruiter (FuStore *store,
                  FuJob   *job)
{
  GListModel *links;
  guint n;

  if (job == NULL)
    return NULL;
  links = fu_job_get_contacts (job);
  n = g_list_model_get_n_items (links);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (links, i);
      const char *id = fu_job_contact_get_contact_id (link);

      if (id != NULL && fu_composer_part_on_job (store, job, id) == FU_PART_AGENCY_RECRUITER)
        {
          FuContact *contact = fu_store_find_contact (store, id);

          if (contact != NULL)
            return contact;
        }
    }
  return NULL;
}

/* The round a note recalls when the follow-up names none: the latest one
 * the person was in, else the latest one. */
static FuRound *
latest_round (FuJob      *job,
              const char *contact_id)
{
  GListModel *rounds;
  FuRound *best = NULL;
  FuRound *best_with = NULL;
  guint n;

  if (job == NULL)
    return NULL;
  rounds = fu_job_get_rounds (job);
  n = g_list_model_get_n_items (rounds);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuRound) round = g_list_model_get_item (rounds, i);
      GDateTime *start = fu_round_get_start (round);

      if (start == NULL)
        continue;
      if (best == NULL || g_date_time_compare (start, fu_round_get_start (best)) > 0)
        best = round;
      if (contact_id != NULL && fu_round_find_interviewer (round, contact_id) != NULL
          && (best_with == NULL || g_date_time_compare (start, fu_round_get_start (best_with)) > 0))
        best_with = round;
    }
  /* The job holds the rounds. */
  return best_with != NULL ? best_with : best;
}

static char *
round_date (FuRound *round)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (round == NULL || fu_round_get_start (round) == NULL)
    return NULL;
  zone = fu_round_dup_time_zone (round);
  local = zone != NULL ? g_date_time_to_timezone (fu_round_get_start (round), zone)
                       : g_date_time_ref (fu_round_get_start (round));
  /* Translators: the day of an interview in a note, as in "on Tuesday
   * 3 March"; see g_date_time_format() */
  return g_date_time_format (local, _("%A %-d %B"));
}

/* Drafts ---------------------------------------------------------------- */

static FuDraft *
make_draft (FuStore                  *store,
            FuJob                    *job,
            FuRound                  *round,
            FuContact                *contact,
            const char               *purpose,
            const char               *follow_up_id,
            const FuComposerIdentity *me)
{
  FuDraft *draft = g_new0 (FuDraft, 1);
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  FuContact *recruiter = agency_recruiter (store, job);
  FuContact *recipient = contact;
  const char *contact_id = contact != NULL ? fu_contact_get_id (contact) : NULL;
  FuPart part = fu_composer_part_on_job (store, job, contact_id);
  FuInterviewer *interviewer = round != NULL && contact_id != NULL
                               ? fu_round_find_interviewer (round, contact_id) : NULL;
  g_autofree char *body = NULL;
  g_autofree char *subject = NULL;
  const char *company = NULL;

  draft->purpose = g_strdup (purpose);
  draft->call_sheet = g_strcmp0 (purpose, FU_PURPOSE_CALL_SHEET) == 0;
  draft->job_id = job != NULL ? g_strdup (fu_job_get_id (job)) : NULL;
  draft->round_id = round != NULL ? g_strdup (fu_round_get_id (round)) : NULL;
  draft->follow_up_id = g_strdup (follow_up_id);
  draft->addressee_id = g_strdup (contact_id);
  draft->addressee_name = contact != NULL ? g_strdup (fu_contact_get_name (contact)) : NULL;
  draft->wants_point = fu_templates_is_thank_you (purpose) && round != NULL;

  /* domain.md, "Channels and etiquette": on an agency job everything
   * after the interview goes through the recruiter.  The referrer and
   * stay-in-touch notes are the candidate's own network, not the
   * application. */
  if (recruiter != NULL && contact != NULL && recruiter != contact && !draft->call_sheet
      && part != FU_PART_REFERRER
      && g_strcmp0 (purpose, FU_PURPOSE_REFERRER_UPDATE) != 0
      && g_strcmp0 (purpose, FU_PURPOSE_STAY_IN_TOUCH) != 0)
    {
      recipient = recruiter;
      /* Translators: the first %s is the recruiter, the second the person
       * the note is for, the third the recruiter again */
      draft->reason = g_strdup_printf (_("This job came through an agency recruiter, %s: all contact "
                                         "after the interview goes through them, never straight to "
                                         "the hiring manager or the panel. So this note for %s is "
                                         "sent to %s, with a line asking to pass it on."),
                                       fu_contact_get_name (recruiter),
                                       fu_contact_get_name (contact),
                                       fu_contact_get_name (recruiter));
    }
  else if (recruiter == NULL && job != NULL && fu_job_get_agency (job) != NULL
           && *fu_job_get_agency (job) != '\0' && !draft->call_sheet)
    /* Translators: %s is the name of a recruitment agency */
    draft->reason = g_strdup_printf (_("This job came through %s, but no agency recruiter is linked "
                                       "to it: add the recruiter to the job so that notes go through "
                                       "them."),
                                     fu_job_get_agency (job));

  draft->recipient_id = recipient != NULL ? g_strdup (fu_contact_get_id (recipient)) : NULL;
  draft->recipient_name = recipient != NULL ? g_strdup (fu_contact_get_name (recipient)) : NULL;
  if (recipient != NULL)
    draft->to = g_strdup (draft->call_sheet ? fu_contact_get_phone (recipient)
                                            : fu_contact_get_email (recipient));
  if (draft->to == NULL)
    draft->to = g_strdup ("");

  if (job != NULL && fu_job_get_company (job) != NULL && *fu_job_get_company (job) != '\0')
    company = fu_job_get_company (job);
  else if (contact != NULL && fu_contact_get_company (contact) != NULL
           && *fu_contact_get_company (contact) != '\0')
    company = fu_contact_get_company (contact);

  if (contact != NULL)
    {
      g_hash_table_insert (values, (char *) "first_name", first_name (fu_contact_get_name (contact)));
      g_hash_table_insert (values, (char *) "rapport_note", first_line (fu_contact_get_rapport_notes (contact)));
    }
  if (company != NULL)
    g_hash_table_insert (values, (char *) "company", g_strdup (company));
  if (job != NULL && fu_job_get_title (job) != NULL && *fu_job_get_title (job) != '\0')
    g_hash_table_insert (values, (char *) "job_title", g_strdup (fu_job_get_title (job)));
  g_hash_table_insert (values, (char *) "round_date", round_date (round));
  if (interviewer != NULL)
    {
      draft->discussion_point = first_line (fu_interviewer_get_discussion_points (interviewer));
      g_hash_table_insert (values, (char *) "discussion_point", g_strdup (draft->discussion_point));
    }
  if (me != NULL && me->my_name != NULL && *me->my_name != '\0')
    g_hash_table_insert (values, (char *) "my_name", g_strdup (me->my_name));
  g_hash_table_insert (values, (char *) "signature",
                       g_strdup (me != NULL && me->signature != NULL ? me->signature : ""));
  if (job != NULL && fu_job_is_closed (job))
    g_hash_table_insert (values, (char *) "outcome",
                         g_utf8_strdown (fu_outcome_get_title (fu_job_get_outcome (job)), -1));
  /* NULL values were inserted for unknowns; the merge leaves those. */

  if (recipient != contact)
    {
      g_autofree char *recruiter_first = first_name (fu_contact_get_name (recruiter));
      g_autofree char *pass_on = NULL;

      /* Translators: the line asking an agency recruiter to pass a note
       * on; the first %s is the recruiter's first name, the second the
       * full name of the person the note is for */
      pass_on = g_strdup_printf (_("Hi %s,\n\nCould you please pass the note below on to %s? "
                                   "Thank you very much.\n\n"),
                                 recruiter_first, fu_contact_get_name (contact));
      body = g_strconcat (pass_on, fu_templates_get_body (store, purpose), NULL);
    }
  else
    body = g_strdup (fu_templates_get_body (store, purpose));

  draft->body = fu_merge_fill (body, values, &draft->unfilled);
  subject = fu_merge_fill (fu_templates_get_subject (store, purpose), values, NULL);
  if (recipient != contact)
    /* Translators: the subject of a note sent through a recruiter; %s is
     * the person it is for, then the subject */
    draft->subject = g_strdup_printf (_("For %s: %s"), fu_contact_get_name (contact), subject);
  else
    draft->subject = g_steal_pointer (&subject);

  /* Trailing blank lines of an empty signature. */
  g_strchomp (draft->body);

  return draft;
}

static FuFollowUp *
find_thank_you_follow_up (FuStore    *store,
                          FuJob      *job,
                          FuRound    *round,
                          const char *contact_id)
{
  GListModel *follow_ups = fu_store_get_follow_ups (store);
  guint n = g_list_model_get_n_items (follow_ups);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuFollowUp) f = g_list_model_get_item (follow_ups, i);
      FuFollowUpState state = fu_follow_up_get_state (f);

      if (fu_follow_up_get_kind (f) == 7
          && (state == FU_FOLLOW_UP_STATE_OPEN || state == FU_FOLLOW_UP_STATE_SNOOZED)
          && g_strcmp0 (fu_follow_up_get_job_id (f), fu_job_get_id (job)) == 0
          && g_strcmp0 (fu_follow_up_get_round_id (f), fu_round_get_id (round)) == 0
          && g_strcmp0 (fu_follow_up_get_contact_id (f), contact_id) == 0)
        return f; /* the store keeps its reference */
    }
  return NULL;
}

static void
add_thank_you_drafts (GPtrArray                *drafts,
                      FuStore                  *store,
                      FuJob                    *job,
                      FuRound                  *round,
                      FuFollowUp               *own,
                      gboolean                  skip_thanked,
                      const FuComposerIdentity *me)
{
  GListModel *interviewers = fu_round_get_interviewers (round);
  guint n = g_list_model_get_n_items (interviewers);
  const char *own_contact = own != NULL ? fu_follow_up_get_contact_id (own) : NULL;

  /* Twice: the follow-up's own person first, then the others. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (interviewers, i);
        const char *id = fu_interviewer_get_contact_id (interviewer);
        gboolean is_own = own_contact != NULL && g_strcmp0 (id, own_contact) == 0;
        FuContact *contact = id != NULL ? fu_store_find_contact (store, id) : NULL;
        FuFollowUp *follow_up;

        if (contact == NULL || (pass == 0) != is_own)
          continue;
        if (!is_own && skip_thanked && fu_interviewer_get_thank_you_sent (interviewer))
          continue;

        follow_up = is_own ? own : find_thank_you_follow_up (store, job, round, id);
        g_ptr_array_add (drafts,
                         make_draft (store, job, round, contact,
                                     fu_templates_purpose_for (7, fu_composer_part_on_job (store, job, id)),
                                     follow_up != NULL ? fu_follow_up_get_id (follow_up) : NULL,
                                     me));
      }
}

GPtrArray *
fu_composer_drafts_for_round (FuStore                  *store,
                              FuJob                    *job,
                              FuRound                  *round,
                              const FuComposerIdentity *me)
{
  GPtrArray *drafts = draft_list_new ();

  g_return_val_if_fail (FU_IS_STORE (store), drafts);
  g_return_val_if_fail (FU_IS_JOB (job), drafts);
  g_return_val_if_fail (FU_IS_ROUND (round), drafts);

  /* Whoever was thanked already is left out, so a note is not sent
   * twice; when everyone was, the person asked again: all of them. */
  add_thank_you_drafts (drafts, store, job, round, NULL, TRUE, me);
  if (drafts->len == 0)
    add_thank_you_drafts (drafts, store, job, round, NULL, FALSE, me);
  /* Nobody listed yet: one note with the name left unfilled. */
  if (drafts->len == 0)
    g_ptr_array_add (drafts, make_draft (store, job, round, NULL,
                                         fu_templates_purpose_for (7, FU_PART_OTHER), NULL, me));
  return drafts;
}

GPtrArray *
fu_composer_drafts_for_follow_up (FuStore                  *store,
                                  FuFollowUp               *follow_up,
                                  const FuComposerIdentity *me)
{
  GPtrArray *drafts = draft_list_new ();
  FuJob *job;
  FuContact *contact;
  FuRound *round = NULL;
  int kind;

  g_return_val_if_fail (FU_IS_STORE (store), drafts);
  g_return_val_if_fail (FU_IS_FOLLOW_UP (follow_up), drafts);

  job = fu_follow_up_get_job_id (follow_up) != NULL
        ? fu_store_find_job (store, fu_follow_up_get_job_id (follow_up)) : NULL;
  contact = fu_follow_up_get_contact_id (follow_up) != NULL
            ? fu_store_find_contact (store, fu_follow_up_get_contact_id (follow_up)) : NULL;
  if (job != NULL && fu_follow_up_get_round_id (follow_up) != NULL)
    round = fu_job_find_round (job, fu_follow_up_get_round_id (follow_up));
  kind = fu_follow_up_get_kind (follow_up);

  if (kind == 7 && job != NULL && round != NULL)
    add_thank_you_drafts (drafts, store, job, round, follow_up, TRUE, me);

  if (drafts->len == 0)
    {
      const char *purpose = fu_templates_purpose_for (kind,
                                                      fu_composer_part_on_job (store, job, fu_follow_up_get_contact_id (follow_up)));
      guint missed = 0;
      FuDraft *draft;

      /* A note without a contact goes to the agency recruiter on an
       * agency job, as every note there does. */
      if (contact == NULL)
        contact = agency_recruiter (store, job);
      if (round == NULL)
        round = latest_round (job, contact != NULL ? fu_contact_get_id (contact) : NULL);
      /* Rule 9: phone the recruiter, "email instead if calls keep
       * missing". */
      if (g_strcmp0 (purpose, FU_PURPOSE_CALL_SHEET) == 0 && job != NULL && contact != NULL)
        {
          missed = fu_composer_count_missed_calls (store, fu_job_get_id (job), fu_contact_get_id (contact));
          if (missed >= FU_COMPOSER_MISSED_CALLS_FOR_EMAIL)
            purpose = FU_PURPOSE_RECRUITER_QUESTIONS;
        }
      draft = make_draft (store, job, round, contact, purpose, fu_follow_up_get_id (follow_up), me);
      draft->missed_calls = missed;
      g_ptr_array_add (drafts, draft);
    }
  return drafts;
}

/* Rules whose follow-up is done by what the composer drafts: the notes,
 * and rule 9's call sheet. */
static gboolean
rule_has_draft (int rule)
{
  return fu_templates_rule_has_note (rule) || rule == 9;
}

/* The earliest due open follow-up with a draft, of @job and @contact_id
 * (either NULL: any). */
static FuFollowUp *
find_open_follow_up (FuStore    *store,
                     FuJob      *job,
                     const char *contact_id)
{
  GListModel *follow_ups = fu_store_get_follow_ups (store);
  guint n = g_list_model_get_n_items (follow_ups);
  FuFollowUp *best = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuFollowUp) f = g_list_model_get_item (follow_ups, i);
      FuFollowUpState state = fu_follow_up_get_state (f);
      GDateTime *due;

      if ((state != FU_FOLLOW_UP_STATE_OPEN && state != FU_FOLLOW_UP_STATE_SNOOZED)
          || !rule_has_draft (fu_follow_up_get_kind (f)))
        continue;
      if (job != NULL && g_strcmp0 (fu_follow_up_get_job_id (f), fu_job_get_id (job)) != 0)
        continue;
      if (contact_id != NULL && g_strcmp0 (fu_follow_up_get_contact_id (f), contact_id) != 0)
        continue;
      /* A job's note needs the job. */
      if (fu_follow_up_get_job_id (f) != NULL
          && fu_store_find_job (store, fu_follow_up_get_job_id (f)) == NULL)
        continue;
      due = fu_rules_effective_due (f);
      if (best == NULL
          || (due != NULL && (fu_rules_effective_due (best) == NULL
                              || g_date_time_compare (due, fu_rules_effective_due (best)) < 0)))
        best = f; /* the store keeps its reference */
    }
  return best;
}

/* Who a note about @job goes to when no follow-up names anyone: domain.md
 * routes notes through the recruiter, else the hiring manager. */
static FuContact *
main_contact (FuStore *store,
              FuJob   *job)
{
  static const FuPart order[] = {
    FU_PART_AGENCY_RECRUITER, FU_PART_INTERNAL_RECRUITER, FU_PART_HIRING_MANAGER,
  };
  GListModel *links;
  guint n;

  if (job == NULL)
    return NULL;
  links = fu_job_get_contacts (job);
  n = g_list_model_get_n_items (links);
  for (guint p = 0; p < G_N_ELEMENTS (order); p++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(FuJobContact) link = g_list_model_get_item (links, i);
        const char *id = fu_job_contact_get_contact_id (link);
        FuContact *contact = id != NULL ? fu_store_find_contact (store, id) : NULL;

        if (contact != NULL && fu_composer_part_on_job (store, job, id) == order[p])
          return contact;
      }
  /* Anyone else linked, before nobody. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (links, i);
      const char *id = fu_job_contact_get_contact_id (link);
      FuContact *contact = id != NULL ? fu_store_find_contact (store, id) : NULL;

      if (contact != NULL)
        return contact;
    }
  return NULL;
}

const char *
fu_composer_purpose_for_job (FuJob *job)
{
  if (job == NULL)
    return FU_PURPOSE_STAY_IN_TOUCH;
  if (fu_job_is_closed (job))
    {
      switch (fu_job_get_outcome (job))
        {
        case FU_OUTCOME_WITHDRAWN:
          return FU_PURPOSE_WITHDRAW;
        case FU_OUTCOME_GONE:
          return FU_PURPOSE_POSITION_GONE;
        case FU_OUTCOME_REJECTED:
          return FU_PURPOSE_REJECTION;
        case FU_OUTCOME_ACCEPTED:
          return FU_PURPOSE_STAY_IN_TOUCH;
        case FU_OUTCOME_NO_RESPONSE:
        case FU_OUTCOME_NONE:
        case FU_OUTCOME_UNKNOWN:
        default:
          return FU_PURPOSE_CHECK_IN;
        }
    }
  switch (fu_job_get_stage (job))
    {
    case FU_STAGE_APPLIED:
      return FU_PURPOSE_NUDGE;
    case FU_STAGE_INTERVIEWING:
      return FU_PURPOSE_TIMELINE;
    case FU_STAGE_OFFER:
      return FU_PURPOSE_OFFER_QUESTIONS;
    case FU_STAGE_WISHLIST:
    case FU_STAGE_SCREENING:
    case FU_STAGE_UNKNOWN:
    default:
      return FU_PURPOSE_CHECK_IN;
    }
}

GPtrArray *
fu_composer_drafts_for_note (FuStore                  *store,
                             FuJob                    *job,
                             FuContact                *contact,
                             const FuComposerIdentity *me)
{
  GPtrArray *drafts;
  FuFollowUp *follow_up;
  const char *contact_id = contact != NULL ? fu_contact_get_id (contact) : NULL;

  g_return_val_if_fail (FU_IS_STORE (store), draft_list_new ());

  follow_up = find_open_follow_up (store, job, contact_id);
  if (follow_up != NULL && contact == NULL)
    {
      drafts = fu_composer_drafts_for_follow_up (store, follow_up, me);
      if (drafts->len > 0)
        return drafts;
      g_ptr_array_unref (drafts);
    }

  drafts = draft_list_new ();
  if (follow_up != NULL)
    {
      g_autoptr(GPtrArray) all = fu_composer_drafts_for_follow_up (store, follow_up, me);

      /* From a contact's sheet: their own note only (a round's other
       * interviewers are thanked from the round). */
      for (guint i = 0; i < all->len; i++)
        {
          FuDraft *draft = g_ptr_array_index (all, i);

          if (g_strcmp0 (draft->addressee_id, contact_id) == 0)
            {
              g_ptr_array_add (drafts, g_ptr_array_steal_index (all, i));
              return drafts;
            }
        }
    }

  if (contact == NULL)
    contact = main_contact (store, job);
  g_ptr_array_add (drafts, fu_composer_draft_for_contact (store, job, contact,
                                                          fu_composer_purpose_for_job (job), me));
  return drafts;
}

FuDraft *
fu_composer_redraft (FuStore                  *store,
                     const FuDraft            *draft,
                     const char               *purpose,
                     const FuComposerIdentity *me)
{
  FuJob *job;
  FuRound *round;
  FuContact *contact;
  FuDraft *redraft;

  g_return_val_if_fail (FU_IS_STORE (store), NULL);
  g_return_val_if_fail (draft != NULL, NULL);
  g_return_val_if_fail (fu_templates_is_purpose (purpose), NULL);

  job = draft->job_id != NULL ? fu_store_find_job (store, draft->job_id) : NULL;
  round = job != NULL && draft->round_id != NULL ? fu_job_find_round (job, draft->round_id) : NULL;
  contact = draft->addressee_id != NULL ? fu_store_find_contact (store, draft->addressee_id) : NULL;
  redraft = make_draft (store, job, round, contact, purpose, draft->follow_up_id, me);
  redraft->missed_calls = draft->missed_calls;
  return redraft;
}

guint
fu_composer_count_missed_calls (FuStore    *store,
                                const char *job_id,
                                const char *contact_id)
{
  GListModel *interactions;
  g_autoptr(GPtrArray) mine = g_ptr_array_new ();
  guint n, missed = 0;

  g_return_val_if_fail (FU_IS_STORE (store), 0);

  if (job_id == NULL || contact_id == NULL)
    return 0;
  interactions = fu_store_get_interactions (store);
  n = g_list_model_get_n_items (interactions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuInteraction) interaction = g_list_model_get_item (interactions, i);

      if (fu_interaction_get_time (interaction) != NULL
          && g_strcmp0 (fu_interaction_get_job_id (interaction), job_id) == 0
          && fu_interaction_has_contact (interaction, contact_id))
        g_ptr_array_add (mine, interaction); /* the store keeps its reference */
    }

  /* Newest first, until they were last reached. */
  while (mine->len > 0)
    {
      guint newest = 0;
      FuInteraction *interaction;
      FuChannel channel;

      for (guint i = 1; i < mine->len; i++)
        if (g_date_time_compare (fu_interaction_get_time (g_ptr_array_index (mine, i)),
                                 fu_interaction_get_time (g_ptr_array_index (mine, newest))) > 0)
          newest = i;
      interaction = g_ptr_array_steal_index_fast (mine, newest);
      channel = fu_interaction_get_channel (interaction);

      if (fu_interaction_get_direction (interaction) == FU_DIRECTION_INBOUND)
        break;
      if (channel == FU_CHANNEL_CALL || channel == FU_CHANNEL_MEETING)
        {
          if (!fu_interaction_get_missed (interaction))
            break;
          missed++;
        }
      /* Our own emails and notes neither reach them nor miss. */
    }
  return missed;
}

FuInteraction *
fu_composer_log_missed_call (FuStore       *store,
                             const FuDraft *draft,
                             GDateTime     *now)
{
  g_autoptr(FuInteraction) interaction = fu_interaction_new ();
  const char *ids[2] = { NULL, NULL };

  g_return_val_if_fail (FU_IS_STORE (store), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  ids[0] = draft->recipient_id;
  fu_interaction_set_time (interaction, now);
  fu_interaction_set_channel (interaction, FU_CHANNEL_CALL);
  fu_interaction_set_direction (interaction, FU_DIRECTION_OUTBOUND);
  fu_interaction_set_missed (interaction, TRUE);
  /* Translators: the subject of a logged call that nobody answered */
  fu_interaction_set_subject (interaction, _("No answer"));
  fu_interaction_set_job_id (interaction, draft->job_id);
  fu_interaction_set_contact_ids (interaction, ids[0] != NULL ? ids : NULL);
  fu_store_add_interaction (store, interaction);
  return interaction; /* the store holds it */
}

FuDraft *
fu_composer_draft_for_contact (FuStore                  *store,
                               FuJob                    *job,
                               FuContact                *contact,
                               const char               *purpose,
                               const FuComposerIdentity *me)
{
  FuRound *round = latest_round (job, contact != NULL ? fu_contact_get_id (contact) : NULL);

  return make_draft (store, job, round, contact,
                     purpose != NULL ? purpose : FU_PURPOSE_CHECK_IN, NULL, me);
}

/* Sending --------------------------------------------------------------- */

static char *
with_crlf (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '\r' && p[1] == '\n')
        continue;
      if (*p == '\n')
        g_string_append (s, "\r\n");
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

char *
fu_composer_mailto (const char *to,
                    const char *subject,
                    const char *body)
{
  g_autofree char *to_escaped = g_uri_escape_string (to != NULL ? to : "", "@,", FALSE);
  g_autofree char *subject_escaped = g_uri_escape_string (subject != NULL ? subject : "", NULL, FALSE);
  g_autofree char *crlf = with_crlf (body);
  g_autofree char *body_escaped = g_uri_escape_string (crlf, NULL, FALSE);

  return g_strconcat ("mailto:", to_escaped, "?subject=", subject_escaped,
                      "&body=", body_escaped, NULL);
}

FuInteraction *
fu_composer_mark_sent (FuStore       *store,
                       const FuDraft *draft,
                       const char    *subject,
                       const char    *body,
                       GDateTime     *now)
{
  g_autoptr(FuInteraction) interaction = fu_interaction_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  FuJob *job;

  g_return_val_if_fail (FU_IS_STORE (store), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  if (draft->recipient_id != NULL)
    g_strv_builder_add (builder, draft->recipient_id);
  if (draft->addressee_id != NULL && g_strcmp0 (draft->addressee_id, draft->recipient_id) != 0)
    g_strv_builder_add (builder, draft->addressee_id);
  ids = g_strv_builder_end (builder);

  fu_interaction_set_time (interaction, now);
  fu_interaction_set_channel (interaction, draft->call_sheet ? FU_CHANNEL_CALL : FU_CHANNEL_EMAIL);
  fu_interaction_set_direction (interaction, FU_DIRECTION_OUTBOUND);
  fu_interaction_set_subject (interaction, subject);
  fu_interaction_set_body (interaction, body);
  fu_interaction_set_job_id (interaction, draft->job_id);
  fu_interaction_set_contact_ids (interaction, (const char * const *) ids);
  fu_store_add_interaction (store, interaction);

  if (draft->follow_up_id != NULL)
    {
      FuFollowUp *follow_up = fu_store_find_follow_up (store, draft->follow_up_id);

      if (follow_up != NULL)
        fu_follow_up_set_state (follow_up, FU_FOLLOW_UP_STATE_DONE);
    }

  job = draft->job_id != NULL ? fu_store_find_job (store, draft->job_id) : NULL;
  if (job != NULL && draft->round_id != NULL && draft->addressee_id != NULL
      && fu_templates_is_thank_you (draft->purpose))
    {
      FuRound *round = fu_job_find_round (job, draft->round_id);
      FuInterviewer *interviewer = round != NULL
                                   ? fu_round_find_interviewer (round, draft->addressee_id) : NULL;

      if (interviewer != NULL)
        fu_interviewer_set_thank_you_sent (interviewer, TRUE);
    }

  return interaction; /* the store holds it */
}

/* Checks ---------------------------------------------------------------- */

static void
append_all (GPtrArray *to,
            GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_ptr_array_steal_index (from, i--));
  g_ptr_array_unref (from);
}

GPtrArray *
fu_composer_check (const FuDraft *draft,
                   FuSpell       *spell,
                   const char    *body)
{
  GPtrArray *checks = fu_check_list_new ();

  if (spell != NULL)
    append_all (checks, fu_spell_check (spell, body));
  append_all (checks, fu_check_giving_up (body));
  append_all (checks, fu_check_unfilled (body));
  if (draft == NULL || !draft->call_sheet)
    append_all (checks, fu_check_length (body));
  if (draft != NULL && draft->wants_point)
    append_all (checks, fu_check_discussion_point (body, draft->discussion_point,
                                                   draft->addressee_name));
  return checks;
}

char **
fu_composer_names_to_ignore (FuStore *store)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *contacts;
  GListModel *jobs;

  g_return_val_if_fail (FU_IS_STORE (store), NULL);

  contacts = fu_store_get_contacts (store);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(FuContact) contact = g_list_model_get_item (contacts, i);

      if (fu_contact_get_name (contact) != NULL)
        g_strv_builder_add (builder, fu_contact_get_name (contact));
      if (fu_contact_get_company (contact) != NULL)
        g_strv_builder_add (builder, fu_contact_get_company (contact));
    }
  jobs = fu_store_get_jobs (store);
  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr(FuJob) job = g_list_model_get_item (jobs, i);

      if (fu_job_get_company (job) != NULL)
        g_strv_builder_add (builder, fu_job_get_company (job));
      if (fu_job_get_agency (job) != NULL)
        g_strv_builder_add (builder, fu_job_get_agency (job));
    }
  return g_strv_builder_end (builder);
}
