/* fu-preferences-timing.h: the "Follow-up Timing" page of Preferences
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Fills @page with a switch and the offsets of every rule, bound to the
 * `rule-N-*` keys of @settings.  The rules runner re-runs on a change, so
 * open follow-ups move at once. */
void fu_preferences_timing_populate (AdwPreferencesPage *page,
                                     GSettings          *settings);

G_END_DECLS
