/* fu-preferences-composer.h: the composer's pages of Preferences
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-store.h"

G_BEGIN_DECLS

/* Adds "Templates" (edit and reset the composer's templates, kept in the
 * data file) and "Spelling" (the default language and the personal
 * dictionary) to @window.  @store may be NULL: no Templates page. */
void fu_preferences_composer_add_pages (AdwPreferencesWindow *window,
                                        FuStore              *store,
                                        GSettings            *settings);

G_END_DECLS
