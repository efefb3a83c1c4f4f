/* test-contacts.c: the Contacts view and a contact's sheet driven like a
 * user drives them (xdotool under Xvfb): add a contact, fill in the sheet,
 * link them to a job as hiring manager, log a call, delete them with
 * Undo, import a vCard file with a duplicate and a bad card and export
 * them all, checking what is shown and the saved file after every step.
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "fu-test-ui.h"
#include "fu-application.h"
#include "fu-contact-page.h"
#include "fu-contacts-view.h"
#include "fu-job-page.h"
#include "fu-vcard.h"
#include "fu-window-contacts.h"
#include "fu-window.h"

#define COMPANY   "AT&T <Labs>"
#define NAME      "Priya Raman"
#define EMAIL     "priya@att-labs.example"

typedef struct _Test Test;
typedef gboolean (*StepFunc) (Test *test);

struct _Test
{
  FuTestUiRun     run;  /* first: the test is also its run */
  FuApplication  *app;
  FuWindow       *window;
  FuStore        *store;
  FuJob          *job;
  FuContact      *contact;
  guint           chooser_settled;  /* ticks the chooser has shown our file */
};

/* ---- helpers ------------------------------------------------------- */

static GtkWidget *
page (Test *test)
{
  return fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_CONTACT_PAGE);
}

static GtkWidget *
contacts_view (Test *test)
{
  return fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_CONTACTS_VIEW);
}

static const char *
visible_page (Test *test)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (fu_test_ui_find_descendant (GTK_WIDGET (test->window), ADW_TYPE_LEAFLET));

  return adw_leaflet_get_visible_child_name (leaflet);
}

static AdwEntryRow *
entry_row (Test       *test,
           const char *title)
{
  GtkWidget *row = fu_test_ui_find_row (page (test), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return ADW_ENTRY_ROW (row);
}

/* The saved job's link to the contact, or NULL. */
static const char *
saved_part_on_job (JsonObject *root,
                   Test       *test)
{
  JsonObject *job = fu_test_ui_find_by_member (json_object_get_array_member (root, "jobs"), "id", fu_job_get_id (test->job));
  JsonObject *link;

  g_assert_nonnull (job);
  link = fu_test_ui_find_by_member (json_object_get_array_member (job, "contacts"), "contact_id",
                         fu_contact_get_id (test->contact));
  return link != NULL ? json_object_get_string_member (link, "part") : NULL;
}

/* ---- steps ----------------------------------------------------------- */

static gboolean
step_wait_loaded (Test *test)
{
  test->window = FU_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (test->app)));
  test->store = fu_application_get_store (test->app);

  if (test->window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (test->window)) ||
      !fu_store_get_loaded (test->store))
    return FALSE;

  /* The job the contact will be linked to. */
  test->job = fu_job_new ();
  fu_job_set_company (test->job, COMPANY);
  fu_job_set_title (test->job, "Site Reliability Engineer");
  fu_store_add_job (test->store, test->job);
  return TRUE;
}

static gboolean
step_empty_contacts_view (Test *test)
{
  if (test->run.ticks == 0)
    fu_test_ui_xdotool (GTK_WINDOW (test->window), "key ctrl+3");

  /* The empty state says what to do first (the view is built when
   * first shown). */
  return contacts_view (test) != NULL && gtk_widget_get_mapped (contacts_view (test)) &&
         fu_test_ui_shows_text (contacts_view (test), "No Contacts Yet");
}

static gboolean
step_new_contact (Test *test)
{
  GtkWindow *dialog;

  if (test->run.ticks == 0)
    g_action_group_activate_action (G_ACTION_GROUP (test->window), "new-contact", NULL);

  dialog = fu_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  if (dialog == NULL)
    return FALSE;

  fu_test_ui_xdotool (dialog, "type --delay 20 '" NAME "' && xdotool key Return");
  return TRUE;
}

