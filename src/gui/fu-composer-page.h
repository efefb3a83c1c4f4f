/* fu-composer-page.h: one draft of the composer, to one person
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-composer.h"

G_BEGIN_DECLS

#define FU_TYPE_COMPOSER_PAGE (fu_composer_page_get_type ())

G_DECLARE_FINAL_TYPE (FuComposerPage, fu_composer_page, FU, COMPOSER_PAGE, GtkBox)

/* Takes @draft. */
FuComposerPage *fu_composer_page_new        (FuStore        *store,
                                             GSettings      *settings,
                                             FuDraft        *draft);
const FuDraft  *fu_composer_page_get_draft  (FuComposerPage *self);
char           *fu_composer_page_dup_title  (FuComposerPage *self);
/* The text as it is now. */
char           *fu_composer_page_dup_body   (FuComposerPage *self);
void            fu_composer_page_set_body   (FuComposerPage *self,
                                             const char     *body);
/* The checks shown now (FuCheck), for tests. */
GPtrArray      *fu_composer_page_get_checks (FuComposerPage *self);
/* The checks of the subject line (FuCheck), for tests. */
GPtrArray      *fu_composer_page_get_subject_checks (FuComposerPage *self);
/* Runs the checks now rather than after the typing pause. */
void            fu_composer_page_check_now  (FuComposerPage *self);

G_END_DECLS
