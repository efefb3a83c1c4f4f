/* fu-application.h
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fu-notifier.h"
#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_APPLICATION (fu_application_get_type ())

G_DECLARE_FINAL_TYPE (FuApplication, fu_application, FU, APPLICATION, AdwApplication)

FuApplication *fu_application_new          (void);
GSettings     *fu_application_get_settings (FuApplication *self);
FuStore       *fu_application_get_store    (FuApplication *self);
FuNotifier    *fu_application_get_notifier (FuApplication *self);
gint64         fu_application_get_start_time (void);

G_END_DECLS
