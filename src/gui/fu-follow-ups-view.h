/* fu-follow-ups-view.h: what to do next, grouped by when
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-search.h"
#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_FOLLOW_UPS_VIEW (fu_follow_ups_view_get_type ())

G_DECLARE_FINAL_TYPE (FuFollowUpsView, fu_follow_ups_view, FU, FOLLOW_UPS_VIEW, GtkWidget)

FuFollowUpsView *fu_follow_ups_view_new             (void);
FuStore         *fu_follow_ups_view_get_store       (FuFollowUpsView *self);
void             fu_follow_ups_view_set_store       (FuFollowUpsView *self,
                                                     FuStore         *store);
/* Shows only the follow-ups @search matches; NULL for all. */
void             fu_follow_ups_view_set_search      (FuFollowUpsView *self,
                                                     FuSearch        *search);
/* How many follow-ups are due by the end of today (overdue included),
 * whatever the search: the view switcher's badge. */
guint            fu_follow_ups_view_get_n_due_today (FuFollowUpsView *self);
/* The list as shown: GtkStringObject headers and FuFollowUp items. */
GListModel      *fu_follow_ups_view_get_items       (FuFollowUpsView *self);

G_END_DECLS
