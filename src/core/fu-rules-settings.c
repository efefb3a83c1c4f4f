/* fu-rules-settings.c: the user's choices the follow-up rules depend on
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kept apart from the engine so the engine never touches GSettings: tests
 * hand it a struct, the application loads one from the schema.
 */
#include "config.h"

#include <string.h>

#include "fu-rules-settings.h"

/* The defaults of domain.md's table; the schema carries the same values
 * (tests/test-rules.c checks that they agree). */
static const FuRuleSetting default_rules[FU_RULES_N + 1] = {
  [1]  = { TRUE, 2, 0 },     /* days before the apply-by date */
  [2]  = { TRUE, 7, 7 },     /* days after applying, then days after nudge 1 */
  [3]  = { TRUE, 7, 0 },     /* days after the second nudge */
  [4]  = { TRUE, 1, 0 },     /* days before the round */
  [5]  = { TRUE, 30, 0 },    /* minutes before the round */
  [6]  = { TRUE, 60, 0 },    /* minutes after the end */
  [7]  = { TRUE, 24, 0 },    /* hours after the end */
  [8]  = { TRUE, 0, 0 },     /* hours after the thank-you note */
  [9]  = { TRUE, 3, 0 },     /* days after the round */
  [10] = { TRUE, 2, 0 },     /* days before the hiring-manager interview */
  [11] = { TRUE, 3, 0 },     /* days before the decision date */
  [12] = { TRUE, 1, 0 },     /* days after the decision date */
  [13] = { TRUE, 14, 0 },    /* days after the last activity */
  [14] = { TRUE, 2, 0 },     /* days before the offer deadline */
  [15] = { TRUE, 1, 0 },     /* days after accepting */
  [16] = { TRUE, 1, 0 },     /* days after closing */
  [17] = { TRUE, 1, 60 },    /* days after closing, then days to the check-in */
  [18] = { TRUE, 1, 0 },     /* days after closing */
  [19] = { TRUE, 2, 0 },     /* days after closing */
  [20] = { TRUE, 90, 0 },    /* days between notes */
};

static const char * const rule_keys[] = {
  "home-time-zone",
  "rule-1-enabled", "rule-1-offset",
  "rule-2-enabled", "rule-2-offset", "rule-2-second-offset",
  "rule-3-enabled", "rule-3-offset",
  "rule-4-enabled", "rule-4-offset",
  "rule-5-enabled", "rule-5-offset",
  "rule-6-enabled", "rule-6-offset",
  "rule-7-enabled", "rule-7-offset",
  "rule-8-enabled", "rule-8-offset",
  "rule-9-enabled", "rule-9-offset",
  "rule-10-enabled", "rule-10-offset",
  "rule-11-enabled", "rule-11-offset",
  "rule-12-enabled", "rule-12-offset",
  "rule-13-enabled", "rule-13-offset",
  "rule-14-enabled", "rule-14-offset",
  "rule-15-enabled", "rule-15-offset",
  "rule-16-enabled", "rule-16-offset",
  "rule-17-enabled", "rule-17-offset", "rule-17-check-in-offset",
  "rule-18-enabled", "rule-18-offset",
  "rule-19-enabled", "rule-19-offset",
  "rule-20-enabled", "rule-20-offset",
  NULL
};

const char * const *
fu_rules_settings_get_keys (void)
{
  return rule_keys;
}

FuRulesSettings *
fu_rules_settings_new_default (GTimeZone *home_zone)
{
  FuRulesSettings *self = g_new0 (FuRulesSettings, 1);

  memcpy (self->rules, default_rules, sizeof default_rules);
  self->home_zone = home_zone != NULL ? g_time_zone_ref (home_zone)
                                      : g_time_zone_new_utc ();

  return self;
}

/* An empty or unknown identifier falls back to the system's zone: the
 * Preference starts out empty ("read at first start"), and a zone that
 * this system's tzdata lacks should not stop the rules. */
static GTimeZone *
home_zone_from_id (const char *id)
{
  GTimeZone *zone = NULL;

  if (id != NULL && *id != '\0')
    zone = g_time_zone_new_identifier (id);

  return zone != NULL ? zone : g_time_zone_new_local ();
}

FuRulesSettings *
fu_rules_settings_new_from_gsettings (GSettings *settings)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autofree char *zone_id = NULL;
  FuRulesSettings *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  zone_id = g_settings_get_string (settings, "home-time-zone");
  zone = home_zone_from_id (zone_id);
  self = fu_rules_settings_new_default (zone);

  for (guint n = 1; n <= FU_RULES_N; n++)
    {
      g_autofree char *enabled_key = g_strdup_printf ("rule-%u-enabled", n);
      g_autofree char *offset_key = g_strdup_printf ("rule-%u-offset", n);

      self->rules[n].enabled = g_settings_get_boolean (settings, enabled_key);
      self->rules[n].offset = g_settings_get_int (settings, offset_key);
    }
  self->rules[2].second_offset = g_settings_get_int (settings, "rule-2-second-offset");
  self->rules[17].second_offset = g_settings_get_int (settings, "rule-17-check-in-offset");

  return self;
}

FuRulesSettings *
fu_rules_settings_copy (const FuRulesSettings *settings)
{
  FuRulesSettings *self;

  g_return_val_if_fail (settings != NULL, NULL);

  self = g_new0 (FuRulesSettings, 1);
  memcpy (self->rules, settings->rules, sizeof self->rules);
  self->home_zone = g_time_zone_ref (settings->home_zone);

  return self;
}

void
fu_rules_settings_free (FuRulesSettings *settings)
{
  if (settings == NULL)
    return;

  g_time_zone_unref (settings->home_zone);
  g_free (settings);
}

gboolean
fu_rules_settings_equal (const FuRulesSettings *a,
                         const FuRulesSettings *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  for (guint n = 1; n <= FU_RULES_N; n++)
    {
      if (!a->rules[n].enabled != !b->rules[n].enabled ||
          a->rules[n].offset != b->rules[n].offset ||
          a->rules[n].second_offset != b->rules[n].second_offset)
        return FALSE;
    }

  return g_strcmp0 (g_time_zone_get_identifier (a->home_zone),
                    g_time_zone_get_identifier (b->home_zone)) == 0;
}
