/* test-search.c: what the search finds, without a display
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields: company, job title, contact names (linked contacts
 * and interviewers), tags, notes, debriefs and interaction text; case and
 * accents do not matter, every word typed must occur, and clearing the
 * text shows everything again.
 */
#include "config.h"

#include <string.h>

#include "fu-search.h"
#include "fu-search-private.h"
#include "fu-test-store.h"

typedef struct
{
  FuStore    *store;
  FuJob      *job;     /* has every field */
  FuJob      *other;   /* has none of them */
  FuContact  *linked;  /* linked to job */
  FuInteraction *interaction;  /* about job */
  FuFollowUp *follow_up;
  FuFollowUp *other_follow_up;
  FuSearch   *search;
} Fixture;

static FuContact *
add_contact (FuStore    *store,
             const char *name)
{
  g_autoptr(FuContact) contact = fu_contact_new ();

  fu_contact_set_name (contact, name);
  fu_store_add_contact (store, contact);
  return contact;
}

static FuFollowUp *
add_follow_up (FuStore *store,
               FuJob   *job)
{
  g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();

  fu_follow_up_set_kind (follow_up, 13);
  fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
  fu_follow_up_set_explanation (follow_up, "No news for two weeks.");
  fu_store_add_follow_up (store, follow_up);
  return follow_up;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = fu_test_data_path ();
  g_autoptr(GError) error = NULL;
  const char *tags[] = { "remote-first", NULL };
  FuContact *linked, *interviewer;
  g_autoptr(FuRound) round = fu_round_new ();
  g_autoptr(FuInterviewer) panel = NULL;
  g_autoptr(FuJobContact) link = NULL;
  FuInteraction *interaction;
  const char *contact_ids[2] = { NULL, NULL };

  f->store = fu_test_open_store (path, &error);
  g_assert_no_error (error);

  linked = add_contact (f->store, "Zoë Fernández");
  interviewer = add_contact (f->store, "Priya Raman");

  f->job = fu_job_new ();
  fu_job_set_company (f->job, "Café Müller AT&T <Labs>");
  fu_job_set_title (f->job, "Platform Engineer");
  fu_job_set_tags (f->job, tags);
  fu_job_set_notes (f->job, "Met the team at PyCon");
  link = fu_job_contact_new (fu_contact_get_id (linked), FU_PART_AGENCY_RECRUITER);
  fu_job_add_contact_link (f->job, link);
  panel = fu_interviewer_new (fu_contact_get_id (interviewer));
  fu_round_add_interviewer (round, panel);
  fu_round_set_debrief (round, "They asked a lot about Kubernetes");
  fu_job_add_round (f->job, round);
  fu_store_add_job (f->store, f->job);

  interaction = f->interaction = fu_interaction_new ();
  f->linked = g_object_ref (linked);
  fu_interaction_set_job_id (interaction, fu_job_get_id (f->job));
  fu_interaction_set_subject (interaction, "Next steps");
  fu_interaction_set_body (interaction, "The salary band was discussed");
  contact_ids[0] = fu_contact_get_id (linked);
  fu_interaction_set_contact_ids (interaction, contact_ids);
  fu_store_add_interaction (f->store, interaction);

  f->other = fu_job_new ();
  fu_job_set_company (f->other, "Initech");
  fu_job_set_title (f->other, "Accountant");
  fu_store_add_job (f->store, f->other);

  f->follow_up = add_follow_up (f->store, f->job);
  f->other_follow_up = add_follow_up (f->store, f->other);

  f->search = fu_search_new ();
  fu_search_set_store (f->search, f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->search);
  g_clear_object (&f->linked);
  g_clear_object (&f->interaction);
  g_clear_object (&f->job);
  g_clear_object (&f->other);
  g_clear_object (&f->store);
}

