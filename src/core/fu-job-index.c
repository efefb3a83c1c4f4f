/* fu-job-index.c: what the views show about a job that is not stored on it
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index keeps its own copy of the store's three lists (jobs,
 * interactions, follow-ups), kept in step by their ::items-changed, and
 * notes for every record the serial it last read it at.  A rebuild then
 * reads again only what changed since: a record's job is looked up by id
 * only when the record (or the set of jobs) changed, a job's own history
 * only when the job did, and a list none of whose records changed (by
 * the store's stamp) is not walked at all.  At 10,000 jobs, fetching
 * every record through GListModel and hashing every job id again was
 * half of the main thread's stall after each edit.
 */
#include "config.h"

#include "fu-agenda.h"
#include "fu-job-index.h"
#include "fu-json.h"
#include "fu-rules.h"

typedef struct
{
  FuJob      *job;             /* owned */
  char       *id;              /* the job's id when last read */
  guint64     serial;          /* the job's serial when last read */
  gboolean    fresh;           /* not yet through a rebuild */
  int         stage_key;       /* its column: stage, or closed */
  GDateTime  *own_activity;    /* latest of created and stage changes (borrowed, valid while @serial is) */
  gint64      own_key;
  GDateTime  *last_activity;   /* owned */
  gint64      activity_key;    /* last_activity in µs since 1970, for sorting */
  FuFollowUp *next_follow_up;  /* owned */
  /* From the last walk over the interactions and over the follow-ups
   * (borrowed: valid while their lists' stamps are) */
  GDateTime  *said_activity;   /* the latest interaction's time */
  gint64      said_key;
  FuFollowUp *best_next;       /* the first pending follow-up */
  gint64      best_next_key;
} Entry;

/* An interaction or a follow-up, as the index last read it. */
typedef struct
{
  FuRecord  *record;  /* owned */
  guint64    serial;  /* G_MAXUINT64: never read */
  guint      epoch;   /* of the jobs it was looked up among */
  Entry     *entry;   /* its job's, or NULL */
  GDateTime *time;    /* an interaction's time, a pending follow-up's due (borrowed) */
  gint64     key;
} Slot;

enum {
  LIST_JOBS,
  LIST_INTERACTIONS,
  LIST_FOLLOW_UPS,
  N_LISTS
};

/* Keyed by the job object, not its id: a sort compares jobs many times
 * over, and hashing a pointer costs nothing next to hashing a string. */
struct _FuJobIndex
{
  GObject     parent_instance;

  FuStore    *store;
  GListModel *lists[N_LISTS];
  gulong      list_ids[N_LISTS];
  GPtrArray  *jobs;            /* Entry, in the store's order */
  GArray     *slots[N_LISTS];  /* Slot, for the interactions and follow-ups */
  /* FuJob -> Entry (owned: frees it) */
  GHashTable *entries;
  /* job id (the entry's) -> Entry, while valid */
  GHashTable *by_id;
  gboolean    by_id_valid;
  guint       epoch;           /* bumped when by_id is made again */
  gboolean    lists_changed;
  guint64     last_serial;
  /* The lists' stamps (0 before the first) and the epoch at their last walk */
  guint64     walked_stamps[N_LISTS];
  guint       walked_epochs[N_LISTS];
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

  g_clear_object (&entry->job);
  g_free (entry->id);
  g_clear_pointer (&entry->last_activity, g_date_time_unref);
  g_clear_object (&entry->next_follow_up);
  g_free (entry);
}

static void
slot_clear (gpointer data)
{
  g_clear_object (&((Slot *) data)->record);
}

FuJobIndex *
fu_job_index_new (void)
{
  return g_object_new (FU_TYPE_JOB_INDEX, NULL);
}

/* Orders as g_date_time_compare() does: by the instant, whatever the
 * zone. */
static gint64
time_key (GDateTime *time)
{
  return time != NULL ? fu_agenda_time_key (time) : 0;
}

