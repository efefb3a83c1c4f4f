/* fu-rules-cache.c: evaluating the rules job by job, keeping what did
 * not change
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app evaluates the rules after every edit, and one edit touches one
 * job: evaluating 10,000 jobs again each time stalled the window for a
 * quarter of a second.  Apart from rule 15 (an accepted offer looks at
 * every other job), what the engine decides about the follow-ups of one
 * job depends only on that job, its interactions, its follow-ups, the
 * contacts, the settings and the time; and the follow-ups of no job
 * (rule 20, the user's own) only on the contacts, the interactions with
 * people kept in touch with and those follow-ups.  So the data is cut in
 * "buckets" by job id, each bucket is evaluated by itself with the same
 * code as everything at once (fu_rules_evaluate_context()), and the
 * changes are put back in the order a whole evaluation gives them: moves
 * and creations in the order of the jobs, rule 13's creations last,
 * retirements in the order of the follow-ups.
 *
 * A bucket that gave no changes is remembered with the earliest instant
 * after that evaluation's `now` that any rule compared with `now` (a
 * round ending, a due time): until then, with the same settings and
 * none of its records changed, it gives no changes again, and its next
 * wake-up is the same.  What changed is found with FuRecord's serials
 * (a child's change bumps its parent's) and the lists' ::items-changed.
 * Any change to a contact (their names are in the explanations), to the
 * settings, or a `now` earlier than before starts again from scratch.
 *
 * The output is the same as fu_rules_evaluate_uncached()'s, which
 * test-rules-cache.c checks on generated data and edits.  When the data
 * has an accepted offer (rule 15), duplicate or odd job ids, the cache
 * steps aside and everything is evaluated at once.
 *
 * An evaluation is a FuRulesPass: bucket by bucket, in steps the runner
 * takes in idle slices (everything from scratch is a second at 10,000
 * jobs).  Each bucket keeps its changes until the pass gathers them in
 * order at its end.  Between steps the data may change: the next step
 * notices it as the next evaluation would (serials, ::items-changed),
 * refiles, and goes over the buckets again, evaluating only those made
 * dirty since (or not yet visited); so the result is that of the data at
 * the last step.
 */
#include "config.h"

#include <string.h>

#include "fu-rules-private.h"

enum {
  LIST_JOBS,
  LIST_CONTACTS,
  LIST_INTERACTIONS,
  LIST_FOLLOW_UPS,
  N_LISTS
};

typedef struct
{
  char       *id;             /* job id; "" for the follow-ups of no job */
  FuJob      *job;            /* (nullable) borrowed from the jobs' mirror */
  GPtrArray  *interactions;   /* borrowed, in the list's order */
  GPtrArray  *follow_ups;     /* borrowed, in the list's order */

  gboolean    dirty;          /* something it depends on changed */
  gboolean    quiet;          /* its last evaluation gave no changes */
  GDateTime  *evaluated;      /* the `now` of that evaluation */
  GDateTime  *until;          /* (nullable) quiet before this instant */
  GDateTime  *next;           /* (nullable) its next wake-up */

  guint       pass;           /* the pass that last visited it */
  FuRulesResult *held;        /* (nullable) its changes in that pass */
} Bucket;

typedef struct
{
  FuRecord *record;           /* owned */
  Bucket   *bucket;           /* (nullable) where it was filed */
  guint64   serial;           /* its serial when last looked at */
  gboolean  kept_in_touch;    /* interactions: with a stay-in-touch contact */
} Entry;

typedef struct
{
  GListModel      *lists[N_LISTS];
  gulong           handlers[N_LISTS];
  GArray          *mirrors[N_LISTS];    /* Entry, in each list's order */

  GHashTable      *buckets;             /* id -> Bucket */
  Bucket          *none;                /* the follow-ups of no job */
  guint64          serial;              /* fu_record_get_last_serial() seen */
  gboolean         regroup;             /* a list changed: refile */
  gboolean         added;               /* records came: look at them */
  gboolean         contacts_changed;
  FuRulesSettings *settings;            /* (nullable) last evaluation's */
  gboolean         usable;

  GPtrArray       *contacts;            /* borrowed FuContact, list order */
  GHashTable      *contact_table;       /* id -> FuContact */
  GHashTable      *kept_in_touch;       /* ids of stay-in-touch contacts */
  GPtrArray       *in_touch_interactions;
  GPtrArray       *scratch;             /* the one job of a bucket */
  GPtrArray       *no_jobs;

  guint            pass;                /* the newest pass's number */
} Cache;