static gboolean
step_sheet_open (Test *test)
{
  GListModel *contacts = fu_store_get_contacts (test->store);

  if (g_list_model_get_n_items (contacts) != 1 || fu_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG) != NULL ||
      g_strcmp0 (visible_page (test), "contact") != 0 || !gtk_widget_get_mapped (page (test)))
    return FALSE;

  test->contact = g_list_model_get_item (contacts, 0);
  g_assert_cmpstr (fu_contact_get_name (test->contact), ==, NAME);
  g_assert_true (fu_contact_page_get_contact (FU_CONTACT_PAGE (page (test))) == test->contact);
  g_assert_true (fu_test_ui_shows_text (page (test), "Not contacted yet"));
  return TRUE;
}

static gboolean
step_fill_fields (Test *test)
{
  if (test->run.ticks == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (entry_row (test, "Company")));
      fu_test_ui_xdotool (GTK_WINDOW (test->window), "type --delay 20 '" COMPANY "'");
    }
  if (test->run.ticks == 1000)
    {
      gtk_widget_grab_focus (GTK_WIDGET (entry_row (test, "Email")));
      fu_test_ui_xdotool (GTK_WINDOW (test->window), "type --delay 20 '" EMAIL "'");
    }

  if (test->run.ticks < 1000)
    {
      if (g_strcmp0 (fu_contact_get_company (test->contact), COMPANY) == 0)
        test->run.ticks = 999;
      return FALSE;
    }
  if (g_strcmp0 (fu_contact_get_email (test->contact), EMAIL) != 0)
    return FALSE;

  /* Saved without a Save button; the sheet shows the name as written. */
  {
    g_autoptr(JsonObject) root = fu_test_ui_saved_root (test->store);
    JsonObject *contact = fu_test_ui_find_by_member (json_object_get_array_member (root, "contacts"), "id",
                                          fu_contact_get_id (test->contact));

    g_assert_nonnull (contact);
    g_assert_cmpstr (json_object_get_string_member (contact, "company"), ==, COMPANY);
    g_assert_cmpstr (json_object_get_string_member (contact, "email"), ==, EMAIL);
  }
  g_assert_true (fu_test_ui_shows_text (page (test), COMPANY));
  return TRUE;
}

static gboolean
step_link_to_job (Test *test)
{
  GtkWindow *dialog;
  g_autoptr(GPtrArray) drop_downs = g_ptr_array_new ();

  if (test->run.ticks == 0)
    gtk_widget_activate_action (page (test), "contact.link-job", NULL);

  dialog = fu_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  if (dialog == NULL)
    return FALSE;

  /* The job, then the part on it: choose Hiring manager and Link. */
  fu_test_ui_collect_descendants (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, drop_downs);
  g_assert_cmpuint (drop_downs->len, ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (g_ptr_array_index (drop_downs, 0)), ==, 0);
  gtk_drop_down_set_selected (g_ptr_array_index (drop_downs, 1), FU_PART_HIRING_MANAGER);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "link");
  gtk_window_destroy (dialog);
  return TRUE;
}

static gboolean
step_linked (Test *test)
{
  FuJobContact *link = fu_job_find_contact_link (test->job, fu_contact_get_id (test->contact));
  g_autoptr(JsonObject) root = NULL;

  /* The sheet lists the job with the part on it. */
  if (link == NULL || !fu_test_ui_shows_text (page (test), "Hiring manager") ||
      !fu_test_ui_shows_text (page (test), COMPANY " — Site Reliability Engineer"))
    return FALSE;

  g_assert_cmpint (fu_job_contact_get_part (link), ==, FU_PART_HIRING_MANAGER);
  root = fu_test_ui_saved_root (test->store);
  g_assert_cmpstr (saved_part_on_job (root, test), ==, "hiring-manager");
  return TRUE;
}

static gboolean
step_log_call (Test *test)
{
  GtkWindow *dialog;

  if (test->run.ticks == 0)
    {
      g_assert_true (fu_test_ui_shows_text (page (test), "Not contacted yet"));
      /* The button's mnemonic: Log a _Call. */
      fu_test_ui_xdotool (GTK_WINDOW (test->window), "key alt+c");
    }

  dialog = fu_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  if (dialog == NULL)
    return FALSE;

  fu_test_ui_xdotool (dialog, "type --delay 20 'Asked about the timeline' && xdotool key Return");
  return TRUE;
}

