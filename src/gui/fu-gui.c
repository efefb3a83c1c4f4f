/* fu-gui.c: things every FollowUp widget needs
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-gui.h"
#include "fu-preferences-window.h"
#include "fu-window.h"
#include "followup-resources.h"

/* The resources live in a static library, where a constructor that nothing
 * references is dropped by the linker; so every templated widget registers
 * them from its class_init, which also serves tests that never create the
 * application. */
void
fu_gui_ensure_resources (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      fu_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

/* Registers every widget type of the UI library, so GtkBuilder finds them
 * by name and the templates test can instantiate each one.  A new widget
 * adds its type here. */
void
fu_gui_ensure_types (void)
{
  g_type_ensure (FU_TYPE_PREFERENCES_WINDOW);
  g_type_ensure (FU_TYPE_WINDOW);
}
