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
 * steps aside and everything is evaluated at once (FuRulesWhole, in steps
 * too; an edit between them starts it again).
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
  gboolean         mirrored[N_LISTS];   /* each mirror copied in full */
  gboolean         touched;             /* a list changed since a pass's step */
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
  cache->touched = TRUE;

  /* Still being copied (fill()): copy that list again. */
  if (!cache->mirrored[which])
    {
      g_array_set_size (mirror, 0);
      return;
    }

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
    }
  /* The mirrors are copied by fill(), in steps. */
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

/* Copies the lists into the mirrors, as far as @deadline allows; TRUE
 * when done.  A record is looked at as changed (serial 0) by scan(). */
static gboolean
fill (Cache  *cache,
      gint64  deadline)
{
  for (guint which = 0; which < N_LISTS; which++)
    {
      GArray *mirror = cache->mirrors[which];
      GListModel *list = cache->lists[which];
      guint n = g_list_model_get_n_items (list);

      if (cache->mirrored[which])
        continue;
      while (mirror->len < n)
        {
          Entry entry = { g_list_model_get_item (list, mirror->len), NULL, 0, FALSE };

          g_array_append_val (mirror, entry);
          if ((mirror->len & 255) == 0 && fu_rules_deadline_passed (deadline))
            return FALSE;
        }
      cache->mirrored[which] = TRUE;
      cache->added = TRUE;
      if (which == LIST_CONTACTS)
        cache->contacts_changed = TRUE;
    }
  return TRUE;
}

/* Looks at a record's serial: a change dirties the bucket it was in, and
 * the one it belongs in now once refiled. */
static void
scan_entry (Cache *cache,
            guint  which,
            Entry *entry)
{
  guint64 serial = fu_record_get_serial (entry->record);
  const char *job_id;

  if (serial == entry->serial)
    return;
  entry->serial = serial;

  if (which == LIST_CONTACTS)
    {
      cache->contacts_changed = TRUE;
      return;
    }

  entry_touch (cache, entry);
  job_id = bucket_id_of (entry, which);
  if (g_strcmp0 (entry->bucket != NULL ? entry->bucket->id : NULL, job_id) != 0)
    cache->regroup = TRUE;
  if (which == LIST_INTERACTIONS && !cache->contacts_changed
      && mentions_kept_in_touch (cache, FU_INTERACTION (entry->record)))
    cache->none->dirty = TRUE;
}

/* Where a pass is in a walk over the mirrors. */
typedef struct
{
  guint which;
  guint index;
} Cursor;

/* Scans the records from @cursor on, as far as @deadline allows; TRUE
 * when done. */
static gboolean
scan (Cache  *cache,
      Cursor *cursor,
      gint64  deadline)
{
  for (; cursor->which < N_LISTS; cursor->which++, cursor->index = 0)
    {
      GArray *mirror = cache->mirrors[cursor->which];

      while (cursor->index < mirror->len)
        {
          scan_entry (cache, cursor->which, &g_array_index (mirror, Entry, cursor->index++));
          if ((cursor->index & 255) == 0 && fu_rules_deadline_passed (deadline))
            return FALSE;
        }
    }
  return TRUE;
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

/* Refiling every record in its bucket, in the lists' order: first the
 * buckets are emptied, then the records filed from a cursor on. */
static void
regroup_start (Cache *cache)
{
  GHashTableIter iter;
  Bucket *bucket;

  g_hash_table_iter_init (&iter, cache->buckets);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &bucket))
    {
      bucket->job = NULL;
      g_ptr_array_set_size (bucket->interactions, 0);
      g_ptr_array_set_size (bucket->follow_ups, 0);
    }
}

