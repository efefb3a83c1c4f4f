/* fu-search-private.h: what only tests and benchmarks may touch
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fu-search.h"

G_BEGIN_DECLS

/* Folds every text that is missing now, as the idle slices would. */
void     fu_search_fold_all     (FuSearch *self);
/* Whether texts are still to be folded in idle slices. */
gboolean fu_search_get_folding  (FuSearch *self);

G_END_DECLS
