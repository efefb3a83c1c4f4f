/* fu-round-dialog.c: one interview round, edited in place
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like the job page, every field writes to the round at once; "Done"
 * only closes.  Times are typed in the round's own zone and stored with
 * it, so the rules count "a day before" in the zone of the interview.
 * Moving the start moves the end with it (a reschedule keeps the length).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-date-entry.h"
#include "fu-gui.h"
#include "fu-job-words.h"
#include "fu-round-dialog.h"

struct _FuRoundDialog
{
  AdwWindow       parent_instance;

  FuStore        *store;
  FuJob          *job;
  FuRound        *round;
  GPtrArray      *bindings;
  GPtrArray      *contact_ids;   /* of person_row's entries after "New person" */
  GPtrArray      *arranged_ids;  /* of arranged_row's entries after "Nobody" */
  FuInterviewer  *removed;       /* for the toast's Undo of a removal */
  GDateTime      *moved_start;   /* for the toast's Undo of a reschedule */
  GDateTime      *moved_end;
  gboolean        syncing;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwComboRow    *kind_row;
  FuDateEntry    *start_entry;
  FuDateEntry    *end_entry;
  AdwEntryRow    *zone_row;
  GtkLabel       *zone_error;
  AdwEntryRow    *location_row;
  AdwComboRow    *arranged_row;
  FuDateEntry    *decision_entry;
  GtkListBox     *interviewers_list;
  AdwComboRow    *person_row;
  AdwEntryRow    *name_row;
  AdwEntryRow    *email_row;
  AdwComboRow    *part_row;
  GtkTextView    *prep_view;
  GtkTextView    *debrief_view;
};

G_DEFINE_FINAL_TYPE (FuRoundDialog, fu_round_dialog, ADW_TYPE_WINDOW)