/* FALSE when the record has a job id the cache cannot cut by. */
static gboolean
refile_entry (Cache *cache,
              guint  which,
              Entry *entry)
{
  Bucket *bucket;
  const char *id;

  switch (which)
    {
    case LIST_JOBS:
      id = fu_job_get_id (FU_JOB (entry->record));
      if (id == NULL)
        {
          file_entry (cache, entry, NULL);
          return TRUE;
        }
      if (odd_id (id, LIST_JOBS))
        return FALSE;
      bucket = bucket_get (cache, id);
      if (bucket->job != NULL)
        return FALSE;
      bucket->job = FU_JOB (entry->record);
      file_entry (cache, entry, bucket);
      return TRUE;
    case LIST_INTERACTIONS:
      id = fu_interaction_get_job_id (FU_INTERACTION (entry->record));
      bucket = id != NULL && *id != '\0' ? bucket_get (cache, id) : NULL;
      file_entry (cache, entry, bucket);
      if (bucket != NULL)
        g_ptr_array_add (bucket->interactions, entry->record);
      return TRUE;
    case LIST_FOLLOW_UPS:
      id = fu_follow_up_get_job_id (FU_FOLLOW_UP (entry->record));
      if (odd_id (id, LIST_FOLLOW_UPS))
        return FALSE;
      bucket = bucket_get (cache, id != NULL ? id : "");
      file_entry (cache, entry, bucket);
      g_ptr_array_add (bucket->follow_ups, entry->record);
      return TRUE;
    default:
      return TRUE;
    }
}

typedef enum {
  REGROUP_MORE,
  REGROUP_DONE,
  REGROUP_ODD,   /* job ids the cache cannot cut by */
} RegroupState;

static RegroupState
regroup (Cache  *cache,
         Cursor *cursor,
         gint64  deadline)
{
  for (; cursor->which < N_LISTS; cursor->which++, cursor->index = 0)
    {
      GArray *mirror = cache->mirrors[cursor->which];

      if (cursor->which == LIST_CONTACTS)
        continue;
      while (cursor->index < mirror->len)
        {
          if (!refile_entry (cache, cursor->which, &g_array_index (mirror, Entry, cursor->index++)))
            return REGROUP_ODD;
          if ((cursor->index & 255) == 0 && fu_rules_deadline_passed (deadline))
            return REGROUP_MORE;
        }
    }
  return REGROUP_DONE;
}

/* The interactions rule 20 looks at: those with a stay-in-touch
 * contact, from *@index on (0: from scratch); TRUE when done. */