static void
on_jobs_changed_cb (GListModel *list,
                    guint       position,
                    guint       removed,
                    guint       added,
                    FuJobIndex *self)
{
  /* A job that comes or goes may be the one a record names: every
   * record's job is looked up again. */
  self->by_id_valid = FALSE;
  g_hash_table_remove_all (self->by_id);
  self->lists_changed = TRUE;

  for (guint i = 0; i < removed; i++)
    {
      Entry *entry = g_ptr_array_index (self->jobs, position + i);

      /* The same job twice in the list (never from the store) keeps
       * its one entry. */
      if (g_hash_table_lookup (self->entries, entry->job) == entry)
        g_hash_table_remove (self->entries, entry->job);
    }
  g_ptr_array_remove_range (self->jobs, position, removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(FuJob) job = g_list_model_get_item (list, position + i);
      Entry *entry = g_hash_table_lookup (self->entries, job);

      if (entry == NULL)
        {
          entry = g_new0 (Entry, 1);
          entry->job = g_object_ref (job);
          entry->serial = G_MAXUINT64;
          entry->fresh = TRUE;
          g_hash_table_insert (self->entries, job, entry);
        }
      g_ptr_array_insert (self->jobs, position + i, entry);
    }
}

static void
records_changed (FuJobIndex *self,
                 guint       list_index,
                 GListModel *list,
                 guint       position,
                 guint       removed,
                 guint       added)
{
  GArray *slots = self->slots[list_index];

  self->lists_changed = TRUE;
  g_array_remove_range (slots, position, removed);
  if (added == 0)
    return;

  {
    g_autofree Slot *fresh = g_new (Slot, added);

    for (guint i = 0; i < added; i++)
      fresh[i] = (Slot) { .record = g_list_model_get_item (list, position + i), .serial = G_MAXUINT64 };
    g_array_insert_vals (slots, position, fresh, added);
  }
}

static void
on_interactions_changed_cb (GListModel *list,
                            guint       position,
                            guint       removed,
                            guint       added,
                            FuJobIndex *self)
{
  records_changed (self, LIST_INTERACTIONS, list, position, removed, added);
}

static void
on_follow_ups_changed_cb (GListModel *list,
                          guint       position,
                          guint       removed,
                          guint       added,
                          FuJobIndex *self)
{
  records_changed (self, LIST_FOLLOW_UPS, list, position, removed, added);
}

static void
detach (FuJobIndex *self)
{
  for (guint l = 0; l < N_LISTS; l++)
    {
      if (self->lists[l] != NULL)
        g_clear_signal_handler (&self->list_ids[l], self->lists[l]);
      g_clear_object (&self->lists[l]);
      if (self->slots[l] != NULL)
        g_array_set_size (self->slots[l], 0);
    }
  g_ptr_array_set_size (self->jobs, 0);
  g_hash_table_remove_all (self->by_id);
  self->by_id_valid = FALSE;
  for (guint l = 0; l < N_LISTS; l++)
    self->walked_stamps[l] = 0;
  g_hash_table_remove_all (self->entries);
  g_clear_object (&self->store);
}

/* Follows @store's lists from now on (they are the same objects for the
 * store's life; checked anyway). */
static void
attach (FuJobIndex *self,
        FuStore    *store)
{
  GListModel *lists[N_LISTS] = {
    fu_store_get_jobs (store),
    fu_store_get_interactions (store),
    fu_store_get_follow_ups (store),
  };
  GCallback handlers[N_LISTS] = {
    G_CALLBACK (on_jobs_changed_cb),
    G_CALLBACK (on_interactions_changed_cb),
    G_CALLBACK (on_follow_ups_changed_cb),
  };

  if (self->store == store && self->lists[LIST_JOBS] == lists[LIST_JOBS] &&
      self->lists[LIST_INTERACTIONS] == lists[LIST_INTERACTIONS] &&
      self->lists[LIST_FOLLOW_UPS] == lists[LIST_FOLLOW_UPS])
    return;

  detach (self);
  self->store = g_object_ref (store);
  for (guint l = 0; l < N_LISTS; l++)
    {
      self->lists[l] = g_object_ref (lists[l]);
      self->list_ids[l] = g_signal_connect (lists[l], "items-changed", handlers[l], self);
    }
  on_jobs_changed_cb (lists[LIST_JOBS], 0, 0, g_list_model_get_n_items (lists[LIST_JOBS]), self);
  for (guint l = LIST_INTERACTIONS; l < N_LISTS; l++)
    records_changed (self, l, lists[l], 0, 0, g_list_model_get_n_items (lists[l]));
}

