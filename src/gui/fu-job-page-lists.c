/* fu-job-page-lists.c: the lists of the job page
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rounds, people, follow-ups, calls and emails, and the stage history,
 * each a list box bound to a model: the job's own lists, or the store's
 * collections filtered to this job.  A row follows its record's
 * ::modified, so a rescheduled round or a moved follow-up reads right
 * without rebuilding the list.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-format.h"
#include "fu-rules.h"
#include "fu-job-page-private.h"
#include "fu-job-words.h"
#include "fu-round-dialog.h"

char *
fu_job_page_format_time (GDateTime *time,
                         GTimeZone *zone)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup ("");
  local = zone != NULL ? g_date_time_to_timezone (time, zone) : g_date_time_to_local (time);
  /* Translators: a date and time on the job page, see g_date_time_format() */
  return g_date_time_format (local, _("%a %-d %b %Y, %H:%M"));
}

char *
fu_job_page_contact_name (FuJobPage  *self,
                          const char *contact_id)
{
  FuContact *contact = self->store != NULL && contact_id != NULL ? fu_store_find_contact (self->store, contact_id) : NULL;
  const char *name = contact != NULL ? fu_contact_get_name (contact) : NULL;

  return g_strdup (name != NULL && name[0] != '\0' ? name : _("Someone"));
}

/* ---- rounds ---------------------------------------------------------- */

static int
compare_rounds (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GDateTime *sa = fu_round_get_start ((FuRound *) a);
  GDateTime *sb = fu_round_get_start ((FuRound *) b);

  if (sa == NULL || sb == NULL)
    return (sa == NULL) - (sb == NULL);
  return g_date_time_compare (sa, sb);
}

static void
update_round_row (AdwActionRow *row)
{
  FuJobPage *self = g_object_get_data (G_OBJECT (row), "page");
  FuRound *round = g_object_get_data (G_OBJECT (row), "round");
  g_autoptr(GTimeZone) zone = fu_round_dup_time_zone (round);
  GListModel *interviewers = fu_round_get_interviewers (round);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *start = fu_job_page_format_time (fu_round_get_start (round), zone);
  GtkWidget *thanks;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fu_round_kind_get_title (fu_round_get_kind (round)));
  if (fu_round_get_start (round) != NULL)
    {
      g_string_append (subtitle, start);
      if (fu_round_get_end (round) != NULL)
        {
          g_autoptr(GDateTime) end = g_date_time_to_timezone (fu_round_get_end (round), zone);
          g_autofree char *clock = g_date_time_format (end, "%H:%M");

          g_string_append_printf (subtitle, "–%s", clock);
        }
      if (fu_round_get_time_zone (round) != NULL)
        g_string_append_printf (subtitle, " (%s)", fu_round_get_time_zone (round));
    }
  else
    g_string_append (subtitle, _("No time set"));

  for (guint i = 0; i < g_list_model_get_n_items (interviewers); i++)
    {
      g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (interviewers, i);
      g_autofree char *name = fu_job_page_contact_name (self, fu_interviewer_get_contact_id (interviewer));

      g_string_append (subtitle, i == 0 ? "\n" : ", ");
      g_string_append (subtitle, name);
    }
  adw_action_row_set_subtitle (row, subtitle->str);

  /* Thank-you notes need someone to thank. */
  thanks = g_object_get_data (G_OBJECT (row), "thanks-button");
  if (thanks != NULL)
    {
      /* Translators: the accessible name of a round's button, %s is the
       * kind of round ("Panel interview") */
      g_autofree char *label = g_strdup_printf (_("Write Thank-You Notes for the %s"),
                                                fu_round_kind_get_title (fu_round_get_kind (round)));

      gtk_widget_set_visible (thanks, g_list_model_get_n_items (interviewers) > 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (thanks), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

static GtkWidget *
create_round_row (gpointer item,
                  gpointer user_data)
{
  FuJobPage *self = user_data;
  FuRound *round = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *thanks, *content;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "job-page.edit-round");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", fu_round_get_id (round));
  /* One draft per interviewer, in the composer (app.compose-round). */
  thanks = gtk_button_new ();
  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "mail-message-new-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Thank-You Notes"));
  gtk_button_set_child (GTK_BUTTON (thanks), content);
  gtk_widget_set_tooltip_text (thanks, _("Write a thank-you note to each interviewer"));
  gtk_widget_set_valign (thanks, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (thanks, "flat");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (thanks), "(ss)",
                                    self->job != NULL ? fu_job_get_id (self->job) : "",
                                    fu_round_get_id (round));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (thanks), "app.compose-round");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), thanks);
  g_object_set_data (G_OBJECT (row), "thanks-button", thanks);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data (G_OBJECT (row), "page", user_data);
  g_object_set_data_full (G_OBJECT (row), "round", g_object_ref (round), g_object_unref);
  g_signal_connect_object (round, "modified", G_CALLBACK (update_round_row), row, G_CONNECT_SWAPPED);
  update_round_row (ADW_ACTION_ROW (row));
  return row;
}

