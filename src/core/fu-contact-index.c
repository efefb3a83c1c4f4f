/* fu-contact-index.c: what the views show about a contact that is not stored on it
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-contact-index.h"
#include "fu-rules.h"

typedef struct
{
  GDateTime  *last_contacted;  /* owned */
  FuFollowUp *next_follow_up;  /* owned */
  GPtrArray  *interactions;    /* FuInteraction, owned */
  GPtrArray  *jobs;            /* FuContactJob, owned */
} Entry;

struct _FuContactIndex
{
  GObject     parent_instance;

  /* contact id (owned) -> Entry */
  GHashTable *entries;
  GPtrArray  *empty;
};

G_DEFINE_FINAL_TYPE (FuContactIndex, fu_contact_index, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
contact_job_free (gpointer data)
{
  FuContactJob *link = data;

  g_clear_object (&link->job);
  g_free (link);
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_clear_pointer (&entry->last_contacted, g_date_time_unref);
  g_clear_object (&entry->next_follow_up);
  g_clear_pointer (&entry->interactions, g_ptr_array_unref);
  g_clear_pointer (&entry->jobs, g_ptr_array_unref);
  g_free (entry);
}

FuContactIndex *
fu_contact_index_new (void)
{
  return g_object_new (FU_TYPE_CONTACT_INDEX, NULL);
}

const char *
fu_contact_part_get_title (FuPart part)
{
  switch (part)
    {
    case FU_PART_AGENCY_RECRUITER:
      return _("Agency recruiter");
    case FU_PART_INTERNAL_RECRUITER:
      return _("Internal recruiter");
    case FU_PART_HIRING_MANAGER:
      return _("Hiring manager");
    case FU_PART_PANEL_MEMBER:
      return _("Panel member");
    case FU_PART_REFERRER:
      return _("Referrer");
    case FU_PART_OTHER:
    case FU_PART_UNKNOWN:
    default:
      return _("Other");
    }
}

static int
compare_interactions_newest_first (gconstpointer a,
                                   gconstpointer b)
{
  GDateTime *ta = fu_interaction_get_time (*(FuInteraction **) a);
  GDateTime *tb = fu_interaction_get_time (*(FuInteraction **) b);

  if (ta == NULL || tb == NULL)
    return (ta == NULL) - (tb == NULL);
  return g_date_time_compare (tb, ta);
}

static FuContactJob *
job_link (Entry *entry,
          FuJob *job)
{
  FuContactJob *link;

  for (guint i = 0; i < entry->jobs->len; i++)
    {
      link = g_ptr_array_index (entry->jobs, i);
      if (link->job == job)
        return link;
    }

  link = g_new0 (FuContactJob, 1);
  link->job = g_object_ref (job);
  link->part = FU_PART_UNKNOWN;
  g_ptr_array_add (entry->jobs, link);
  return link;
}

static void
index_job (FuContactIndex *self,
           FuJob          *job)
{
  GListModel *links = fu_job_get_contacts (job);
  GListModel *rounds = fu_job_get_rounds (job);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (links, i);
      const char *contact_id = fu_job_contact_get_contact_id (link);
      Entry *entry = contact_id != NULL ? g_hash_table_lookup (self->entries, contact_id) : NULL;

      if (entry != NULL)
        job_link (entry, job)->part = fu_job_contact_get_part (link);
    }

  for (guint r = 0; r < g_list_model_get_n_items (rounds); r++)
    {
      g_autoptr(FuRound) round = g_list_model_get_item (rounds, r);
      GListModel *interviewers = fu_round_get_interviewers (round);

      for (guint i = 0; i < g_list_model_get_n_items (interviewers); i++)
        {
          g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (interviewers, i);
          const char *contact_id = fu_interviewer_get_contact_id (interviewer);
          Entry *entry = contact_id != NULL ? g_hash_table_lookup (self->entries, contact_id) : NULL;

          if (entry != NULL)
            job_link (entry, job)->n_rounds++;
        }
    }
}