static void
assert_finds_only_job (Fixture    *f,
                       const char *text)
{
  g_test_message ("search: %s", text);
  fu_search_set_text (f->search, text);
  g_assert_true (fu_search_is_active (f->search));
  g_assert_true (fu_search_match_job (f->search, f->job));
  g_assert_false (fu_search_match_job (f->search, f->other));
  /* The follow-ups view narrows the same way. */
  g_assert_true (fu_search_match_follow_up (f->search, f->follow_up));
  g_assert_false (fu_search_match_follow_up (f->search, f->other_follow_up));
}

static void
test_search_fields (Fixture       *f,
                    gconstpointer  data)
{
  assert_finds_only_job (f, "AT&T <Labs>");              /* company */
  assert_finds_only_job (f, "platform");                 /* job title */
  assert_finds_only_job (f, "Fernández");                /* linked contact */
  assert_finds_only_job (f, "priya");                    /* interviewer */
  assert_finds_only_job (f, "remote-first");             /* tag */
  assert_finds_only_job (f, "pycon");                    /* notes */
  assert_finds_only_job (f, "kubernetes");               /* debrief */
  assert_finds_only_job (f, "salary band");              /* interaction body */
  assert_finds_only_job (f, "next steps");               /* interaction subject */
}

static void
test_search_folding (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *folded = NULL;

  assert_finds_only_job (f, "cafe muller");    /* no accents typed */
  assert_finds_only_job (f, "CAFÉ");           /* upper case */
  assert_finds_only_job (f, "zoe");
  assert_finds_only_job (f, "  Engineer   platform ");  /* words in any order */

  /* Every word must occur. */
  fu_search_set_text (f->search, "platform accountant");
  g_assert_false (fu_search_match_job (f->search, f->job));
  g_assert_false (fu_search_match_job (f->search, f->other));

  folded = fu_search_fold ("Ångström ÉCOLE ﬁne");
  g_assert_cmpstr (folded, ==, "angstrom ecole fine");
}

/* Folding goes a character at a time through a cache: the same letter
 * folds the same wherever it stands, long runs of plain letters (eight
 * at a time) keep every letter, and a broken byte is the replacement
 * character, as in any text that is not valid UTF-8. */
static void
test_search_folding_long (Fixture       *f,
                          gconstpointer  data)
{
  static const struct { const char *text; const char *folded; } cases[] = {
    { "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ 0123456789", "abcdefghijklmnopqrstuvwxyz@[`{ 0123456789" },
    { "Straße STRASSE", "strasse strasse" },
    { "İstanbul ÇAĞLAYAN", "istanbul caglayan" },
    { "ＦＵＬＬ ｗｉｄｔｈ", "full width" },
    { "Zoë Zoë Zoë Zoë Zoë Zoë Zoë Zoë", "zoe zoe zoe zoe zoe zoe zoe zoe" },
    { "e\xcc\x81" "cole", "ecole" },            /* e and a combining accent */
    { "日本語 ΣΊΣΥΦΟΣ Москва", "日本語 σισυφοσ москва" },
    { "caf\xe9 au lait", "caf\xef\xbf\xbd au lait" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = fu_search_fold (cases[i].text);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }
}

static void
test_search_clears (Fixture       *f,
                    gconstpointer  data)
{
  fu_search_set_text (f->search, "nothing matches this");
  g_assert_false (fu_search_match_job (f->search, f->job));
  g_assert_false (fu_search_match_follow_up (f->search, f->other_follow_up));

  for (guint i = 0; i < 2; i++)
    {
      fu_search_set_text (f->search, i == 0 ? "" : "   ");
      g_assert_false (fu_search_is_active (f->search));
      g_assert_true (fu_search_match_job (f->search, f->job));
      g_assert_true (fu_search_match_job (f->search, f->other));
      g_assert_true (fu_search_match_follow_up (f->search, f->other_follow_up));
    }
}

static void
on_changed_cb (FuSearch *search,
               gboolean *changed)
{
  *changed = TRUE;
}

/* An edit while searching is found at once, and says the results moved. */
static void
test_search_follows_edits (Fixture       *f,
                           gconstpointer  data)
{
  gboolean changed = FALSE;

  fu_search_set_text (f->search, "pycon");
  g_assert_false (fu_search_match_job (f->search, f->other));

  g_signal_connect (f->search, "changed", G_CALLBACK (on_changed_cb), &changed);
  fu_job_set_notes (f->other, "Also at PyCon");
  fu_test_wait_until (changed);
  g_assert_true (fu_search_match_job (f->search, f->other));
}

/* Every job and follow-up of the store that the search finds, in order. */
static GString *
found (FuSearch *search,
       FuStore  *store)
{
  GListModel *jobs = fu_store_get_jobs (store);
  GListModel *follow_ups = fu_store_get_follow_ups (store);
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr(FuJob) job = g_list_model_get_item (jobs, i);

      if (fu_search_match_job (search, job))
        g_string_append_printf (list, "job %s\n", fu_job_get_company (job));
    }
  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (follow_ups, i);
      gconstpointer handle = fu_search_get_follow_up_handle (search, follow_up);
      gboolean matched = fu_search_match_follow_up (search, follow_up);

      /* The follow-ups view asks through handles, several at once. */
      if (handle != NULL)
        {
          gboolean by_handle = !matched;

          fu_search_match_follow_up_handles (search, &handle, 1, &by_handle);
          g_assert_cmpint (by_handle, ==, matched);
        }
      if (matched)
        g_string_append_printf (list, "follow-up %s\n", fu_follow_up_get_job_id (follow_up));
    }

  return list;
}