enum {
  DELETE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

FuRound *
fu_round_dialog_get_round (FuRoundDialog *self)
{
  g_return_val_if_fail (FU_IS_ROUND_DIALOG (self), NULL);

  return self->round;
}

static void
show_toast (FuRoundDialog *self,
            const char    *text,
            gboolean       can_undo)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  if (can_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "round.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
writable (FuRoundDialog *self)
{
  return self->store != NULL && self->round != NULL && !fu_store_get_read_only (self->store);
}

static char *
contact_name (FuRoundDialog *self,
              const char    *contact_id)
{
  FuContact *contact = self->store != NULL ? fu_store_find_contact (self->store, contact_id) : NULL;
  const char *name = contact != NULL ? fu_contact_get_name (contact) : NULL;

  return g_strdup (name != NULL && name[0] != '\0' ? name : _("Someone"));
}

/* ---- times ----------------------------------------------------------- */

static void
update_zone (FuRoundDialog *self)
{
  const char *zone = fu_round_get_time_zone (self->round);

  fu_date_entry_set_time_zone (self->start_entry, zone);
  fu_date_entry_set_time_zone (self->end_entry, zone);
  fu_date_entry_set_time_zone (self->decision_entry, zone);
}

static void
on_start_changed_cb (FuRoundDialog *self)
{
  GDateTime *start = fu_date_entry_get_date_time (self->start_entry);
  g_autoptr(GDateTime) old_start = NULL;
  g_autoptr(GDateTime) old_end = NULL;

  if (self->syncing || !writable (self))
    return;

  old_start = fu_round_get_start (self->round) != NULL ? g_date_time_ref (fu_round_get_start (self->round)) : NULL;
  old_end = fu_round_get_end (self->round) != NULL ? g_date_time_ref (fu_round_get_end (self->round)) : NULL;

  /* A reschedule keeps the round's length. */
  if (start != NULL && old_start != NULL && old_end != NULL)
    {
      g_autoptr(GDateTime) end = g_date_time_add (start, g_date_time_difference (old_end, old_start));

      fu_round_set_start (self->round, start);
      fu_round_set_end (self->round, end);
    }
  else
    fu_round_set_start (self->round, start);

  self->syncing = TRUE;
  fu_date_entry_set_date_time (self->end_entry, fu_round_get_end (self->round));
  self->syncing = FALSE;

  /* A moved round moves its follow-ups too: say so, and offer the way
   * back. */
  if (old_start != NULL && start != NULL)
    {
      g_autoptr(GTimeZone) zone = fu_round_dup_time_zone (self->round);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (start, zone);
      /* Translators: the new start of a round, see g_date_time_format() */
      g_autofree char *when = g_date_time_format (local, _("%a %-d %b, %H:%M"));
      /* Translators: %s is when the round starts now */
      g_autofree char *text = g_strdup_printf (_("Round moved to %s"), when);

      g_clear_object (&self->removed);
      g_clear_pointer (&self->moved_start, g_date_time_unref);
      g_clear_pointer (&self->moved_end, g_date_time_unref);
      self->moved_start = g_steal_pointer (&old_start);
      self->moved_end = g_steal_pointer (&old_end);
      show_toast (self, text, TRUE);
    }
}

static void
on_end_changed_cb (FuRoundDialog *self)
{
  if (!self->syncing && writable (self))
    fu_round_set_end (self->round, fu_date_entry_get_date_time (self->end_entry));
}

static void
on_decision_changed_cb (FuRoundDialog *self)
{
  if (!self->syncing && writable (self))
    fu_round_set_decision_date (self->round, fu_date_entry_get_date_time (self->decision_entry));
}

static GDateTime *
same_wall_clock (GDateTime *time,
                 GTimeZone *from,
                 GTimeZone *to)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return NULL;
  local = g_date_time_to_timezone (time, from);
  return g_date_time_new (to, g_date_time_get_year (local), g_date_time_get_month (local),
                          g_date_time_get_day_of_month (local), g_date_time_get_hour (local),
                          g_date_time_get_minute (local), g_date_time_get_seconds (local));
}

/* A new zone keeps the times as typed: "14:00" was meant in the zone of
 * the interview, which the user has just corrected. */
static void
on_zone_apply_cb (FuRoundDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->zone_row))));
  g_autoptr(GTimeZone) old_zone = NULL;
  g_autoptr(GTimeZone) new_zone = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  if (!writable (self))
    return;

  new_zone = text[0] != '\0' ? g_time_zone_new_identifier (text) : NULL;
  if (new_zone == NULL)
    {
      g_autofree char *message = NULL;

      if (text[0] == '\0')
        message = g_strdup (_("Write the zone of the interview, as Region/City: Europe/Zurich, America/New_York"));
      else
        /* Translators: %s is what the user typed */
        message = g_strdup_printf (_("“%s” is not a time zone FollowUp knows: write it as Region/City, "
                                     "for example Europe/Zurich or America/New_York"), text);
      gtk_label_set_text (self->zone_error, message);
      gtk_widget_set_visible (GTK_WIDGET (self->zone_error), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->zone_row), "error");
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->zone_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->zone_row), "error");
  if (g_strcmp0 (text, fu_round_get_time_zone (self->round)) == 0)
    return;

  old_zone = fu_round_dup_time_zone (self->round);
  start = same_wall_clock (fu_round_get_start (self->round), old_zone, new_zone);
  end = same_wall_clock (fu_round_get_end (self->round), old_zone, new_zone);

  self->syncing = TRUE;
  fu_round_set_time_zone (self->round, text);
  fu_round_set_start (self->round, start);
  fu_round_set_end (self->round, end);
  update_zone (self);
  fu_date_entry_set_date_time (self->start_entry, start);
  fu_date_entry_set_date_time (self->end_entry, end);
  self->syncing = FALSE;
}

static void
on_kind_selected_cb (FuRoundDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (!self->syncing && writable (self) && selected != GTK_INVALID_LIST_POSITION)
    fu_round_set_kind (self->round, (FuRoundKind) selected);
}

/* ---- interviewers ---------------------------------------------------- */

static gboolean empty_to_null (GBinding     *binding,
                               const GValue *from,
                               GValue       *to,
                               gpointer      user_data);

