/* fu-contact-row.c: one contact in the Contacts view
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-contact-row.h"
#include "fu-format.h"
#include "fu-gui.h"

struct _FuContactRow
{
  AdwBin          parent_instance;

  FuContact      *contact;
  FuContactIndex *index;

  /* Template widgets */
  AdwAvatar      *avatar;
  GtkLabel       *name_label;
  GtkLabel       *detail_label;
  GtkLabel       *contacted_label;
};

G_DEFINE_FINAL_TYPE (FuContactRow, fu_contact_row, ADW_TYPE_BIN)

GtkWidget *
fu_contact_row_new (void)
{
  return g_object_new (FU_TYPE_CONTACT_ROW, NULL);
}

FuContact *
fu_contact_row_get_contact (FuContactRow *self)
{
  g_return_val_if_fail (FU_IS_CONTACT_ROW (self), NULL);

  return self->contact;
}

char *
fu_contact_dup_summary (FuContact *contact)
{
  const char *company = fu_contact_get_company (contact);
  FuPart part = fu_contact_get_part (contact);
  const char *part_title = part != FU_PART_OTHER && part != FU_PART_UNKNOWN
                           ? fu_contact_part_get_title (part) : NULL;

  if (part_title != NULL && company != NULL && company[0] != '\0')
    /* Translators: a contact's usual part and their company,
     * "Hiring manager · Acme" */
    return g_strdup_printf (_("%s · %s"), part_title, company);
  if (company != NULL && company[0] != '\0')
    return g_strdup (company);

  return g_strdup (part_title != NULL ? part_title : "");
}

static void
render (FuContactRow *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *ago = NULL;
  g_autofree char *accessible = NULL;
  GDateTime *last;
  const char *name;

  if (self->contact == NULL)
    return;

  name = fu_contact_get_name (self->contact);
  if (name == NULL || name[0] == '\0')
    name = _("Unnamed contact");
  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_text (self->name_label, name);

  summary = fu_contact_dup_summary (self->contact);
  gtk_label_set_text (self->detail_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), summary[0] != '\0');

  now = g_date_time_new_now_local ();
  last = self->index != NULL ? fu_contact_index_get_last_contacted (self->index, fu_contact_get_id (self->contact))
                             : NULL;
  ago = last != NULL ? fu_format_time_ago (last, now) : g_strdup (_("Not contacted yet"));
  gtk_label_set_text (self->contacted_label, ago);

  /* Translators: read out for a contact in the list: name, "Hiring
   * manager · Acme", "Last contacted: 3 days ago" */
  accessible = g_strdup_printf (_("%s. %s. Last contacted: %s"), name, summary, ago);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
on_changed_cb (FuContactRow *self)
{
  render (self);
}

void
fu_contact_row_set_contact (FuContactRow *self,
                            FuContact    *contact)
{
  g_return_if_fail (FU_IS_CONTACT_ROW (self));

  if (self->contact == contact)
    return;

  if (self->contact != NULL)
    g_signal_handlers_disconnect_by_func (self->contact, on_changed_cb, self);
  g_set_object (&self->contact, contact);
  if (contact != NULL)
    g_signal_connect_object (contact, "notify", G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);

  render (self);
}

void
fu_contact_row_set_index (FuContactRow   *self,
                          FuContactIndex *index)
{
  g_return_if_fail (FU_IS_CONTACT_ROW (self));

  if (self->index == index)
    return;

  if (self->index != NULL)
    g_signal_handlers_disconnect_by_func (self->index, on_changed_cb, self);
  g_set_object (&self->index, index);
  if (index != NULL)
    g_signal_connect_object (index, "changed", G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);

  render (self);
}

static void
fu_contact_row_dispose (GObject *object)
{
  FuContactRow *self = FU_CONTACT_ROW (object);

  fu_contact_row_set_contact (self, NULL);
  fu_contact_row_set_index (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_CONTACT_ROW);

  G_OBJECT_CLASS (fu_contact_row_parent_class)->dispose (object);
}

static void
fu_contact_row_class_init (FuContactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_contact_row_dispose;

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-contact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FuContactRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, FuContactRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, FuContactRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, FuContactRow, contacted_label);
  gtk_widget_class_set_css_name (widget_class, "fucontactrow");
}

static void
fu_contact_row_init (FuContactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
