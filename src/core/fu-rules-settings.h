/* fu-rules-settings.h: the user's choices the follow-up rules depend on
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FU_RULES_N 20

/* One rule's switch and offsets, in the rule's own unit (see the
 * schema's descriptions and docs/rules.md): minutes for rules 5 and 6,
 * hours for rules 7 and 8, days for all others. */
typedef struct
{
  gboolean enabled;
  int      offset;
  /* Rule 2: days from the first nudge to the second; rule 17: days from
   * the thank-you to the check-in; unused by the other rules. */
  int      second_offset;
} FuRuleSetting;

/* A plain value, so the engine stays a pure function of it: nothing in
 * here changes behind the engine's back while it runs. */
typedef struct
{
  FuRuleSetting  rules[FU_RULES_N + 1];   /* by rule number; [0] unused */
  GTimeZone     *home_zone;
} FuRulesSettings;

FuRulesSettings *fu_rules_settings_new_default      (GTimeZone             *home_zone);
FuRulesSettings *fu_rules_settings_new_from_gsettings (GSettings           *settings);
FuRulesSettings *fu_rules_settings_copy             (const FuRulesSettings *settings);
void             fu_rules_settings_free             (FuRulesSettings       *settings);
gboolean         fu_rules_settings_equal            (const FuRulesSettings *a,
                                                     const FuRulesSettings *b);

/* The GSettings keys the rules read, NULL-terminated, so a watcher can
 * re-run the engine when one of them changes. */
const char * const *fu_rules_settings_get_keys      (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FuRulesSettings, fu_rules_settings_free)

G_END_DECLS
