/* fu-job-words.h: the names of round kinds, parts and channels, as the job
 * page and its dialogs show them
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fu-enums.h"

G_BEGIN_DECLS

const char *fu_round_kind_get_title  (FuRoundKind kind);
const char *fu_part_get_title        (FuPart      part);
const char *fu_channel_get_title     (FuChannel   channel);
/* "Email from them", "Call to them": an interaction in a few words. */
const char *fu_interaction_describe  (FuChannel   channel,
                                      FuDirection direction);
/* GtkStringLists of the titles, in enum order (for combo rows, where the
 * position is the enum value). */
GListModel *fu_round_kind_list_new   (void);
GListModel *fu_part_list_new         (void);
GListModel *fu_channel_list_new      (void);

G_END_DECLS
