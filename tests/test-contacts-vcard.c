/* test-contacts-vcard.c: contacts to and from vCards, the import plan,
 * the contact index and removing a contact with Undo, without a display
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-contact-edit.h"
#include "fu-contact-index.h"
#include "fu-contact-vcard.h"
#include "fu-test-store.h"

#define COMPANY "AT&T <Labs>"

static FuStore *
open_fresh_store (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  static guint counter;
  FuStore *store;

  path = g_strdup_printf ("%s/followup/contacts-%u.json", g_get_user_data_dir (), counter++);
  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);
  return store;
}

static FuContact *
contact_new (const char *name,
             const char *email)
{
  FuContact *contact = fu_contact_new ();

  fu_contact_set_name (contact, name);
  fu_contact_set_email (contact, email);
  return contact;
}

/* Every field of the sheet survives an export and an import, including
 * text that vCard must escape. */
static void
test_contacts_vcard_round_trip (void)
{
  g_autoptr(FuContact) contact = contact_new ("Zoë O'Neil", "zoe@example.org");
  g_autoptr(FuVCardContact) card = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(FuContact) back = NULL;
  g_autofree char *text = NULL;

  fu_contact_set_company (contact, COMPANY);
  fu_contact_set_part (contact, FU_PART_AGENCY_RECRUITER);
  fu_contact_set_phone (contact, "+44 20 7946 0000");
  fu_contact_set_linkedin (contact, "https://www.linkedin.com/in/zoe-oneil");
  fu_contact_set_notes (contact, "Met at the fair; likes\\backslashes, commas\nand two lines");
  fu_contact_set_rapport_notes (contact, "Has a greyhound called Pip; off to Lisbon in May");
  fu_contact_set_stay_in_touch (contact, TRUE);
  fu_contact_set_stay_in_touch_days (contact, 45);

  card = fu_contact_to_vcard (contact);
  text = fu_vcard_write_one (card);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCARD\r\nVERSION:4.0\r\n"));
  g_assert_nonnull (strstr (text, "ORG:AT&T <Labs>"));

  cards = fu_vcard_parse (text, strlen (text), &problems);
  g_assert_cmpuint (cards->len, ==, 1);
  g_assert_cmpuint (problems->len, ==, 0);
  back = fu_contact_new_from_vcard (g_ptr_array_index (cards, 0));

  g_assert_cmpstr (fu_contact_get_name (back), ==, "Zoë O'Neil");
  g_assert_cmpstr (fu_contact_get_company (back), ==, COMPANY);
  g_assert_cmpint (fu_contact_get_part (back), ==, FU_PART_AGENCY_RECRUITER);
  g_assert_cmpstr (fu_contact_get_email (back), ==, "zoe@example.org");
  g_assert_cmpstr (fu_contact_get_phone (back), ==, "+44 20 7946 0000");
  g_assert_cmpstr (fu_contact_get_linkedin (back), ==, "https://www.linkedin.com/in/zoe-oneil");
  g_assert_cmpstr (fu_contact_get_notes (back), ==, fu_contact_get_notes (contact));
  g_assert_cmpstr (fu_contact_get_rapport_notes (back), ==, fu_contact_get_rapport_notes (contact));
  g_assert_true (fu_contact_get_stay_in_touch (back));
  g_assert_cmpint (fu_contact_get_stay_in_touch_days (back), ==, 45);
}

/* A card from another program with more than a contact holds: the first
 * email and phone fill the fields, the rest go into the notes. */