static gboolean
step_call_logged (Test *test)
{
  GListModel *interactions = fu_store_get_interactions (test->store);
  g_autoptr(FuInteraction) call = NULL;
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) saved_time = NULL;
  JsonObject *saved;
  JsonArray *ids;

  if (g_list_model_get_n_items (interactions) != 1 || fu_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG) != NULL ||
      !fu_test_ui_shows_text (page (test), "Last contacted: Today"))
    return FALSE;

  call = g_list_model_get_item (interactions, 0);
  g_assert_cmpint (fu_interaction_get_channel (call), ==, FU_CHANNEL_CALL);
  g_assert_cmpint (fu_interaction_get_direction (call), ==, FU_DIRECTION_OUTBOUND);
  g_assert_true (fu_interaction_has_contact (call, fu_contact_get_id (test->contact)));
  /* The only open job the contact is on was chosen for it. */
  g_assert_cmpstr (fu_interaction_get_job_id (call), ==, fu_job_get_id (test->job));
  g_assert_true (fu_test_ui_shows_text (page (test), "You called them"));
  g_assert_true (fu_test_ui_shows_text (page (test), "Asked about the timeline"));

  /* The file holds the call: who, which way, when. */
  root = fu_test_ui_saved_root (test->store);
  saved = json_array_get_object_element (json_object_get_array_member (root, "interactions"), 0);
  g_assert_cmpstr (json_object_get_string_member (saved, "channel"), ==, "call");
  g_assert_cmpstr (json_object_get_string_member (saved, "direction"), ==, "outbound");
  g_assert_cmpstr (json_object_get_string_member (saved, "job_id"), ==, fu_job_get_id (test->job));
  g_assert_cmpstr (json_object_get_string_member (saved, "subject"), ==, "Asked about the timeline");
  ids = json_object_get_array_member (saved, "contact_ids");
  g_assert_cmpuint (json_array_get_length (ids), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (ids, 0), ==, fu_contact_get_id (test->contact));
  saved_time = g_date_time_new_from_iso8601 (json_object_get_string_member (saved, "time"), NULL);
  g_assert_nonnull (saved_time);
  /* Logged "now": the same day, not some default time. */
  g_assert_cmpint (ABS (g_date_time_difference (now, saved_time)), <, G_TIME_SPAN_HOUR);
  return TRUE;
}

static GtkWidget *
find_job_row (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) && gtk_widget_get_mapped (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), "win.open-job") == 0)
        return child;
      found = find_job_row (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The sheet's job opens the job page; Back returns to the sheet, where
 * the user was, not to the board. */
static gboolean
step_open_job_from_sheet (Test *test)
{
  FuJobPage *job_page;

  if (test->run.ticks == 0)
    {
      GtkWidget *row = find_job_row (page (test));

      g_assert_nonnull (row);
      gtk_widget_activate (row);
    }
  job_page = FU_JOB_PAGE (fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_JOB_PAGE));
  return g_strcmp0 (visible_page (test), "job") == 0 && job_page != NULL
         && fu_job_page_get_job (job_page) == test->job;
}

static gboolean
step_back_to_sheet (Test *test)
{
  if (test->run.ticks == 0)
    g_action_group_activate_action (G_ACTION_GROUP (test->window), "go-back", NULL);

  return g_strcmp0 (visible_page (test), "contact") == 0 &&
         fu_test_ui_shows_text (page (test), "Asked about the timeline");
}

static gboolean
step_list_shows_last_contacted (Test *test)
{
  if (test->run.ticks == 0)
    g_action_group_activate_action (G_ACTION_GROUP (test->window), "go-back", NULL);

  /* Back on the list: the row says when they were last contacted. */
  return g_strcmp0 (visible_page (test), "main") == 0 &&
         fu_test_ui_shows_text (contacts_view (test), NAME) &&
         fu_test_ui_shows_text (contacts_view (test), "Today") &&
         fu_test_ui_shows_text (contacts_view (test), COMPANY);
}

