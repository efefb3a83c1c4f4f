/* fu-bench-generate.c: a deterministic job search of N jobs for the
 * benchmarks, averaging over 4 KB per job as real ones do (an advert's
 * text is kept as the description snapshot), with rounds, interviewers,
 * contacts, interactions, follow-ups and odd text.
 *
 *   fu-bench-generate FILE N [SEED]
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "fu-store.h"

static const char *words[] = {
  "team", "product", "customers", "build", "scale", "platform", "data",
  "design", "you", "will", "work", "with", "engineers", "and", "managers",
  "to", "deliver", "reliable", "services", "our", "mission", "is", "simple",
  "experience", "in", "C", "GTK", "Rust", "SQL", "cloud", "benefits",
  "flexible", "hours", "remote", "office", "café", "naïve", "Zürich",
  "<b>bold</b>", "AT&T", "\"quoted\"", "it's", "😀", "مرحبا", "日本語",
};

static const char *companies[] = {
  "Northwind", "AT&T <Labs>", "Bluebird", "Copperleaf", "Fernhill", "Greyhound",
  "Harbor & Pine", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus",
};

static char *
text_of (GRand *rand,
         guint  min_bytes,
         guint  max_bytes)
{
  guint target = g_rand_int_range (rand, min_bytes, max_bytes);
  GString *text = g_string_new (NULL);

  while (text->len < target)
    {
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append_c (text, g_rand_int_range (rand, 0, 14) == 0 ? '\n' : ' ');
    }

  return g_string_free (text, FALSE);
}

static GDateTime *
offset_days (GDateTime *base,
             double     days)
{
  return g_date_time_add_seconds (base, days * 86400.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  /* A fixed "now" keeps the file the same on every run. */
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 11, 1, 9, 0, 0);
  g_autoptr(GPtrArray) contact_ids = g_ptr_array_new_with_free_func (g_free);
  guint n_jobs;

  if (argc < 3)
    {
      g_printerr ("usage: %s FILE N [SEED]\n", argv[0]);
      return 2;
    }
  n_jobs = (guint) atoi (argv[2]);
  rand = g_rand_new_with_seed (argc > 3 ? (guint32) atoi (argv[3]) : 1);
  store = fu_store_new (argv[1]);

  for (guint i = 0; i < MAX (20, n_jobs / 5); i++)
    {
      g_autoptr(FuContact) contact = fu_contact_new ();
      g_autofree char *name = g_strdup_printf ("Person %u <%s>", i, words[i % G_N_ELEMENTS (words)]);
      g_autofree char *email = g_strdup_printf ("person%u@example.com", i);
      g_autofree char *rapport = text_of (rand, 40, 200);

      fu_contact_set_name (contact, name);
      fu_contact_set_email (contact, email);
      fu_contact_set_part (contact, (FuPart) (i % 6));
      fu_contact_set_rapport_notes (contact, rapport);
      fu_contact_set_stay_in_touch (contact, i % 7 == 0);
      fu_store_add_contact (store, contact);
      g_ptr_array_add (contact_ids, g_strdup (fu_contact_get_id (contact)));
    }

  for (guint i = 0; i < n_jobs; i++)
    {
      g_autoptr(FuJob) job = fu_job_new ();
      g_autoptr(GDateTime) created = offset_days (now, -g_rand_double_range (rand, 1, 120));
      g_autofree char *company = g_strdup_printf ("%s %u", companies[i % G_N_ELEMENTS (companies)], i);
      g_autofree char *title = text_of (rand, 12, 40);
      g_autofree char *description = text_of (rand, 2000, 3000);
      g_autofree char *notes = text_of (rand, 100, 500);
      FuStage stage = (FuStage) g_rand_int_range (rand, FU_STAGE_WISHLIST, FU_STAGE_OFFER + 1);
      guint n_rounds = stage >= FU_STAGE_SCREENING ? g_rand_int_range (rand, 1, 4) : 0;
      const char *tags[] = { "bench", i % 2 ? "remote" : "onsite", NULL };

      fu_job_set_company (job, company);
      fu_job_set_title (job, title);
      fu_job_set_description (job, description);
      fu_job_set_notes (job, notes);
      fu_job_set_tags (job, tags);
      fu_job_set_created (job, created);
      for (FuStage s = FU_STAGE_APPLIED; s <= stage; s++)
        {
          g_autoptr(GDateTime) when = offset_days (created, s);
          fu_job_move_to (job, s, when);
        }
      if (i % 9 == 8)
        fu_job_close (job, FU_OUTCOME_REJECTED, "not this time", now);

      for (guint r = 0; r < n_rounds; r++)
        {
          g_autoptr(FuRound) round = fu_round_new ();
          g_autoptr(GDateTime) start = offset_days (created, 5 + 4 * r);
          g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);
          g_autofree char *debrief = text_of (rand, 100, 400);

          fu_round_set_kind (round, (FuRoundKind) (r % 6));
          fu_round_set_start (round, start);
          fu_round_set_end (round, end);
          fu_round_set_time_zone (round, "Europe/London");
          fu_round_set_debrief (round, debrief);
          for (guint k = 0; k < 2; k++)
            {
              const char *id = g_ptr_array_index (contact_ids, (i + r + k) % contact_ids->len);
              g_autoptr(FuInterviewer) interviewer = fu_interviewer_new (id);
              g_autoptr(FuJobContact) link = fu_job_contact_new (id, k == 0 ? FU_PART_HIRING_MANAGER : FU_PART_PANEL_MEMBER);

              fu_round_add_interviewer (round, interviewer);
              if (fu_job_find_contact_link (job, id) == NULL)
                fu_job_add_contact_link (job, link);
            }
          fu_job_add_round (job, round);
        }
      fu_store_add_job (store, job);

      for (guint k = 0; k < 2; k++)
        {
          g_autoptr(FuInteraction) interaction = fu_interaction_new ();
          g_autoptr(GDateTime) when = offset_days (created, 2 + k);
          g_autofree char *body = text_of (rand, 100, 300);
          const char *contacts[] = { g_ptr_array_index (contact_ids, i % contact_ids->len), NULL };

          fu_interaction_set_time (interaction, when);
          fu_interaction_set_channel (interaction, (FuChannel) (k % 5));
          fu_interaction_set_direction (interaction, k ? FU_DIRECTION_INBOUND : FU_DIRECTION_OUTBOUND);
          fu_interaction_set_subject (interaction, "Re: the role");
          fu_interaction_set_body (interaction, body);
          fu_interaction_set_job_id (interaction, fu_job_get_id (job));
          fu_interaction_set_contact_ids (interaction, contacts);
          fu_store_add_interaction (store, interaction);
        }

      {
        g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();
        g_autoptr(GDateTime) due = offset_days (now, g_rand_double_range (rand, -10, 30));

        fu_follow_up_set_kind (follow_up, FU_FOLLOW_UP_KIND_CUSTOM);
        fu_follow_up_set_origin (follow_up, FU_FOLLOW_UP_ORIGIN_USER);
        fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
        fu_follow_up_set_title (follow_up, "Call back about the <role> & the team");
        fu_follow_up_set_due (follow_up, due);
        fu_follow_up_set_created (follow_up, created);
        fu_store_add_follow_up (store, follow_up);
      }
    }

  if (!fu_store_flush (store, 600000, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
