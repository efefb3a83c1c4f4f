/* fu-preferences-timing.c: the "Follow-up Timing" page of Preferences
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built from a table rather than 20 copies of the same XML: each rule is
 * an expander row with its on/off switch, holding one spin button per
 * offset.  Ranges come from the schema, so the two never disagree.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-agenda.h"
#include "fu-preferences-timing.h"

static const struct {
  const char *title;
  int         first;
  int         last;
} groups[] = {
  { N_("Applying"), 1, 3 },
  { N_("Interviews"), 4, 12 },
  { N_("Quiet Jobs and Offers"), 13, 14 },
  { N_("After a Job Closes"), 15, 19 },
  { N_("Staying in Touch"), 20, 20 },
};

/* What each rule's offset counts, in its unit (fu-rules-settings.h). */
static const char *
offset_title (int rule)
{
  switch (rule)
    {
    case 1: return _("Days before the apply-by date");
    case 2: return _("Days after applying");
    case 3: return _("Days after the second nudge");
    case 4: return _("Days before the round");
    case 5: return _("Minutes before the round starts");
    case 6: return _("Minutes after the round ends");
    case 7: return _("Hours after the round ends");
    case 8: return _("Hours after the thank-you note (0: with it)");
    case 9: return _("Days after the recruiter interview");
    case 10: return _("Days before the hiring-manager interview");
    case 11: return _("Days before the decision date");
    case 12: return _("Days after the decision date");
    case 13: return _("Days after the last activity");
    case 14: return _("Days before the offer deadline");
    case 15: return _("Days after accepting an offer");
    case 16: return _("Days after withdrawing");
    case 17: return _("Days after the position went");
    case 18: return _("Days after a rejection");
    case 19: return _("Days after the job closed");
    case 20: default: return _("Days between notes");
    }
}

static void
add_offset_row (AdwExpanderRow *expander,
                GSettings      *settings,
                const char     *rule_title,
                const char     *key,
                const char     *title)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) bounds = NULL;
  g_autofree char *accessible = NULL;
  const char *kind;
  int lower = 0, upper = 999;
  GtkWidget *row, *spin;

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &kind, &bounds);
  if (g_str_equal (kind, "range"))
    g_variant_get (bounds, "(ii)", &lower, &upper);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  spin = gtk_spin_button_new_with_range (lower, upper, 1);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  /* Translators: the first %s is a rule such as "Send a thank-you note",
   * the second what its number counts, such as "Days after applying" */
  accessible = g_strdup_printf (_("%s: %s"), rule_title, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (spin), "fu-settings-key", g_strdup (key), g_free);
  g_settings_bind (settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_expander_row_add_row (expander, row);
}

static GtkWidget *
rule_row (GSettings *settings,
          int        rule)
{
  const char *title = fu_agenda_rule_title (rule);
  g_autofree char *enabled_key = g_strdup_printf ("rule-%d-enabled", rule);
  g_autofree char *offset_key = g_strdup_printf ("rule-%d-offset", rule);
  g_autofree char *accessible = NULL;
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  /* Translators: %s is a rule such as "Send a thank-you note" */
  accessible = g_strdup_printf (_("Remind me: %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (toggle), "fu-settings-key", g_strdup (enabled_key), g_free);
  g_settings_bind (settings, enabled_key, toggle, "active", G_SETTINGS_BIND_DEFAULT);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), toggle);

  add_offset_row (ADW_EXPANDER_ROW (expander), settings, title, offset_key, offset_title (rule));
  if (rule == 2)
    add_offset_row (ADW_EXPANDER_ROW (expander), settings, title, "rule-2-second-offset",
                    _("Days from the first nudge to the second"));
  if (rule == 17)
    add_offset_row (ADW_EXPANDER_ROW (expander), settings, title, "rule-17-check-in-offset",
                    _("Days from the thanks to the check-in"));

  return expander;
}

void
fu_preferences_timing_populate (AdwPreferencesPage *page,
                                GSettings          *settings)
{
  g_return_if_fail (ADW_IS_PREFERENCES_PAGE (page));
  g_return_if_fail (G_IS_SETTINGS (settings));

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

      adw_preferences_group_set_title (group, _(groups[g].title));
      if (g == 0)
        adw_preferences_group_set_description (group,
                                               _("When FollowUp reminds you of each step. A change moves the "
                                                 "open follow-ups at once; quiet hours and the home time zone "
                                                 "are on the General page."));
      for (int rule = groups[g].first; rule <= groups[g].last; rule++)
        adw_preferences_group_add (group, rule_row (settings, rule));
      adw_preferences_page_add (page, group);
    }
}