/* ---- people ------------------------------------------------------------ */

static void
on_part_selected_cb (AdwComboRow  *row,
                     GParamSpec   *pspec,
                     FuJobContact *link)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected != GTK_INVALID_LIST_POSITION)
    fu_job_contact_set_part (link, (FuPart) selected);
}

static GtkWidget *
create_person_row (gpointer item,
                   gpointer user_data)
{
  FuJobPage *self = user_data;
  FuJobContact *link = item;
  g_autofree char *name = fu_job_page_contact_name (self, fu_job_contact_get_contact_id (link));
  FuContact *contact = self->store != NULL ? fu_store_find_contact (self->store, fu_job_contact_get_contact_id (link)) : NULL;
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GListModel) parts = fu_part_list_new ();
  FuPart part = fu_job_contact_get_part (link);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (contact != NULL && fu_contact_get_email (contact) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), fu_contact_get_email (contact));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), parts);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), part >= FU_PART_OTHER ? (guint) part : GTK_INVALID_LIST_POSITION);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Their part on this job"), -1);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_part_selected_cb), link, 0);
  return row;
}

/* ---- follow-ups ------------------------------------------------------ */

static gboolean
follow_up_matches (gpointer item,
                   gpointer user_data)
{
  FuJobPage *self = user_data;
  FuFollowUp *follow_up = item;
  FuFollowUpState state = fu_follow_up_get_state (follow_up);

  return self->job != NULL &&
         g_strcmp0 (fu_follow_up_get_job_id (follow_up), fu_job_get_id (self->job)) == 0 &&
         (state == FU_FOLLOW_UP_STATE_OPEN || state == FU_FOLLOW_UP_STATE_SNOOZED);
}

static int
compare_follow_ups (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  GDateTime *da = fu_rules_effective_due ((FuFollowUp *) a);
  GDateTime *db = fu_rules_effective_due ((FuFollowUp *) b);

  if (da == NULL || db == NULL)
    return (da == NULL) - (db == NULL);
  return g_date_time_compare (da, db);
}

static void
update_follow_up_row (AdwActionRow *row)
{
  FuJobPage *self = g_object_get_data (G_OBJECT (row), "page");
  FuFollowUp *follow_up = g_object_get_data (G_OBJECT (row), "follow-up");
  const char *title = fu_follow_up_get_title (follow_up);
  const char *explanation = fu_follow_up_get_explanation (follow_up);
  GDateTime *due = fu_rules_effective_due (follow_up);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GTimeZone) zone = fu_job_page_dup_home_zone (self);
  g_autofree char *when = fu_job_page_format_time (due, zone);
  g_autofree char *subtitle = NULL;

  /* The user's words for their own, the rule's "why" for the rest. */
  if (title == NULL || title[0] == '\0')
    title = explanation != NULL ? explanation : _("Follow up");
  else if (explanation != NULL && explanation[0] != '\0')
    title = explanation;

  if (fu_follow_up_get_state (follow_up) == FU_FOLLOW_UP_STATE_SNOOZED)
    /* Translators: %s is a date and time */
    subtitle = g_strdup_printf (_("Snoozed until %s"), when);
  else
    /* Translators: the first %s is how urgent ("Overdue"), the second a date and time */
    subtitle = g_strdup_printf (_("%s · due %s"), fu_due_urgency_get_title (fu_due_urgency (due, now)), when);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
}

