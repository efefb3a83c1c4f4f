/* fu-preferences-window.h
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FU_TYPE_PREFERENCES_WINDOW (fu_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (FuPreferencesWindow, fu_preferences_window, FU, PREFERENCES_WINDOW, AdwPreferencesWindow)

FuPreferencesWindow *fu_preferences_window_new (GSettings *settings);

G_END_DECLS
