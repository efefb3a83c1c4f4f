/* fu-contacts-view.h: the Contacts view, searchable and sorted
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-contact-index.h"
#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_CONTACTS_VIEW (fu_contacts_view_get_type ())

G_DECLARE_FINAL_TYPE (FuContactsView, fu_contacts_view, FU, CONTACTS_VIEW, AdwBin)

typedef enum {
  FU_CONTACTS_SORT_NAME,
  FU_CONTACTS_SORT_LAST_CONTACTED,
} FuContactsSort;

GtkWidget      *fu_contacts_view_new       (void);
FuStore        *fu_contacts_view_get_store (FuContactsView *self);
void            fu_contacts_view_set_store (FuContactsView *self,
                                            FuStore        *store);
/* Rebuilt on every change of the store; the sheet shares it. */
FuContactIndex *fu_contacts_view_get_index (FuContactsView *self);
void            fu_contacts_view_set_sort  (FuContactsView *self,
                                            FuContactsSort  sort);
/* The contacts as shown, filtered and sorted. */
GListModel     *fu_contacts_view_get_model (FuContactsView *self);

G_END_DECLS
