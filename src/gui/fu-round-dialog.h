/* fu-round-dialog.h: one interview round, edited in place
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_ROUND_DIALOG (fu_round_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FuRoundDialog, fu_round_dialog, FU, ROUND_DIALOG, AdwWindow)

FuRoundDialog *fu_round_dialog_new       (GtkWindow *parent,
                                          FuStore   *store,
                                          FuJob     *job,
                                          FuRound   *round);
FuRound       *fu_round_dialog_get_round (FuRoundDialog *self);

G_END_DECLS
