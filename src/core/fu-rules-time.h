/* fu-rules-time.h: calendar arithmetic for the follow-up rules
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GDateTime *fu_rules_add_days    (GDateTime *time,
                                 GTimeZone *zone,
                                 int        days);
GDateTime *fu_rules_add_minutes (GDateTime *time,
                                 int        minutes);
GDateTime *fu_rules_at_date     (GDate     *date,
                                 GTimeZone *zone,
                                 int        hour);

G_END_DECLS
