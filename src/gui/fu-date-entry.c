/* fu-date-entry.c: a compact field for a date and time in a given zone
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typing is the fast way ("2026-12-03 14:00"), the calendar the easy
 * one.  What was typed is read on Enter and when the focus leaves; text
 * that is not a date is kept as typed, with a message under it, and the
 * stored time does not change until the text is right.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "fu-date-entry.h"
#include "fu-gui.h"

struct _FuDateEntry
{
  GtkWidget    parent_instance;

  GDateTime   *date_time;
  char        *time_zone;
  char        *error;
  gboolean     syncing;  /* the calendar is being set, not picked */

  /* Template widgets */
  GtkEntry    *entry;
  GtkCalendar *calendar;
  GtkPopover  *popover;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (FuDateEntry, fu_date_entry, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE_TIME,
  PROP_TIME_ZONE,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
fu_date_entry_new (void)
{
  return g_object_new (FU_TYPE_DATE_ENTRY, NULL);
}

static GTimeZone *
dup_zone (FuDateEntry *self)
{
  GTimeZone *zone = NULL;

  if (self->time_zone != NULL && self->time_zone[0] != '\0')
    zone = g_time_zone_new_identifier (self->time_zone);

  return zone != NULL ? zone : g_time_zone_new_local ();
}

GDateTime *
fu_date_parse (const char  *text,
               GTimeZone   *zone,
               GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  int year = 0, month = 0, day = 0, hour = 0, minute = 0;
  char sep = ' ', extra = 0;
  int n;

  if (stripped[0] == '\0')
    return NULL;

  n = sscanf (stripped, "%4d-%2d-%2d%c%2d:%2d %c", &year, &month, &day, &sep, &hour, &minute, &extra);
  if (!(n == 3 || (n == 6 && (sep == ' ' || sep == 'T'))))
    {
      /* Translators: %s is what the user typed */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a date: write it as 2026-12-03, or 2026-12-03 14:00 with a time"),
                   stripped);
      return NULL;
    }
  if (!g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("There is no day %04d-%02d-%02d in the calendar"), year, month, day);
      return NULL;
    }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%02d:%02d is not a time of day: use 00:00 to 23:59"), hour, minute);
      return NULL;
    }

  return g_date_time_new (zone, year, month, day, hour, minute, 0);
}

char *
fu_date_format (GDateTime *time,
                GTimeZone *zone)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup ("");

  local = g_date_time_to_timezone (time, zone);
  if (g_date_time_get_hour (local) == 0 && g_date_time_get_minute (local) == 0)
    return g_date_time_format (local, "%Y-%m-%d");
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static void
set_error (FuDateEntry *self,
           const char  *error)
{
  if (g_strcmp0 (self->error, error) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (error);
  gtk_label_set_text (self->error_label, error != NULL ? error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  if (error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error != NULL ? error : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
update_text (FuDateEntry *self)
{
  g_autoptr(GTimeZone) zone = dup_zone (self);
  g_autofree char *text = fu_date_format (self->date_time, zone);

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  set_error (self, NULL);
}

GDateTime *
fu_date_entry_get_date_time (FuDateEntry *self)
{
  g_return_val_if_fail (FU_IS_DATE_ENTRY (self), NULL);

  return self->date_time;
}

void
fu_date_entry_set_date_time (FuDateEntry *self,
                             GDateTime   *date_time)
{
  g_return_if_fail (FU_IS_DATE_ENTRY (self));

  if (self->date_time == date_time ||
      (self->date_time != NULL && date_time != NULL && g_date_time_equal (self->date_time, date_time)))
    return;

  g_clear_pointer (&self->date_time, g_date_time_unref);
  self->date_time = date_time != NULL ? g_date_time_ref (date_time) : NULL;
  update_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_TIME]);
}

const char *
fu_date_entry_get_time_zone (FuDateEntry *self)
{
  g_return_val_if_fail (FU_IS_DATE_ENTRY (self), NULL);

  return self->time_zone;
}

void
fu_date_entry_set_time_zone (FuDateEntry *self,
                             const char  *time_zone)
{
  g_return_if_fail (FU_IS_DATE_ENTRY (self));

  if (g_strcmp0 (self->time_zone, time_zone) == 0)
    return;

  g_free (self->time_zone);
  self->time_zone = g_strdup (time_zone);
  /* The same instant reads differently in the new zone. */
  if (self->error == NULL)
    update_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
}

const char *
fu_date_entry_get_error (FuDateEntry *self)
{
  g_return_val_if_fail (FU_IS_DATE_ENTRY (self), NULL);

  return self->error;
}

GtkEditable *
fu_date_entry_get_editable (FuDateEntry *self)
{
  g_return_val_if_fail (FU_IS_DATE_ENTRY (self), NULL);

  return GTK_EDITABLE (self->entry);
}

gboolean
fu_date_entry_commit (FuDateEntry *self)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *current = NULL;

  g_return_val_if_fail (FU_IS_DATE_ENTRY (self), FALSE);

  zone = dup_zone (self);
  current = fu_date_format (self->date_time, zone);
  /* Unchanged text keeps the exact instant (seconds and all). */
  if (g_strcmp0 (current, gtk_editable_get_text (GTK_EDITABLE (self->entry))) == 0)
    {
      set_error (self, NULL);
      return TRUE;
    }

  parsed = fu_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->entry)), zone, &error);
  if (error != NULL)
    {
      set_error (self, error->message);
      return FALSE;
    }

  fu_date_entry_set_date_time (self, parsed);
  update_text (self);
  return TRUE;
}

