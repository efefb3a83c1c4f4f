/* fu-board-column.h: one stage of the pipeline, as a column of cards
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-job-index.h"

G_BEGIN_DECLS

#define FU_TYPE_BOARD_COLUMN (fu_board_column_get_type ())

G_DECLARE_FINAL_TYPE (FuBoardColumn, fu_board_column, FU, BOARD_COLUMN, GtkWidget)

/* The column of closed jobs has no stage of its own. */
#define FU_BOARD_COLUMN_CLOSED ((FuStage) 100)

GtkWidget *fu_board_column_new        (FuStage        stage);
FuStage    fu_board_column_get_stage  (FuBoardColumn *self);
void       fu_board_column_set_jobs   (FuBoardColumn *self,
                                       GListModel    *jobs,
                                       FuJobIndex    *index);
guint      fu_board_column_get_n_jobs (FuBoardColumn *self);
/* A filter on top of the stage (the search), or NULL for none. */
void       fu_board_column_set_filter (FuBoardColumn *self,
                                       GtkFilter     *filter);
/* Re-reads which jobs belong here and in which order. */
/* Looks at every job's stage again, and/or sorts again. */
void       fu_board_column_refresh    (FuBoardColumn *self,
                                       gboolean       stages,
                                       gboolean       order);
/* Scrolls to @job's card and gives it the keyboard focus. */
void       fu_board_column_focus_job  (FuBoardColumn *self,
                                       FuJob         *job);
void       fu_board_column_scroll_to_top (FuBoardColumn *self);
/* Focuses the top card; FALSE when the column is empty. */
gboolean   fu_board_column_focus_first (FuBoardColumn *self);

G_END_DECLS
