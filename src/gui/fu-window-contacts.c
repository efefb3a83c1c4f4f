/* fu-window-contacts.c: the window's contact actions
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fu-contact-edit.h"
#include "fu-contact-vcard.h"
#include "fu-window-contacts.h"

#define DATA_KEY "fu-window-contacts"

/* Owned by the window (object data); the widgets are the window's. */
typedef struct
{
  GtkWindow       *window;
  AdwLeaflet      *leaflet;
  AdwToastOverlay *toast_overlay;
  AdwBin          *view_bin;
  FuContactsView  *view;  /* built when first wanted */
  FuContactPage   *page;  /* built when first opened */
  FuStore         *store;
} Data;

static void on_store_state_cb (Data *d);

static void
data_free (gpointer user_data)
{
  Data *d = user_data;

  if (d->store != NULL)
    g_signal_handlers_disconnect_by_func (d->store, on_store_state_cb, d);
  g_clear_object (&d->store);
  g_free (d);
}

static Data *
get_data (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), DATA_KEY);
}

static gboolean
writable (Data *d)
{
  return d->store != NULL && fu_store_get_loaded (d->store) && !fu_store_get_read_only (d->store);
}

static void
show_toast (Data       *d,
            const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (d->toast_overlay, adw_toast_new (escaped));
}

static void
update_actions (Data *d)
{
  static const char *need_writable[] = { "new-contact", "delete-contact", "import-contacts" };
  static const char *need_loaded[] = { "open-contact", "export-contact", "export-contacts" };
  gboolean loaded = d->store != NULL && fu_store_get_loaded (d->store);

  for (guint i = 0; i < G_N_ELEMENTS (need_writable); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (d->window),
                                                                              need_writable[i])),
                                 writable (d));
  for (guint i = 0; i < G_N_ELEMENTS (need_loaded); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (d->window),
                                                                              need_loaded[i])),
                                 loaded);
}

/* The Contacts view indexes and sorts every contact: it is built and
 * gets the store when it is first shown or its index is needed, not in
 * the frames that first show the board. */
static FuContactsView *
ensure_view (Data *d)
{
  if (d->view == NULL)
    {
      d->view = FU_CONTACTS_VIEW (fu_contacts_view_new ());
      adw_bin_set_child (d->view_bin, GTK_WIDGET (d->view));
    }
  fu_contacts_view_set_store (d->view, d->store);

  return d->view;
}

void
fu_window_contacts_ensure_view (GtkWindow *window)
{
  Data *d = get_data (window);

  g_return_if_fail (d != NULL);

  ensure_view (d);
}

/* The sheet is built the first time it is opened, so the window's first
 * frame is spent neither building nor laying it out.  It comes right
 * after the main page, before the job page, and going back skips it. */
static FuContactPage *
ensure_page (Data *d)
{
  AdwLeafletPage *page;

  if (d->page != NULL)
    return d->page;

  d->page = FU_CONTACT_PAGE (fu_contact_page_new ());
  page = adw_leaflet_insert_child_after (d->leaflet, GTK_WIDGET (d->page),
                                         adw_leaflet_get_child_by_name (d->leaflet, "main"));
  adw_leaflet_page_set_name (page, "contact");
  adw_leaflet_page_set_navigatable (page, FALSE);
  fu_contact_page_set_store (d->page, d->store);
  fu_contact_page_set_index (d->page, fu_contacts_view_get_index (ensure_view (d)));

  return d->page;
}

static void
open_contact (Data      *d,
              FuContact *contact)
{
  fu_contact_page_set_contact (ensure_page (d), contact);
  adw_leaflet_set_visible_child (d->leaflet, GTK_WIDGET (d->page));
  /* The row that had the focus is out of view; keys go to the sheet. */
  gtk_widget_child_focus (GTK_WIDGET (d->page), GTK_DIR_TAB_FORWARD);
}

static void
open_contact_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  Data *d = user_data;
  FuContact *contact = d->store != NULL ? fu_store_find_contact (d->store, g_variant_get_string (parameter, NULL))
                                        : NULL;

  if (contact != NULL)
    open_contact (d, contact);
}

/* New contact ------------------------------------------------------------ */

static void
on_new_name_changed_cb (GtkEditable      *entry,
                        AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "add", name[0] != '\0');
}

static void
on_new_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Data             *d)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(FuContact) contact = NULL;

  if (!g_str_equal (response, "add") || name[0] == '\0' || !writable (d))
    return;

  contact = fu_contact_new ();
  fu_contact_set_name (contact, name);
  fu_store_add_contact (d->store, contact);
  open_contact (d, contact);
}

