/* fu-follow-up-row.c: one line of the follow-ups view
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-agenda.h"
#include "fu-card-text.h"
#include "fu-follow-up-row.h"
#include "fu-gui.h"
#include "fu-rules.h"
#include "fu-templates.h"

struct _FuFollowUpRow
{
  GtkWidget       parent_instance;

  FuFollowUp     *follow_up;
  FuStore        *store;
  GDateTime      *now;
  GTimeZone      *zone;
  gulong          notify_id;

  /* Template widgets */
  GtkStack       *stack;
  GtkLabel       *header_label;
  FuCardText     *what_label;
  FuCardText     *when_label;
  FuCardText     *who_label;
  FuCardText     *why_label;
  GtkButton      *note_button;
  GtkMenuButton  *snooze_button;
  GtkButton      *dismiss_button;
  GtkButton      *done_button;
};

G_DEFINE_FINAL_TYPE (FuFollowUpRow, fu_follow_up_row, GTK_TYPE_WIDGET)

GtkWidget *
fu_follow_up_row_new (void)
{
  return g_object_new (FU_TYPE_FOLLOW_UP_ROW, NULL);
}

FuFollowUp *
fu_follow_up_row_get_follow_up (FuFollowUpRow *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP_ROW (self), NULL);

  return self->follow_up;
}

/* The rules whose follow-up is a message to someone: the button offers
 * to write it; the others open the job. */
static char *
format_when (FuFollowUpRow *self,
             GDateTime     *due,
             FuAgendaGroup  group)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *clock = NULL;
  g_autofree char *day = NULL;

  if (due == NULL)
    return g_strdup (_("Any time"));

  local = g_date_time_to_timezone (due, self->zone);
  clock = g_date_time_format (local, "%H:%M");

  switch (group)
    {
    case FU_AGENDA_OVERDUE:
      {
        g_autoptr(GDateTime) today = fu_agenda_day_start (self->now, self->zone, 0);
        g_autoptr(GDateTime) yesterday = fu_agenda_day_start (self->now, self->zone, -1);
        g_autoptr(GDateTime) week_ago = fu_agenda_day_start (self->now, self->zone, -6);

        if (g_date_time_compare (due, today) >= 0)
          /* Translators: %s is a time of day */
          return g_strdup_printf (_("Today at %s"), clock);
        if (g_date_time_compare (due, yesterday) >= 0)
          /* Translators: %s is a time of day */
          return g_strdup_printf (_("Yesterday at %s"), clock);
        if (g_date_time_compare (due, week_ago) < 0)
          return g_strstrip (g_date_time_format (local, "%e %B"));
      }
      G_GNUC_FALLTHROUGH;
    case FU_AGENDA_THIS_WEEK:
      day = g_date_time_format (local, "%A");
      /* Translators: the first %s is a weekday, the second a time of day */
      return g_strdup_printf (_("%s at %s"), day, clock);
    case FU_AGENDA_TODAY:
      /* Translators: %s is a time of day */
      return g_strdup_printf (_("Today at %s"), clock);
    case FU_AGENDA_LATER:
    case FU_AGENDA_N_GROUPS:
    default:
      return g_strstrip (g_date_time_format (local, g_date_time_get_year (local) == g_date_time_get_year (self->now)
                                                    ? "%e %B" : "%e %B %Y"));
    }
}

static GMenuModel *
snooze_menu (const char *id)
{
  static const struct {
    const char *label;
    const char *choice;
  } items[] = {
    { N_("For an _Hour"), "hour" },
    { N_("Until _Tomorrow Morning"), "tomorrow" },
    { N_("Until _Next Week"), "next-week" },
  };
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenuItem) pick = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, "agenda.snooze",
                                               g_variant_new ("(ss)", id, items[i].choice));
      g_menu_append_item (menu, item);
    }
  pick = g_menu_item_new (_("_Pick a Time…"), NULL);
  g_menu_item_set_action_and_target_value (pick, "agenda.snooze-pick", g_variant_new_string (id));
  g_menu_append_item (section, pick);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));

  return G_MENU_MODEL (menu);
}