static gboolean
collect_in_touch (Cache  *cache,
                  guint  *index,
                  gint64  deadline)
{
  GArray *mirror = cache->mirrors[LIST_INTERACTIONS];

  if (*index == 0)
    g_ptr_array_set_size (cache->in_touch_interactions, 0);
  while (*index < mirror->len)
    {
      Entry *entry = &g_array_index (mirror, Entry, (*index)++);

      entry->kept_in_touch = mentions_kept_in_touch (cache, FU_INTERACTION (entry->record));
      if (entry->kept_in_touch)
        g_ptr_array_add (cache->in_touch_interactions, entry->record);
      if ((*index & 255) == 0 && fu_rules_deadline_passed (deadline))
        return FALSE;
    }
  return TRUE;
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

/* What the evaluations of a bucket (in one go, or rule 20 in pieces)
 * found, until settle() keeps it in the bucket. */
typedef struct
{
  FuRulesResult result;
  gboolean      touches_now;
  GDateTime    *until;
  GDateTime    *next;
} Found;

static void
found_init (Found *found)
{
  fu_rules_result_init (&found->result);
  found->touches_now = FALSE;
  found->until = NULL;
  found->next = NULL;
}

static void
found_clear (Found *found)
{
  fu_rules_result_clear (&found->result);
  g_clear_pointer (&found->until, g_date_time_unref);
  g_clear_pointer (&found->next, g_date_time_unref);
}

/* Evaluates @bucket's job (if any), @contacts' rule 20, @interactions
 * and @follow_ups, and adds what it found to @found. */
static void
evaluate_piece (Cache                 *cache,
                Bucket                *bucket,
                GDateTime             *now,
                const FuRulesSettings *settings,
                GPtrArray             *contacts,
                GPtrArray             *interactions,
                GPtrArray             *follow_ups,
                Found                 *found)
{
  FuRulesContext ctx = { 0 };

  g_ptr_array_set_size (cache->scratch, 0);
  if (bucket->job != NULL)
    g_ptr_array_add (cache->scratch, bucket->job);

  fu_rules_context_init (&ctx, now, settings, cache->scratch, cache->contact_table,
                         contacts, interactions, follow_ups);
  fu_rules_evaluate_context (&ctx, &found->result);

  /* Every time the reconciliation compared with now. */
  found->touches_now |= ctx.touches_now;
  if (ctx.next != NULL)
    {
      fold_time (ctx.next, now, &found->until);
      fold_time (ctx.next, now, &found->next);
    }
  for (guint i = 0; i < ctx.candidates->len; i++)
    found->touches_now |= fold_time (((FuRulesCandidate *) g_ptr_array_index (ctx.candidates, i))->due, now, &found->until);
  fu_rules_context_clear (&ctx);
}

/* Keeps what the evaluation of @bucket found: its changes in
 * bucket->held, and whether and until when it is quiet. */
static void
settle (Bucket    *bucket,
        GDateTime *now,
        Found     *found)
{
  for (guint i = 0; i < bucket->follow_ups->len; i++)
    {
      FuFollowUp *follow_up = g_ptr_array_index (bucket->follow_ups, i);

      found->touches_now |= fold_time (fu_follow_up_get_due (follow_up), now, &found->until);
      found->touches_now |= fold_time (fu_follow_up_get_snoozed_until (follow_up), now, &found->until);
    }

  bucket->dirty = FALSE;
  bucket->quiet = fu_rules_result_is_empty (&found->result) && !found->touches_now;
  g_clear_pointer (&bucket->evaluated, g_date_time_unref);
  bucket->evaluated = g_date_time_ref (now);
  g_clear_pointer (&bucket->until, g_date_time_unref);
  bucket->until = g_steal_pointer (&found->until);
  g_clear_pointer (&bucket->next, g_date_time_unref);
  bucket->next = g_steal_pointer (&found->next);

  g_clear_pointer (&bucket->held, result_free);
  if (!fu_rules_result_is_empty (&found->result))
    {
      bucket->held = g_memdup2 (&found->result, sizeof found->result);
      memset (&found->result, 0, sizeof found->result);
    }
  found_clear (found);
}

/* Keeps the changes in bucket->held. */
static void
evaluate_bucket (Cache                 *cache,
                 Bucket                *bucket,
                 GDateTime             *now,
                 const FuRulesSettings *settings)
{
  gboolean none = bucket == cache->none;
  Found found;

  found_init (&found);
  evaluate_piece (cache, bucket, now, settings,
                  none ? cache->contacts : cache->no_jobs,
                  none ? cache->in_touch_interactions : bucket->interactions,
                  bucket->follow_ups, &found);
  settle (bucket, now, &found);
}

/* Quiet and still so: its last evaluation gave no changes, nothing it
 * depends on changed since, and no time it looked at has come. */
static gboolean
still_quiet (Bucket    *bucket,
             GDateTime *now)
{
  return !bucket->dirty && bucket->quiet
         && g_date_time_compare (now, bucket->evaluated) >= 0
         && (bucket->until == NULL || g_date_time_compare (now, bucket->until) < 0);
}

static gboolean
needs_evaluation (Bucket    *bucket,
                  guint      pass,
                  GDateTime *now)
{
  return !(bucket->pass == pass && !bucket->dirty) && !still_quiet (bucket, now);
}

/* Evaluates @bucket for pass number @pass unless that was done already
 * and nothing it depends on changed since, or it is still quiet. */
static void
visit_bucket (Cache                 *cache,
              Bucket                *bucket,
              guint                  pass,
              GDateTime             *now,
              const FuRulesSettings *settings)
{
  if (bucket->pass == pass && !bucket->dirty)
    return;

  if (still_quiet (bucket, now))
    g_clear_pointer (&bucket->held, result_free);
  else
    evaluate_bucket (cache, bucket, now, settings);
  bucket->pass = pass;
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

/* A pass ------------------------------------------------------------------ */

typedef enum {
  STAGE_FILL,      /* copy the lists (the first pass only) */
  STAGE_SCAN,      /* look at what changed */
  STAGE_REGROUP,   /* refile the records, when needed */
  STAGE_SETUP,
  STAGE_WHOLE,     /* or everything at once, when it cannot cut by job */
  STAGE_IN_TOUCH,  /* rule 20's interactions, when needed */
  STAGE_JOBS,      /* the buckets of the jobs, in the jobs' order */
  STAGE_ORPHANS,   /* the follow-ups of jobs that are gone */
  STAGE_NONE,      /* the follow-ups of no job */
  STAGE_GATHER,    /* their changes, in that order */
  STAGE_SORT,      /* the retirements, in the follow-ups' order */
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
  Cursor           cursor;
  guint64          scan_serial;
  GPtrArray       *orphans;    /* Bucket, borrowed */
  guint64          serial;     /* fu_record_get_last_serial() after the last step */

  FuRulesResult    gathered;   /* taken from the buckets */
  GPtrArray       *givers;     /* Bucket whose changes were taken */
  GHashTable      *positions;  /* STAGE_SORT: retired FuFollowUp -> index */

  GPtrArray       *pieces;     /* STAGE_NONE: Piece */
  Found            none_found; /* what they found so far */

  FuRulesWhole    *whole;      /* STAGE_WHOLE */
  FuRulesWhole    *draining;   /* one that was dropped, letting go */

  GPtrArray       *changes;    /* STAGE_DONE: the result */
  GDateTime       *next;
};

static void
gathered_init (FuRulesPass *pass)
{
  fu_rules_result_init (&pass->gathered);
  g_ptr_array_set_size (pass->givers, 0);
  g_clear_pointer (&pass->positions, g_hash_table_unref);
  g_clear_pointer (&pass->next, g_date_time_unref);
}

/* The data changed while the changes were being taken from the buckets:
 * those that gave theirs are evaluated again. */
static void
gathered_drop (FuRulesPass *pass)
{
  for (guint i = 0; i < pass->givers->len; i++)
    ((Bucket *) g_ptr_array_index (pass->givers, i))->pass = 0;
  g_ptr_array_set_size (pass->givers, 0);
  fu_rules_result_clear (&pass->gathered);
  g_clear_pointer (&pass->positions, g_hash_table_unref);
}

/* Rule 20 by pieces: each a few of the people kept in touch with, their
 * interactions and the follow-ups of no job about them (those about
 * anyone else in the last piece).  Their follow-ups and keys do not mix,
 * and pieces in the contacts' order give the changes in the order of one
 * evaluation (the retirements are put in order at the end). */
typedef struct
{
  GPtrArray *contacts;      /* borrowed FuContact */
  GPtrArray *interactions;  /* borrowed FuInteraction */
  GPtrArray *follow_ups;    /* borrowed FuFollowUp */
} Piece;

static guint piece_size = 32;

/* For tests: how many people a piece has. */
void
fu_rules_cache_set_piece_size (guint size)
{
  piece_size = MAX (size, 1);
}

static void
piece_free (Piece *piece)
{
  g_ptr_array_unref (piece->contacts);
  g_ptr_array_unref (piece->interactions);
  g_ptr_array_unref (piece->follow_ups);
  g_free (piece);
}

static Piece *
piece_add (GPtrArray *pieces)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->contacts = g_ptr_array_new ();
  piece->interactions = g_ptr_array_new ();
  piece->follow_ups = g_ptr_array_new ();
  g_ptr_array_add (pieces, piece);
  return piece;
}

static void
drop_pieces (FuRulesPass *pass)
{
  if (pass->pieces == NULL)
    return;
  g_clear_pointer (&pass->pieces, g_ptr_array_unref);
  found_clear (&pass->none_found);
}

static void
cut_pieces (FuRulesPass *pass,
            Cache       *cache)
{
  g_autoptr(GHashTable) piece_of = g_hash_table_new (g_str_hash, g_str_equal);
  Piece *piece = NULL;
  Piece *last;
  gboolean odd = FALSE;

  pass->pieces = g_ptr_array_new_with_free_func ((GDestroyNotify) piece_free);
  found_init (&pass->none_found);

  for (guint i = 0; i < cache->contacts->len && !odd; i++)
    {
      FuContact *contact = g_ptr_array_index (cache->contacts, i);
      const char *id = fu_contact_get_id (contact);

      if (id == NULL || !fu_contact_get_stay_in_touch (contact))
        continue;
      /* Two people with one id would share keys: one piece then. */
      if (g_hash_table_contains (piece_of, id))
        odd = TRUE;
      if (piece == NULL || piece->contacts->len >= piece_size)
        piece = piece_add (pass->pieces);
      g_ptr_array_add (piece->contacts, contact);
      g_hash_table_insert (piece_of, (char *) id, piece);
    }

  if (odd || pass->pieces->len == 0)
    {
      g_ptr_array_set_size (pass->pieces, 0);
      piece = piece_add (pass->pieces);
      g_ptr_array_extend (piece->contacts, cache->contacts, NULL, NULL);
      g_ptr_array_extend (piece->interactions, cache->in_touch_interactions, NULL, NULL);
      g_ptr_array_extend (piece->follow_ups, cache->none->follow_ups, NULL, NULL);
      return;
    }

  for (guint i = 0; i < cache->in_touch_interactions->len; i++)
    {
      FuInteraction *interaction = g_ptr_array_index (cache->in_touch_interactions, i);
      const char * const *ids = fu_interaction_get_contact_ids (interaction);

      for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
        {
          Piece *of = g_hash_table_lookup (piece_of, ids[j]);

          /* Once per piece, in the list's order. */
          if (of != NULL && (of->interactions->len == 0
                             || g_ptr_array_index (of->interactions, of->interactions->len - 1) != interaction))
            g_ptr_array_add (of->interactions, interaction);
        }
    }

  last = g_ptr_array_index (pass->pieces, pass->pieces->len - 1);
  for (guint i = 0; i < cache->none->follow_ups->len; i++)
    {
      FuFollowUp *follow_up = g_ptr_array_index (cache->none->follow_ups, i);
      const char *contact_id = fu_follow_up_get_contact_id (follow_up);
      Piece *of = contact_id != NULL ? g_hash_table_lookup (piece_of, contact_id) : NULL;

      g_ptr_array_add (of != NULL ? of->follow_ups : last->follow_ups, follow_up);
    }
}

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
  pass->givers = g_ptr_array_new ();
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
  fu_rules_result_clear (&pass->gathered);
  g_clear_pointer (&pass->givers, g_ptr_array_unref);
  g_clear_pointer (&pass->positions, g_hash_table_unref);
  drop_pieces (pass);
  g_clear_pointer (&pass->whole, fu_rules_whole_free);
  g_clear_pointer (&pass->draining, fu_rules_whole_free);
  g_clear_pointer (&pass->changes, g_ptr_array_unref);
  g_clear_pointer (&pass->next, g_date_time_unref);
  g_free (pass);
}

