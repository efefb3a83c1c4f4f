/* fu-test-ui.c: set-up shared by the tests that need a display
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "fu-test-ui.h"

/* G_TEST_OPTION_ISOLATE_DIRS would also replace XDG_DATA_DIRS, where the
 * MIME database lives: gdk-pixbuf then cannot tell an SVG icon from noise.
 * So UI tests get private per-user dirs by hand and keep the system ones. */
void
fu_test_ui_init (int    *argc,
                 char ***argv)
{
  static const char *vars[] = {
    "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *root = g_dir_make_tmp ("followup-test-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      g_autofree char *dir = g_build_filename (root, vars[i], NULL);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_setenv (vars[i], dir, TRUE);
    }

  g_test_init (argc, argv, NULL);
}