static void
result_free (FuRulesResult *result)
{
  fu_rules_result_clear (result);
  g_free (result);
}

static void
bucket_free (Bucket *bucket)
{
  g_clear_pointer (&bucket->held, result_free);
  g_free (bucket->id);
  g_ptr_array_unref (bucket->interactions);
  g_ptr_array_unref (bucket->follow_ups);
  g_clear_pointer (&bucket->evaluated, g_date_time_unref);
  g_clear_pointer (&bucket->until, g_date_time_unref);
  g_clear_pointer (&bucket->next, g_date_time_unref);
  g_free (bucket);
}

static Bucket *
bucket_get (Cache      *cache,
            const char *id)
{
  Bucket *bucket = g_hash_table_lookup (cache->buckets, id);

  if (bucket == NULL)
    {
      bucket = g_new0 (Bucket, 1);
      bucket->id = g_strdup (id);
      bucket->interactions = g_ptr_array_new ();
      bucket->follow_ups = g_ptr_array_new ();
      bucket->dirty = TRUE;
      g_hash_table_insert (cache->buckets, bucket->id, bucket);
    }
  return bucket;
}

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->record);
}

/* What an entry's change makes dirty, before it is refiled. */
static void
entry_touch (Cache *cache,
             Entry *entry)
{
  if (entry->bucket != NULL)
    entry->bucket->dirty = TRUE;
  if (entry->kept_in_touch)
    cache->none->dirty = TRUE;
}

/* Where regroup() files a record: its job's bucket; "" for the
 * follow-ups of no job; nowhere (NULL) for jobs without an id and
 * interactions of no job. */
static const char *
bucket_id_of (Entry *entry,
              guint  which)
{
  const char *id = NULL;

  switch (which)
    {
    case LIST_JOBS:
      return fu_job_get_id (FU_JOB (entry->record));
    case LIST_INTERACTIONS:
      id = fu_interaction_get_job_id (FU_INTERACTION (entry->record));
      return id != NULL && *id != '\0' ? id : NULL;
    case LIST_FOLLOW_UPS:
      id = fu_follow_up_get_job_id (FU_FOLLOW_UP (entry->record));
      return id != NULL ? id : "";
    default:
      return NULL;
    }
}

/* Keys are joined with \x1f, and two jobs with one id would share
 * follow-ups: the cache cannot cut such data by job. */
static gboolean
odd_id (const char *id,
        guint       which)
{
  return id != NULL && (strchr (id, '\x1f') != NULL || (which == LIST_JOBS && *id == '\0'));
}

static gboolean
unfile_entry (Entry *entry,
              guint  which)
{
  Bucket *bucket = entry->bucket;

  if (bucket == NULL)
    return TRUE;
  entry->bucket = NULL;
  switch (which)
    {
    case LIST_JOBS:
      if (bucket->job != FU_JOB (entry->record))
        return FALSE;
      bucket->job = NULL;
      return TRUE;
    case LIST_INTERACTIONS:
      return g_ptr_array_remove (bucket->interactions, entry->record);
    case LIST_FOLLOW_UPS:
      return g_ptr_array_remove (bucket->follow_ups, entry->record);
    default:
      return TRUE;
    }
}

/* Files a record that comes after all the others of its bucket. */
static gboolean
file_new_entry (Cache *cache,
                Entry *entry,
                guint  which)
{
  const char *id = bucket_id_of (entry, which);
  Bucket *bucket;

  if (id == NULL)
    return TRUE;
  if (odd_id (id, which))
    return FALSE;
  bucket = bucket_get (cache, id);
  bucket->dirty = TRUE;
  entry->bucket = bucket;
  switch (which)
    {
    case LIST_JOBS:
      if (bucket->job != NULL)
        return FALSE;
      bucket->job = FU_JOB (entry->record);
      return TRUE;
    case LIST_INTERACTIONS:
      g_ptr_array_add (bucket->interactions, entry->record);
      return TRUE;
    case LIST_FOLLOW_UPS:
      g_ptr_array_add (bucket->follow_ups, entry->record);
      return TRUE;
    default:
      return TRUE;
    }
}

