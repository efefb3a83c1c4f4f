/* fu-rules-private.h: the engine's insides, shared by its files
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fu-rules.h"

G_BEGIN_DECLS

/* What one rule wants to exist now: a follow-up with this key, due at
 * @due (NULL: at once, there being no time to count from). */
typedef struct
{
  int         kind;
  FuJob      *job;          /* (nullable) rule 20 has none */
  char       *contact_id;   /* (nullable) */
  char       *round_id;     /* (nullable) rules 4-12 */
  int         occurrence;
  GDateTime  *due;
  char       *explanation;
  char       *key;

  /* Filled while reconciling. */
  FuFollowUp *existing;
  gboolean    dead;
} FuRulesCandidate;

typedef struct
{
  GDateTime             *now;
  const FuRulesSettings *settings;

  /* What the rules look at, in the data's order: all of it, or one job's
   * part of it when fu-rules-cache.c evaluates job by job. */
  GPtrArray  *job_list;                 /* FuJob whose rules run */
  GPtrArray  *contact_list;             /* FuContact whose rule 20 runs */
  GPtrArray  *follow_up_list;           /* FuFollowUp to reconcile */

  GHashTable *jobs;                     /* id -> FuJob */
  GHashTable *contacts;                 /* id -> FuContact */
  GHashTable *interactions_by_job;      /* job id -> GPtrArray of FuInteraction */
  GHashTable *interactions_by_contact;  /* contact id -> GPtrArray of FuInteraction */
  GHashTable *follow_ups_by_key;        /* key -> GPtrArray of rule-made FuFollowUp */
  GHashTable *follow_ups_by_job_kind;   /* "job\x1fkind" -> GPtrArray of rule-made FuFollowUp */
  GHashTable *follow_ups_by_job;        /* job id -> GPtrArray of every FuFollowUp */

  GPtrArray  *candidates;               /* FuRulesCandidate */
  GHashTable *candidate_keys;           /* key -> FuRulesCandidate */

  GDateTime  *next;                     /* earliest instant after now that matters */
  gboolean    touches_now;              /* a time the rules looked at is now itself */

  /* What the rules ask again and again about the job and the round at
   * hand (the data does not change during an evaluation). */
  FuJob      *parts_job;                /* borrowed: whose parts_contact */
  guint       parts_known;              /* bit per FuPart */
  const char *parts_contact[8];         /* FuPart -> contact id, or NULL */
  FuRound    *label_round;              /* borrowed: whose labels */
  char       *round_label;              /* "Tuesday's panel interview" */
  char       *round_with;               /* the interviewers, or the company */
} FuRulesContext;

/* The changes of one evaluation, by kind, in their order. */
typedef struct
{
  GPtrArray *moves;     /* FuRulesChange */
  GPtrArray *retires;   /* FuRulesChange, in the follow-ups' order */
  GPtrArray *creates;   /* FuRulesChange, all but rule 13 */
  GPtrArray *creates13; /* FuRulesChange, rule 13's (made last) */
} FuRulesResult;

void        fu_rules_result_init       (FuRulesResult  *result);
void        fu_rules_result_clear      (FuRulesResult  *result);
void        fu_rules_result_free       (FuRulesResult  *result);
gboolean    fu_rules_result_is_empty   (FuRulesResult  *result);
/* All of them in one array, in the order fu_rules_evaluate() gives. */
GPtrArray  *fu_rules_result_steal_changes (FuRulesResult *result);

/* Fills @ctx's indexes from the arrays (borrowed; they must outlive
 * @ctx) and @contacts (id -> FuContact, see fu_rules_contacts_table()). */
void        fu_rules_context_init      (FuRulesContext        *ctx,
                                        GDateTime             *now,
                                        const FuRulesSettings *settings,
                                        GPtrArray             *jobs,
                                        GHashTable            *contacts,
                                        GPtrArray             *contact_list,
                                        GPtrArray             *interactions,
                                        GPtrArray             *follow_ups);
void        fu_rules_context_clear     (FuRulesContext        *ctx);
GHashTable *fu_rules_contacts_table    (GPtrArray             *contacts);

/* Runs the rules on @ctx and reconciles what they want with its
 * follow-ups, adding the changes to @result and the next instant that
 * matters to ctx->next. */
void        fu_rules_evaluate_context  (FuRulesContext        *ctx,
                                        FuRulesResult         *result);

/* For tests: how many people kept in touch with fu-rules-pass.c
 * evaluates rule 20 for in one piece (32). */
void        fu_rules_cache_set_piece_size (guint        size);

/* Everything at once in steps (fu-rules.c): for data fu-rules-cache.c
 * cannot cut by job.  The data must not change between steps. */