static void
round_remove_interviewer_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  FuRoundDialog *self = FU_ROUND_DIALOG (widget);
  const char *contact_id = g_variant_get_string (parameter, NULL);
  FuInterviewer *interviewer;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!writable (self) || (interviewer = fu_round_find_interviewer (self->round, contact_id)) == NULL)
    return;

  g_clear_pointer (&self->moved_start, g_date_time_unref);
  g_clear_pointer (&self->moved_end, g_date_time_unref);
  g_set_object (&self->removed, interviewer);
  fu_round_remove_interviewer (self->round, interviewer);
  name = contact_name (self, contact_id);
  /* Translators: %s is a person's name */
  text = g_strdup_printf (_("%s removed from this round"), name);
  show_toast (self, text, TRUE);
}

static void
round_undo_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FuRoundDialog *self = FU_ROUND_DIALOG (widget);

  if (self->removed != NULL && writable (self) &&
      fu_round_find_interviewer (self->round, fu_interviewer_get_contact_id (self->removed)) == NULL)
    fu_round_add_interviewer (self->round, self->removed);
  if (self->moved_start != NULL && writable (self))
    {
      fu_round_set_start (self->round, self->moved_start);
      fu_round_set_end (self->round, self->moved_end);
      self->syncing = TRUE;
      fu_date_entry_set_date_time (self->start_entry, self->moved_start);
      fu_date_entry_set_date_time (self->end_entry, self->moved_end);
      self->syncing = FALSE;
    }
  g_clear_object (&self->removed);
  g_clear_pointer (&self->moved_start, g_date_time_unref);
  g_clear_pointer (&self->moved_end, g_date_time_unref);
}

static GtkWidget *
create_interviewer_row (gpointer item,
                        gpointer user_data)
{
  FuRoundDialog *self = user_data;
  FuInterviewer *interviewer = item;
  const char *contact_id = fu_interviewer_get_contact_id (interviewer);
  FuJobContact *link = contact_id != NULL ? fu_job_find_contact_link (self->job, contact_id) : NULL;
  g_autofree char *name = contact_name (self, contact_id);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *points = adw_entry_row_new ();
  GtkWidget *sent_row = adw_action_row_new ();
  GtkWidget *sent = gtk_switch_new ();
  GtkWidget *remove_row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row),
                                 fu_part_get_title (link != NULL ? fu_job_contact_get_part (link) : FU_PART_OTHER));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (points), _("What You Talked About"));
  gtk_editable_set_text (GTK_EDITABLE (points), fu_interviewer_get_discussion_points (interviewer) != NULL
                                                ? fu_interviewer_get_discussion_points (interviewer) : "");
  g_object_bind_property_full (points, "text", interviewer, "discussion-points", G_BINDING_DEFAULT,
                               empty_to_null, NULL, NULL, NULL);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), points);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sent_row), _("Thank-You Sent"));
  gtk_widget_set_valign (sent, GTK_ALIGN_CENTER);
  g_object_bind_property (interviewer, "thank-you-sent", sent, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (sent_row), sent);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (sent_row), sent);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), sent_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Not on This Round"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "round.remove-interviewer");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", contact_id != NULL ? contact_id : "");
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remove_row);
  return row;
}

static int
compare_contact_names (gconstpointer a,
                       gconstpointer b)
{
  FuContact *ca = *(FuContact **) a;
  FuContact *cb = *(FuContact **) b;

  return g_utf8_collate (fu_contact_get_name (ca) ? fu_contact_get_name (ca) : "",
                         fu_contact_get_name (cb) ? fu_contact_get_name (cb) : "");
}

