/* fu-template-editor.h: edit one of the composer's templates
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_TEMPLATE_EDITOR (fu_template_editor_get_type ())

G_DECLARE_FINAL_TYPE (FuTemplateEditor, fu_template_editor, FU, TEMPLATE_EDITOR, AdwWindow)

FuTemplateEditor *fu_template_editor_new (FuStore    *store,
                                          const char *purpose);

G_END_DECLS
