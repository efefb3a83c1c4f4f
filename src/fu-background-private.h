/* fu-background-private.h: what the tests may touch
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fu-background.h"

G_BEGIN_DECLS

/* Makes FuBackground act as inside (or outside) the Flatpak, so the
 * portal path can be tested against a stand-in portal. */
void fu_background_set_sandboxed (gboolean sandboxed);

G_END_DECLS