static void
on_items_changed_cb (GListModel *list,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Cache      *cache)
{
  guint which;
  GArray *mirror;

  for (which = 0; which < N_LISTS && cache->lists[which] != list; which++)
    ;
  g_return_if_fail (which < N_LISTS);
  mirror = cache->mirrors[which];

  for (guint i = position; i < position + removed && i < mirror->len; i++)
    {
      Entry *entry = &g_array_index (mirror, Entry, i);

      entry_touch (cache, entry);
      if (!cache->regroup && !unfile_entry (entry, which))
        cache->regroup = TRUE;
    }
  g_array_remove_range (mirror, position, MIN (removed, mirror->len - MIN (position, mirror->len)));

  for (guint i = 0; i < added; i++)
    {
      /* Serial 0: looked at as changed at the next evaluation. */
      Entry entry = { g_list_model_get_item (list, position + i), NULL, 0, FALSE };

      g_array_insert_val (mirror, position + i, entry);
    }

  /* A record made before the last evaluation changes no serial when it
   * is added: scan() must look at it all the same. */
  if (added > 0)
    cache->added = TRUE;

  /* A job or a record added at the end (as the store adds) is filed
   * here; anything else refiles everything at the next evaluation, which
   * costs a pass over all the records. */
  if (which == LIST_CONTACTS)
    cache->contacts_changed = TRUE;
  else if (!cache->regroup && (which == LIST_JOBS || position + added == mirror->len))
    {
      for (guint i = position; i < position + added && !cache->regroup; i++)
        if (!file_new_entry (cache, &g_array_index (mirror, Entry, i), which))
          cache->regroup = TRUE;
    }
  else
    cache->regroup = TRUE;
}

static void
cache_free (Cache *cache)
{
  for (guint i = 0; i < N_LISTS; i++)
    {
      g_clear_signal_handler (&cache->handlers[i], cache->lists[i]);
      g_clear_object (&cache->lists[i]);
      g_clear_pointer (&cache->mirrors[i], g_array_unref);
    }
  g_clear_pointer (&cache->buckets, g_hash_table_unref);
  g_clear_pointer (&cache->settings, fu_rules_settings_free);
  g_clear_pointer (&cache->contacts, g_ptr_array_unref);
  g_clear_pointer (&cache->contact_table, g_hash_table_unref);
  g_clear_pointer (&cache->kept_in_touch, g_hash_table_unref);
  g_clear_pointer (&cache->in_touch_interactions, g_ptr_array_unref);
  g_clear_pointer (&cache->scratch, g_ptr_array_unref);
  g_clear_pointer (&cache->no_jobs, g_ptr_array_unref);
  g_free (cache);
}

static Cache *
cache_new (const FuRulesData *data)
{
  Cache *cache = g_new0 (Cache, 1);
  GListModel *lists[N_LISTS] = { data->jobs, data->contacts, data->interactions, data->follow_ups };

  cache->buckets = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) bucket_free);
  cache->none = bucket_get (cache, "");
  cache->contacts = g_ptr_array_new ();
  cache->contact_table = g_hash_table_new (g_str_hash, g_str_equal);
  cache->kept_in_touch = g_hash_table_new (g_str_hash, g_str_equal);
  cache->in_touch_interactions = g_ptr_array_new ();
  cache->scratch = g_ptr_array_new ();
  cache->no_jobs = g_ptr_array_new ();
  cache->regroup = TRUE;

  for (guint i = 0; i < N_LISTS; i++)
    {
      cache->lists[i] = g_object_ref (lists[i]);
      cache->mirrors[i] = g_array_new (FALSE, TRUE, sizeof (Entry));
      g_array_set_clear_func (cache->mirrors[i], entry_clear);
      cache->handlers[i] = g_signal_connect (lists[i], "items-changed",
                                             G_CALLBACK (on_items_changed_cb), cache);
      on_items_changed_cb (lists[i], 0, 0, g_list_model_get_n_items (lists[i]), cache);
    }
  cache->contacts_changed = TRUE;

  return cache;
}