typedef struct _FuRulesWhole FuRulesWhole;

FuRulesWhole *fu_rules_whole_new       (const FuRulesData     *data,
                                        GDateTime             *now,
                                        const FuRulesSettings *settings);
gboolean    fu_rules_whole_step        (FuRulesWhole          *whole,
                                        gint64                 deadline);
GPtrArray  *fu_rules_whole_finish      (FuRulesWhole          *whole,
                                        GDateTime            **next_wakeup);
void        fu_rules_whole_abandon     (FuRulesWhole          *whole);
void        fu_rules_whole_free        (FuRulesWhole          *whole);

/* Everything at once, without fu-rules-cache.c, in one go: for the tests
 * that compare the two. */
GPtrArray  *fu_rules_evaluate_uncached (const FuRulesData     *data,
                                        GDateTime             *now,
                                        const FuRulesSettings *settings,
                                        GDateTime            **next_wakeup);

char       *fu_rules_job_kind_key      (const char     *job_id,
                                        int             kind);
char       *fu_rules_key               (const char     *job_id,
                                        int             kind,
                                        const char     *contact_id,
                                        const char     *round_id,
                                        int             occurrence);

gboolean    fu_rules_passed            (FuRulesContext *ctx,
                                        GDateTime      *time);
void        fu_rules_add_candidate     (FuRulesContext *ctx,
                                        int             kind,
                                        FuJob          *job,
                                        const char     *contact_id,
                                        const char     *round_id,
                                        int             occurrence,
                                        GDateTime      *due,
                                        char           *explanation);

/* fu-rules-jobs.c: parts, people and times of a job. */
FuPart      fu_rules_part_on_job           (FuRulesContext *ctx,
                                            FuJob          *job,
                                            const char     *contact_id);
gboolean    fu_rules_is_recruiter          (FuPart          part);
const char *fu_rules_job_contact_with_part (FuRulesContext *ctx,
                                            FuJob          *job,
                                            FuPart          part);
const char *fu_rules_job_recruiter         (FuRulesContext *ctx,
                                            FuJob          *job);
const char *fu_rules_job_main_contact      (FuRulesContext *ctx,
                                            FuJob          *job);
GDateTime  *fu_rules_later                 (GDateTime      *a,
                                            GDateTime      *b);
GDateTime  *fu_rules_job_close_time        (FuJob          *job);
GDateTime  *fu_rules_job_created           (FuJob          *job);
GDateTime  *fu_rules_job_applied_time      (FuJob          *job);
GPtrArray  *fu_rules_job_interactions      (FuRulesContext *ctx,
                                            FuJob          *job);
gboolean    fu_rules_job_answered_after    (FuRulesContext *ctx,
                                            FuJob          *job,
                                            GDateTime      *since,
                                            gboolean        stage_changes_count);
int         fu_rules_job_count_answers     (FuRulesContext *ctx,
                                            FuJob          *job);

/* fu-rules-candidates.c: what each of the 20 rules wants. */
void        fu_rules_collect           (FuRulesContext *ctx);
void        fu_rules_collect_job       (FuRulesContext *ctx,
                                        FuJob          *job,
                                        gboolean        withdraw);
gboolean    fu_rules_job_withdraws     (FuJob          *job);
void        fu_rules_collect_withdraw  (FuRulesContext *ctx,
                                        FuJob          *accepted,
                                        guint           from,
                                        guint           to);
void        fu_rules_collect_contact   (FuRulesContext *ctx,
                                        FuContact      *contact);

/* fu-rules-explain.c: the one-line explanations. */
FuContact  *fu_rules_lookup_contact    (FuRulesContext *ctx,
                                        const char     *contact_id);
char       *fu_rules_format_day        (GDateTime      *time,
                                        GTimeZone      *zone);
char       *fu_rules_format_weekday    (GDateTime      *time,
                                        GTimeZone      *zone);
char       *fu_rules_format_clock      (GDateTime      *time,
                                        GTimeZone      *zone);
const char *fu_rules_round_kind_noun   (FuRoundKind     kind);
char       *fu_rules_person            (FuRulesContext *ctx,
                                        FuJob          *job,
                                        const char     *contact_id);
char       *fu_rules_interviewer_names (FuRulesContext *ctx,
                                        FuRound        *round);
char       *fu_rules_explain           (FuRulesContext *ctx,
                                        int             kind,
                                        int             occurrence,
                                        FuJob          *job,
                                        FuRound        *round,
                                        const char     *contact_id,
                                        GDateTime      *event,
                                        FuJob          *other_job);

G_END_DECLS