static void
on_change_cb (FuSearch       *search,
              FuSearchChange *change)
{
  *change = fu_search_get_change (search);
}

/* An edit is found at once (no main loop turned), the old words no
 * longer find the job, and a search on says its results changed. */
static void
assert_follows (Fixture    *f,
                const char *now,
                const char *before)
{
  fu_search_set_text (f->search, now);
  g_assert_true (fu_search_match_job (f->search, f->job));
  g_assert_true (fu_search_match_follow_up (f->search, f->follow_up));
  g_assert_false (fu_search_match_job (f->search, f->other));
  fu_search_set_text (f->search, before);
  g_assert_false (fu_search_match_job (f->search, f->job));
  g_assert_false (fu_search_match_follow_up (f->search, f->follow_up));
}

static void
test_search_follows_company (Fixture       *f,
                             gconstpointer  data)
{
  FuSearchChange change = -1;

  /* Folded before the edit, as the app does ahead of need. */
  fu_search_set_text (f->search, "muller");
  fu_search_fold_all (f->search);
  g_assert_true (fu_search_match_job (f->search, f->job));

  g_signal_connect (f->search, "changed", G_CALLBACK (on_change_cb), &change);
  fu_job_set_company (f->job, "Globex Corporation");
  fu_test_wait_until (change == FU_SEARCH_CHANGE_DIFFERENT);
  g_assert_false (fu_search_match_job (f->search, f->job));

  assert_follows (f, "globex", "muller");
}

static void
test_search_follows_contact_name (Fixture       *f,
                                  gconstpointer  data)
{
  fu_search_set_text (f->search, "fernandez");
  fu_search_fold_all (f->search);
  g_assert_true (fu_search_match_job (f->search, f->job));

  /* The job did not change, its contact did. */
  fu_contact_set_name (f->linked, "Ana Lima");
  assert_follows (f, "ana lima", "fernandez");

  /* A contact linked later, then removed. */
  {
    g_autoptr(FuContact) recruiter = fu_contact_new ();
    g_autoptr(FuJobContact) link = NULL;

    fu_contact_set_name (recruiter, "Olusegun Bello");
    fu_store_add_contact (f->store, recruiter);
    link = fu_job_contact_new (fu_contact_get_id (recruiter), FU_PART_HIRING_MANAGER);
    fu_search_set_text (f->search, "olusegun");
    g_assert_false (fu_search_match_job (f->search, f->other));
    fu_job_add_contact_link (f->other, link);
    g_assert_true (fu_search_match_job (f->search, f->other));
    fu_store_remove (f->store, FU_RECORD (recruiter));
    g_assert_false (fu_search_match_job (f->search, f->other));
  }
}

