/* fu-notifier.h: due follow-ups as desktop notifications
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Watches the store's follow-ups and shows one notification (libnotify)
 * when one falls due: what to do, for whom, at which company, with
 * "Open", "Snooze" and "Done".  It wakes at the next due time with a
 * wall-clock timer, so suspend and clock changes are handled without
 * polling.  Each follow-up is notified once per due time (stored as its
 * last-notified), again when a snooze ends; quiet hours hold
 * notifications back; more than three at once become one summary.
 */
#pragma once

#include <gtk/gtk.h>

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_NOTIFIER (fu_notifier_get_type ())

G_DECLARE_FINAL_TYPE (FuNotifier, fu_notifier, FU, NOTIFIER, GObject)

FuNotifier *fu_notifier_new   (GtkApplication *application,
                               FuStore        *store,
                               GSettings      *settings);
/* Starts the notifier thread and the timer. */
void        fu_notifier_start (FuNotifier     *self);
/* Closes the shown notifications and stops, without waiting on a server
 * that does not answer. */
void        fu_notifier_stop  (FuNotifier     *self);

G_END_DECLS
