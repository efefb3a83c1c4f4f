/* fu-gui.c: things every FollowUp widget needs
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-board.h"
#include "fu-board-column.h"
#include "fu-card-avatar.h"
#include "fu-card-text.h"
#include "fu-close-job-dialog.h"
#include "fu-composer-page.h"
#include "fu-composer-window.h"
#include "fu-contact-page.h"
#include "fu-contact-row.h"
#include "fu-contacts-view.h"
#include "fu-date-entry.h"
#include "fu-follow-up-row.h"
#include "fu-follow-ups-view.h"
#include "fu-gui.h"
#include "fu-interaction-dialog.h"
#include "fu-job-card.h"
#include "fu-job-page.h"
#include "fu-new-job-dialog.h"
#include "fu-preferences-window.h"
#include "fu-round-dialog.h"
#include "fu-template-editor.h"
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
  g_type_ensure (FU_TYPE_BOARD);
  g_type_ensure (FU_TYPE_BOARD_COLUMN);
  g_type_ensure (FU_TYPE_CARD_AVATAR);
  g_type_ensure (FU_TYPE_CARD_TEXT);
  g_type_ensure (FU_TYPE_CLOSE_JOB_DIALOG);
  g_type_ensure (FU_TYPE_COMPOSER_PAGE);
  g_type_ensure (FU_TYPE_COMPOSER_WINDOW);
  g_type_ensure (FU_TYPE_CONTACT_PAGE);
  g_type_ensure (FU_TYPE_CONTACT_ROW);
  g_type_ensure (FU_TYPE_CONTACTS_VIEW);
  g_type_ensure (FU_TYPE_DATE_ENTRY);
  g_type_ensure (FU_TYPE_INTERACTION_DIALOG);
  g_type_ensure (FU_TYPE_FOLLOW_UP_ROW);
  g_type_ensure (FU_TYPE_FOLLOW_UPS_VIEW);
  g_type_ensure (FU_TYPE_JOB_CARD);
  g_type_ensure (FU_TYPE_JOB_PAGE);
  g_type_ensure (FU_TYPE_NEW_JOB_DIALOG);
  g_type_ensure (FU_TYPE_PREFERENCES_WINDOW);
  g_type_ensure (FU_TYPE_ROUND_DIALOG);
  g_type_ensure (FU_TYPE_TEMPLATE_EDITOR);
  g_type_ensure (FU_TYPE_WINDOW);
}