void
fu_contact_index_rebuild (FuContactIndex *self,
                          FuStore        *store)
{
  GListModel *contacts;
  GListModel *jobs;
  GListModel *interactions;
  GListModel *follow_ups;
  guint n;

  g_return_if_fail (FU_IS_CONTACT_INDEX (self));
  g_return_if_fail (FU_IS_STORE (store));

  contacts = fu_store_get_contacts (store);
  jobs = fu_store_get_jobs (store);
  interactions = fu_store_get_interactions (store);
  follow_ups = fu_store_get_follow_ups (store);

  g_hash_table_remove_all (self->entries);

  n = g_list_model_get_n_items (contacts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuContact) contact = g_list_model_get_item (contacts, i);
      Entry *entry = g_new0 (Entry, 1);

      entry->interactions = g_ptr_array_new_with_free_func (g_object_unref);
      entry->jobs = g_ptr_array_new_with_free_func (contact_job_free);
      if (fu_contact_get_id (contact) != NULL)
        g_hash_table_replace (self->entries, g_strdup (fu_contact_get_id (contact)), entry);
      else
        entry_free (entry);
    }

  n = g_list_model_get_n_items (jobs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuJob) job = g_list_model_get_item (jobs, i);

      index_job (self, job);
    }

  n = g_list_model_get_n_items (interactions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuInteraction) interaction = g_list_model_get_item (interactions, i);
      const char * const *ids = fu_interaction_get_contact_ids (interaction);
      GDateTime *time = fu_interaction_get_time (interaction);

      for (guint c = 0; ids != NULL && ids[c] != NULL; c++)
        {
          Entry *entry = g_hash_table_lookup (self->entries, ids[c]);

          if (entry == NULL)
            continue;
          /* The same id twice in one interaction is one interaction. */
          if (entry->interactions->len > 0 &&
              g_ptr_array_index (entry->interactions, entry->interactions->len - 1) == interaction)
            continue;
          g_ptr_array_add (entry->interactions, g_object_ref (interaction));
          if (time != NULL &&
              (entry->last_contacted == NULL || g_date_time_compare (time, entry->last_contacted) > 0))
            {
              g_clear_pointer (&entry->last_contacted, g_date_time_unref);
              entry->last_contacted = g_date_time_ref (time);
            }
        }
    }

  n = g_list_model_get_n_items (follow_ups);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (follow_ups, i);
      const char *contact_id = fu_follow_up_get_contact_id (follow_up);
      FuFollowUpState state = fu_follow_up_get_state (follow_up);
      Entry *entry = contact_id != NULL ? g_hash_table_lookup (self->entries, contact_id) : NULL;
      GDateTime *due;

      if (entry == NULL || (state != FU_FOLLOW_UP_STATE_OPEN && state != FU_FOLLOW_UP_STATE_SNOOZED))
        continue;
      due = fu_rules_effective_due (follow_up);
      if (due == NULL)
        continue;
      if (entry->next_follow_up == NULL ||
          g_date_time_compare (due, fu_rules_effective_due (entry->next_follow_up)) < 0)
        g_set_object (&entry->next_follow_up, follow_up);
    }

  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, self->entries);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        Entry *entry = value;

        g_ptr_array_sort (entry->interactions, compare_interactions_newest_first);
      }
  }

  g_signal_emit (self, signals[CHANGED], 0);
}

static Entry *
lookup (FuContactIndex *self,
        const char     *contact_id)
{
  g_return_val_if_fail (FU_IS_CONTACT_INDEX (self), NULL);

  return contact_id != NULL ? g_hash_table_lookup (self->entries, contact_id) : NULL;
}

GDateTime *
fu_contact_index_get_last_contacted (FuContactIndex *self,
                                     const char     *contact_id)
{
  Entry *entry = lookup (self, contact_id);

  return entry != NULL ? entry->last_contacted : NULL;
}

FuFollowUp *
fu_contact_index_get_next_follow_up (FuContactIndex *self,
                                     const char     *contact_id)
{
  Entry *entry = lookup (self, contact_id);

  return entry != NULL ? entry->next_follow_up : NULL;
}

GPtrArray *
fu_contact_index_get_interactions (FuContactIndex *self,
                                   const char     *contact_id)
{
  Entry *entry = lookup (self, contact_id);

  return entry != NULL ? entry->interactions : self->empty;
}

GPtrArray *
fu_contact_index_get_jobs (FuContactIndex *self,
                           const char     *contact_id)
{
  Entry *entry = lookup (self, contact_id);

  return entry != NULL ? entry->jobs : self->empty;
}

static void
fu_contact_index_finalize (GObject *object)
{
  FuContactIndex *self = FU_CONTACT_INDEX (object);

  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->empty, g_ptr_array_unref);

  G_OBJECT_CLASS (fu_contact_index_parent_class)->finalize (object);
}

static void
fu_contact_index_class_init (FuContactIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fu_contact_index_finalize;

  /**
   * FuContactIndex::changed:
   *
   * Emitted after a rebuild, so views can refresh what they show.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
fu_contact_index_init (FuContactIndex *self)
{
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entry_free);
  self->empty = g_ptr_array_new ();
}