static gboolean
step_delete (Test *test)
{
  GtkWindow *dialog;

  if (test->run.ticks == 0)
    {
      g_action_group_activate_action (G_ACTION_GROUP (test->window), "open-contact",
                                      g_variant_new_string (fu_contact_get_id (test->contact)));
      gtk_widget_activate_action (page (test), "contact.delete", NULL);
    }

  /* Linked to a job: asked first, naming how many. */
  dialog = fu_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  if (dialog == NULL)
    return FALSE;

  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Delete " NAME "?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "1 job"));
  g_assert_nonnull (fu_store_find_contact (test->store, fu_contact_get_id (test->contact)));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gtk_window_destroy (dialog);
  return TRUE;
}

static GtkWidget *
undo_button (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), "_Undo") == 0)
        return child;
      found = undo_button (child);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
step_deleted (Test *test)
{
  g_autoptr(JsonObject) root = NULL;

  if (fu_store_find_contact (test->store, fu_contact_get_id (test->contact)) != NULL ||
      g_strcmp0 (visible_page (test), "main") != 0 || undo_button (GTK_WIDGET (test->window)) == NULL)
    return FALSE;

  g_assert_null (fu_job_find_contact_link (test->job, fu_contact_get_id (test->contact)));
  root = fu_test_ui_saved_root (test->store);
  g_assert_null (fu_test_ui_find_by_member (json_object_get_array_member (root, "contacts"), "id",
                                 fu_contact_get_id (test->contact)));
  g_assert_null (saved_part_on_job (root, test));
  return TRUE;
}

static gboolean
step_undo (Test *test)
{
  g_autoptr(JsonObject) root = NULL;
  FuJobContact *link;

  if (test->run.ticks == 0)
    gtk_widget_activate (undo_button (GTK_WIDGET (test->window)));

  link = fu_job_find_contact_link (test->job, fu_contact_get_id (test->contact));
  if (fu_store_find_contact (test->store, fu_contact_get_id (test->contact)) != test->contact || link == NULL)
    return FALSE;

  /* The contact, their link and their part are back, on disk too. */
  g_assert_cmpint (fu_job_contact_get_part (link), ==, FU_PART_HIRING_MANAGER);
  root = fu_test_ui_saved_root (test->store);
  g_assert_nonnull (fu_test_ui_find_by_member (json_object_get_array_member (root, "contacts"), "id",
                                    fu_contact_get_id (test->contact)));
  g_assert_cmpstr (saved_part_on_job (root, test), ==, "hiring-manager");
  return fu_test_ui_shows_text (contacts_view (test), NAME);
}

/* An address-book export: the same person again (another spelling of the
 * email), a card with no name, and someone new. */
static const char *import_vcf =
  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Priya R.\r\nN:R.;Priya;;;\r\n"
  "EMAIL;TYPE=INTERNET:PRIYA@att-labs.example\r\nTEL;TYPE=CELL:+1 415 555 0142\r\nEND:VCARD\r\n"
  "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.org\r\nEND:VCARD\r\n"
  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam O'Neil\r\nEMAIL:sam@harbor.example\r\nEND:VCARD\r\n";

static gboolean
step_import (Test *test)
{
  GtkWindow *dialog;
  const char *body;

  if (test->run.ticks == 0)
    {
      g_autofree char *path = g_build_filename (g_get_user_data_dir (), "address-book.vcf", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      g_file_set_contents (path, import_vcf, -1, &error);
      g_assert_no_error (error);
      /* As after the file chooser. */
      fu_window_contacts_import_file (GTK_WINDOW (test->window), file);
    }

  dialog = fu_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  if (dialog == NULL)
    return FALSE;

  /* The duplicate is offered for merging, named as the user knows them. */
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "Priya R."));
  g_assert_nonnull (strstr (body, NAME));
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_contacts (test->store)), ==, 1);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  gtk_window_destroy (dialog);
  return TRUE;
}