static void
test_search_follows_interaction (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(FuInteraction) note = fu_interaction_new ();

  fu_search_set_text (f->search, "salary");
  fu_search_fold_all (f->search);
  g_assert_true (fu_search_match_job (f->search, f->job));

  fu_interaction_set_body (f->interaction, "A relocation package was offered");
  assert_follows (f, "relocation", "salary");

  /* Moved to the other job: it leaves the first job's text. */
  fu_search_set_text (f->search, "relocation");
  fu_interaction_set_job_id (f->interaction, fu_job_get_id (f->other));
  g_assert_false (fu_search_match_job (f->search, f->job));
  g_assert_true (fu_search_match_job (f->search, f->other));

  /* Added, then removed. */
  fu_interaction_set_job_id (note, fu_job_get_id (f->job));
  fu_interaction_set_body (note, "Sent the portfolio");
  fu_search_set_text (f->search, "portfolio");
  g_assert_false (fu_search_match_job (f->search, f->job));
  fu_store_add_interaction (f->store, note);
  g_assert_true (fu_search_match_job (f->search, f->job));
  fu_store_remove (f->store, FU_RECORD (note));
  g_assert_false (fu_search_match_job (f->search, f->job));
}

/* A query typed letter by letter finds what it finds set at once (on a
 * search that was cleared first), and each letter typed says it
 * narrowed; each one deleted that it widened. */
static void
test_search_typed_letters (Fixture       *f,
                           gconstpointer  data)
{
  /* "asked": the first "a" and "as" of the job are elsewhere (Café,
   * <Labs>), so each letter must look on from where the last was found,
   * not only there; "atlas" is found up to "at" and no further.  No
   * query starts with the letter the one before it ends at. */
  static const char * const queries[] = { "platform eng", "asked", "zoe pyc", "atlas", "n",
                                          "kubernetes", "AT&T", "salary band" };
  g_autoptr(FuSearch) at_once = fu_search_new ();
  FuSearchChange change = -1;

  g_signal_connect (f->search, "changed", G_CALLBACK (on_change_cb), &change);
  fu_search_set_store (at_once, f->store);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      gsize len = strlen (queries[q]);

      for (gsize n = 1; n <= len; n++)
        {
          g_autofree char *typed = g_strndup (queries[q], n);
          g_autoptr(GString) one = NULL;
          g_autoptr(GString) all = NULL;

          change = -1;
          fu_search_set_text (f->search, typed);
          /* A space adds no word: nothing to look at again. */
          if (typed[n - 1] != ' ')
            g_assert_cmpint (change, ==, n == 1 && q > 0 ? FU_SEARCH_CHANGE_DIFFERENT : FU_SEARCH_CHANGE_MORE_STRICT);
          fu_search_set_text (at_once, NULL);
          fu_search_set_text (at_once, typed);
          one = found (f->search, f->store);
          all = found (at_once, f->store);
          g_assert_cmpstr (one->str, ==, all->str);
        }
      /* Letters deleted from the end. */
      for (gsize n = len - 1; n >= 1; n--)
        {
          g_autofree char *typed = g_strndup (queries[q], n);
          g_autoptr(GString) one = NULL;
          g_autoptr(GString) all = NULL;

          change = -1;
          fu_search_set_text (f->search, typed);
          if (queries[q][n] != ' ')
            g_assert_cmpint (change, ==, FU_SEARCH_CHANGE_LESS_STRICT);
          fu_search_set_text (at_once, NULL);
          fu_search_set_text (at_once, typed);
          one = found (f->search, f->store);
          all = found (at_once, f->store);
          g_assert_cmpstr (one->str, ==, all->str);
        }
    }
}