static GtkWidget *
follow_up_button (FuFollowUp *follow_up,
                  const char *icon,
                  const char *tooltip,
                  const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", fu_follow_up_get_id (follow_up));
  return button;
}

static GtkWidget *
create_follow_up_row (gpointer item,
                      gpointer user_data)
{
  FuFollowUp *follow_up = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_box_append (GTK_BOX (box), follow_up_button (follow_up, "object-select-symbolic", _("Done"), "job-page.follow-up-done"));
  gtk_box_append (GTK_BOX (box), follow_up_button (follow_up, "alarm-symbolic", _("Snooze Until Tomorrow"), "job-page.follow-up-snooze"));
  gtk_box_append (GTK_BOX (box), follow_up_button (follow_up, "window-close-symbolic", _("Dismiss"), "job-page.follow-up-dismiss"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "page", user_data);
  g_object_set_data_full (G_OBJECT (row), "follow-up", g_object_ref (follow_up), g_object_unref);
  g_signal_connect_object (follow_up, "modified", G_CALLBACK (update_follow_up_row), row, G_CONNECT_SWAPPED);
  update_follow_up_row (ADW_ACTION_ROW (row));
  return row;
}

/* ---- calls, emails and notes --------------------------------------- */

static gboolean
interaction_matches (gpointer item,
                     gpointer user_data)
{
  FuJobPage *self = user_data;

  return self->job != NULL &&
         g_strcmp0 (fu_interaction_get_job_id (item), fu_job_get_id (self->job)) == 0;
}

/* Newest first. */
static int
compare_interactions (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  GDateTime *ta = fu_interaction_get_time ((FuInteraction *) a);
  GDateTime *tb = fu_interaction_get_time ((FuInteraction *) b);

  if (ta == NULL || tb == NULL)
    return (ta == NULL) - (tb == NULL);
  return -g_date_time_compare (ta, tb);
}

static const char *
channel_icon (FuChannel channel)
{
  switch (channel)
    {
    case FU_CHANNEL_EMAIL:
      return "mail-unread-symbolic";
    case FU_CHANNEL_CALL:
      return "call-start-symbolic";
    case FU_CHANNEL_MEETING:
      return "system-users-symbolic";
    case FU_CHANNEL_MESSAGE:
      return "mail-send-symbolic";
    case FU_CHANNEL_NOTE:
    case FU_CHANNEL_UNKNOWN:
    default:
      return "document-edit-symbolic";
    }
}

static GtkWidget *
create_interaction_row (gpointer item,
                        gpointer user_data)
{
  FuJobPage *self = user_data;
  FuInteraction *interaction = item;
  const char * const *ids = fu_interaction_get_contact_ids (interaction);
  const char *subject = fu_interaction_get_subject (interaction);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  g_autoptr(GString) subtitle = g_string_new (fu_interaction_describe (fu_interaction_get_channel (interaction),
                                                                       fu_interaction_get_direction (interaction)));
  g_autofree char *when = fu_job_page_format_time (fu_interaction_get_time (interaction), NULL);

  /* A call that did not get through (rule 9 counts them). */
  if (fu_interaction_get_missed (interaction))
    g_string_append_printf (subtitle, " · %s", _("no answer"));
  g_string_append_printf (subtitle, " · %s", when);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autofree char *name = fu_job_page_contact_name (self, ids[i]);

      g_string_append (subtitle, i == 0 ? " · " : ", ");
      g_string_append (subtitle, name);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 subject != NULL && subject[0] != '\0' ? subject : fu_interaction_get_body (interaction) != NULL
                                 ? fu_interaction_get_body (interaction) : "");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name (channel_icon (fu_interaction_get_channel (interaction))));

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (button, _("Delete"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "job-page.delete-interaction");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", fu_interaction_get_id (interaction));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

/* ---- stage history --------------------------------------------------- */

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  FuStageChange *change = item;
  FuOutcome outcome = fu_stage_change_get_outcome (change);
  const char *note = fu_stage_change_get_note (change);
  g_autofree char *title = NULL;
  g_autofree char *when = fu_job_page_format_time (fu_stage_change_get_time (change), NULL);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dot = gtk_image_new_from_icon_name ("media-record-symbolic");

  if (outcome != FU_OUTCOME_NONE)
    /* Translators: %s is how the job ended ("Rejected") */
    title = g_strdup_printf (_("Closed: %s"), fu_outcome_get_title (outcome));
  else
    title = g_strdup (fu_stage_get_title (fu_stage_change_get_stage (change)));
  subtitle = note != NULL && note[0] != '\0' ? g_strdup_printf ("%s · %s", when, note) : g_strdup (when);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (dot, outcome != FU_OUTCOME_NONE ? "fu-timeline-closed" : "fu-timeline-dot");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);
  gtk_widget_add_css_class (row, "fu-timeline-row");
  return row;
}

