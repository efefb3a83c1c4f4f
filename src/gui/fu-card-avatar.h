/* fu-card-avatar.h: the avatar of a card on the board
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FU_TYPE_CARD_AVATAR (fu_card_avatar_get_type ())

G_DECLARE_FINAL_TYPE (FuCardAvatar, fu_card_avatar, FU, CARD_AVATAR, GtkWidget)

/* The initials and the color come from @text (a company's name). */
void fu_card_avatar_set_text (FuCardAvatar *self,
                              const char   *text);

G_END_DECLS
