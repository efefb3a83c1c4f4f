/* fu-job-page-fields.c: the job's own fields on the job page
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each field is bound both ways to a property of the job: typing changes
 * the job (and the store saves it), and a change from elsewhere (a move
 * on the board, a reload) shows in the field.  An empty field is an
 * unset member; a salary that is not a number is marked and not stored.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-format.h"
#include "fu-job-page-private.h"

/* ---- the fields ------------------------------------------------------ */

static gboolean
text_to_field (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");
  return TRUE;
}

/* An empty field is an unset member, left out of the file. */
static gboolean
field_to_text (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL && text[0] != '\0' ? text : NULL);
  return TRUE;
}

static gboolean
salary_to_field (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  gint64 salary = g_value_get_int64 (from);

  g_value_take_string (to, salary != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, salary) : g_strdup (""));
  return TRUE;
}

/* "120,000" and "120 000" are numbers too; anything else is marked as an
 * error and leaves the stored salary as it was. */
static gboolean
field_to_salary (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  GtkWidget *row = user_data;
  const char *text = g_value_get_string (from);
  g_autoptr(GString) digits = g_string_new (NULL);
  gint64 value = 0;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != ',' && *p != ' ' && *p != '.' && *p != '\'')
        {
          gtk_widget_add_css_class (row, "error");
          return FALSE;
        }
    }
  if (digits->len > 15 || (digits->len > 0 && !g_ascii_string_to_signed (digits->str, 10, 0, G_MAXINT64, &value, NULL)))
    {
      gtk_widget_add_css_class (row, "error");
      return FALSE;
    }

  gtk_widget_remove_css_class (row, "error");
  g_value_set_int64 (to, value);
  return TRUE;
}

static gboolean
tags_to_field (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char * const *tags = g_value_get_boxed (from);

  g_value_take_string (to, tags != NULL ? g_strjoinv (", ", (char **) tags) : g_strdup (""));
  return TRUE;
}

static gboolean
field_to_tags (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_auto(GStrv) parts = g_strsplit (g_value_get_string (from) ? g_value_get_string (from) : "", ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  g_value_take_boxed (to, g_strv_builder_end (builder));
  return TRUE;
}

static void
bind (FuJobPage             *self,
      const char            *job_property,
      gpointer               widget,
      const char            *widget_property,
      GBindingTransformFunc  to_widget,
      GBindingTransformFunc  to_job)
{
  GBinding *binding = g_object_bind_property_full (self->job, job_property, widget, widget_property,
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   to_widget, to_job, widget, NULL);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static void
bind_text (FuJobPage  *self,
           const char *job_property,
           gpointer    widget)
{
  bind (self, job_property, widget, "text", text_to_field, field_to_text);
}

void
fu_job_page_update_state (FuJobPage *self)
{
  gboolean closed = self->job != NULL && fu_job_is_closed (self->job);
  FuStage stage = self->job != NULL ? fu_job_get_stage (self->job) : FU_STAGE_UNKNOWN;
  const char *company = self->job != NULL ? fu_job_get_company (self->job) : NULL;

  adw_window_title_set_title (self->window_title,
                              company != NULL && company[0] != '\0' ? company : _("Unnamed company"));
  adw_window_title_set_subtitle (self->window_title,
                                 self->job != NULL && fu_job_get_title (self->job) != NULL ? fu_job_get_title (self->job) : "");

  self->syncing = TRUE;
  adw_combo_row_set_selected (self->stage_row, stage >= FU_STAGE_WISHLIST && stage <= FU_STAGE_OFFER
                                               ? (guint) stage : GTK_INVALID_LIST_POSITION);
  self->syncing = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->stage_row), self->job != NULL && !closed);
  gtk_widget_set_visible (GTK_WIDGET (self->closed_row), closed);
  if (closed)
    {
      const char *note = fu_job_get_outcome_note (self->job);
      g_autofree char *subtitle = NULL;

      if (note != NULL && note[0] != '\0')
        subtitle = g_strdup_printf ("%s · %s", fu_outcome_get_title (fu_job_get_outcome (self->job)), note);
      else
        subtitle = g_strdup (fu_outcome_get_title (fu_job_get_outcome (self->job)));
      adw_action_row_set_subtitle (self->closed_row, subtitle);
    }
  /* The offer is a part of the page only while there is one. */
  gtk_widget_set_visible (GTK_WIDGET (self->offer_group), stage == FU_STAGE_OFFER);
}

void
fu_job_page_on_stage_selected (FuJobPage *self)
{
  guint selected = adw_combo_row_get_selected (self->stage_row);
  g_autoptr(GDateTime) now = NULL;

  if (self->syncing || self->job == NULL || selected == GTK_INVALID_LIST_POSITION ||
      (FuStage) selected == fu_job_get_stage (self->job) || fu_job_is_closed (self->job))
    return;

  /* A move is recorded in the history, as the board does it. */
  now = g_date_time_new_now_local ();
  fu_job_move_to (self->job, (FuStage) selected, now);
}

static void
on_job_notify_cb (FuJobPage *self)
{
  fu_job_page_update_state (self);
}

void
fu_job_page_unbind_job (FuJobPage *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);
  if (self->job != NULL)
    g_signal_handlers_disconnect_by_func (self->job, on_job_notify_cb, self);
}

void
fu_job_page_bind_job (FuJobPage *self)
{
  g_autoptr(GTimeZone) home = fu_job_page_dup_home_zone (self);
  const char *zone = g_time_zone_get_identifier (home);

  fu_date_entry_set_time_zone (self->apply_by_entry, zone);
  fu_date_entry_set_time_zone (self->applied_entry, zone);
  fu_date_entry_set_time_zone (self->offer_deadline_entry, zone);

  if (self->job == NULL)
    return;

  bind_text (self, "company", self->company_row);
  bind_text (self, "title", self->title_row);
  bind_text (self, "url", self->url_row);
  bind_text (self, "location", self->location_row);
  bind_text (self, "salary-currency", self->currency_row);
  bind_text (self, "source", self->source_row);
  bind_text (self, "agency", self->agency_row);
  bind_text (self, "cv", self->cv_row);
  bind_text (self, "cover-letter", self->cover_letter_row);
  bind_text (self, "notes", gtk_text_view_get_buffer (self->notes_view));
  bind_text (self, "description", gtk_text_view_get_buffer (self->description_view));
  bind_text (self, "offer-details", gtk_text_view_get_buffer (self->offer_view));
  bind (self, "salary-min", self->salary_min_row, "text", salary_to_field, field_to_salary);
  bind (self, "salary-max", self->salary_max_row, "text", salary_to_field, field_to_salary);
  bind (self, "tags", self->tags_row, "text", tags_to_field, field_to_tags);
  bind (self, "remote", self->remote_switch, "active", NULL, NULL);
  bind (self, "apply-by", self->apply_by_entry, "date-time", NULL, NULL);
  bind (self, "applied", self->applied_entry, "date-time", NULL, NULL);
  bind (self, "offer-deadline", self->offer_deadline_entry, "date-time", NULL, NULL);

  g_signal_connect_object (self->job, "notify", G_CALLBACK (on_job_notify_cb), self, G_CONNECT_SWAPPED);
}
