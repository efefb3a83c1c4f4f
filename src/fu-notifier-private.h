/* fu-notifier-private.h: what the tests may touch
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fu-notifier.h"

G_BEGIN_DECLS

/* What the timer does when it fires or the clock is set: look at every
 * follow-up again, notify the due ones and re-arm. */
void       fu_notifier_rescan          (FuNotifier *self);
/* When the timer fires next, or NULL when nothing is waiting. */
GDateTime *fu_notifier_get_next_wakeup (FuNotifier *self);
/* After an edit the walk over the follow-ups is made in idle slices of
 * a few milliseconds; tests set how many follow-ups a slice looks at
 * (0: by time again). */
void       fu_notifier_set_scan_slice  (FuNotifier *self,
                                        guint       n_follow_ups);
/* How many calls to a notification server wait for an answer right now,
 * also from notifiers already stopped. */
int        fu_notifier_get_calls_waiting (void);

G_END_DECLS