static void
render (FuFollowUpRow *self)
{
  static const char * const badges[] = { "error", "warning", "accent", NULL };
  FuFollowUp *follow_up = self->follow_up;
  FuJob *job = NULL;
  FuContact *contact = NULL;
  const char *job_id, *contact_id, *why, *what;
  gboolean note;
  g_autoptr(GString) who = g_string_new (NULL);
  g_autofree char *when = NULL;
  g_autofree char *accessible = NULL;
  GVariant *target;
  GDateTime *due;
  FuAgendaGroup group;

  job_id = fu_follow_up_get_job_id (follow_up);
  contact_id = fu_follow_up_get_contact_id (follow_up);
  if (self->store != NULL && job_id != NULL)
    job = fu_store_find_job (self->store, job_id);
  if (self->store != NULL && contact_id != NULL)
    contact = fu_store_find_contact (self->store, contact_id);

  what = fu_agenda_what (follow_up);
  fu_card_text_set_text (self->what_label, what);

  /* For whom, and where: "Jane Doe · AT&T <Labs> · Site Reliability Engineer". */
  if (contact != NULL && fu_contact_get_name (contact) != NULL && fu_contact_get_name (contact)[0])
    g_string_append (who, fu_contact_get_name (contact));
  if (job != NULL || contact != NULL)
    {
      const char *company = job != NULL ? fu_job_get_company (job) : fu_contact_get_company (contact);
      const char *title = job != NULL ? fu_job_get_title (job) : NULL;

      if (company != NULL && company[0])
        g_string_append_printf (who, "%s%s", who->len > 0 ? " · " : "", company);
      if (title != NULL && title[0])
        g_string_append_printf (who, "%s%s", who->len > 0 ? " · " : "", title);
    }
  fu_card_text_set_text (self->who_label, who->str);
  gtk_widget_set_visible (GTK_WIDGET (self->who_label), who->len > 0);

  why = fu_follow_up_get_explanation (follow_up);
  fu_card_text_set_text (self->why_label, why != NULL ? why : "");
  gtk_widget_set_visible (GTK_WIDGET (self->why_label), why != NULL && why[0] && g_strcmp0 (why, what) != 0);

  due = fu_rules_effective_due (follow_up);
  group = fu_agenda_group_for (due, self->now, self->zone);
  when = format_when (self, due, group);
  if (fu_follow_up_get_state (follow_up) == FU_FOLLOW_UP_STATE_SNOOZED)
    {
      g_autofree char *snoozed = NULL;

      /* Translators: %s is when, such as "Today at 14:00" */
      snoozed = g_strdup_printf (_("Snoozed, %s"), when);
      g_free (when);
      when = g_steal_pointer (&snoozed);
    }
  fu_card_text_set_text (self->when_label, when);
  for (guint i = 0; badges[i] != NULL; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->when_label), badges[i]);
  if (group < G_N_ELEMENTS (badges) - 1)
    gtk_widget_add_css_class (GTK_WIDGET (self->when_label), badges[group]);

  note = fu_templates_rule_has_note (fu_follow_up_get_kind (follow_up));
  /* Rule 9 is a phone call: the composer opens on its call sheet. */
  if (fu_follow_up_get_kind (follow_up) == 9)
    gtk_button_set_label (self->note_button, _("_Prepare Call"));
  else
    gtk_button_set_label (self->note_button, note ? _("_Write Note") : _("_Open Job"));
  gtk_widget_set_visible (GTK_WIDGET (self->note_button), job != NULL);
  /* Target first, then the action: an action without its target warns.
   * A note opens the composer on this follow-up; anything else the job. */
  if (job != NULL)
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->note_button),
                                              g_variant_new_string (note ? fu_follow_up_get_id (follow_up) : job_id));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->note_button), note ? "app.compose" : "win.open-job");
    }

  target = g_variant_ref_sink (g_variant_new_string (fu_follow_up_get_id (follow_up)));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->done_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->dismiss_button), target);
  g_variant_unref (target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->done_button), "agenda.done");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->dismiss_button), "agenda.dismiss");
  /* A menu built for another follow-up is stale now: drop it. */
  if (gtk_menu_button_get_popover (self->snooze_button) != NULL)
    gtk_menu_button_set_menu_model (self->snooze_button, NULL);

  accessible = g_strdup_printf ("%s. %s. %s. %s", what, who->str, when, why != NULL ? why : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* A popover per row costs more than the rest of the row: the menu is
 * built when it is opened. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  FuFollowUpRow *self = FU_FOLLOW_UP_ROW (user_data);
  g_autoptr(GMenuModel) menu = NULL;

  if (self->follow_up == NULL)
    return;

  menu = snooze_menu (fu_follow_up_get_id (self->follow_up));
  gtk_menu_button_set_menu_model (button, menu);
}

