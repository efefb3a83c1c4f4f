/* fu-test-ui.h: set-up shared by the tests that need a display
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void fu_test_ui_init (int    *argc,
                      char ***argv);

G_END_DECLS