/* "New person" first, then everyone already known, by name. */
static void
fill_people (FuRoundDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = self->store != NULL ? fu_store_get_contacts (self->store) : NULL;

  gtk_string_list_append (names, _("New Person"));
  g_ptr_array_set_size (self->contact_ids, 0);
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (contacts, g_list_model_get_item (model, i));
  g_ptr_array_sort (contacts, compare_contact_names);
  for (guint i = 0; i < contacts->len; i++)
    {
      FuContact *contact = g_ptr_array_index (contacts, i);
      const char *company = fu_contact_get_company (contact);
      g_autofree char *name = contact_name (self, fu_contact_get_id (contact));
      g_autofree char *label = company != NULL && company[0] != '\0' ? g_strdup_printf ("%s (%s)", name, company)
                                                                     : g_strdup (name);

      gtk_string_list_append (names, label);
      g_ptr_array_add (self->contact_ids, g_strdup (fu_contact_get_id (contact)));
    }
  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->person_row, 0);
}

/* Who arranged the round: one of the people on this job (rule 10 asks
 * that recruiter for tips before a hiring-manager interview). */
static void
fill_arranged (FuRoundDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *links = fu_job_get_contacts (self->job);
  const char *arranged_by = fu_round_get_arranged_by (self->round);
  guint selected = 0;

  gtk_string_list_append (names, _("Nobody in Particular"));
  g_ptr_array_set_size (self->arranged_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (links, i);
      const char *id = fu_job_contact_get_contact_id (link);
      g_autofree char *name = NULL;

      if (id == NULL)
        continue;
      name = contact_name (self, id);
      gtk_string_list_append (names, name);
      g_ptr_array_add (self->arranged_ids, g_strdup (id));
      if (g_strcmp0 (id, arranged_by) == 0)
        selected = self->arranged_ids->len;
    }

  self->syncing = TRUE;
  adw_combo_row_set_model (self->arranged_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->arranged_row, selected);
  self->syncing = FALSE;
}

static void
on_arranged_selected_cb (FuRoundDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->arranged_row);

  if (self->syncing || !writable (self) || selected == GTK_INVALID_LIST_POSITION)
    return;
  fu_round_set_arranged_by (self->round, selected == 0 ? NULL : g_ptr_array_index (self->arranged_ids, selected - 1));
}

static void
on_person_selected_cb (FuRoundDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->person_row);
  gboolean is_new = selected == 0 || selected == GTK_INVALID_LIST_POSITION;

  gtk_widget_set_visible (GTK_WIDGET (self->name_row), is_new);
  gtk_widget_set_visible (GTK_WIDGET (self->email_row), is_new);
  /* A known person's usual part is the likely one here too. */
  if (!is_new && self->store != NULL)
    {
      const char *id = g_ptr_array_index (self->contact_ids, selected - 1);
      FuJobContact *link = fu_job_find_contact_link (self->job, id);
      FuContact *contact = fu_store_find_contact (self->store, id);
      FuPart part = link != NULL ? fu_job_contact_get_part (link) : contact != NULL ? fu_contact_get_part (contact) : FU_PART_OTHER;

      adw_combo_row_set_selected (self->part_row, part >= FU_PART_OTHER ? (guint) part : 0);
    }
}

static void
round_add_interviewer_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  FuRoundDialog *self = FU_ROUND_DIALOG (widget);
  guint selected = adw_combo_row_get_selected (self->person_row);
  guint part_index = adw_combo_row_get_selected (self->part_row);
  FuPart part = part_index != GTK_INVALID_LIST_POSITION ? (FuPart) part_index : FU_PART_OTHER;
  g_autofree char *contact_id = NULL;
  g_autoptr(FuInterviewer) interviewer = NULL;
  FuJobContact *link;

  if (!writable (self))
    return;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
      g_autofree char *email = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_row))));
      g_autoptr(FuContact) contact = NULL;

      if (name[0] == '\0')
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
          gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
          show_toast (self, _("Write the new person’s name first"), FALSE);
          return;
        }
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
      contact = fu_contact_new ();
      fu_contact_set_name (contact, name);
      fu_contact_set_company (contact, fu_job_get_company (self->job));
      fu_contact_set_part (contact, part);
      if (email[0] != '\0')
        fu_contact_set_email (contact, email);
      fu_store_add_contact (self->store, contact);
      contact_id = g_strdup (fu_contact_get_id (contact));
    }
  else
    contact_id = g_strdup (g_ptr_array_index (self->contact_ids, selected - 1));

  if (fu_round_find_interviewer (self->round, contact_id) != NULL)
    {
      g_autofree char *name = contact_name (self, contact_id);
      /* Translators: %s is a person's name */
      g_autofree char *text = g_strdup_printf (_("%s is already on this round"), name);

      show_toast (self, text, FALSE);
      return;
    }

  /* Their part on this job lives on the job, for every round and rule. */
  link = fu_job_find_contact_link (self->job, contact_id);
  if (link == NULL)
    {
      g_autoptr(FuJobContact) new_link = fu_job_contact_new (contact_id, part);

      fu_job_add_contact_link (self->job, new_link);
    }
  else
    fu_job_contact_set_part (link, part);

  interviewer = fu_interviewer_new (contact_id);
  fu_round_add_interviewer (self->round, interviewer);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), "");
  fill_people (self);
  fill_arranged (self);
}