/* What is left to prepare once the records are filed: the contacts, the
 * settings, rule 20's interactions.  FALSE when the data needs the
 * evaluation of everything at once. */
static gboolean
setup (FuRulesPass *pass,
       Cache       *cache)
{
  gboolean start_over;
  GHashTableIter iter;
  Bucket *bucket;

  if (has_accepted_offer (cache))
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
  return TRUE;
}

static void
list_orphans (FuRulesPass *pass,
              Cache       *cache)
{
  GHashTableIter iter;
  Bucket *bucket;

  g_ptr_array_set_size (pass->orphans, 0);
  g_hash_table_iter_init (&iter, cache->buckets);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &bucket))
    {
      if (bucket->job == NULL && bucket != cache->none && bucket->follow_ups->len > 0)
        g_ptr_array_add (pass->orphans, bucket);
      else if (bucket->job == NULL && bucket != cache->none)
        bucket->dirty = FALSE;
    }
}

/* Takes a visited bucket's changes, and its wake-up. */
static void
gather_bucket (FuRulesPass *pass,
               Bucket      *bucket)
{
  FuRulesResult *held = bucket->held;

  if (held != NULL)
    {
      g_ptr_array_extend_and_steal (pass->gathered.moves, g_steal_pointer (&held->moves));
      g_ptr_array_extend_and_steal (pass->gathered.retires, g_steal_pointer (&held->retires));
      g_ptr_array_extend_and_steal (pass->gathered.creates, g_steal_pointer (&held->creates));
      g_ptr_array_extend_and_steal (pass->gathered.creates13, g_steal_pointer (&held->creates13));
      g_clear_pointer (&bucket->held, result_free);
      g_ptr_array_add (pass->givers, bucket);
    }

  if (bucket->next != NULL && (pass->next == NULL || g_date_time_compare (bucket->next, pass->next) < 0))
    {
      g_clear_pointer (&pass->next, g_date_time_unref);
      pass->next = g_date_time_ref (bucket->next);
    }
}