static void
new_contact_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  Data *d = user_data;
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = adw_message_dialog_new (d->window, _("New Contact"),
                                   _("A recruiter, hiring manager, interviewer or anyone who helps. "
                                     "Add the rest on their sheet."));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Name"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (entry, "changed", G_CALLBACK (on_new_name_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_new_response_cb), d);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Delete, with Undo ------------------------------------------------------- */

typedef struct
{
  FuStore          *store;
  FuContactRemoval *removal;
} UndoData;

static void
undo_data_free (gpointer  data,
                GClosure *closure)
{
  UndoData *u = data;

  g_clear_object (&u->store);
  g_clear_pointer (&u->removal, fu_contact_removal_free);
  g_free (u);
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    UndoData *u)
{
  if (u->removal != NULL && fu_store_get_loaded (u->store) && !fu_store_get_read_only (u->store))
    fu_contact_removal_undo (u->removal, u->store);
  g_clear_pointer (&u->removal, fu_contact_removal_free);
}

static void
delete_contact (Data      *d,
                FuContact *contact)
{
  g_autofree char *text = NULL;
  UndoData *u;
  AdwToast *toast;

  if (!writable (d))
    return;

  if (d->page != NULL && fu_contact_page_get_contact (d->page) == contact)
    {
      adw_leaflet_set_visible_child_name (d->leaflet, "main");
      fu_contact_page_set_contact (d->page, NULL);
    }

  u = g_new0 (UndoData, 1);
  u->store = g_object_ref (d->store);
  u->removal = fu_contact_remove (d->store, contact);

  /* Translators: %s is a person's name */
  text = g_strdup_printf (_("%s deleted"), fu_contact_get_name (contact));
  {
    g_autofree char *escaped = g_markup_escape_text (text, -1);

    toast = adw_toast_new (escaped);
  }
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), u, undo_data_free, 0);
  adw_toast_overlay_add_toast (d->toast_overlay, toast);
}

typedef struct
{
  Data      *d;
  FuContact *contact;
} DeleteData;

static void
delete_data_free (gpointer  data,
                  GClosure *closure)
{
  DeleteData *dd = data;

  g_clear_object (&dd->contact);
  g_free (dd);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       DeleteData       *dd)
{
  if (g_str_equal (response, "delete"))
    delete_contact (dd->d, dd->contact);
}

static void
delete_contact_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  Data *d = user_data;
  FuContact *contact = d->store != NULL ? fu_store_find_contact (d->store, g_variant_get_string (parameter, NULL))
                                        : NULL;
  FuContactIndex *index = fu_contacts_view_get_index (ensure_view (d));
  guint n_jobs;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  DeleteData *dd;

  if (contact == NULL)
    return;

  /* Someone on no job goes at once (Undo is in the toast); someone on
   * jobs takes those links along, so ask first. */
  n_jobs = fu_contact_index_get_jobs (index, fu_contact_get_id (contact))->len;
  if (n_jobs == 0)
    {
      delete_contact (d, contact);
      return;
    }

  /* Translators: %s is a person's name */
  heading = g_strdup_printf (_("Delete %s?"), fu_contact_get_name (contact));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "They are on %u job. Deleting them removes them from it too; "
                                       "their interactions stay in your history.",
                                       "They are on %u jobs. Deleting them removes them from those jobs too; "
                                       "their interactions stay in your history.",
                                       n_jobs),
                          n_jobs);
  dialog = adw_message_dialog_new (d->window, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  dd = g_new0 (DeleteData, 1);
  dd->d = d;
  dd->contact = g_object_ref (contact);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_delete_response_cb), dd, delete_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Export ------------------------------------------------------------------ */

typedef struct
{
  Data   *d;
  GBytes *bytes;
  guint   n_contacts;
} ExportData;

static void
export_data_free (ExportData *e)
{
  g_clear_pointer (&e->bytes, g_bytes_unref);
  g_free (e);
}

static void
on_export_written_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  ExportData *e = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      /* Translators: %s says what went wrong */
      g_autofree char *text = g_strdup_printf (_("The contacts could not be saved: %s"), error->message);

      show_toast (e->d, text);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contact exported",
                                                            "%u contacts exported", e->n_contacts),
                                               e->n_contacts);

      show_toast (e->d, text);
    }
  export_data_free (e);
}

