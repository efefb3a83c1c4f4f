/* fu-card-text.h: a card's text, laid out once per width
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FU_TYPE_CARD_TEXT (fu_card_text_get_type ())

G_DECLARE_FINAL_TYPE (FuCardText, fu_card_text, FU, CARD_TEXT, GtkWidget)

const char *fu_card_text_get_text   (FuCardText *self);
void        fu_card_text_set_text   (FuCardText *self,
                                     const char *text);
/* @lines at most (0: as many as the text takes); with @ellipsize the
 * last one ends in an ellipsis, else the text is never narrower than its
 * one line (or, without a limit, wraps between any characters). */
void        fu_card_text_set_format (FuCardText *self,
                                     int         lines,
                                     gboolean    ellipsize,
                                     float       xalign);

G_END_DECLS