static void
on_name_activated_cb (FuRoundDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "round.add-interviewer", NULL);
}

/* ---- the rest -------------------------------------------------------- */

static void
round_open_location_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  FuRoundDialog *self = FU_ROUND_DIALOG (widget);
  const char *location = self->round != NULL ? fu_round_get_location (self->round) : NULL;
  g_autofree char *uri = NULL;

  if (location == NULL || location[0] == '\0')
    {
      show_toast (self, _("Write the address or paste the video link first"), FALSE);
      return;
    }

  /* A link opens as it is; an address opens on a map. */
  if (strstr (location, "://") != NULL)
    uri = g_strdup (location);
  else if (g_str_has_prefix (location, "www."))
    uri = g_strconcat ("https://", location, NULL);
  else
    {
      g_autofree char *query = g_uri_escape_string (location, NULL, FALSE);

      uri = g_strconcat ("https://www.openstreetmap.org/search?query=", query, NULL);
    }
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
round_delete_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FuRoundDialog *self = FU_ROUND_DIALOG (widget);

  if (!writable (self))
    return;
  g_signal_emit (self, signals[DELETE], 0, self->round);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
null_to_empty (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_value_set_string (to, g_value_get_string (from) != NULL ? g_value_get_string (from) : "");
  return TRUE;
}

static gboolean
empty_to_null (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL && text[0] != '\0' ? text : NULL);
  return TRUE;
}

static void
bind_text (FuRoundDialog *self,
           const char    *property,
           gpointer       target)
{
  g_ptr_array_add (self->bindings,
                   g_object_ref (g_object_bind_property_full (self->round, property, target, "text",
                                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                              null_to_empty, empty_to_null, NULL, NULL)));
}