static int
stage_key (FuJob *job)
{
  return fu_job_is_closed (job) ? -1 : (int) fu_job_get_stage (job);
}

/* A job's own activity: its creation and its stage changes. */
static void
read_job (Entry *entry)
{
  GListModel *history = fu_job_get_history (entry->job);
  guint n = g_list_model_get_n_items (history);

  entry->own_activity = fu_job_get_created (entry->job);
  entry->own_key = time_key (entry->own_activity);
  for (guint h = 0; h < n; h++)
    {
      g_autoptr(FuStageChange) change = g_list_model_get_item (history, h);
      GDateTime *time = fu_stage_change_get_time (change);
      gint64 key = time_key (time);

      if (time != NULL && (entry->own_activity == NULL || key > entry->own_key))
        {
          entry->own_activity = time;
          entry->own_key = key;
        }
    }
}

/* What a record says, read again if it changed or if the jobs did. */
static Entry *
read_slot (FuJobIndex *self,
           Slot       *slot,
           guint       list_index)
{
  guint64 serial = fu_record_get_serial (slot->record);
  const char *job_id;

  if (serial == slot->serial && slot->epoch == self->epoch)
    return slot->entry;

  if (list_index == LIST_INTERACTIONS)
    {
      FuInteraction *interaction = FU_INTERACTION (slot->record);

      job_id = fu_interaction_get_job_id (interaction);
      slot->time = fu_interaction_get_time (interaction);
    }
  else
    {
      FuFollowUp *follow_up = FU_FOLLOW_UP (slot->record);

      job_id = fu_follow_up_get_job_id (follow_up);
      /* Open and snoozed follow-ups still need the user; done,
       * dismissed and retired ones are history. */
      slot->time = fu_agenda_is_pending (follow_up) ? fu_rules_effective_due (follow_up) : NULL;
    }
  slot->key = time_key (slot->time);
  slot->entry = job_id != NULL && slot->time != NULL ? g_hash_table_lookup (self->by_id, job_id) : NULL;
  slot->serial = serial;
  slot->epoch = self->epoch;
  return slot->entry;
}

static gboolean
must_walk (FuJobIndex *self,
           guint       list_index)
{
  gboolean moved = fu_store_list_moved (self->store, self->lists[list_index], &self->walked_stamps[list_index]);

  if (!moved && self->walked_epochs[list_index] == self->epoch)
    return FALSE;

  self->walked_epochs[list_index] = self->epoch;
  return TRUE;
}