/* The cache lives on the jobs list, for as long as the same lists are
 * evaluated together (a store's, in the app). */
static Cache *
cache_get (const FuRulesData *data)
{
  Cache *cache = g_object_get_data (G_OBJECT (data->jobs), "fu-rules-cache");

  if (cache == NULL || cache->lists[LIST_CONTACTS] != data->contacts
      || cache->lists[LIST_INTERACTIONS] != data->interactions
      || cache->lists[LIST_FOLLOW_UPS] != data->follow_ups)
    {
      cache = cache_new (data);
      g_object_set_data_full (G_OBJECT (data->jobs), "fu-rules-cache", cache,
                              (GDestroyNotify) cache_free);
    }
  return cache;
}

static gboolean
mentions_kept_in_touch (Cache         *cache,
                        FuInteraction *interaction)
{
  const char * const *ids = fu_interaction_get_contact_ids (interaction);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (g_hash_table_contains (cache->kept_in_touch, ids[i]))
      return TRUE;
  return FALSE;
}

static void
reload_contacts (Cache *cache)
{
  GArray *mirror = cache->mirrors[LIST_CONTACTS];

  g_ptr_array_set_size (cache->contacts, 0);
  g_hash_table_remove_all (cache->contact_table);
  g_hash_table_remove_all (cache->kept_in_touch);
  for (guint i = 0; i < mirror->len; i++)
    {
      FuContact *contact = FU_CONTACT (g_array_index (mirror, Entry, i).record);
      const char *id = fu_contact_get_id (contact);

      g_ptr_array_add (cache->contacts, contact);
      if (id == NULL)
        continue;
      g_hash_table_insert (cache->contact_table, (char *) id, contact);
      if (fu_contact_get_stay_in_touch (contact))
        g_hash_table_add (cache->kept_in_touch, (char *) id);
    }
}

/* Looks at every record's serial: a changed one dirties the bucket it
 * was in, and the one it belongs in now once refiled. */
static void
scan (Cache *cache)
{
  for (guint which = 0; which < N_LISTS; which++)
    {
      GArray *mirror = cache->mirrors[which];

      for (guint i = 0; i < mirror->len; i++)
        {
          Entry *entry = &g_array_index (mirror, Entry, i);
          guint64 serial = fu_record_get_serial (entry->record);
          const char *job_id;

          if (serial == entry->serial)
            continue;
          entry->serial = serial;

          if (which == LIST_CONTACTS)
            {
              cache->contacts_changed = TRUE;
              continue;
            }

          entry_touch (cache, entry);
          job_id = bucket_id_of (entry, which);
          if (g_strcmp0 (entry->bucket != NULL ? entry->bucket->id : NULL, job_id) != 0)
            cache->regroup = TRUE;
          if (which == LIST_INTERACTIONS && !cache->contacts_changed
              && mentions_kept_in_touch (cache, FU_INTERACTION (entry->record)))
            cache->none->dirty = TRUE;
        }
    }
}

static void
file_entry (Cache  *cache,
            Entry  *entry,
            Bucket *bucket)
{
  if (entry->bucket != bucket)
    {
      if (entry->bucket != NULL)
        entry->bucket->dirty = TRUE;
      if (bucket != NULL)
        bucket->dirty = TRUE;
      entry->bucket = bucket;
    }
}

/* Files every record in its bucket again, in the lists' order; FALSE
 * when the data has job ids the cache cannot cut by. */