void
fu_follow_up_row_unbind (FuFollowUpRow *self)
{
  g_return_if_fail (FU_IS_FOLLOW_UP_ROW (self));

  if (self->follow_up != NULL)
    g_clear_signal_handler (&self->notify_id, self->follow_up);
  g_clear_object (&self->follow_up);
  g_clear_object (&self->store);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->zone, g_time_zone_unref);
}

void
fu_follow_up_row_refresh (FuFollowUpRow *self)
{
  g_return_if_fail (FU_IS_FOLLOW_UP_ROW (self));

  if (self->follow_up != NULL)
    render (self);
}

void
fu_follow_up_row_bind (FuFollowUpRow *self,
                       GObject       *item,
                       FuStore       *store,
                       GDateTime     *now,
                       GTimeZone     *zone)
{
  g_return_if_fail (FU_IS_FOLLOW_UP_ROW (self));
  g_return_if_fail (now != NULL && zone != NULL);

  fu_follow_up_row_unbind (self);

  if (GTK_IS_STRING_OBJECT (item))
    {
      const char *title = gtk_string_object_get_string (GTK_STRING_OBJECT (item));

      gtk_label_set_text (self->header_label, title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      gtk_stack_set_visible_child_name (self->stack, "header");
      return;
    }

  g_return_if_fail (FU_IS_FOLLOW_UP (item));

  self->follow_up = g_object_ref (FU_FOLLOW_UP (item));
  self->store = store != NULL ? g_object_ref (store) : NULL;
  self->now = g_date_time_ref (now);
  self->zone = g_time_zone_ref (zone);
  /* A change that keeps the row in place (a new explanation) shows at once. */
  self->notify_id = g_signal_connect_object (self->follow_up, "notify", G_CALLBACK (render),
                                             self, G_CONNECT_SWAPPED);
  render (self);
  gtk_stack_set_visible_child_name (self->stack, "follow-up");
}

static void
fu_follow_up_row_dispose (GObject *object)
{
  FuFollowUpRow *self = FU_FOLLOW_UP_ROW (object);

  fu_follow_up_row_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_FOLLOW_UP_ROW);

  G_OBJECT_CLASS (fu_follow_up_row_parent_class)->dispose (object);
}

static void
fu_follow_up_row_class_init (FuFollowUpRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_follow_up_row_dispose;

  fu_gui_ensure_resources ();
  g_type_ensure (FU_TYPE_CARD_TEXT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-follow-up-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpRow, stack);
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpRow, header_label);
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpRow, what_label);
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpRow, when_label);
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpRow, who_label);
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpRow, why_label);
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpRow, note_button);
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpRow, snooze_button);
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpRow, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, FuFollowUpRow, done_button);

  gtk_widget_class_set_css_name (widget_class, "fufollowuprow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fu_follow_up_row_init (FuFollowUpRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Wrapping GtkLabels were laid out anew for every width the list
   * measured a row at: most of the work of a letter typed on this page. */
  fu_card_text_set_format (self->what_label, 0, FALSE, 0.0);
  fu_card_text_set_format (self->who_label, 0, FALSE, 0.0);
  fu_card_text_set_format (self->why_label, 0, FALSE, 0.0);
  /* The badge keeps its words on one line when it can, flush right. */
  fu_card_text_set_format (self->when_label, 0, FALSE, 1.0);
  gtk_menu_button_set_create_popup_func (self->snooze_button, create_popup_cb, self, NULL);
}