static void
test_contacts_vcard_extra_values_kept_in_notes (void)
{
  const char *vcf =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee;Ann;;;\r\nFN:Ann Lee\r\nORG:Acme;Hiring\r\n"
    "TITLE:Head of Talent\r\nEMAIL;TYPE=INTERNET,WORK,pref:ann@acme.example\r\n"
    "EMAIL;TYPE=INTERNET,HOME:ann.lee@home.example\r\nTEL;TYPE=CELL:+1 555 0100\r\n"
    "TEL;TYPE=WORK:+1 555 0199\r\nNOTE:Met at JSConf\r\nEND:VCARD\r\n";
  g_autoptr(GPtrArray) cards = fu_vcard_parse (vcf, strlen (vcf), NULL);
  g_autoptr(FuContact) contact = NULL;
  const char *notes;

  g_assert_cmpuint (cards->len, ==, 1);
  contact = fu_contact_new_from_vcard (g_ptr_array_index (cards, 0));
  notes = fu_contact_get_notes (contact);

  g_assert_cmpstr (fu_contact_get_name (contact), ==, "Ann Lee");
  g_assert_cmpstr (fu_contact_get_company (contact), ==, "Acme");
  g_assert_cmpstr (fu_contact_get_email (contact), ==, "ann@acme.example");
  g_assert_cmpstr (fu_contact_get_phone (contact), ==, "+1 555 0100");
  g_assert_true (g_str_has_prefix (notes, "Met at JSConf\n"));
  g_assert_nonnull (strstr (notes, "Head of Talent"));
  g_assert_nonnull (strstr (notes, "ann.lee@home.example"));
  g_assert_nonnull (strstr (notes, "+1 555 0199"));
  /* No part in the card: the contact keeps the usual default. */
  g_assert_cmpint (fu_contact_get_part (contact), ==, FU_PART_OTHER);
  /* Merging the same card again adds no line twice. */
  fu_contact_merge_vcard (contact, g_ptr_array_index (cards, 0));
  g_assert_cmpstr (fu_contact_get_notes (contact), ==, notes);
}

static const char *import_file =
  "BEGIN:VCARD\nVERSION:4.0\nFN:Bob Stone\nEMAIL:bob@stone.example\nEND:VCARD\n"
  /* card 2: no name at all */
  "BEGIN:VCARD\nVERSION:4.0\nEMAIL:nobody@example.org\nEND:VCARD\n"
  /* card 3: the user has Ann already (another case, spaces) */
  "BEGIN:VCARD\nVERSION:4.0\nFN:Ann L.\nEMAIL: ANN@acme.example \nTEL:+1 555 0100\nEND:VCARD\n"
  /* card 4: Bob again, earlier in the same file */
  "BEGIN:VCARD\nVERSION:4.0\nFN:Robert Stone\nEMAIL:Bob@Stone.example\nORG:Stone Ltd\nEND:VCARD\n"
  "BEGIN:VCARD\nVERSION:4.0\nFN:Cleo Park\nEND:VCARD\n";

static FuContactImportPlan *
plan_import (FuStore *store)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = fu_vcard_parse (import_file, strlen (import_file), &problems);

  return fu_contact_import_plan_new (fu_store_get_contacts (store), cards, problems);
}

static FuContact *
find_by_name (FuStore    *store,
              const char *name)
{
  GListModel *contacts = fu_store_get_contacts (store);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(FuContact) contact = g_list_model_get_item (contacts, i);

      if (g_strcmp0 (fu_contact_get_name (contact), name) == 0)
        return contact;
    }

  return NULL;
}

/* The plan names the bad card by its number in the file and finds both
 * kinds of duplicates; merging never doubles a person. */
static void
test_contacts_vcard_import_plan_merge (void)
{
  g_autoptr(FuStore) store = open_fresh_store ();
  g_autoptr(FuContact) ann = contact_new ("Ann Lee", "ann@acme.example");
  g_autoptr(FuContactImportPlan) plan = NULL;
  g_autofree char *described = NULL;
  GPtrArray *problems;
  guint added = 99, merged = 99;

  fu_store_add_contact (store, ann);
  plan = plan_import (store);

  problems = fu_contact_import_plan_get_problems (plan);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "Card 2"));
  g_assert_cmpuint (fu_contact_import_plan_get_n_cards (plan), ==, 4);
  g_assert_cmpuint (fu_contact_import_plan_get_n_duplicates (plan), ==, 2);

  described = fu_contact_import_plan_describe_duplicates (plan);
  g_assert_nonnull (strstr (described, "Ann L."));
  g_assert_nonnull (strstr (described, "Ann Lee"));
  g_assert_nonnull (strstr (described, "Robert Stone"));
  g_assert_nonnull (strstr (described, "Bob Stone"));

  fu_contact_import_plan_apply (plan, store, FU_CONTACT_IMPORT_MERGE, &added, &merged);
  g_assert_cmpuint (added, ==, 2);   /* Bob, Cleo */
  g_assert_cmpuint (merged, ==, 2);  /* Ann L. into Ann, Robert into Bob */
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_contacts (store)), ==, 3);

  /* Ann keeps her name and gains the phone the card had. */
  g_assert_cmpstr (fu_contact_get_name (ann), ==, "Ann Lee");
  g_assert_cmpstr (fu_contact_get_phone (ann), ==, "+1 555 0100");
  g_assert_nonnull (strstr (fu_contact_get_notes (ann), "Ann L."));
  /* Bob gains the company of his second card. */
  g_assert_cmpstr (fu_contact_get_company (find_by_name (store, "Bob Stone")), ==, "Stone Ltd");
  g_assert_null (find_by_name (store, "Robert Stone"));
}

