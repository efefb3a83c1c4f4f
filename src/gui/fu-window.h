/* fu-window.h
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-application.h"

G_BEGIN_DECLS

#define FU_TYPE_WINDOW (fu_window_get_type ())

G_DECLARE_FINAL_TYPE (FuWindow, fu_window, FU, WINDOW, AdwApplicationWindow)

FuWindow *fu_window_new (FuApplication *application);

G_END_DECLS