static gboolean
regroup (Cache *cache)
{
  GHashTableIter iter;
  Bucket *bucket;
  GArray *mirror;

  g_hash_table_iter_init (&iter, cache->buckets);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &bucket))
    {
      bucket->job = NULL;
      g_ptr_array_set_size (bucket->interactions, 0);
      g_ptr_array_set_size (bucket->follow_ups, 0);
    }

  mirror = cache->mirrors[LIST_JOBS];
  for (guint i = 0; i < mirror->len; i++)
    {
      Entry *entry = &g_array_index (mirror, Entry, i);
      const char *id = fu_job_get_id (FU_JOB (entry->record));

      if (id == NULL)
        {
          file_entry (cache, entry, NULL);
          continue;
        }
      if (odd_id (id, LIST_JOBS))
        return FALSE;
      bucket = bucket_get (cache, id);
      if (bucket->job != NULL)
        return FALSE;
      bucket->job = FU_JOB (entry->record);
      file_entry (cache, entry, bucket);
    }

  mirror = cache->mirrors[LIST_INTERACTIONS];
  for (guint i = 0; i < mirror->len; i++)
    {
      Entry *entry = &g_array_index (mirror, Entry, i);
      const char *id = fu_interaction_get_job_id (FU_INTERACTION (entry->record));

      bucket = id != NULL && *id != '\0' ? bucket_get (cache, id) : NULL;
      file_entry (cache, entry, bucket);
      if (bucket != NULL)
        g_ptr_array_add (bucket->interactions, entry->record);
    }

  mirror = cache->mirrors[LIST_FOLLOW_UPS];
  for (guint i = 0; i < mirror->len; i++)
    {
      Entry *entry = &g_array_index (mirror, Entry, i);
      const char *id = fu_follow_up_get_job_id (FU_FOLLOW_UP (entry->record));

      if (odd_id (id, LIST_FOLLOW_UPS))
        return FALSE;
      bucket = bucket_get (cache, id != NULL ? id : "");
      file_entry (cache, entry, bucket);
      g_ptr_array_add (bucket->follow_ups, entry->record);
    }

  return TRUE;
}

/* The interactions rule 20 looks at: those with a stay-in-touch contact. */
static void
collect_in_touch (Cache *cache)
{
  GArray *mirror = cache->mirrors[LIST_INTERACTIONS];

  g_ptr_array_set_size (cache->in_touch_interactions, 0);
  for (guint i = 0; i < mirror->len; i++)
    {
      Entry *entry = &g_array_index (mirror, Entry, i);

      entry->kept_in_touch = mentions_kept_in_touch (cache, FU_INTERACTION (entry->record));
      if (entry->kept_in_touch)
        g_ptr_array_add (cache->in_touch_interactions, entry->record);
    }
}

static gboolean
has_accepted_offer (Cache *cache)
{
  GArray *mirror = cache->mirrors[LIST_JOBS];

  for (guint i = 0; i < mirror->len; i++)
    {
      FuJob *job = FU_JOB (g_array_index (mirror, Entry, i).record);

      if (fu_job_get_outcome (job) == FU_OUTCOME_ACCEPTED && fu_job_is_closed (job))
        return TRUE;
    }
  return FALSE;
}

/* The earliest of @time and *@until that is after @now; TRUE when @time
 * is @now itself. */
static gboolean
fold_time (GDateTime  *time,
           GDateTime  *now,
           GDateTime **until)
{
  int cmp;

  if (time == NULL)
    return FALSE;
  cmp = g_date_time_compare (time, now);
  if (cmp == 0)
    return TRUE;
  if (cmp > 0 && (*until == NULL || g_date_time_compare (time, *until) < 0))
    {
      g_clear_pointer (until, g_date_time_unref);
      *until = g_date_time_ref (time);
    }
  return FALSE;
}

/* Keeps the changes in bucket->held. */
static void
evaluate_bucket (Cache                 *cache,
                 Bucket                *bucket,
                 GDateTime             *now,
                 const FuRulesSettings *settings)
{
  FuRulesContext ctx = { 0 };
  FuRulesResult own;
  GDateTime *until = NULL;
  gboolean touches_now;
  gboolean none = bucket == cache->none;

  g_ptr_array_set_size (cache->scratch, 0);
  if (bucket->job != NULL)
    g_ptr_array_add (cache->scratch, bucket->job);

  fu_rules_result_init (&own);
  fu_rules_context_init (&ctx, now, settings, cache->scratch, cache->contact_table,
                         none ? cache->contacts : cache->no_jobs,
                         none ? cache->in_touch_interactions : bucket->interactions,
                         bucket->follow_ups);
  fu_rules_evaluate_context (&ctx, &own);

  /* Every time the reconciliation compared with now. */
  touches_now = ctx.touches_now;
  if (ctx.next != NULL)
    until = g_date_time_ref (ctx.next);
  for (guint i = 0; i < ctx.candidates->len; i++)
    touches_now |= fold_time (((FuRulesCandidate *) g_ptr_array_index (ctx.candidates, i))->due, now, &until);
  for (guint i = 0; i < bucket->follow_ups->len; i++)
    {
      FuFollowUp *follow_up = g_ptr_array_index (bucket->follow_ups, i);

      touches_now |= fold_time (fu_follow_up_get_due (follow_up), now, &until);
      touches_now |= fold_time (fu_follow_up_get_snoozed_until (follow_up), now, &until);
    }

  bucket->dirty = FALSE;
  bucket->quiet = fu_rules_result_is_empty (&own) && !touches_now;
  g_clear_pointer (&bucket->evaluated, g_date_time_unref);
  bucket->evaluated = g_date_time_ref (now);
  g_clear_pointer (&bucket->until, g_date_time_unref);
  bucket->until = until;
  g_clear_pointer (&bucket->next, g_date_time_unref);
  bucket->next = ctx.next != NULL ? g_date_time_ref (ctx.next) : NULL;

  g_clear_pointer (&bucket->held, result_free);
  if (!fu_rules_result_is_empty (&own))
    bucket->held = g_memdup2 (&own, sizeof own);
  else
    fu_rules_result_clear (&own);
  fu_rules_context_clear (&ctx);
}

