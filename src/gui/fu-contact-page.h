/* fu-contact-page.h: the sheet of one contact
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field saves as it is edited (the store saves by itself); the
 * jobs, interactions, "last contacted" and next follow-up come from the
 * FuContactIndex the Contacts view keeps up to date.
 */
#pragma once

#include <adwaita.h>

#include "fu-contact-index.h"
#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_CONTACT_PAGE (fu_contact_page_get_type ())

G_DECLARE_FINAL_TYPE (FuContactPage, fu_contact_page, FU, CONTACT_PAGE, AdwBin)

GtkWidget *fu_contact_page_new         (void);
FuStore   *fu_contact_page_get_store   (FuContactPage  *self);
void       fu_contact_page_set_store   (FuContactPage  *self,
                                        FuStore        *store);
void       fu_contact_page_set_index   (FuContactPage  *self,
                                        FuContactIndex *index);
FuContact *fu_contact_page_get_contact (FuContactPage  *self);
void       fu_contact_page_set_contact (FuContactPage  *self,
                                        FuContact      *contact);
void       fu_contact_page_show_toast  (FuContactPage  *self,
                                        const char     *text);
/* Puts the keyboard focus in the name field (for a new contact). */
void       fu_contact_page_focus_name  (FuContactPage  *self);

G_END_DECLS