static void
test_contacts_vcard_import_plan_skip_and_keep (void)
{
  g_autoptr(FuStore) store = open_fresh_store ();
  g_autoptr(FuContact) ann = contact_new ("Ann Lee", "ann@acme.example");
  g_autoptr(FuContactImportPlan) plan = NULL;
  guint added, merged;

  fu_store_add_contact (store, ann);
  plan = plan_import (store);
  fu_contact_import_plan_apply (plan, store, FU_CONTACT_IMPORT_SKIP, &added, &merged);
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (merged, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_contacts (store)), ==, 3);
  g_assert_null (fu_contact_get_phone (ann));

  g_clear_pointer (&plan, fu_contact_import_plan_free);
  g_clear_object (&store);
  store = open_fresh_store ();
  fu_store_add_contact (store, ann);
  plan = plan_import (store);
  fu_contact_import_plan_apply (plan, store, FU_CONTACT_IMPORT_KEEP_BOTH, &added, &merged);
  g_assert_cmpuint (added, ==, 4);
  g_assert_cmpuint (merged, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_contacts (store)), ==, 5);
}

static GDateTime *
at (const char *iso)
{
  return g_date_time_new_from_iso8601 (iso, NULL);
}

/* Last contacted is the newest interaction with the person, whatever the
 * order they were logged in; jobs come from links and rounds. */
static void
test_contacts_index (void)
{
  g_autoptr(FuStore) store = open_fresh_store ();
  g_autoptr(FuContact) ann = contact_new ("Ann Lee", "ann@acme.example");
  g_autoptr(FuContact) bob = contact_new ("Bob Stone", NULL);
  g_autoptr(FuJob) job = fu_job_new ();
  g_autoptr(FuJob) other = fu_job_new ();
  g_autoptr(FuRound) round = fu_round_new ();
  g_autoptr(FuInterviewer) interviewer = NULL;
  g_autoptr(FuContactIndex) index = fu_contact_index_new ();
  g_autoptr(GDateTime) t1 = at ("2026-03-01T10:00:00Z");
  g_autoptr(GDateTime) t2 = at ("2026-03-09T10:00:00Z");
  g_autoptr(GDateTime) t3 = at ("2026-02-01T10:00:00Z");
  GPtrArray *jobs, *interactions;
  FuInteraction *newest;

  fu_job_set_company (job, COMPANY);
  fu_job_set_company (other, "Globex");
  fu_store_add_contact (store, ann);
  fu_store_add_contact (store, bob);
  fu_store_add_job (store, job);
  fu_store_add_job (store, other);
  fu_contact_link_to_job (ann, job, FU_PART_HIRING_MANAGER);
  interviewer = fu_interviewer_new (fu_contact_get_id (ann));
  fu_round_add_interviewer (round, interviewer);
  fu_job_add_round (other, round);

  fu_contact_log_interaction (store, ann, job, FU_CHANNEL_CALL, FU_DIRECTION_OUTBOUND, t1);
  newest = fu_contact_log_interaction (store, ann, NULL, FU_CHANNEL_EMAIL, FU_DIRECTION_INBOUND, t2);
  fu_contact_log_interaction (store, ann, job, FU_CHANNEL_EMAIL, FU_DIRECTION_OUTBOUND, t3);

  fu_contact_index_rebuild (index, store);
  g_assert_true (g_date_time_equal (fu_contact_index_get_last_contacted (index, fu_contact_get_id (ann)), t2));
  g_assert_null (fu_contact_index_get_last_contacted (index, fu_contact_get_id (bob)));

  interactions = fu_contact_index_get_interactions (index, fu_contact_get_id (ann));
  g_assert_cmpuint (interactions->len, ==, 3);
  g_assert_true (g_ptr_array_index (interactions, 0) == newest);
  g_assert_true (g_date_time_equal (fu_interaction_get_time (g_ptr_array_index (interactions, 2)), t3));

  jobs = fu_contact_index_get_jobs (index, fu_contact_get_id (ann));
  g_assert_cmpuint (jobs->len, ==, 2);
  g_assert_true (((FuContactJob *) g_ptr_array_index (jobs, 0))->job == job);
  g_assert_cmpint (((FuContactJob *) g_ptr_array_index (jobs, 0))->part, ==, FU_PART_HIRING_MANAGER);
  g_assert_true (((FuContactJob *) g_ptr_array_index (jobs, 1))->job == other);
  g_assert_cmpint (((FuContactJob *) g_ptr_array_index (jobs, 1))->part, ==, FU_PART_UNKNOWN);
  g_assert_cmpuint (((FuContactJob *) g_ptr_array_index (jobs, 1))->n_rounds, ==, 1);
  g_assert_cmpuint (fu_contact_index_get_jobs (index, fu_contact_get_id (bob))->len, ==, 0);

  /* Linking again changes the part instead of adding a second link. */
  fu_contact_link_to_job (ann, job, FU_PART_REFERRER);
  g_assert_cmpuint (g_list_model_get_n_items (fu_job_get_contacts (job)), ==, 1);
  g_assert_cmpint (fu_job_contact_get_part (fu_job_find_contact_link (job, fu_contact_get_id (ann))), ==,
                   FU_PART_REFERRER);
}

