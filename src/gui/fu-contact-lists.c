/* fu-contact-lists.c: the rows of a contact's jobs and interactions
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-contact-lists.h"
#include "fu-format.h"

static gboolean
is_empty (const char *s)
{
  return s == NULL || *s == '\0';
}

static char *
job_title (FuJob *job)
{
  const char *company = fu_job_get_company (job);
  const char *title = fu_job_get_title (job);

  if (is_empty (company))
    company = _("Unnamed company");
  if (is_empty (title))
    return g_strdup (company);
  /* Translators: a job in a list: "Company — Position" */
  return g_strdup_printf (_("%s — %s"), company, title);
}

GtkWidget *
fu_contact_job_row_new (FuJob          *job,
                        FuContactIndex *index,
                        const char     *contact_id)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = job_title (job);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GPtrArray *links = fu_contact_index_get_jobs (index, contact_id);

  for (guint i = 0; i < links->len; i++)
    {
      FuContactJob *link = g_ptr_array_index (links, i);

      if (link->job != job)
        continue;
      if (link->part != FU_PART_UNKNOWN)
        g_string_append (subtitle, fu_contact_part_get_title (link->part));
      if (link->n_rounds > 0)
        {
          if (subtitle->len > 0)
            g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle,
                                  /* Translators: how many interview rounds a contact was on */
                                  g_dngettext (GETTEXT_PACKAGE, "Interviewer in %u round",
                                               "Interviewer in %u rounds", link->n_rounds),
                                  link->n_rounds);
        }
    }
  if (fu_job_is_closed (job))
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      /* Translators: %s is an outcome such as "Rejected" */
      g_string_append_printf (subtitle, _("Closed: %s"), fu_outcome_get_title (fu_job_get_outcome (job)));
    }
  else
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, fu_stage_get_title (fu_job_get_stage (job)));
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-job");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", fu_job_get_id (job));

  return row;
}

static const char *
interaction_title (FuInteraction *interaction)
{
  gboolean inbound = fu_interaction_get_direction (interaction) == FU_DIRECTION_INBOUND;

  switch (fu_interaction_get_channel (interaction))
    {
    case FU_CHANNEL_CALL:
      return inbound ? _("They called you") : _("You called them");
    case FU_CHANNEL_EMAIL:
      return inbound ? _("They emailed you") : _("You emailed them");
    case FU_CHANNEL_MEETING:
      return _("Meeting");
    case FU_CHANNEL_MESSAGE:
      return inbound ? _("They sent a message") : _("You sent a message");
    case FU_CHANNEL_NOTE:
    case FU_CHANNEL_UNKNOWN:
    default:
      return _("Note");
    }
}

GtkWidget *
fu_contact_interaction_row_new (FuInteraction *interaction,
                                FuStore       *store)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GDateTime *time = fu_interaction_get_time (interaction);
  const char *job_id = fu_interaction_get_job_id (interaction);
  FuJob *job = job_id != NULL && store != NULL ? fu_store_find_job (store, job_id) : NULL;

  if (time != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (time);
      g_autofree char *ago = fu_format_time_ago (time, now);
      /* Translators: a date and time format, see g_date_time_format() */
      g_autofree char *when = g_date_time_format (local, _("%-d %b %Y, %H:%M"));

      g_string_append_printf (subtitle, "%s (%s)", g_strstrip (when), ago);
    }
  if (job != NULL)
    {
      g_autofree char *title = job_title (job);

      g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", title);
    }
  if (!is_empty (fu_interaction_get_subject (interaction)))
    g_string_append_printf (subtitle, "\n%s", fu_interaction_get_subject (interaction));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), interaction_title (interaction));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row),
                                fu_interaction_get_channel (interaction) == FU_CHANNEL_CALL
                                ? "call-start-symbolic" : "mail-unread-symbolic");

  return row;
}