/* A whole evaluation retires in the follow-ups' order: their positions,
 * from the cursor on; TRUE when done. */
static gboolean
find_positions (FuRulesPass *pass,
                Cache       *cache,
                gint64       deadline)
{
  GArray *mirror = cache->mirrors[LIST_FOLLOW_UPS];
  GPtrArray *retires = pass->gathered.retires;

  if (retires->len < 2)
    return TRUE;

  if (pass->positions == NULL)
    {
      pass->positions = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < retires->len; i++)
        g_hash_table_insert (pass->positions, ((FuRulesChange *) g_ptr_array_index (retires, i))->follow_up, NULL);
    }
  while (pass->cursor.index < mirror->len)
    {
      guint i = pass->cursor.index++;
      FuRecord *record = g_array_index (mirror, Entry, i).record;

      if (g_hash_table_contains (pass->positions, record))
        g_hash_table_insert (pass->positions, record, GUINT_TO_POINTER (i));
      if ((pass->cursor.index & 1023) == 0 && fu_rules_deadline_passed (deadline))
        return FALSE;
    }
  return TRUE;
}

static void
finish (FuRulesPass *pass)
{
  if (pass->positions != NULL)
    g_ptr_array_sort_with_data (pass->gathered.retires, compare_positions, pass->positions);
  g_clear_pointer (&pass->positions, g_hash_table_unref);
  g_ptr_array_set_size (pass->givers, 0);
  pass->changes = fu_rules_result_steal_changes (&pass->gathered);
  pass->stage = STAGE_DONE;
}