static void
on_entry_activate_cb (FuDateEntry *self)
{
  fu_date_entry_commit (self);
}

static void
on_focus_leave_cb (FuDateEntry *self)
{
  fu_date_entry_commit (self);
}

static void
on_popover_show_cb (FuDateEntry *self)
{
  g_autoptr(GTimeZone) zone = dup_zone (self);
  g_autoptr(GDateTime) shown = NULL;

  if (self->date_time != NULL)
    shown = g_date_time_to_timezone (self->date_time, zone);
  else
    shown = g_date_time_new_now (zone);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->syncing = FALSE;
}

/* A day picked in the calendar keeps the time of day already set. */
static void
on_day_selected_cb (FuDateEntry *self)
{
  g_autoptr(GTimeZone) zone = dup_zone (self);
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) picked = NULL;
  int hour = 0, minute = 0;

  if (self->syncing)
    return;
  if (self->date_time != NULL)
    {
      local = g_date_time_to_timezone (self->date_time, zone);
      hour = g_date_time_get_hour (local);
      minute = g_date_time_get_minute (local);
    }
  picked = g_date_time_new (zone, g_date_time_get_year (day), g_date_time_get_month (day),
                            g_date_time_get_day_of_month (day), hour, minute, 0);
  fu_date_entry_set_date_time (self, picked);
  update_text (self);
  gtk_popover_popdown (self->popover);
}

static void
fu_date_entry_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FuDateEntry *self = FU_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE_TIME:
      g_value_set_boxed (value, self->date_time);
      break;
    case PROP_TIME_ZONE:
      g_value_set_string (value, self->time_zone);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_date_entry_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FuDateEntry *self = FU_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE_TIME:
      fu_date_entry_set_date_time (self, g_value_get_boxed (value));
      break;
    case PROP_TIME_ZONE:
      fu_date_entry_set_time_zone (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_date_entry_dispose (GObject *object)
{
  FuDateEntry *self = FU_DATE_ENTRY (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_DATE_ENTRY);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fu_date_entry_parent_class)->dispose (object);
}

static void
fu_date_entry_finalize (GObject *object)
{
  FuDateEntry *self = FU_DATE_ENTRY (object);

  g_clear_pointer (&self->date_time, g_date_time_unref);
  g_clear_pointer (&self->time_zone, g_free);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (fu_date_entry_parent_class)->finalize (object);
}

static void
fu_date_entry_class_init (FuDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = fu_date_entry_get_property;
  object_class->set_property = fu_date_entry_set_property;
  object_class->dispose = fu_date_entry_dispose;
  object_class->finalize = fu_date_entry_finalize;

  properties[PROP_DATE_TIME] =
    g_param_spec_boxed ("date-time", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-date-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, FuDateEntry, entry);
  gtk_widget_class_bind_template_child (widget_class, FuDateEntry, calendar);
  gtk_widget_class_bind_template_child (widget_class, FuDateEntry, popover);
  gtk_widget_class_bind_template_child (widget_class, FuDateEntry, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "fudateentry");
}

static void
fu_date_entry_init (FuDateEntry *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), focus);
}