FuJobIndexChange
fu_job_index_rebuild (FuJobIndex *self,
                      FuStore    *store)
{
  FuJobIndexChange change = 0;
  guint64 last_serial;
  GArray *slots;

  g_return_val_if_fail (FU_IS_JOB_INDEX (self), 0);
  g_return_val_if_fail (FU_IS_STORE (store), 0);

  attach (self, store);
  /* Nothing read since the last rebuild changed. */
  last_serial = fu_record_get_last_serial ();
  if (!self->lists_changed && last_serial == self->last_serial)
    return 0;
  self->lists_changed = FALSE;
  self->last_serial = last_serial;

  for (guint i = 0; i < self->jobs->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->jobs, i);
      guint64 serial = fu_record_get_serial (FU_RECORD (entry->job));

      if (serial != entry->serial)
        {
          int stage = stage_key (entry->job);

          entry->serial = serial;
          if (fu_set_str (&entry->id, fu_job_get_id (entry->job)))
            self->by_id_valid = FALSE;
          if (stage != entry->stage_key || entry->fresh)
            change |= FU_JOB_INDEX_CHANGE_STAGES;
          entry->stage_key = stage;
          read_job (entry);
        }
    }

  if (!self->by_id_valid)
    {
      /* A later job with the same id wins, as it always has. */
      g_hash_table_remove_all (self->by_id);
      for (guint i = 0; i < self->jobs->len; i++)
        {
          Entry *entry = g_ptr_array_index (self->jobs, i);

          if (entry->id != NULL)
            g_hash_table_insert (self->by_id, entry->id, entry);
        }
      self->by_id_valid = TRUE;
      self->epoch++;
    }

  /* A list none of whose records changed (nor the jobs they name) is
   * not walked: what it gave each job is kept. */
  if (must_walk (self, LIST_INTERACTIONS))
    {
      for (guint i = 0; i < self->jobs->len; i++)
        ((Entry *) g_ptr_array_index (self->jobs, i))->said_activity = NULL;

      slots = self->slots[LIST_INTERACTIONS];
      for (guint i = 0; i < slots->len; i++)
        {
          Slot *slot = &g_array_index (slots, Slot, i);
          Entry *entry = read_slot (self, slot, LIST_INTERACTIONS);

          if (entry != NULL && (entry->said_activity == NULL || slot->key > entry->said_key))
            {
              entry->said_activity = slot->time;
              entry->said_key = slot->key;
            }
        }
    }

  if (must_walk (self, LIST_FOLLOW_UPS))
    {
      for (guint i = 0; i < self->jobs->len; i++)
        ((Entry *) g_ptr_array_index (self->jobs, i))->best_next = NULL;

      slots = self->slots[LIST_FOLLOW_UPS];
      for (guint i = 0; i < slots->len; i++)
        {
          Slot *slot = &g_array_index (slots, Slot, i);
          Entry *entry = read_slot (self, slot, LIST_FOLLOW_UPS);

          if (entry != NULL && (entry->best_next == NULL || slot->key < entry->best_next_key))
            {
              entry->best_next = FU_FOLLOW_UP (slot->record);
              entry->best_next_key = slot->key;
            }
        }
    }

  for (guint i = 0; i < self->jobs->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->jobs, i);
      /* The job's own first: an interaction at the same time does not
       * take its place. */
      GDateTime *best = entry->own_activity;
      gint64 key = entry->own_key;

      if (entry->said_activity != NULL && (best == NULL || entry->said_key > key))
        {
          best = entry->said_activity;
          key = entry->said_key;
        }
      if (best == NULL)
        key = 0;

      if (entry->fresh || key != entry->activity_key ||
          (best == NULL) != (entry->last_activity == NULL))
        change |= FU_JOB_INDEX_CHANGE_ORDER;
      entry->fresh = FALSE;
      entry->activity_key = key;
      if (best != entry->last_activity)
        {
          g_clear_pointer (&entry->last_activity, g_date_time_unref);
          if (best != NULL)
            entry->last_activity = g_date_time_ref (best);
        }
      g_set_object (&entry->next_follow_up, entry->best_next);
    }

  g_signal_emit (self, signals[CHANGED], 0);
  return change | FU_JOB_INDEX_CHANGE_CONTENT;
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
fu_job_index_dispose (GObject *object)
{
  detach (FU_JOB_INDEX (object));

  G_OBJECT_CLASS (fu_job_index_parent_class)->dispose (object);
}

static void
fu_job_index_finalize (GObject *object)
{
  FuJobIndex *self = FU_JOB_INDEX (object);

  for (guint l = 0; l < N_LISTS; l++)
    g_clear_pointer (&self->slots[l], g_array_unref);
  g_clear_pointer (&self->jobs, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);

  G_OBJECT_CLASS (fu_job_index_parent_class)->finalize (object);
}

static void
fu_job_index_class_init (FuJobIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fu_job_index_dispose;
  object_class->finalize = fu_job_index_finalize;

  /**
   * FuJobIndex::changed:
   *
   * Emitted after a rebuild that found a change, so views can refresh
   * what they show.
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
  /* The entry holds the job its key points to. */
  self->entries = g_hash_table_new_full (NULL, NULL, NULL, entry_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->jobs = g_ptr_array_new ();
  for (guint l = LIST_INTERACTIONS; l < N_LISTS; l++)
    {
      self->slots[l] = g_array_new (FALSE, FALSE, sizeof (Slot));
      g_array_set_clear_func (self->slots[l], slot_clear);
    }
}
