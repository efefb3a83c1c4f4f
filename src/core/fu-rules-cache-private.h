/* fu-rules-cache-private.h: the records cut by job, shared by
 * fu-rules-cache.c (the cache) and fu-rules-pass.c (a pass over it)
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fu-rules-private.h"

G_BEGIN_DECLS

enum {
  LIST_JOBS,
  LIST_CONTACTS,
  LIST_INTERACTIONS,
  LIST_FOLLOW_UPS,
  N_LISTS
};

/* The records of one job id. */
typedef struct
{
  char          *id;             /* job id; "" for the follow-ups of no job */
  FuJob         *job;            /* (nullable) borrowed from the jobs' mirror */
  GPtrArray     *interactions;   /* borrowed, in the list's order */
  GPtrArray     *follow_ups;     /* borrowed, in the list's order */

  gboolean       dirty;          /* something it depends on changed */
  gboolean       quiet;          /* its last evaluation gave no changes */
  GDateTime     *evaluated;      /* the `now` of that evaluation */
  GDateTime     *until;          /* (nullable) quiet before this instant */
  GDateTime     *next;           /* (nullable) its next wake-up */

  guint          pass;           /* the pass that last visited it */
  FuRulesResult *held;           /* (nullable) its changes in that pass */
} FuRulesBucket;

/* A record as the cache last saw it. */
typedef struct
{
  FuRecord      *record;         /* owned */
  FuRulesBucket *bucket;         /* (nullable) where it was filed */
  guint64        serial;         /* its serial when last looked at */
  gboolean       kept_in_touch;  /* interactions: with a stay-in-touch contact */
} FuRulesEntry;

typedef struct
{
  GListModel      *lists[N_LISTS];
  gulong           handlers[N_LISTS];
  GArray          *mirrors[N_LISTS];    /* FuRulesEntry, in each list's order */

  GHashTable      *buckets;             /* id -> FuRulesBucket */
  FuRulesBucket   *none;                /* the follow-ups of no job */
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
} FuRulesCache;

/* Where a pass is in a walk over the mirrors. */
typedef struct
{
  guint which;
  guint index;
} FuRulesCursor;

typedef enum {
  REGROUP_MORE,
  REGROUP_DONE,
  REGROUP_ODD,   /* job ids the cache cannot cut by */
} FuRulesRegroup;

/* What the evaluations of a bucket (in one go, or rule 20 in pieces)
 * found, until fu_rules_bucket_settle() keeps it in the bucket. */
typedef struct
{
  FuRulesResult result;
  gboolean      touches_now;
  GDateTime    *until;
  GDateTime    *next;
} FuRulesFound;

/* The cache lives on the jobs list, for as long as the same lists are
 * evaluated together (a store's, in the app). */
FuRulesCache  *fu_rules_cache_get              (const FuRulesData     *data);

/* Each of these goes on from where it stopped (the mirror's length, or
 * @cursor) as far as @deadline allows; TRUE (REGROUP_DONE) when done. */
gboolean       fu_rules_cache_fill             (FuRulesCache          *cache,
                                                gint64                 deadline);
gboolean       fu_rules_cache_scan             (FuRulesCache          *cache,
                                                FuRulesCursor         *cursor,
                                                gint64                 deadline);
void           fu_rules_cache_regroup_start    (FuRulesCache          *cache);
FuRulesRegroup fu_rules_cache_regroup          (FuRulesCache          *cache,
                                                FuRulesCursor         *cursor,
                                                gint64                 deadline);
gboolean       fu_rules_cache_collect_in_touch (FuRulesCache          *cache,
                                                guint                 *index,
                                                gint64                 deadline);

gboolean       fu_rules_cache_has_accepted_offer (FuRulesCache        *cache);
void           fu_rules_cache_reload_contacts  (FuRulesCache          *cache);

void           fu_rules_found_init             (FuRulesFound          *found);
void           fu_rules_found_clear            (FuRulesFound          *found);

void           fu_rules_bucket_evaluate_piece  (FuRulesCache          *cache,
                                                FuRulesBucket         *bucket,
                                                GDateTime             *now,
                                                const FuRulesSettings *settings,
                                                GPtrArray             *contacts,
                                                GPtrArray             *interactions,
                                                GPtrArray             *follow_ups,
                                                FuRulesFound          *found);
void           fu_rules_bucket_settle          (FuRulesBucket         *bucket,
                                                GDateTime             *now,
                                                FuRulesFound          *found);
gboolean       fu_rules_bucket_needs_evaluation (FuRulesBucket        *bucket,
                                                guint                  pass,
                                                GDateTime             *now);
void           fu_rules_bucket_visit           (FuRulesCache          *cache,
                                                FuRulesBucket         *bucket,
                                                guint                  pass,
                                                GDateTime             *now,
                                                const FuRulesSettings *settings);

G_END_DECLS
