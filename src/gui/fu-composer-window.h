/* fu-composer-window.h: the composer, one tab per recipient
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-composer.h"

G_BEGIN_DECLS

#define FU_TYPE_COMPOSER_WINDOW (fu_composer_window_get_type ())

G_DECLARE_FINAL_TYPE (FuComposerWindow, fu_composer_window, FU, COMPOSER_WINDOW, AdwWindow)

FuComposerWindow *fu_composer_window_new        (FuStore          *store,
                                                 GSettings        *settings);
/* Adds a tab per draft (takes the drafts out of @drafts). */
void              fu_composer_window_add_drafts (FuComposerWindow *self,
                                                 GPtrArray        *drafts);
AdwTabView       *fu_composer_window_get_tab_view (FuComposerWindow *self);

/* Open the composer in @application, over @parent: for a follow-up (its
 * rule's template), for the thank-you notes of a round (one tab per
 * interviewer), or "Write Note" on a job or a contact (@job_id or
 * @contact_id NULL or ""; fu_composer_drafts_for_note() picks the note and
 * the person).  NULL when the records are gone. */
FuComposerWindow *fu_composer_window_open_follow_up (GtkApplication *application,
                                                     GtkWindow      *parent,
                                                     FuStore        *store,
                                                     GSettings      *settings,
                                                     const char     *follow_up_id);
FuComposerWindow *fu_composer_window_open_round     (GtkApplication *application,
                                                     GtkWindow      *parent,
                                                     FuStore        *store,
                                                     GSettings      *settings,
                                                     const char     *job_id,
                                                     const char     *round_id);
FuComposerWindow *fu_composer_window_open_contact   (GtkApplication *application,
                                                     GtkWindow      *parent,
                                                     FuStore        *store,
                                                     GSettings      *settings,
                                                     const char     *job_id,
                                                     const char     *contact_id);

G_END_DECLS
