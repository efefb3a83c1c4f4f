/* fu-rules-pass.c: one evaluation of the rules, bucket by bucket, in
 * steps
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An evaluation is a FuRulesPass over the buckets of fu-rules-cache.c,
 * in steps the runner takes in idle slices (everything from scratch is a
 * second at 10,000 jobs).  Each bucket keeps its changes until the pass
 * gathers them in order at its end.  Between steps the data may change:
 * the next step notices it as the next evaluation would (serials,
 * ::items-changed), refiles, and goes over the buckets again, evaluating
 * only those made dirty since (or not yet visited); so the result is
 * that of the data at the last step.
 */
#include "config.h"

#include "fu-rules-cache-private.h"

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

  FuRulesCache    *cache;      /* (nullable) borrowed: it lives on data.jobs */
  guint            number;     /* 0: none yet; see FuRulesCache:pass */
  Stage            stage;
  FuRulesCursor    cursor;
  guint64          scan_serial;
  GPtrArray       *orphans;    /* FuRulesBucket, borrowed */
  guint64          serial;     /* fu_record_get_last_serial() after the last step */

  FuRulesResult    gathered;   /* taken from the buckets */
  GPtrArray       *givers;     /* FuRulesBucket whose changes were taken */
  GHashTable      *positions;  /* STAGE_SORT: retired FuFollowUp -> index */

  GPtrArray       *pieces;     /* STAGE_NONE: Piece */
  FuRulesFound     none_found; /* what they found so far */

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
    ((FuRulesBucket *) g_ptr_array_index (pass->givers, i))->pass = 0;
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
  fu_rules_found_clear (&pass->none_found);
}

static void
cut_pieces (FuRulesPass  *pass,
            FuRulesCache *cache)
{
  g_autoptr(GHashTable) piece_of = g_hash_table_new (g_str_hash, g_str_equal);
  Piece *piece = NULL;
  Piece *last;
  gboolean odd = FALSE;

  pass->pieces = g_ptr_array_new_with_free_func ((GDestroyNotify) piece_free);
  fu_rules_found_init (&pass->none_found);

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
setup (FuRulesPass  *pass,
       FuRulesCache *cache)
{
  gboolean start_over;
  GHashTableIter iter;
  FuRulesBucket *bucket;

  if (fu_rules_cache_has_accepted_offer (cache))
    return FALSE;

  start_over = cache->contacts_changed || !fu_rules_settings_equal (cache->settings, pass->settings);
  if (cache->contacts_changed)
    {
      fu_rules_cache_reload_contacts (cache);
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
list_orphans (FuRulesPass  *pass,
              FuRulesCache *cache)
{
  GHashTableIter iter;
  FuRulesBucket *bucket;

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
gather_bucket (FuRulesPass   *pass,
               FuRulesBucket *bucket)
{
  FuRulesResult *held = bucket->held;

  if (held != NULL)
    {
      g_ptr_array_extend_and_steal (pass->gathered.moves, g_steal_pointer (&held->moves));
      g_ptr_array_extend_and_steal (pass->gathered.retires, g_steal_pointer (&held->retires));
      g_ptr_array_extend_and_steal (pass->gathered.creates, g_steal_pointer (&held->creates));
      g_ptr_array_extend_and_steal (pass->gathered.creates13, g_steal_pointer (&held->creates13));
      g_clear_pointer (&bucket->held, fu_rules_result_free);
      g_ptr_array_add (pass->givers, bucket);
    }

  if (bucket->next != NULL && (pass->next == NULL || g_date_time_compare (bucket->next, pass->next) < 0))
    {
      g_clear_pointer (&pass->next, g_date_time_unref);
      pass->next = g_date_time_ref (bucket->next);
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

/* A whole evaluation retires in the follow-ups' order: their positions,
 * from the cursor on; TRUE when done. */
static gboolean
find_positions (FuRulesPass  *pass,
                FuRulesCache *cache,
                gint64        deadline)
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
      FuRecord *record = g_array_index (mirror, FuRulesEntry, i).record;

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

/* Visits the buckets of @list (FuRulesBucket, or FuRulesEntry of the
 * jobs' mirror when @entries) from the cursor on; TRUE when done. */
static gboolean
visit_all (FuRulesPass  *pass,
           FuRulesCache *cache,
           gpointer      list,
           gboolean      entries,
           gboolean      gather,
           gint64        deadline)
{
  guint n = entries ? ((GArray *) list)->len : ((GPtrArray *) list)->len;

  while (pass->cursor.index < n)
    {
      FuRulesBucket *bucket = entries ? g_array_index ((GArray *) list, FuRulesEntry, pass->cursor.index).bucket
                               : g_ptr_array_index ((GPtrArray *) list, pass->cursor.index);

      pass->cursor.index++;
      if (bucket == NULL)
        continue;
      if (gather)
        gather_bucket (pass, bucket);
      else
        fu_rules_bucket_visit (cache, bucket, pass->number, pass->now, pass->settings);
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
  FuRulesCache *cache;

  g_return_val_if_fail (pass != NULL, TRUE);

  if (pass->stage == STAGE_DONE)
    return TRUE;

  cache = fu_rules_cache_get (&pass->data);
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
      if (!fu_rules_cache_fill (cache, deadline))
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
      if (!fu_rules_cache_scan (cache, &pass->cursor, deadline))
        break;
      cache->serial = pass->scan_serial;
      go_to (pass, STAGE_REGROUP);
      if (cache->regroup)
        fu_rules_cache_regroup_start (cache);
      if (fu_rules_deadline_passed (deadline))
        break;
      G_GNUC_FALLTHROUGH;

    case STAGE_REGROUP:
      if (cache->regroup)
        {
          FuRulesRegroup state = fu_rules_cache_regroup (cache, &pass->cursor, deadline);

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
      if (cache->none->dirty && !fu_rules_cache_collect_in_touch (cache, &pass->cursor.index, deadline))
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
      if (fu_rules_bucket_needs_evaluation (cache->none, pass->number, pass->now))
        {
          if (pass->pieces == NULL)
            cut_pieces (pass, cache);
          while (pass->cursor.index < pass->pieces->len)
            {
              Piece *piece = g_ptr_array_index (pass->pieces, pass->cursor.index++);

              fu_rules_bucket_evaluate_piece (cache, cache->none, pass->now, pass->settings,
                                              piece->contacts, piece->interactions,
                                              piece->follow_ups, &pass->none_found);
              if (fu_rules_deadline_passed (deadline))
                goto out;
            }
          fu_rules_bucket_settle (cache->none, pass->now, &pass->none_found);
          cache->none->pass = pass->number;
          drop_pieces (pass);
        }
      else
        fu_rules_bucket_visit (cache, cache->none, pass->number, pass->now, pass->settings);
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
