/* fu-gui.h: things every FollowUp widget needs
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void fu_gui_ensure_resources (void);
void fu_gui_ensure_types     (void);

G_END_DECLS