/* Deleting a word finds again what it kept out; clearing finds all. */
static void
test_search_deleting_words_widens (Fixture       *f,
                                   gconstpointer  data)
{
  FuSearchChange change = -1;

  g_signal_connect (f->search, "changed", G_CALLBACK (on_change_cb), &change);
  fu_search_set_text (f->search, "engineer accountant");
  g_assert_false (fu_search_match_job (f->search, f->job));
  g_assert_false (fu_search_match_job (f->search, f->other));

  fu_search_set_text (f->search, "engineer");
  g_assert_cmpint (change, ==, FU_SEARCH_CHANGE_LESS_STRICT);
  g_assert_true (fu_search_match_job (f->search, f->job));
  g_assert_false (fu_search_match_job (f->search, f->other));

  fu_search_set_text (f->search, "");
  g_assert_cmpint (change, ==, FU_SEARCH_CHANGE_LESS_STRICT);
  g_assert_true (fu_search_match_job (f->search, f->job));
  g_assert_true (fu_search_match_job (f->search, f->other));

  /* Another word altogether may find anything. */
  fu_search_set_text (f->search, "engineer");
  g_assert_cmpint (change, ==, FU_SEARCH_CHANGE_MORE_STRICT);
  fu_search_set_text (f->search, "accountant");
  g_assert_cmpint (change, ==, FU_SEARCH_CHANGE_DIFFERENT);
  g_assert_false (fu_search_match_job (f->search, f->job));
  g_assert_true (fu_search_match_job (f->search, f->other));
}

/* The texts are folded in idle time after a load, so the first letter
 * typed finds them ready. */
static void
test_search_folds_ahead (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(FuSearch) search = fu_search_new ();

  fu_search_set_store (search, f->store);
  g_assert_true (fu_search_get_folding (search));
  fu_test_wait_until (!fu_search_get_folding (search));

  fu_search_set_text (search, "kubernetes");
  g_assert_true (fu_search_match_job (search, f->job));
  g_assert_false (fu_search_match_job (search, f->other));
  g_assert_false (fu_search_get_folding (search));

  /* An edit refolds in idle time too. */
  fu_job_set_notes (f->other, "Kubernetes on prem");
  g_assert_true (fu_search_get_folding (search));
  fu_test_wait_until (!fu_search_get_folding (search));
  g_assert_true (fu_search_match_job (search, f->other));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/search/fields", Fixture, NULL, fixture_set_up, test_search_fields, fixture_tear_down);
  g_test_add ("/search/folding", Fixture, NULL, fixture_set_up, test_search_folding, fixture_tear_down);
  g_test_add ("/search/folding-long", Fixture, NULL, fixture_set_up, test_search_folding_long, fixture_tear_down);
  g_test_add ("/search/clears", Fixture, NULL, fixture_set_up, test_search_clears, fixture_tear_down);
  g_test_add ("/search/follows-edits", Fixture, NULL, fixture_set_up, test_search_follows_edits, fixture_tear_down);
  g_test_add ("/search/follows-company", Fixture, NULL, fixture_set_up, test_search_follows_company, fixture_tear_down);
  g_test_add ("/search/follows-contact-name", Fixture, NULL, fixture_set_up, test_search_follows_contact_name, fixture_tear_down);
  g_test_add ("/search/follows-interaction", Fixture, NULL, fixture_set_up, test_search_follows_interaction, fixture_tear_down);
  g_test_add ("/search/typed-letters", Fixture, NULL, fixture_set_up, test_search_typed_letters, fixture_tear_down);
  g_test_add ("/search/deleting-words-widens", Fixture, NULL, fixture_set_up, test_search_deleting_words_widens, fixture_tear_down);
  g_test_add ("/search/folds-ahead", Fixture, NULL, fixture_set_up, test_search_folds_ahead, fixture_tear_down);

  return g_test_run ();
}