FuRoundDialog *
fu_round_dialog_new (GtkWindow *parent,
                     FuStore   *store,
                     FuJob     *job,
                     FuRound   *round)
{
  FuRoundDialog *self;

  g_return_val_if_fail (FU_IS_STORE (store), NULL);
  g_return_val_if_fail (FU_IS_JOB (job), NULL);
  g_return_val_if_fail (FU_IS_ROUND (round), NULL);

  self = g_object_new (FU_TYPE_ROUND_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->job = g_object_ref (job);
  self->round = g_object_ref (round);

  self->syncing = TRUE;
  update_zone (self);
  gtk_editable_set_text (GTK_EDITABLE (self->zone_row), fu_round_get_time_zone (round) != NULL
                                                        ? fu_round_get_time_zone (round) : "");
  fu_date_entry_set_date_time (self->start_entry, fu_round_get_start (round));
  fu_date_entry_set_date_time (self->end_entry, fu_round_get_end (round));
  fu_date_entry_set_date_time (self->decision_entry, fu_round_get_decision_date (round));
  if (fu_round_get_kind (round) >= FU_ROUND_KIND_PHONE_SCREEN)
    adw_combo_row_set_selected (self->kind_row, (guint) fu_round_get_kind (round));
  self->syncing = FALSE;

  bind_text (self, "location", self->location_row);
  bind_text (self, "prep", gtk_text_view_get_buffer (self->prep_view));
  bind_text (self, "debrief", gtk_text_view_get_buffer (self->debrief_view));

  gtk_list_box_bind_model (self->interviewers_list, fu_round_get_interviewers (round),
                           create_interviewer_row, self, NULL);
  fill_people (self);
  fill_arranged (self);
  adw_combo_row_set_selected (self->part_row, FU_PART_HIRING_MANAGER);
  on_person_selected_cb (self);

  return self;
}

static void
fu_round_dialog_dispose (GObject *object)
{
  FuRoundDialog *self = FU_ROUND_DIALOG (object);

  for (guint i = 0; self->bindings != NULL && i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  if (self->interviewers_list != NULL)
    gtk_list_box_bind_model (self->interviewers_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_ROUND_DIALOG);
  g_clear_object (&self->removed);
  g_clear_pointer (&self->moved_start, g_date_time_unref);
  g_clear_pointer (&self->moved_end, g_date_time_unref);
  g_clear_object (&self->round);
  g_clear_object (&self->job);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fu_round_dialog_parent_class)->dispose (object);
}

static void
fu_round_dialog_finalize (GObject *object)
{
  FuRoundDialog *self = FU_ROUND_DIALOG (object);

  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->contact_ids, g_ptr_array_unref);
  g_clear_pointer (&self->arranged_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (fu_round_dialog_parent_class)->finalize (object);
}

static void
fu_round_dialog_class_init (FuRoundDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_round_dialog_dispose;
  object_class->finalize = fu_round_dialog_finalize;

  /**
   * FuRoundDialog::delete:
   * @round: the round
   *
   * The user asked to delete the round; whoever opened the dialog removes
   * it (and offers to undo).
   */
  signals[DELETE] =
    g_signal_new ("delete",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FU_TYPE_ROUND);

  g_type_ensure (FU_TYPE_DATE_ENTRY);
  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-round-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FuRoundDialog, name)
  BIND (toast_overlay);
  BIND (kind_row);
  BIND (start_entry);
  BIND (end_entry);
  BIND (zone_row);
  BIND (zone_error);
  BIND (location_row);
  BIND (arranged_row);
  BIND (decision_entry);
  BIND (interviewers_list);
  BIND (person_row);
  BIND (name_row);
  BIND (email_row);
  BIND (part_row);
  BIND (prep_view);
  BIND (debrief_view);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_zone_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_activated_cb);

  gtk_widget_class_install_action (widget_class, "round.add-interviewer", NULL, round_add_interviewer_action);
  gtk_widget_class_install_action (widget_class, "round.remove-interviewer", "s", round_remove_interviewer_action);
  gtk_widget_class_install_action (widget_class, "round.undo", NULL, round_undo_action);
  gtk_widget_class_install_action (widget_class, "round.open-location", NULL, round_open_location_action);
  gtk_widget_class_install_action (widget_class, "round.delete", NULL, round_delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fu_round_dialog_init (FuRoundDialog *self)
{
  g_autoptr(GListModel) kinds = fu_round_kind_list_new ();
  g_autoptr(GListModel) parts = fu_part_list_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->contact_ids = g_ptr_array_new_with_free_func (g_free);
  self->arranged_ids = g_ptr_array_new_with_free_func (g_free);

  adw_combo_row_set_model (self->kind_row, kinds);
  adw_combo_row_set_model (self->part_row, parts);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (on_kind_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->arranged_row, "notify::selected", G_CALLBACK (on_arranged_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->person_row, "notify::selected", G_CALLBACK (on_person_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->start_entry, "notify::date-time", G_CALLBACK (on_start_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->end_entry, "notify::date-time", G_CALLBACK (on_end_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->decision_entry, "notify::date-time", G_CALLBACK (on_decision_changed_cb), self, G_CONNECT_SWAPPED);
}
