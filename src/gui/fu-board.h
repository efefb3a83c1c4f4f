/* fu-board.h: the pipeline board, one column per active stage
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_BOARD (fu_board_get_type ())

G_DECLARE_FINAL_TYPE (FuBoard, fu_board, FU, BOARD, GtkWidget)

FuStore  *fu_board_get_store       (FuBoard  *self);
void      fu_board_set_store       (FuBoard  *self,
                                    FuStore  *store);
gboolean  fu_board_get_show_closed (FuBoard  *self);
void      fu_board_set_show_closed (FuBoard  *self,
                                    gboolean  show_closed);
/* Shows only the jobs @filter matches (the search), NULL for all. */
void      fu_board_set_filter      (FuBoard   *self,
                                    GtkFilter *filter);
/* Narrow (a phone): one column at a time, picked from a stage list. */
void      fu_board_set_narrow      (FuBoard  *self,
                                    gboolean  narrow);
/* Brings a job's card into view and gives it the keyboard focus. */
void      fu_board_focus_job       (FuBoard  *self,
                                    FuJob    *job);

G_END_DECLS
