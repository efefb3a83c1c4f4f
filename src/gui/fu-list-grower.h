/* fu-list-grower.h: feeds a scrolled list view a little more at a time
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FU_TYPE_LIST_GROWER (fu_list_grower_get_type ())

G_DECLARE_FINAL_TYPE (FuListGrower, fu_list_grower, FU, LIST_GROWER, GObject)

FuListGrower *fu_list_grower_new    (GtkSliceListModel *slice,
                                     GtkScrolledWindow *scroller);
void          fu_list_grower_ensure (FuListGrower      *self,
                                     guint              at_least);

G_END_DECLS