/* Evaluates @bucket for pass number @pass unless that was done already
 * and nothing it depends on changed since, or it was quiet and still is. */
static void
visit_bucket (Cache                 *cache,
              Bucket                *bucket,
              guint                  pass,
              GDateTime             *now,
              const FuRulesSettings *settings)
{
  gboolean still;

  if (bucket->pass == pass && !bucket->dirty)
    return;

  still = !bucket->dirty && bucket->quiet
          && g_date_time_compare (now, bucket->evaluated) >= 0
          && (bucket->until == NULL || g_date_time_compare (now, bucket->until) < 0);
  if (still)
    g_clear_pointer (&bucket->held, result_free);
  else
    evaluate_bucket (cache, bucket, now, settings);
  bucket->pass = pass;
}

/* Hands a visited bucket's changes and wake-up to the pass's result. */
static void
gather_bucket (Bucket         *bucket,
               FuRulesResult  *result,
               GDateTime     **next)
{
  if (bucket->held != NULL)
    {
      g_ptr_array_extend_and_steal (result->moves, g_steal_pointer (&bucket->held->moves));
      g_ptr_array_extend_and_steal (result->retires, g_steal_pointer (&bucket->held->retires));
      g_ptr_array_extend_and_steal (result->creates, g_steal_pointer (&bucket->held->creates));
      g_ptr_array_extend_and_steal (result->creates13, g_steal_pointer (&bucket->held->creates13));
      g_clear_pointer (&bucket->held, result_free);
    }

  if (bucket->next != NULL && (*next == NULL || g_date_time_compare (bucket->next, *next) < 0))
    {
      g_clear_pointer (next, g_date_time_unref);
      *next = g_date_time_ref (bucket->next);
    }
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  GHashTable *positions = user_data;
  guint pa = GPOINTER_TO_UINT (g_hash_table_lookup (positions, (*(FuRulesChange **) a)->follow_up));
  guint pb = GPOINTER_TO_UINT (g_hash_table_lookup (positions, (*(FuRulesChange **) b)->follow_up));

  return pa < pb ? -1 : pa > pb;
}

/* A whole evaluation retires in the follow-ups' order. */
static void
sort_retires (Cache     *cache,
              GPtrArray *retires)
{
  g_autoptr(GHashTable) positions = NULL;
  GArray *mirror = cache->mirrors[LIST_FOLLOW_UPS];

  if (retires->len < 2)
    return;

  positions = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < retires->len; i++)
    g_hash_table_insert (positions, ((FuRulesChange *) g_ptr_array_index (retires, i))->follow_up, NULL);
  for (guint i = 0; i < mirror->len; i++)
    {
      FuRecord *record = g_array_index (mirror, Entry, i).record;

      if (g_hash_table_contains (positions, record))
        g_hash_table_insert (positions, record, GUINT_TO_POINTER (i));
    }
  g_ptr_array_sort_with_data (retires, compare_positions, positions);
}

/* A pass ------------------------------------------------------------------ */

