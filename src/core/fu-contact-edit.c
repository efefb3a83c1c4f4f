/* fu-contact-edit.c: what the contact sheet does to the data
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-contact-edit.h"

typedef struct
{
  FuRecord *parent;    /* the job or round (owned) */
  FuRecord *child;     /* the link or interviewer (owned) */
  guint     position;  /* where it was in its list */
} Link;

struct _FuContactRemoval
{
  FuContact *contact;
  guint      position;
  GArray    *links;    /* Link, in removal order */
  guint      n_jobs;
};

static void
link_clear (gpointer data)
{
  Link *link = data;

  g_clear_object (&link->parent);
  g_clear_object (&link->child);
}

static guint
position_of (GListModel *model,
             gpointer    item)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return i;
    }

  return n;
}

static void
remember (FuContactRemoval *removal,
          gpointer          parent,
          gpointer          child,
          guint             position)
{
  Link link = { g_object_ref (parent), g_object_ref (child), position };

  g_array_append_val (removal->links, link);
}

static gboolean
remove_from_job (FuContactRemoval *removal,
                 FuJob            *job,
                 const char       *contact_id)
{
  GListModel *links = fu_job_get_contacts (job);
  GListModel *rounds = fu_job_get_rounds (job);
  gboolean found = FALSE;

  for (guint i = g_list_model_get_n_items (links); i > 0; i--)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (links, i - 1);

      if (g_strcmp0 (fu_job_contact_get_contact_id (link), contact_id) != 0)
        continue;
      remember (removal, job, link, i - 1);
      fu_job_remove_contact_link (job, link);
      found = TRUE;
    }

  for (guint r = 0; r < g_list_model_get_n_items (rounds); r++)
    {
      g_autoptr(FuRound) round = g_list_model_get_item (rounds, r);
      GListModel *interviewers = fu_round_get_interviewers (round);

      for (guint i = g_list_model_get_n_items (interviewers); i > 0; i--)
        {
          g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (interviewers, i - 1);

          if (g_strcmp0 (fu_interviewer_get_contact_id (interviewer), contact_id) != 0)
            continue;
          remember (removal, round, interviewer, i - 1);
          fu_round_remove_interviewer (round, interviewer);
          found = TRUE;
        }
    }

  return found;
}

FuContactRemoval *
fu_contact_remove (FuStore   *store,
                   FuContact *contact)
{
  FuContactRemoval *removal;
  GListModel *jobs;
  const char *contact_id;

  g_return_val_if_fail (FU_IS_STORE (store), NULL);
  g_return_val_if_fail (FU_IS_CONTACT (contact), NULL);

  removal = g_new0 (FuContactRemoval, 1);
  removal->contact = g_object_ref (contact);
  removal->links = g_array_new (FALSE, FALSE, sizeof (Link));
  g_array_set_clear_func (removal->links, link_clear);
  removal->position = position_of (fu_store_get_contacts (store), contact);

  contact_id = fu_contact_get_id (contact);
  jobs = fu_store_get_jobs (store);
  for (guint i = 0; contact_id != NULL && i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr(FuJob) job = g_list_model_get_item (jobs, i);

      if (remove_from_job (removal, job, contact_id))
        removal->n_jobs++;
    }

  fu_store_remove (store, FU_RECORD (contact));
  return removal;
}

guint
fu_contact_removal_get_n_jobs (FuContactRemoval *removal)
{
  return removal->n_jobs;
}

/* The lists have no insert-at, so a restored item goes to the end and the
 * ones that followed it are moved behind it again, keeping the order. */
static void
reinsert (Link *link)
{
  GListModel *list;
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func (g_object_unref);

  if (FU_IS_JOB (link->parent))
    list = fu_job_get_contacts (FU_JOB (link->parent));
  else
    list = fu_round_get_interviewers (FU_ROUND (link->parent));

  for (guint i = link->position; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (after, g_list_model_get_item (list, i));

  for (guint i = 0; i < after->len; i++)
    {
      if (FU_IS_JOB (link->parent))
        fu_job_remove_contact_link (FU_JOB (link->parent), g_ptr_array_index (after, i));
      else
        fu_round_remove_interviewer (FU_ROUND (link->parent), g_ptr_array_index (after, i));
    }
  g_ptr_array_insert (after, 0, g_object_ref (link->child));
  for (guint i = 0; i < after->len; i++)
    {
      if (FU_IS_JOB (link->parent))
        fu_job_add_contact_link (FU_JOB (link->parent), g_ptr_array_index (after, i));
      else
        fu_round_add_interviewer (FU_ROUND (link->parent), g_ptr_array_index (after, i));
    }
}

void
fu_contact_removal_undo (FuContactRemoval *removal,
                         FuStore          *store)
{
  g_return_if_fail (removal != NULL);
  g_return_if_fail (FU_IS_STORE (store));

  if (fu_store_find_contact (store, fu_contact_get_id (removal->contact)) == NULL)
    fu_store_add_contact (store, removal->contact);

  /* Backwards, so each position is right when its item goes back. */
  for (guint i = removal->links->len; i > 0; i--)
    reinsert (&g_array_index (removal->links, Link, i - 1));
}

void
fu_contact_removal_free (FuContactRemoval *removal)
{
  if (removal == NULL)
    return;

  g_clear_object (&removal->contact);
  g_array_unref (removal->links);
  g_free (removal);
}

void
fu_contact_link_to_job (FuContact *contact,
                        FuJob     *job,
                        FuPart     part)
{
  FuJobContact *existing;
  g_autoptr(FuJobContact) link = NULL;

  g_return_if_fail (FU_IS_CONTACT (contact));
  g_return_if_fail (FU_IS_JOB (job));

  existing = fu_job_find_contact_link (job, fu_contact_get_id (contact));
  if (existing != NULL)
    {
      fu_job_contact_set_part (existing, part);
      return;
    }

  link = fu_job_contact_new (fu_contact_get_id (contact), part);
  fu_job_add_contact_link (job, link);
}

FuInteraction *
fu_contact_log_interaction (FuStore     *store,
                            FuContact   *contact,
                            FuJob       *job,
                            FuChannel    channel,
                            FuDirection  direction,
                            GDateTime   *time)
{
  g_autoptr(FuInteraction) interaction = fu_interaction_new ();
  const char *ids[] = { fu_contact_get_id (contact), NULL };

  g_return_val_if_fail (FU_IS_STORE (store), NULL);
  g_return_val_if_fail (FU_IS_CONTACT (contact), NULL);

  fu_interaction_set_time (interaction, time);
  fu_interaction_set_channel (interaction, channel);
  fu_interaction_set_direction (interaction, direction);
  fu_interaction_set_contact_ids (interaction, ids);
  if (job != NULL)
    fu_interaction_set_job_id (interaction, fu_job_get_id (job));
  fu_store_add_interaction (store, interaction);

  return interaction;
}
