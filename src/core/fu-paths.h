/* fu-paths.h: where FollowUp keeps its data
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *fu_paths_data_dir  (void);
char *fu_paths_data_file (void);

G_END_DECLS