typedef enum {
  STAGE_PREPARE,   /* look at what changed, refile */
  STAGE_JOBS,      /* the buckets of the jobs, in the jobs' order */
  STAGE_ORPHANS,   /* the follow-ups of jobs that are gone */
  STAGE_NONE,      /* the follow-ups of no job */
  STAGE_DONE,
} Stage;

struct _FuRulesPass
{
  FuRulesData      data;       /* the lists, referenced */
  GDateTime       *now;
  FuRulesSettings *settings;

  Cache           *cache;      /* (nullable) borrowed: it lives on data.jobs */
  guint            number;     /* 0: none yet; see Cache:pass */
  Stage            stage;
  guint            cursor;
  GPtrArray       *orphans;    /* Bucket, borrowed */
  guint64          serial;     /* fu_record_get_last_serial() after the last step */

  GPtrArray       *changes;    /* STAGE_DONE: the result */
  GDateTime       *next;
};

FuRulesPass *
fu_rules_pass_new (const FuRulesData     *data,
                   GDateTime             *now,
                   const FuRulesSettings *settings)
{
  FuRulesPass *pass;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (settings != NULL, NULL);

  pass = g_new0 (FuRulesPass, 1);
  pass->data.jobs = g_object_ref (data->jobs);
  pass->data.contacts = g_object_ref (data->contacts);
  pass->data.interactions = g_object_ref (data->interactions);
  pass->data.follow_ups = g_object_ref (data->follow_ups);
  pass->now = g_date_time_ref (now);
  pass->settings = fu_rules_settings_copy (settings);
  pass->orphans = g_ptr_array_new ();
  return pass;
}

void
fu_rules_pass_free (FuRulesPass *pass)
{
  if (pass == NULL)
    return;

  g_clear_object (&pass->data.jobs);
  g_clear_object (&pass->data.contacts);
  g_clear_object (&pass->data.interactions);
  g_clear_object (&pass->data.follow_ups);
  g_clear_pointer (&pass->now, g_date_time_unref);
  g_clear_pointer (&pass->settings, fu_rules_settings_free);
  g_clear_pointer (&pass->orphans, g_ptr_array_unref);
  g_clear_pointer (&pass->changes, g_ptr_array_unref);
  g_clear_pointer (&pass->next, g_date_time_unref);
  g_free (pass);
}

/* Brings the cache up to date with the data; FALSE when the data needs
 * the evaluation of everything at once. */
static gboolean
prepare (FuRulesPass *pass,
         Cache       *cache)
{
  guint64 serial = fu_record_get_last_serial ();
  gboolean start_over;
  GHashTableIter iter;
  Bucket *bucket;

  /* Another pass went in between and took what this one had found. */
  if (pass->number == 0 || pass->number != cache->pass)
    pass->number = ++cache->pass;

  if (serial != cache->serial || cache->regroup || cache->added)
    scan (cache);
  cache->serial = serial;
  cache->added = FALSE;

  if (cache->regroup)
    {
      /* Odd ids: try again next time, they may have been edited away. */
      cache->usable = regroup (cache);
      cache->regroup = !cache->usable;
    }
  if (!cache->usable || has_accepted_offer (cache))
    return FALSE;

  start_over = cache->contacts_changed || !fu_rules_settings_equal (cache->settings, pass->settings);
  if (cache->contacts_changed)
    {
      reload_contacts (cache);
      cache->contacts_changed = FALSE;
    }
  if (start_over)
    {
      g_clear_pointer (&cache->settings, fu_rules_settings_free);
      cache->settings = fu_rules_settings_copy (pass->settings);
      g_hash_table_iter_init (&iter, cache->buckets);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &bucket))
        bucket->dirty = TRUE;
    }
  if (cache->none->dirty)
    collect_in_touch (cache);

  return TRUE;
}

/* In the order of a whole evaluation: the jobs, then the follow-ups of
 * jobs that are gone (they can only be retired), then no job's. */