/* Visits the buckets of @list (Bucket, or Entry of the jobs' mirror when
 * @entries) from the cursor on; TRUE when done. */
static gboolean
visit_all (FuRulesPass *pass,
           Cache       *cache,
           gpointer     list,
           gboolean     entries,
           gboolean     gather,
           gint64       deadline)
{
  guint n = entries ? ((GArray *) list)->len : ((GPtrArray *) list)->len;

  while (pass->cursor.index < n)
    {
      Bucket *bucket = entries ? g_array_index ((GArray *) list, Entry, pass->cursor.index).bucket
                               : g_ptr_array_index ((GPtrArray *) list, pass->cursor.index);

      pass->cursor.index++;
      if (bucket == NULL)
        continue;
      if (gather)
        gather_bucket (pass, bucket);
      else
        visit_bucket (cache, bucket, pass->number, pass->now, pass->settings);
      if (fu_rules_deadline_passed (deadline))
        return FALSE;
    }
  return TRUE;
}

static void
go_to (FuRulesPass *pass,
       Stage        stage)
{
  pass->stage = stage;
  pass->cursor.which = 0;
  pass->cursor.index = 0;
}

/**
 * fu_rules_pass_step:
 * @deadline: g_get_monotonic_time() at which to stop, or G_MAXINT64
 *
 * Evaluates the rules job by job until @deadline (a little at least).
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
  /* Something changed since the last step (or another pass went in
   * between and took what this one had found): look again. */
  if (pass->stage > STAGE_FILL
      && (cache != pass->cache || cache->pass != pass->number || cache->touched
          || fu_record_get_last_serial () != pass->serial))
    {
      if (pass->stage >= STAGE_GATHER)
        gathered_drop (pass);
      drop_pieces (pass);
      if (pass->whole != NULL)
        {
          g_clear_pointer (&pass->draining, fu_rules_whole_free);
          pass->draining = g_steal_pointer (&pass->whole);
          fu_rules_whole_abandon (pass->draining);
        }
      go_to (pass, STAGE_SCAN);
    }
  if (cache != pass->cache)
    go_to (pass, STAGE_FILL);
  pass->cache = cache;

  if (pass->draining != NULL)
    {
      if (!fu_rules_whole_step (pass->draining, deadline))
        goto out;
      g_clear_pointer (&pass->draining, fu_rules_whole_free);
    }

  switch (pass->stage)
    {
    case STAGE_FILL:
      if (!fill (cache, deadline))
        break;
      go_to (pass, STAGE_SCAN);
      G_GNUC_FALLTHROUGH;

    case STAGE_SCAN:
      if (pass->cursor.which == 0 && pass->cursor.index == 0)
        {
          if (pass->number == 0 || pass->number != cache->pass)
            pass->number = ++cache->pass;
          pass->scan_serial = fu_record_get_last_serial ();
          if (pass->scan_serial == cache->serial && !cache->regroup && !cache->added)
            pass->cursor.which = N_LISTS;
          cache->added = FALSE;
        }
      if (!scan (cache, &pass->cursor, deadline))
        break;
      cache->serial = pass->scan_serial;
      go_to (pass, STAGE_REGROUP);
      if (cache->regroup)
        regroup_start (cache);
      if (fu_rules_deadline_passed (deadline))
        break;
      G_GNUC_FALLTHROUGH;

    case STAGE_REGROUP:
      if (cache->regroup)
        {
          RegroupState state = regroup (cache, &pass->cursor, deadline);

          if (state == REGROUP_MORE)
            break;
          /* Odd ids: the cache tries again next time, they may have
           * been edited away. */
          cache->usable = state == REGROUP_DONE;
          cache->regroup = !cache->usable;
        }
      go_to (pass, STAGE_SETUP);
      G_GNUC_FALLTHROUGH;

    case STAGE_SETUP:
      if (!cache->usable || !setup (pass, cache))
        {
          go_to (pass, STAGE_WHOLE);
          pass->whole = fu_rules_whole_new (&pass->data, pass->now, pass->settings);
          goto whole;
        }
      go_to (pass, STAGE_IN_TOUCH);
      if (fu_rules_deadline_passed (deadline))
        break;
      G_GNUC_FALLTHROUGH;

    case STAGE_IN_TOUCH:
      if (cache->none->dirty && !collect_in_touch (cache, &pass->cursor.index, deadline))
        break;
      go_to (pass, STAGE_JOBS);
      G_GNUC_FALLTHROUGH;

    case STAGE_JOBS:
      if (!visit_all (pass, cache, cache->mirrors[LIST_JOBS], TRUE, FALSE, deadline))
        break;
      list_orphans (pass, cache);
      go_to (pass, STAGE_ORPHANS);
      G_GNUC_FALLTHROUGH;

    case STAGE_ORPHANS:
      if (!visit_all (pass, cache, pass->orphans, FALSE, FALSE, deadline))
        break;
      go_to (pass, STAGE_NONE);
      G_GNUC_FALLTHROUGH;

    case STAGE_NONE:
      /* Rule 20 for every contact: 10 ms at 10,000 jobs, in pieces. */
      if (needs_evaluation (cache->none, pass->number, pass->now))
        {
          if (pass->pieces == NULL)
            cut_pieces (pass, cache);
          while (pass->cursor.index < pass->pieces->len)
            {
              Piece *piece = g_ptr_array_index (pass->pieces, pass->cursor.index++);

              evaluate_piece (cache, cache->none, pass->now, pass->settings, piece->contacts,
                              piece->interactions, piece->follow_ups, &pass->none_found);
              if (fu_rules_deadline_passed (deadline))
                goto out;
            }
          settle (cache->none, pass->now, &pass->none_found);
          cache->none->pass = pass->number;
          drop_pieces (pass);
        }
      else
        visit_bucket (cache, cache->none, pass->number, pass->now, pass->settings);
      go_to (pass, STAGE_GATHER);
      gathered_init (pass);
      if (fu_rules_deadline_passed (deadline))
        break;
      G_GNUC_FALLTHROUGH;

    /* In the order of a whole evaluation: the jobs, then the follow-ups
     * of jobs that are gone (they can only be retired), then no job's. */
    case STAGE_GATHER:
      if (pass->cursor.which == 0)
        {
          if (!visit_all (pass, cache, cache->mirrors[LIST_JOBS], TRUE, TRUE, deadline))
            break;
          pass->cursor.which = 1;
          pass->cursor.index = 0;
        }
      if (!visit_all (pass, cache, pass->orphans, FALSE, TRUE, deadline))
        break;
      gather_bucket (pass, cache->none);
      go_to (pass, STAGE_SORT);
      G_GNUC_FALLTHROUGH;

    case STAGE_SORT:
      if (!find_positions (pass, cache, deadline))
        break;
      finish (pass);
      return TRUE;

    case STAGE_WHOLE:
    whole:
      if (!fu_rules_whole_step (pass->whole, deadline))
        break;
      pass->changes = fu_rules_whole_finish (pass->whole, &pass->next);
      g_clear_pointer (&pass->whole, fu_rules_whole_free);
      pass->stage = STAGE_DONE;
      return TRUE;

    case STAGE_DONE:
    default:
      g_assert_not_reached ();
    }

out:
  pass->serial = fu_record_get_last_serial ();
  cache->touched = FALSE;
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
