/* fu-rules.h: the follow-up engine
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The 20 rules of domain.md as one pure function: the data, the time and
 * the settings in, a list of changes out (create, move, retire).  Nothing
 * is changed by fu_rules_evaluate(); fu_rules_apply() makes the changes
 * on a store.  Applying the changes and evaluating again gives no
 * changes.  The semantics of every rule are in fu-rules.c and
 * docs/rules.md.
 */
#pragma once

#include "fu-model.h"
#include "fu-rules-settings.h"
#include "fu-store.h"

G_BEGIN_DECLS

/* The data the rules read: GListModels of FuJob, FuContact,
 * FuInteraction and FuFollowUp (a store's collections, or a test's). */
typedef struct
{
  GListModel *jobs;
  GListModel *contacts;
  GListModel *interactions;
  GListModel *follow_ups;
} FuRulesData;

typedef enum {
  FU_RULES_CHANGE_CREATE,   /* add follow_up (new, not in the data yet) */
  FU_RULES_CHANGE_MOVE,     /* set follow_up's due and explanation */
  FU_RULES_CHANGE_RETIRE,   /* set follow_up's state to retired */
} FuRulesChangeKind;

typedef struct
{
  FuRulesChangeKind  kind;
  FuFollowUp        *follow_up;
  GDateTime         *due;          /* MOVE: the new due time */
  char              *explanation;  /* MOVE: the new explanation */
} FuRulesChange;

void        fu_rules_change_free       (FuRulesChange         *change);

/* Returns: (transfer container) (element-type FuRulesChange): the
 * changes, in a stable order.  @next_wakeup, if not NULL, is set to the
 * earliest instant after @now at which the result could differ with the
 * same data (a round ending, a decision date passing, an open follow-up
 * falling due), or NULL when there is none. */
GPtrArray  *fu_rules_evaluate          (const FuRulesData     *data,
                                        GDateTime             *now,
                                        const FuRulesSettings *settings,
                                        GDateTime            **next_wakeup);

/* The same evaluation in steps (fu-rules-cache.c), so a caller on the
 * main thread can stop between them: fu_rules_pass_step() until it
 * returns TRUE, then fu_rules_pass_finish().  The data may change between
 * steps; the result is that of the data at the last step, at @now. */
typedef struct _FuRulesPass FuRulesPass;

/* Whether a step's @deadline (monotonic time; G_MAXINT64 for none, so
 * the step runs to the end) has come. */
static inline gboolean
fu_rules_deadline_passed (gint64 deadline)
{
  return deadline != G_MAXINT64 && g_get_monotonic_time () >= deadline;
}

FuRulesPass *fu_rules_pass_new         (const FuRulesData     *data,
                                        GDateTime             *now,
                                        const FuRulesSettings *settings);
gboolean    fu_rules_pass_step         (FuRulesPass           *pass,
                                        gint64                 deadline);
GPtrArray  *fu_rules_pass_finish       (FuRulesPass           *pass,
                                        GDateTime            **next_wakeup);
void        fu_rules_pass_free         (FuRulesPass           *pass);

void        fu_rules_apply             (FuStore               *store,
                                        GPtrArray             *changes);
void        fu_rules_apply_change      (FuStore               *store,
                                        FuRulesChange         *change);

/* Evaluates the store's data and applies the changes; returns how many
 * changes there were. */
guint       fu_rules_run               (FuStore               *store,
                                        GDateTime             *now,
                                        const FuRulesSettings *settings,
                                        GDateTime            **next_wakeup);

/* A stable short id per kind ("thank-you", "nudge", ..., "custom"), as
 * `followup --due` prints it; NULL for an unknown kind. */
const char *fu_rules_kind_to_id        (int                    kind);

/* The open or snoozed follow-up's effective due time: its due time, or
 * the end of its snooze when that is later. */
GDateTime  *fu_rules_effective_due     (FuFollowUp            *follow_up);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FuRulesChange, fu_rules_change_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FuRulesPass, fu_rules_pass_free)

G_END_DECLS
