/* fu-interaction-dialog.h: log a call, email, meeting or note on a job
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_INTERACTION_DIALOG (fu_interaction_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FuInteractionDialog, fu_interaction_dialog, FU, INTERACTION_DIALOG, AdwMessageDialog)

FuInteractionDialog *fu_interaction_dialog_new (GtkWindow *parent,
                                                FuStore   *store,
                                                FuJob     *job);

G_END_DECLS
