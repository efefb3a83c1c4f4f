/* fu-rules-jobs.c: what the rules need to know about jobs and people
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-rules-private.h"

/* Parts and people ------------------------------------------------------ */

/* The part @contact_id plays on @job: the link's part, or the contact's
 * usual part when the link does not say. */
FuPart
fu_rules_part_on_job (FuRulesContext *ctx,
                      FuJob          *job,
                      const char     *contact_id)
{
  FuJobContact *link = contact_id != NULL ? fu_job_find_contact_link (job, contact_id) : NULL;
  FuContact *contact;

  if (link != NULL && fu_job_contact_get_part (link) > FU_PART_OTHER)
    return fu_job_contact_get_part (link);

  contact = fu_rules_lookup_contact (ctx, contact_id);
  return contact != NULL ? fu_contact_get_part (contact) : FU_PART_OTHER;
}

gboolean
fu_rules_is_recruiter (FuPart part)
{
  return part == FU_PART_AGENCY_RECRUITER || part == FU_PART_INTERNAL_RECRUITER;
}

static const char *
find_contact_with_part (FuRulesContext *ctx,
                        FuJob          *job,
                        FuPart          part)
{
  GListModel *links = fu_job_get_contacts (job);
  guint n = g_list_model_get_n_items (links);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (links, i);
      const char *id = fu_job_contact_get_contact_id (link);

      if (id != NULL && fu_rules_part_on_job (ctx, job, id) == part)
        return id;
    }

  return NULL;
}

/* Asked several times per job (nudges, timeline, check-in...): kept for
 * the job at hand.  The id belongs to the job's link, alive as long as
 * the job. */
const char *
fu_rules_job_contact_with_part (FuRulesContext *ctx,
                                FuJob          *job,
                                FuPart          part)
{
  if (part < 0 || part >= (FuPart) G_N_ELEMENTS (ctx->parts_contact))
    return find_contact_with_part (ctx, job, part);

  if (ctx->parts_job != job)
    {
      ctx->parts_job = job;
      ctx->parts_known = 0;
    }
  if (!(ctx->parts_known & (1u << part)))
    {
      ctx->parts_contact[part] = find_contact_with_part (ctx, job, part);
      ctx->parts_known |= 1u << part;
    }
  return ctx->parts_contact[part];
}

/* The agency recruiter first: when the job came through an agency, all
 * contact goes through them (domain.md, "Channels and etiquette"). */
const char *
fu_rules_job_recruiter (FuRulesContext *ctx,
                        FuJob          *job)
{
  const char *id = fu_rules_job_contact_with_part (ctx, job, FU_PART_AGENCY_RECRUITER);

  return id != NULL ? id : fu_rules_job_contact_with_part (ctx, job, FU_PART_INTERNAL_RECRUITER);
}

/* Whom nudges, check-ins and timeline questions go to: the recruiter,
 * else the hiring manager, else nobody in particular (the company). */
const char *
fu_rules_job_main_contact (FuRulesContext *ctx,
                           FuJob          *job)
{
  const char *id = fu_rules_job_recruiter (ctx, job);

  return id != NULL ? id : fu_rules_job_contact_with_part (ctx, job, FU_PART_HIRING_MANAGER);
}

/* Times of a job ------------------------------------------------------- */

GDateTime *
fu_rules_later (GDateTime *a,
                GDateTime *b)
{
  if (a == NULL)
    return b;
  if (b == NULL)
    return a;
  return g_date_time_compare (a, b) >= 0 ? a : b;
}

/* When the job was closed: the last history entry with an outcome. */
GDateTime *
fu_rules_job_close_time (FuJob *job)
{
  GListModel *history = fu_job_get_history (job);

  for (guint i = g_list_model_get_n_items (history); i > 0; i--)
    {
      g_autoptr(FuStageChange) change = g_list_model_get_item (history, i - 1);

      if (fu_stage_change_get_outcome (change) != FU_OUTCOME_NONE)
        return fu_stage_change_get_time (change);
    }

  return NULL;
}

GDateTime *
fu_rules_job_created (FuJob *job)
{
  GListModel *history = fu_job_get_history (job);
  g_autoptr(FuStageChange) first = NULL;

  if (fu_job_get_created (job) != NULL)
    return fu_job_get_created (job);
  if (g_list_model_get_n_items (history) == 0)
    return NULL;
  first = g_list_model_get_item (history, 0);
  return fu_stage_change_get_time (first);
}

/* When the user applied: the job's "applied" time, else when it last
 * moved to Applied, else when it was created. */
GDateTime *
fu_rules_job_applied_time (FuJob *job)
{
  GListModel *history = fu_job_get_history (job);

  if (fu_job_get_applied (job) != NULL)
    return fu_job_get_applied (job);

  for (guint i = g_list_model_get_n_items (history); i > 0; i--)
    {
      g_autoptr(FuStageChange) change = g_list_model_get_item (history, i - 1);

      if (fu_stage_change_get_stage (change) == FU_STAGE_APPLIED
          && fu_stage_change_get_outcome (change) == FU_OUTCOME_NONE)
        return fu_stage_change_get_time (change);
    }

  return fu_rules_job_created (job);
}

GPtrArray *
fu_rules_job_interactions (FuRulesContext *ctx,
                           FuJob          *job)
{
  return g_hash_table_lookup (ctx->interactions_by_job, fu_job_get_id (job));
}

/* domain.md: an answer is an inbound interaction logged on the job, or a
 * stage change. */
gboolean
fu_rules_job_answered_after (FuRulesContext *ctx,
                             FuJob          *job,
                             GDateTime      *since,
                             gboolean        stage_changes_count)
{
  GPtrArray *interactions = fu_rules_job_interactions (ctx, job);

  for (guint i = 0; interactions != NULL && i < interactions->len; i++)
    {
      FuInteraction *interaction = g_ptr_array_index (interactions, i);
      GDateTime *time = fu_interaction_get_time (interaction);

      if (fu_interaction_get_direction (interaction) == FU_DIRECTION_INBOUND
          && time != NULL && (since == NULL || g_date_time_compare (time, since) > 0))
        return TRUE;
    }

  if (stage_changes_count)
    {
      GListModel *history = fu_job_get_history (job);
      guint n = g_list_model_get_n_items (history);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(FuStageChange) change = g_list_model_get_item (history, i);
          GDateTime *time = fu_stage_change_get_time (change);

          if (time != NULL && (since == NULL || g_date_time_compare (time, since) > 0))
            return TRUE;
        }
    }

  return FALSE;
}

/* How many answers the job has had: each one starts a new quiet spell,
 * so it numbers the occurrences of rule 13. */
int
fu_rules_job_count_answers (FuRulesContext *ctx,
                            FuJob          *job)
{
  GPtrArray *interactions = fu_rules_job_interactions (ctx, job);
  int count = 1 + g_list_model_get_n_items (fu_job_get_history (job));

  for (guint i = 0; interactions != NULL && i < interactions->len; i++)
    if (fu_interaction_get_direction (g_ptr_array_index (interactions, i)) == FU_DIRECTION_INBOUND)
      count++;

  return count;
}