static gboolean
step_imported (Test *test)
{
  GtkWindow *dialog = fu_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  GListModel *contacts = fu_store_get_contacts (test->store);

  /* The bad card is reported by its number; the others were imported. */
  if (dialog == NULL)
    return FALSE;
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Card 2"));
  gtk_window_destroy (dialog);

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  g_assert_cmpstr (fu_contact_get_name (test->contact), ==, NAME);
  g_assert_cmpstr (fu_contact_get_phone (test->contact), ==, "+1 415 555 0142");
  return fu_test_ui_shows_text (contacts_view (test), "Sam O'Neil");
}

static char *
export_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "exported.vcf", NULL);
}

static gboolean
step_export (Test *test)
{
  GtkWindow *chooser;

  if (test->run.ticks == 0)
    g_action_group_activate_action (G_ACTION_GROUP (test->window), "export-contacts", NULL);

  /* Without a portal (as here) the native chooser is GTK's own dialog.
   * It loads its folder after it shows and may put its own back: choose
   * the folder and the name until it shows them, then Export. */
  chooser = fu_test_ui_find_window (GTK_TYPE_FILE_CHOOSER);
  if (chooser == NULL)
    return FALSE;

  {
    g_autofree char *path = export_path ();
    g_autoptr(GFile) wanted = g_file_new_for_path (path);
    g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

    if (chosen == NULL || !g_file_equal (chosen, wanted))
      {
        g_autoptr(GFile) folder = g_file_get_parent (wanted);
        g_autoptr(GError) error = NULL;

        g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
        g_assert_no_error (error);
        gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "exported.vcf");
        test->chooser_settled = 0;
        return FALSE;
      }
  }

  /* Its folder may still be loading, and the chooser may put its own
   * back when it has: Export only once it has kept ours for a while. */
  if (++test->chooser_settled < 10)
    return FALSE;

  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  return TRUE;
}

static gboolean
step_exported (Test *test)
{
  g_autofree char *path = export_path ();
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  gsize length;

  if (!fu_test_ui_shows_text (GTK_WIDGET (test->window), "2 contacts exported") ||
      !g_file_get_contents (path, &text, &length, NULL))
    return FALSE;

  /* vCard 4.0 that reads back: both people, Priya with her part. */
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCARD\r\nVERSION:4.0\r\n"));
  cards = fu_vcard_parse (text, length, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (cards->len, ==, 2);
  for (guint i = 0; i < cards->len; i++)
    {
      FuVCardContact *card = g_ptr_array_index (cards, i);

      if (g_strcmp0 (card->full_name, NAME) != 0)
        continue;
      g_assert_cmpstr (card->organization, ==, COMPANY);
      g_assert_cmpstr (fu_vcard_contact_get_email (card), ==, EMAIL);
      return TRUE;
    }

  g_assert_not_reached ();
}

static const StepFunc steps[] = {
  step_wait_loaded,
  step_empty_contacts_view,
  step_new_contact,
  step_sheet_open,
  step_fill_fields,
  step_link_to_job,
  step_linked,
  step_log_call,
  step_call_logged,
  step_open_job_from_sheet,
  step_back_to_sheet,
  step_list_shows_last_contacted,
  step_delete,
  step_deleted,
  step_undo,
  step_import,
  step_imported,
  step_export,
  step_exported,
  NULL,
};

static void
test_contacts_add_link_log_delete_undo_import (void)
{
  g_autoptr(FuApplication) app = fu_application_new ();
  Test test = { .run = { G_APPLICATION (app), (const FuTestUiStep *) steps, "contacts" },
                .app = app };

  fu_test_ui_run (&test.run);
  g_clear_object (&test.job);
  g_clear_object (&test.contact);
}

int
main (int   argc,
      char *argv[])
{
  fu_test_ui_init (&argc, &argv);

  g_test_add_func ("/contacts/add-link-log-delete-undo-import", test_contacts_add_link_log_delete_undo_import);

  return g_test_run ();
}