/* Removing a contact takes their links with them; Undo puts every link
 * back in its place. */
static void
test_contacts_remove_and_undo (void)
{
  g_autoptr(FuStore) store = open_fresh_store ();
  g_autoptr(FuContact) ann = contact_new ("Ann Lee", "ann@acme.example");
  g_autoptr(FuContact) bob = contact_new ("Bob Stone", NULL);
  g_autoptr(FuJob) job = fu_job_new ();
  g_autoptr(FuRound) round = fu_round_new ();
  g_autoptr(FuInterviewer) i_ann = NULL;
  g_autoptr(FuInterviewer) i_bob = NULL;
  g_autoptr(FuContactRemoval) removal = NULL;
  g_autoptr(FuJobContact) first = NULL;
  g_autoptr(FuInterviewer) first_interviewer = NULL;

  fu_store_add_contact (store, ann);
  fu_store_add_contact (store, bob);
  fu_store_add_job (store, job);
  fu_contact_link_to_job (ann, job, FU_PART_HIRING_MANAGER);
  fu_contact_link_to_job (bob, job, FU_PART_AGENCY_RECRUITER);
  i_ann = fu_interviewer_new (fu_contact_get_id (ann));
  i_bob = fu_interviewer_new (fu_contact_get_id (bob));
  fu_round_add_interviewer (round, i_ann);
  fu_round_add_interviewer (round, i_bob);
  fu_job_add_round (job, round);

  removal = fu_contact_remove (store, ann);
  g_assert_cmpuint (fu_contact_removal_get_n_jobs (removal), ==, 1);
  g_assert_null (fu_store_find_contact (store, fu_contact_get_id (ann)));
  g_assert_null (fu_job_find_contact_link (job, fu_contact_get_id (ann)));
  g_assert_cmpuint (g_list_model_get_n_items (fu_job_get_contacts (job)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (fu_round_get_interviewers (round)), ==, 1);

  fu_contact_removal_undo (removal, store);
  g_assert_true (fu_store_find_contact (store, fu_contact_get_id (ann)) == ann);
  g_assert_cmpuint (g_list_model_get_n_items (fu_job_get_contacts (job)), ==, 2);
  first = g_list_model_get_item (fu_job_get_contacts (job), 0);
  g_assert_cmpstr (fu_job_contact_get_contact_id (first), ==, fu_contact_get_id (ann));
  g_assert_cmpint (fu_job_contact_get_part (first), ==, FU_PART_HIRING_MANAGER);
  first_interviewer = g_list_model_get_item (fu_round_get_interviewers (round), 0);
  g_assert_true (first_interviewer == i_ann);
  g_assert_cmpuint (g_list_model_get_n_items (fu_round_get_interviewers (round)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/contacts-vcard/round-trip", test_contacts_vcard_round_trip);
  g_test_add_func ("/contacts-vcard/extra-values-kept-in-notes", test_contacts_vcard_extra_values_kept_in_notes);
  g_test_add_func ("/contacts-vcard/import-plan-merge", test_contacts_vcard_import_plan_merge);
  g_test_add_func ("/contacts-vcard/import-plan-skip-and-keep", test_contacts_vcard_import_plan_skip_and_keep);
  g_test_add_func ("/contacts/index", test_contacts_index);
  g_test_add_func ("/contacts/remove-and-undo", test_contacts_remove_and_undo);

  return g_test_run ();
}
