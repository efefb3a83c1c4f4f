/* fu-background.h: running with the window closed, and starting at login
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Follows the "run-in-background" setting (the user's consent, in
 * Preferences): while it is on, the application is held, so closing the
 * window keeps the notifications coming, and FollowUp starts hidden at
 * login with `followup --background`: inside the Flatpak through the
 * Background portal, outside it with an XDG autostart entry, removed when
 * the setting is turned off.  Quit from the menu still ends it.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FU_TYPE_BACKGROUND (fu_background_get_type ())

G_DECLARE_FINAL_TYPE (FuBackground, fu_background, FU, BACKGROUND, GObject)

FuBackground *fu_background_new                 (GtkApplication *application,
                                                 GSettings      *settings);
/* $XDG_CONFIG_HOME/autostart/<app id>.desktop */
char         *fu_background_get_autostart_path  (void);

G_END_DECLS
