/* fu-contact-row.h: one contact in the Contacts view
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-contact-index.h"

G_BEGIN_DECLS

#define FU_TYPE_CONTACT_ROW (fu_contact_row_get_type ())

G_DECLARE_FINAL_TYPE (FuContactRow, fu_contact_row, FU, CONTACT_ROW, AdwBin)

GtkWidget  *fu_contact_row_new       (void);
FuContact  *fu_contact_row_get_contact (FuContactRow   *self);
void        fu_contact_row_set_contact (FuContactRow   *self,
                                        FuContact      *contact);
void        fu_contact_row_set_index (FuContactRow   *self,
                                      FuContactIndex *index);
/* "Hiring manager · Acme", as the row shows it under the name. */
char       *fu_contact_dup_summary   (FuContact      *contact);

G_END_DECLS