static void
on_export_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     ExportData      *e)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL)
    {
      export_data_free (e);
      return;
    }
  g_file_replace_contents_bytes_async (file, e->bytes, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                       on_export_written_cb, e);
}

static void
export (Data       *d,
        GPtrArray  *contacts,
        const char *file_name)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) fu_vcard_contact_unref);
  GtkFileChooserNative *chooser;
  ExportData *e;
  char *text;

  for (guint i = 0; i < contacts->len; i++)
    g_ptr_array_add (cards, fu_contact_to_vcard (g_ptr_array_index (contacts, i)));
  text = fu_vcard_write (cards);

  e = g_new0 (ExportData, 1);
  e->d = d;
  e->bytes = g_bytes_new_take (text, strlen (text));
  e->n_contacts = contacts->len;

  /* The portal's chooser: the Flatpak needs no file access. */
  chooser = gtk_file_chooser_native_new (_("Export Contacts"), d->window, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen_cb), e);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_contact_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  Data *d = user_data;
  FuContact *contact = d->store != NULL ? fu_store_find_contact (d->store, g_variant_get_string (parameter, NULL))
                                        : NULL;
  g_autoptr(GPtrArray) contacts = g_ptr_array_new ();
  g_autofree char *file_name = NULL;

  if (contact == NULL)
    return;

  g_ptr_array_add (contacts, contact);
  file_name = g_strdup_printf ("%s.vcf", fu_contact_get_name (contact) ? fu_contact_get_name (contact) : "contact");
  /* A name may hold a slash; a file name cannot. */
  g_strdelimit (file_name, "/\\", '-');
  export (d, contacts, file_name);
}

static void
export_contacts_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  Data *d = user_data;
  GListModel *all = fu_store_get_contacts (d->store);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    g_ptr_array_add (contacts, g_list_model_get_item (all, i));
  if (contacts->len == 0)
    {
      show_toast (d, _("There are no contacts to export yet"));
      return;
    }
  /* Translators: the suggested file name of an export of all contacts */
  export (d, contacts, _("FollowUp contacts.vcf"));
}

/* Import ------------------------------------------------------------------ */

static void
report_import (Data                *d,
               FuContactImportPlan *plan,
               guint                added,
               guint                merged)
{
  GPtrArray *problems = fu_contact_import_plan_get_problems (plan);
  g_autofree char *summary = NULL;

  /* Translators: after an import; the numbers are of contacts */
  summary = g_strdup_printf (_("Added: %u. Merged: %u."), added, merged);
  if (problems->len == 0)
    {
      show_toast (d, summary);
      return;
    }

  {
    g_autoptr(GString) body = g_string_new (summary);
    GtkWidget *dialog;

    g_string_append (body, "\n\n");
    for (guint i = 0; i < problems->len; i++)
      g_string_append_printf (body, "%s\n", (const char *) g_ptr_array_index (problems, i));
    g_string_append (body, _("The other cards were imported. Fix the skipped ones in the program that "
                             "wrote the file, or add those people by hand."));
    dialog = adw_message_dialog_new (d->window, _("Some Cards Were Skipped"), body->str);
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
    gtk_window_present (GTK_WINDOW (dialog));
  }
}

typedef struct
{
  Data                *d;
  FuContactImportPlan *plan;
} ImportData;

static void
import_data_free (gpointer  data,
                  GClosure *closure)
{
  ImportData *i = data;

  g_clear_pointer (&i->plan, fu_contact_import_plan_free);
  g_free (i);
}

static void
on_duplicates_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           ImportData       *i)
{
  FuContactImportChoice choice = FU_CONTACT_IMPORT_SKIP;
  guint added = 0, merged = 0;

  if (g_str_equal (response, "merge"))
    choice = FU_CONTACT_IMPORT_MERGE;
  else if (g_str_equal (response, "keep"))
    choice = FU_CONTACT_IMPORT_KEEP_BOTH;

  if (!writable (i->d))
    return;
  fu_contact_import_plan_apply (i->plan, i->d->store, choice, &added, &merged);
  report_import (i->d, i->plan, added, merged);
}

