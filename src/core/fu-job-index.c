/* fu-job-index.c: what the views show about a job that is not stored on it
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-agenda.h"
#include "fu-job-index.h"
#include "fu-rules.h"

typedef struct
{
  GDateTime  *last_activity;   /* owned */
  gint64      activity_key;    /* last_activity in µs since 1970, for sorting */
  FuFollowUp *next_follow_up;  /* owned */
  gint64      next_key;        /* its due time in µs, while it is set */
  guint       rebuild;         /* the last rebuild that found the job */
} Entry;

/* Keyed by the job object, not its id: a sort compares jobs many times
 * over, and hashing a pointer costs nothing next to hashing a string.
 * The jobs are held, so an address cannot be reused by another job
 * before the next rebuild. */
struct _FuJobIndex
{
  GObject     parent_instance;

  /* FuJob (owned) -> Entry */
  GHashTable *entries;
  guint       rebuilds;
};

G_DEFINE_FINAL_TYPE (FuJobIndex, fu_job_index, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_clear_pointer (&entry->last_activity, g_date_time_unref);
  g_clear_object (&entry->next_follow_up);
  g_free (entry);
}

FuJobIndex *
fu_job_index_new (void)
{
  return g_object_new (FU_TYPE_JOB_INDEX, NULL);
}

/* Open and snoozed follow-ups still need the user; done, dismissed and
 * retired ones are history. */
static GDateTime *
pending_due (FuFollowUp *follow_up)
{
  return fu_agenda_is_pending (follow_up) ? fu_rules_effective_due (follow_up) : NULL;
}

/* Orders as g_date_time_compare() does: by the instant, whatever the
 * zone. */
static gint64
time_key (GDateTime *time)
{
  return time != NULL ? fu_agenda_time_key (time) : 0;
}

static void
note_activity (Entry     *entry,
               GDateTime *time)
{
  if (time == NULL)
    return;
  if (entry->last_activity == NULL || g_date_time_compare (time, entry->last_activity) > 0)
    {
      g_clear_pointer (&entry->last_activity, g_date_time_unref);
      entry->last_activity = g_date_time_ref (time);
    }
}

void
fu_job_index_rebuild (FuJobIndex *self,
                      FuStore    *store)
{
  GListModel *jobs = fu_store_get_jobs (store);
  GListModel *interactions = fu_store_get_interactions (store);
  GListModel *follow_ups = fu_store_get_follow_ups (store);
  /* job id -> Entry, for the records that name their job by id */
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  g_return_if_fail (FU_IS_JOB_INDEX (self));
  g_return_if_fail (FU_IS_STORE (store));

  /* Each job's entry is kept and filled again, and the entries of jobs
   * no longer in the store go at the end: a rebuild runs at every edit,
   * and 10,000 entries made and freed each time were a fifth of it. */
  self->rebuilds++;
  n = g_list_model_get_n_items (jobs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuJob) job = g_list_model_get_item (jobs, i);
      GListModel *history = fu_job_get_history (job);
      Entry *entry = g_hash_table_lookup (self->entries, job);
      guint n_history = g_list_model_get_n_items (history);

      if (entry == NULL)
        {
          entry = g_new0 (Entry, 1);
          g_hash_table_insert (self->entries, g_object_ref (job), entry);
        }
      else
        {
          g_clear_pointer (&entry->last_activity, g_date_time_unref);
          g_clear_object (&entry->next_follow_up);
        }
      entry->rebuild = self->rebuilds;
      note_activity (entry, fu_job_get_created (job));
      for (guint h = 0; h < n_history; h++)
        {
          g_autoptr(FuStageChange) change = g_list_model_get_item (history, h);
          note_activity (entry, fu_stage_change_get_time (change));
        }
      if (fu_job_get_id (job) != NULL)
        g_hash_table_insert (by_id, (gpointer) fu_job_get_id (job), entry);
    }

  n = g_list_model_get_n_items (interactions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuInteraction) interaction = g_list_model_get_item (interactions, i);
      const char *job_id = fu_interaction_get_job_id (interaction);
      Entry *entry = job_id != NULL ? g_hash_table_lookup (by_id, job_id) : NULL;

      if (entry != NULL)
        note_activity (entry, fu_interaction_get_time (interaction));
    }

  n = g_list_model_get_n_items (follow_ups);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (follow_ups, i);
      GDateTime *due = pending_due (follow_up);
      const char *job_id;
      Entry *entry;
      gint64 key;

      if (due == NULL)
        continue;
      job_id = fu_follow_up_get_job_id (follow_up);
      entry = job_id != NULL ? g_hash_table_lookup (by_id, job_id) : NULL;
      if (entry == NULL)
        continue;
      key = time_key (due);
      if (entry->next_follow_up == NULL || key < entry->next_key)
        {
          g_set_object (&entry->next_follow_up, follow_up);
          entry->next_key = key;
        }
    }

  {
    GHashTableIter iter;
    Entry *entry;

    g_hash_table_iter_init (&iter, self->entries);
    while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
      {
        if (entry->rebuild != self->rebuilds)
          g_hash_table_iter_remove (&iter);
        else
          entry->activity_key = time_key (entry->last_activity);
      }
  }

  g_signal_emit (self, signals[CHANGED], 0);
}

GDateTime *
fu_job_index_get_last_activity (FuJobIndex *self,
                                FuJob      *job)
{
  Entry *entry;

  g_return_val_if_fail (FU_IS_JOB_INDEX (self), NULL);

  entry = g_hash_table_lookup (self->entries, job);
  if (entry == NULL)
    return fu_job_get_created (job);

  return entry->last_activity;
}

/* The sort key of @job's last activity; FALSE when it has none. */
static inline gboolean
activity_key (FuJobIndex *self,
              FuJob      *job,
              gint64     *key)
{
  Entry *entry = g_hash_table_lookup (self->entries, job);
  GDateTime *time;

  if (entry != NULL)
    {
      *key = entry->activity_key;
      return entry->last_activity != NULL;
    }

  time = fu_job_get_created (job);
  *key = time_key (time);
  return time != NULL;
}

int
fu_job_index_compare_last_activity (FuJobIndex *self,
                                    FuJob      *a,
                                    FuJob      *b)
{
  gint64 ka, kb;
  gboolean has_a, has_b;

  g_return_val_if_fail (FU_IS_JOB_INDEX (self), 0);

  has_a = activity_key (self, a, &ka);
  has_b = activity_key (self, b, &kb);
  if (!has_a || !has_b)
    return (!has_a) - (!has_b);

  return (kb > ka) - (kb < ka);
}

FuFollowUp *
fu_job_index_get_next_follow_up (FuJobIndex *self,
                                 FuJob      *job)
{
  Entry *entry;

  g_return_val_if_fail (FU_IS_JOB_INDEX (self), NULL);

  entry = g_hash_table_lookup (self->entries, job);
  return entry != NULL ? entry->next_follow_up : NULL;
}

static void
fu_job_index_finalize (GObject *object)
{
  FuJobIndex *self = FU_JOB_INDEX (object);

  g_clear_pointer (&self->entries, g_hash_table_unref);

  G_OBJECT_CLASS (fu_job_index_parent_class)->finalize (object);
}

static void
fu_job_index_class_init (FuJobIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fu_job_index_finalize;

  /**
   * FuJobIndex::changed:
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
fu_job_index_init (FuJobIndex *self)
{
  self->entries = g_hash_table_new_full (NULL, NULL, g_object_unref, entry_free);
}
