/* fu-paths.c: where FollowUp keeps its data
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-paths.h"

/* $XDG_DATA_HOME/followup; inside the Flatpak, GLib already points
 * XDG_DATA_HOME at ~/.var/app/com.example.FollowUp/data. */
char *
fu_paths_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "followup", NULL);
}

char *
fu_paths_data_file (void)
{
  return g_build_filename (g_get_user_data_dir (), "followup", "followup.json", NULL);
}
