/* fu-follow-up-row.h: one line of the follow-ups view
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows either a group header (a GtkStringObject) or a follow-up: what to
 * do, for whom, at which company, when and why, with Write note / Open
 * job, Snooze, Dismiss and Done.  The buttons are "agenda.*" actions of
 * the view and "win.open-job".
 */
#pragma once

#include <adwaita.h>

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_FOLLOW_UP_ROW (fu_follow_up_row_get_type ())

G_DECLARE_FINAL_TYPE (FuFollowUpRow, fu_follow_up_row, FU, FOLLOW_UP_ROW, GtkWidget)

GtkWidget  *fu_follow_up_row_new           (void);
/* @item is a GtkStringObject (a header) or a FuFollowUp; @store finds
 * the job and the contact; @now and @zone say when "today" is. */
void        fu_follow_up_row_bind          (FuFollowUpRow *self,
                                            GObject       *item,
                                            FuStore       *store,
                                            GDateTime     *now,
                                            GTimeZone     *zone);
void        fu_follow_up_row_unbind        (FuFollowUpRow *self);
FuFollowUp *fu_follow_up_row_get_follow_up (FuFollowUpRow *self);
/* Shows the job's and the person's names again (they live on other
 * records, which the row does not watch). */
void        fu_follow_up_row_refresh       (FuFollowUpRow *self);

G_END_DECLS