static void
on_vcard_parsed_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GtkWindow) window = user_data;
  Data *d = get_data (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(FuContactImportPlan) plan = NULL;
  guint n_duplicates;

  cards = fu_vcard_parse_file_finish (G_FILE (object), result, &problems, &error);
  if (d == NULL)
    return;
  if (cards == NULL)
    {
      show_toast (d, error->message);
      return;
    }
  if (!writable (d))
    return;

  plan = fu_contact_import_plan_new (fu_store_get_contacts (d->store), cards, problems);
  n_duplicates = fu_contact_import_plan_get_n_duplicates (plan);
  if (n_duplicates == 0)
    {
      guint added = 0, merged = 0;

      fu_contact_import_plan_apply (plan, d->store, FU_CONTACT_IMPORT_SKIP, &added, &merged);
      report_import (d, plan, added, merged);
      return;
    }

  {
    g_autofree char *list = fu_contact_import_plan_describe_duplicates (plan);
    g_autofree char *body = NULL;
    ImportData *i = g_new0 (ImportData, 1);
    GtkWidget *dialog;

    body = g_strdup_printf ("%s\n\n%s",
                            g_dngettext (GETTEXT_PACKAGE,
                                         "This person has the same email address as someone you have:",
                                         "These people have the same email address as someone you have:",
                                         n_duplicates),
                            list);
    dialog = adw_message_dialog_new (d->window,
                                     g_dngettext (GETTEXT_PACKAGE, "Merge the Duplicate?", "Merge the Duplicates?",
                                                  n_duplicates),
                                     body);
    adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                      "skip", _("_Skip Them"),
                                      "keep", _("_Keep Both"),
                                      "merge", _("_Merge"),
                                      NULL);
    adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge", ADW_RESPONSE_SUGGESTED);
    adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "merge");
    /* Closing the dialog never doubles anyone. */
    adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "skip");
    i->d = d;
    i->plan = g_steal_pointer (&plan);
    g_signal_connect_data (dialog, "response", G_CALLBACK (on_duplicates_response_cb), i, import_data_free, 0);
    gtk_window_present (GTK_WINDOW (dialog));
  }
}

void
fu_window_contacts_import_file (GtkWindow *window,
                                GFile     *file)
{
  g_return_if_fail (get_data (window) != NULL);

  fu_vcard_parse_file_async (file, NULL, on_vcard_parsed_cb, g_object_ref (window));
}

static void
on_import_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     Data            *d)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file != NULL)
    fu_window_contacts_import_file (d->window, file);
}

static void
import_contacts_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  Data *d = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Contacts (vCard)"));
  gtk_file_filter_add_mime_type (filter, "text/vcard");
  gtk_file_filter_add_mime_type (filter, "text/x-vcard");
  gtk_file_filter_add_suffix (filter, "vcf");
  gtk_file_filter_add_suffix (filter, "vcard");

  chooser = gtk_file_chooser_native_new (_("Import Contacts"), d->window, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_chosen_cb), d);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Set-up -------------------------------------------------------------------- */

static void
on_store_state_cb (Data *d)
{
  update_actions (d);
}

void
fu_window_contacts_set_store (GtkWindow *window,
                              FuStore   *store)
{
  Data *d = get_data (window);

  g_return_if_fail (d != NULL);

  if (d->store != NULL)
    g_signal_handlers_disconnect_by_func (d->store, on_store_state_cb, d);
  g_set_object (&d->store, store);
  if (store != NULL)
    {
      g_signal_connect_swapped (store, "notify::loaded", G_CALLBACK (on_store_state_cb), d);
      g_signal_connect_swapped (store, "notify::read-only", G_CALLBACK (on_store_state_cb), d);
    }

  if (d->view != NULL)
    fu_contacts_view_set_store (d->view, store);
  if (d->page != NULL)
    {
      fu_contact_page_set_store (d->page, store);
      fu_contact_page_set_index (d->page, fu_contacts_view_get_index (d->view));
    }
  update_actions (d);
}

void
fu_window_contacts_init (GtkWindow       *window,
                         AdwLeaflet      *leaflet,
                         AdwToastOverlay *toast_overlay,
                         AdwBin          *view_bin)
{
  const GActionEntry entries[] = {
    { "open-contact", open_contact_action, "s" },
    { "new-contact", new_contact_action },
    { "delete-contact", delete_contact_action, "s" },
    { "export-contact", export_contact_action, "s" },
    { "export-contacts", export_contacts_action },
    { "import-contacts", import_contacts_action },
  };
  Data *d = g_new0 (Data, 1);

  d->window = window;
  d->leaflet = leaflet;
  d->toast_overlay = toast_overlay;
  d->view_bin = view_bin;
  g_object_set_data_full (G_OBJECT (window), DATA_KEY, d, data_free);

  g_action_map_add_action_entries (G_ACTION_MAP (window), entries, G_N_ELEMENTS (entries), d);
  update_actions (d);
}