static void
finish (FuRulesPass *pass,
        Cache       *cache)
{
  FuRulesResult result;
  GArray *jobs = cache->mirrors[LIST_JOBS];

  fu_rules_result_init (&result);
  for (guint i = 0; i < jobs->len; i++)
    {
      Bucket *bucket = g_array_index (jobs, Entry, i).bucket;

      if (bucket != NULL)
        gather_bucket (bucket, &result, &pass->next);
    }
  for (guint i = 0; i < pass->orphans->len; i++)
    gather_bucket (g_ptr_array_index (pass->orphans, i), &result, &pass->next);
  gather_bucket (cache->none, &result, &pass->next);

  sort_retires (cache, result.retires);
  pass->changes = fu_rules_result_steal_changes (&result);
  pass->stage = STAGE_DONE;
}

static gboolean
past (gint64 deadline)
{
  return deadline != G_MAXINT64 && g_get_monotonic_time () >= deadline;
}

/**
 * fu_rules_pass_step:
 * @deadline: g_get_monotonic_time() at which to stop, or G_MAXINT64
 *
 * Evaluates the rules job by job until @deadline (one job at least).
 * Between steps the data may change: the next step looks at what
 * changed and evaluates it again, so the result is that of one
 * evaluation of the data as it is at the last step.
 *
 * Returns: TRUE when the pass is done.
 */
gboolean
fu_rules_pass_step (FuRulesPass *pass,
                    gint64       deadline)
{
  Cache *cache;

  g_return_val_if_fail (pass != NULL, TRUE);

  if (pass->stage == STAGE_DONE)
    return TRUE;

  cache = cache_get (&pass->data);
  if (cache != pass->cache || cache->pass != pass->number
      || fu_record_get_last_serial () != pass->serial
      || cache->regroup || cache->added || cache->contacts_changed)
    pass->stage = STAGE_PREPARE;
  pass->cache = cache;

  if (pass->stage == STAGE_PREPARE)
    {
      if (!prepare (pass, cache))
        {
          pass->changes = fu_rules_evaluate_uncached (&pass->data, pass->now, pass->settings, &pass->next);
          pass->stage = STAGE_DONE;
          return TRUE;
        }
      pass->stage = STAGE_JOBS;
      pass->cursor = 0;
    }

  if (pass->stage == STAGE_JOBS)
    {
      GArray *jobs = cache->mirrors[LIST_JOBS];

      while (pass->cursor < jobs->len)
        {
          Bucket *bucket = g_array_index (jobs, Entry, pass->cursor++).bucket;

          if (bucket == NULL)
            continue;
          visit_bucket (cache, bucket, pass->number, pass->now, pass->settings);
          if (past (deadline))
            goto out;
        }

      g_ptr_array_set_size (pass->orphans, 0);
      {
        GHashTableIter iter;
        Bucket *bucket;

        g_hash_table_iter_init (&iter, cache->buckets);
        while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &bucket))
          {
            if (bucket->job == NULL && bucket != cache->none && bucket->follow_ups->len > 0)
              g_ptr_array_add (pass->orphans, bucket);
            else if (bucket->job == NULL && bucket != cache->none)
              bucket->dirty = FALSE;
          }
      }
      pass->stage = STAGE_ORPHANS;
      pass->cursor = 0;
    }

  if (pass->stage == STAGE_ORPHANS)
    {
      while (pass->cursor < pass->orphans->len)
        {
          visit_bucket (cache, g_ptr_array_index (pass->orphans, pass->cursor++),
                        pass->number, pass->now, pass->settings);
          if (past (deadline))
            goto out;
        }
      pass->stage = STAGE_NONE;
    }

  /* The last bucket, and the result, in this step: nothing can change
   * in between. */
  visit_bucket (cache, cache->none, pass->number, pass->now, pass->settings);
  finish (pass, cache);
  return TRUE;

out:
  pass->serial = fu_record_get_last_serial ();
  return FALSE;
}

/**
 * fu_rules_pass_finish:
 * @next_wakeup: (out) (optional): as for fu_rules_evaluate()
 *
 * Returns: (transfer container): the changes of a pass that is done, as
 *   fu_rules_evaluate() gives them
 */
GPtrArray *
fu_rules_pass_finish (FuRulesPass  *pass,
                      GDateTime   **next_wakeup)
{
  g_return_val_if_fail (pass != NULL && pass->stage == STAGE_DONE, NULL);

  if (next_wakeup != NULL)
    *next_wakeup = g_steal_pointer (&pass->next);
  return g_steal_pointer (&pass->changes);
}