/* ---- binding --------------------------------------------------------- */

void
fu_job_page_lists_init (FuJobPage *self)
{
  self->rounds_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rounds, NULL, NULL));
  self->follow_ups_filter = GTK_FILTER (gtk_custom_filter_new (follow_up_matches, self, NULL));
  self->follow_ups_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_follow_ups, NULL, NULL));
  self->interactions_filter = GTK_FILTER (gtk_custom_filter_new (interaction_matches, self, NULL));
  self->interactions_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_interactions, NULL, NULL));
}

static GListModel *
filtered (GListModel *model,
          GtkFilter  *filter,
          GtkSorter  *sorter)
{
  GtkFilterListModel *filter_model = gtk_filter_list_model_new (g_object_ref (model), g_object_ref (filter));

  return G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (filter_model), g_object_ref (sorter)));
}

/* The job's own lists, or the store's collections narrowed to it. */
void
fu_job_page_lists_bind (FuJobPage *self)
{
  g_autoptr(GListModel) rounds = NULL;
  g_autoptr(GListModel) follow_ups = NULL;
  g_autoptr(GListModel) interactions = NULL;

  if (self->job == NULL || self->store == NULL)
    {
      gtk_list_box_bind_model (self->rounds_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->people_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->follow_ups_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->interactions_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);
      return;
    }

  rounds = G_LIST_MODEL (gtk_sort_list_model_new (g_object_ref (fu_job_get_rounds (self->job)),
                                                  g_object_ref (self->rounds_sorter)));
  follow_ups = filtered (fu_store_get_follow_ups (self->store), self->follow_ups_filter, self->follow_ups_sorter);
  interactions = filtered (fu_store_get_interactions (self->store), self->interactions_filter, self->interactions_sorter);

  gtk_list_box_bind_model (self->rounds_list, rounds, create_round_row, self, NULL);
  gtk_list_box_bind_model (self->people_list, fu_job_get_contacts (self->job), create_person_row, self, NULL);
  gtk_list_box_bind_model (self->follow_ups_list, follow_ups, create_follow_up_row, self, NULL);
  gtk_list_box_bind_model (self->interactions_list, interactions, create_interaction_row, self, NULL);
  gtk_list_box_bind_model (self->history_list, fu_job_get_history (self->job), create_history_row, self, NULL);
  fu_job_page_lists_refresh (self);
}

/* After an edit anywhere: states, due times and start times may have
 * changed, and the filters and sorters do not watch properties. */
void
fu_job_page_lists_refresh (FuJobPage *self)
{
  gtk_filter_changed (self->follow_ups_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->follow_ups_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (self->interactions_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->interactions_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->rounds_sorter, GTK_SORTER_CHANGE_DIFFERENT);
}
