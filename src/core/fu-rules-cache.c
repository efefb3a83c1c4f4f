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
 * A pass over the buckets, in steps, is in fu-rules-pass.c.
 */
#include "config.h"

#include <string.h>

#include "fu-rules-cache-private.h"

static void
bucket_free (FuRulesBucket *bucket)
{
  g_clear_pointer (&bucket->held, fu_rules_result_free);
  g_free (bucket->id);
  g_ptr_array_unref (bucket->interactions);
  g_ptr_array_unref (bucket->follow_ups);
  g_clear_pointer (&bucket->evaluated, g_date_time_unref);
  g_clear_pointer (&bucket->until, g_date_time_unref);
  g_clear_pointer (&bucket->next, g_date_time_unref);
  g_free (bucket);
}

static FuRulesBucket *
bucket_get (FuRulesCache *cache,
            const char   *id)
{
  FuRulesBucket *bucket = g_hash_table_lookup (cache->buckets, id);

  if (bucket == NULL)
    {
      bucket = g_new0 (FuRulesBucket, 1);
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
  FuRulesEntry *entry = data;

  g_clear_object (&entry->record);
}

/* What an entry's change makes dirty, before it is refiled. */
static void
entry_touch (FuRulesCache *cache,
             FuRulesEntry *entry)
{
  if (entry->bucket != NULL)
    entry->bucket->dirty = TRUE;
  if (entry->kept_in_touch)
    cache->none->dirty = TRUE;
}

/* Where fu_rules_cache_regroup() files a record: its job's bucket; ""
 * for the follow-ups of no job; nowhere (NULL) for jobs without an id and
 * interactions of no job. */
static const char *
bucket_id_of (FuRulesEntry *entry,
              guint         which)
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
unfile_entry (FuRulesEntry *entry,
              guint         which)
{
  FuRulesBucket *bucket = entry->bucket;

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
file_new_entry (FuRulesCache *cache,
                FuRulesEntry *entry,
                guint         which)
{
  const char *id = bucket_id_of (entry, which);
  FuRulesBucket *bucket;

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
on_items_changed_cb (GListModel   *list,
                     guint         position,
                     guint         removed,
                     guint         added,
                     FuRulesCache *cache)
{
  guint which;
  GArray *mirror;

  for (which = 0; which < N_LISTS && cache->lists[which] != list; which++)
    ;
  g_return_if_fail (which < N_LISTS);
  mirror = cache->mirrors[which];
  cache->touched = TRUE;

  /* Still being copied (fu_rules_cache_fill()): copy that list again. */
  if (!cache->mirrored[which])
    {
      g_array_set_size (mirror, 0);
      return;
    }

  for (guint i = position; i < position + removed && i < mirror->len; i++)
    {
      FuRulesEntry *entry = &g_array_index (mirror, FuRulesEntry, i);

      entry_touch (cache, entry);
      if (!cache->regroup && !unfile_entry (entry, which))
        cache->regroup = TRUE;
    }
  g_array_remove_range (mirror, position, MIN (removed, mirror->len - MIN (position, mirror->len)));

  for (guint i = 0; i < added; i++)
    {
      /* Serial 0: looked at as changed at the next evaluation. */
      FuRulesEntry entry = { g_list_model_get_item (list, position + i), NULL, 0, FALSE };

      g_array_insert_val (mirror, position + i, entry);
    }

  /* A record made before the last evaluation changes no serial when it
   * is added: fu_rules_cache_scan() must look at it all the same. */
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
        if (!file_new_entry (cache, &g_array_index (mirror, FuRulesEntry, i), which))
          cache->regroup = TRUE;
    }
  else
    cache->regroup = TRUE;
}

static void
cache_free (FuRulesCache *cache)
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

static FuRulesCache *
cache_new (const FuRulesData *data)
{
  FuRulesCache *cache = g_new0 (FuRulesCache, 1);
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
      cache->mirrors[i] = g_array_new (FALSE, TRUE, sizeof (FuRulesEntry));
      g_array_set_clear_func (cache->mirrors[i], entry_clear);
      cache->handlers[i] = g_signal_connect (lists[i], "items-changed",
                                             G_CALLBACK (on_items_changed_cb), cache);
    }
  /* The mirrors are copied by fu_rules_cache_fill(), in steps. */
  cache->contacts_changed = TRUE;

  return cache;
}

FuRulesCache *
fu_rules_cache_get (const FuRulesData *data)
{
  FuRulesCache *cache = g_object_get_data (G_OBJECT (data->jobs), "fu-rules-cache");

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
mentions_kept_in_touch (FuRulesCache  *cache,
                        FuInteraction *interaction)
{
  const char * const *ids = fu_interaction_get_contact_ids (interaction);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (g_hash_table_contains (cache->kept_in_touch, ids[i]))
      return TRUE;
  return FALSE;
}

void
fu_rules_cache_reload_contacts (FuRulesCache *cache)
{
  GArray *mirror = cache->mirrors[LIST_CONTACTS];

  g_ptr_array_set_size (cache->contacts, 0);
  g_hash_table_remove_all (cache->contact_table);
  g_hash_table_remove_all (cache->kept_in_touch);
  for (guint i = 0; i < mirror->len; i++)
    {
      FuContact *contact = FU_CONTACT (g_array_index (mirror, FuRulesEntry, i).record);
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
 * when done.  A record is looked at as changed (serial 0) by fu_rules_cache_scan(). */
gboolean
fu_rules_cache_fill (FuRulesCache *cache,
                     gint64        deadline)
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
          FuRulesEntry entry = { g_list_model_get_item (list, mirror->len), NULL, 0, FALSE };

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
scan_entry (FuRulesCache *cache,
            guint         which,
            FuRulesEntry *entry)
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
/* Scans the records from @cursor on, as far as @deadline allows; TRUE
 * when done. */
gboolean
fu_rules_cache_scan (FuRulesCache  *cache,
                     FuRulesCursor *cursor,
                     gint64         deadline)
{
  for (; cursor->which < N_LISTS; cursor->which++, cursor->index = 0)
    {
      GArray *mirror = cache->mirrors[cursor->which];

      while (cursor->index < mirror->len)
        {
          scan_entry (cache, cursor->which, &g_array_index (mirror, FuRulesEntry, cursor->index++));
          if ((cursor->index & 255) == 0 && fu_rules_deadline_passed (deadline))
            return FALSE;
        }
    }
  return TRUE;
}

static void
file_entry (FuRulesCache  *cache,
            FuRulesEntry  *entry,
            FuRulesBucket *bucket)
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
void
fu_rules_cache_regroup_start (FuRulesCache *cache)
{
  GHashTableIter iter;
  FuRulesBucket *bucket;

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
refile_entry (FuRulesCache *cache,
              guint         which,
              FuRulesEntry *entry)
{
  FuRulesBucket *bucket;
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

FuRulesRegroup
fu_rules_cache_regroup (FuRulesCache  *cache,
                        FuRulesCursor *cursor,
                        gint64         deadline)
{
  for (; cursor->which < N_LISTS; cursor->which++, cursor->index = 0)
    {
      GArray *mirror = cache->mirrors[cursor->which];

      if (cursor->which == LIST_CONTACTS)
        continue;
      while (cursor->index < mirror->len)
        {
          if (!refile_entry (cache, cursor->which, &g_array_index (mirror, FuRulesEntry, cursor->index++)))
            return REGROUP_ODD;
          if ((cursor->index & 255) == 0 && fu_rules_deadline_passed (deadline))
            return REGROUP_MORE;
        }
    }
  return REGROUP_DONE;
}

/* The interactions rule 20 looks at: those with a stay-in-touch
 * contact, from *@index on (0: from scratch); TRUE when done. */
gboolean
fu_rules_cache_collect_in_touch (FuRulesCache *cache,
                                 guint        *index,
                                 gint64        deadline)
{
  GArray *mirror = cache->mirrors[LIST_INTERACTIONS];

  if (*index == 0)
    g_ptr_array_set_size (cache->in_touch_interactions, 0);
  while (*index < mirror->len)
    {
      FuRulesEntry *entry = &g_array_index (mirror, FuRulesEntry, (*index)++);

      entry->kept_in_touch = mentions_kept_in_touch (cache, FU_INTERACTION (entry->record));
      if (entry->kept_in_touch)
        g_ptr_array_add (cache->in_touch_interactions, entry->record);
      if ((*index & 255) == 0 && fu_rules_deadline_passed (deadline))
        return FALSE;
    }
  return TRUE;
}

gboolean
fu_rules_cache_has_accepted_offer (FuRulesCache *cache)
{
  GArray *mirror = cache->mirrors[LIST_JOBS];

  for (guint i = 0; i < mirror->len; i++)
    {
      FuJob *job = FU_JOB (g_array_index (mirror, FuRulesEntry, i).record);

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

void
fu_rules_found_init (FuRulesFound *found)
{
  fu_rules_result_init (&found->result);
  found->touches_now = FALSE;
  found->until = NULL;
  found->next = NULL;
}

void
fu_rules_found_clear (FuRulesFound *found)
{
  fu_rules_result_clear (&found->result);
  g_clear_pointer (&found->until, g_date_time_unref);
  g_clear_pointer (&found->next, g_date_time_unref);
}

/* Evaluates @bucket's job (if any), @contacts' rule 20, @interactions
 * and @follow_ups, and adds what it found to @found. */
void
fu_rules_bucket_evaluate_piece (FuRulesCache          *cache,
                                FuRulesBucket         *bucket,
                                GDateTime             *now,
                                const FuRulesSettings *settings,
                                GPtrArray             *contacts,
                                GPtrArray             *interactions,
                                GPtrArray             *follow_ups,
                                FuRulesFound          *found)
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
void
fu_rules_bucket_settle (FuRulesBucket *bucket,
                        GDateTime     *now,
                        FuRulesFound  *found)
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

  g_clear_pointer (&bucket->held, fu_rules_result_free);
  if (!fu_rules_result_is_empty (&found->result))
    {
      bucket->held = g_memdup2 (&found->result, sizeof found->result);
      memset (&found->result, 0, sizeof found->result);
    }
  fu_rules_found_clear (found);
}

/* Keeps the changes in bucket->held. */
static void
evaluate_bucket (FuRulesCache          *cache,
                 FuRulesBucket         *bucket,
                 GDateTime             *now,
                 const FuRulesSettings *settings)
{
  gboolean none = bucket == cache->none;
  FuRulesFound found;

  fu_rules_found_init (&found);
  fu_rules_bucket_evaluate_piece (cache, bucket, now, settings,
                                  none ? cache->contacts : cache->no_jobs,
                                  none ? cache->in_touch_interactions : bucket->interactions,
                                  bucket->follow_ups, &found);
  fu_rules_bucket_settle (bucket, now, &found);
}

/* Quiet and still so: its last evaluation gave no changes, nothing it
 * depends on changed since, and no time it looked at has come. */
static gboolean
still_quiet (FuRulesBucket *bucket,
             GDateTime     *now)
{
  return !bucket->dirty && bucket->quiet
         && g_date_time_compare (now, bucket->evaluated) >= 0
         && (bucket->until == NULL || g_date_time_compare (now, bucket->until) < 0);
}

gboolean
fu_rules_bucket_needs_evaluation (FuRulesBucket *bucket,
                                  guint          pass,
                                  GDateTime     *now)
{
  return !(bucket->pass == pass && !bucket->dirty) && !still_quiet (bucket, now);
}

/* Evaluates @bucket for pass number @pass unless that was done already
 * and nothing it depends on changed since, or it is still quiet. */
void
fu_rules_bucket_visit (FuRulesCache          *cache,
                       FuRulesBucket         *bucket,
                       guint                  pass,
                       GDateTime             *now,
                       const FuRulesSettings *settings)
{
  if (bucket->pass == pass && !bucket->dirty)
    return;

  if (still_quiet (bucket, now))
    g_clear_pointer (&bucket->held, fu_rules_result_free);
  else
    evaluate_bucket (cache, bucket, now, settings);
  bucket->pass = pass;
}
