/* fu-rules-runner.h: runs the follow-up engine when it matters
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keeps a store's follow-ups up to date: runs the rules after a load and
 * after every edit (FuStore::changed), when a rule setting changes in
 * GSettings, and when the clock reaches the next instant that matters (a
 * round ending, a decision date passing, a follow-up falling due), with a
 * plain GLib timeout.  A run that takes longer than a few milliseconds
 * goes on in idle slices (fu_rules_runner_get_busy()).
 */
#pragma once

#include <gio/gio.h>

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_RULES_RUNNER (fu_rules_runner_get_type ())

G_DECLARE_FINAL_TYPE (FuRulesRunner, fu_rules_runner, FU, RULES_RUNNER, GObject)

FuRulesRunner *fu_rules_runner_new             (FuStore       *store,
                                                GSettings     *settings);
/* Runs the rules now (when the store is loaded and writable), unless a
 * run is under way, and re-arms the timer when done. */
void           fu_rules_runner_run             (FuRulesRunner *self);
/* When the runner will look again, or NULL. */
GDateTime     *fu_rules_runner_get_next_wakeup (FuRulesRunner *self);
/* How many runs were done: evaluated, and their changes made. */
guint          fu_rules_runner_get_n_runs      (FuRulesRunner *self);
gboolean       fu_rules_runner_get_busy        (FuRulesRunner *self);

/* For tests: the clock the runner reads (NULL: the real one). */
typedef GDateTime *(*FuRulesClock) (gpointer user_data);
void           fu_rules_runner_set_clock       (FuRulesRunner *self,
                                                FuRulesClock   clock,
                                                gpointer       user_data);
/* For tests: the work done in one go, in microseconds (0: one job's
 * evaluation or one change at a time). */
void           fu_rules_runner_set_slice       (FuRulesRunner *self,
                                                guint          usec);

G_END_DECLS
