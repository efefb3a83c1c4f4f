/* fu-demo-data.c: writes a realistic job search to a data file, for
 * screenshots and trying things by hand.  Deterministic for a given seed.
 *
 *   fu-demo-data FILE [N_JOBS] [SEED]
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "fu-store.h"

static const char *companies[] = {
  "Northwind Analytics", "AT&T <Labs>", "Bluebird Health", "Copperleaf Energy",
  "Fernhill Robotics", "Greyhound Media", "Harbor & Pine", "Juniper Learning",
  "Kestrel Aerospace", "Lumen Grocers", "Meridian Bank", "Nimbus Cloud",
  "Orchard Studios", "Parcel Post Co.", "Quarry Games", "Riverstone Legal",
  "Saffron Foods", "Tidewater Port", "Umbra Security", "Vantage Insurance",
  "Willow Care", "Xylo Music", "Yellowfin Travel", "Zephyr Mobility",
  "Atlas Freight", "Brightline Rail", "Cobalt Devices", "Driftwood Hotels",
  "Evergreen Council", "Foxglove Pharma",
};

static const char *titles[] = {
  "Senior Product Designer", "Data Analyst", "Backend Engineer", "UX Researcher",
  "Engineering Manager", "Frontend Developer", "Product Manager", "QA Lead",
  "Site Reliability Engineer", "Technical Writer", "Business Analyst",
  "Customer Success Manager", "Machine Learning Engineer", "Project Coordinator",
};

static const char *people[] = {
  "Dana Kim", "Priya Raman", "Tom Okafor", "Lena Fischer", "Marco Rossi",
  "Aisha Bello", "Sam O'Neil", "Yuki Tanaka", "Noor Haddad", "Chris Evans",
};

/* What to do, around a person's name. */
static const char *todo[][2] = {
  { "Thank ", " for Tuesday's panel interview; notes sent within a day stand out" },
  { "Nudge ", " about the application; a polite check-in after a week is normal" },
  { "Ask ", " for preparation tips before the hiring-manager interview" },
  { "Check in with ", ": the decision date they gave has passed" },
  { "Prepare for tomorrow's interview with ", ": review the job and the people" },
};

static GDateTime *
days_ago (GDateTime *now,
          double     days)
{
  return g_date_time_add_seconds (now, -days * 86400.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = NULL;
  guint n_jobs;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE [N_JOBS] [SEED]\n", argv[0]);
      return 2;
    }
  n_jobs = argc > 2 ? (guint) atoi (argv[2]) : 30;
  rand = g_rand_new_with_seed (argc > 3 ? (guint32) atoi (argv[3]) : 7);

  store = fu_store_new (argv[1]);

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(FuContact) contact = fu_contact_new ();
      fu_contact_set_name (contact, people[i]);
      fu_contact_set_company (contact, companies[i % G_N_ELEMENTS (companies)]);
      fu_store_add_contact (store, contact);
    }

  for (guint i = 0; i < n_jobs; i++)
    {
      g_autoptr(FuJob) job = fu_job_new ();
      g_autoptr(GDateTime) created = days_ago (now, g_rand_double_range (rand, 3, 60));
      /* More jobs early in the pipeline, as in any real search. */
      static const FuStage weights[] = {
        FU_STAGE_WISHLIST, FU_STAGE_WISHLIST, FU_STAGE_APPLIED, FU_STAGE_APPLIED,
        FU_STAGE_APPLIED, FU_STAGE_SCREENING, FU_STAGE_SCREENING,
        FU_STAGE_INTERVIEWING, FU_STAGE_INTERVIEWING, FU_STAGE_OFFER,
      };
      FuStage stage = weights[g_rand_int_range (rand, 0, G_N_ELEMENTS (weights))];
      g_autofree char *company = NULL;

      if (i < G_N_ELEMENTS (companies))
        company = g_strdup (companies[i]);
      else
        company = g_strdup_printf ("%s %u", companies[i % G_N_ELEMENTS (companies)],
                                   (guint) (i / G_N_ELEMENTS (companies)));

      fu_job_set_company (job, company);
      fu_job_set_title (job, titles[g_rand_int_range (rand, 0, G_N_ELEMENTS (titles))]);
      fu_job_set_created (job, created);
      fu_job_move_to (job, FU_STAGE_WISHLIST, created);
      for (FuStage s = FU_STAGE_APPLIED; s <= stage; s++)
        {
          g_autoptr(GDateTime) when = days_ago (now, g_rand_double_range (rand, 0.2, 3) * (stage - s + 1));
          if (s == FU_STAGE_APPLIED)
            fu_job_set_applied (job, when);
          fu_job_move_to (job, s, when);
        }
      if (i % 11 == 10)
        {
          g_autoptr(GDateTime) when = days_ago (now, 1);
          fu_job_close (job, i % 2 ? FU_OUTCOME_REJECTED : FU_OUTCOME_NO_RESPONSE, NULL, when);
        }
      fu_store_add_job (store, job);

      if (stage >= FU_STAGE_APPLIED && i % 3 != 2)
        {
          g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();
          g_autofree char *text = g_strconcat (todo[i % G_N_ELEMENTS (todo)][0],
                                               people[i % G_N_ELEMENTS (people)],
                                               todo[i % G_N_ELEMENTS (todo)][1], NULL);
          g_autoptr(GDateTime) due = g_date_time_add_hours (now, g_rand_int_range (rand, -72, 240));

          fu_follow_up_set_kind (follow_up, FU_FOLLOW_UP_KIND_CUSTOM);
          fu_follow_up_set_origin (follow_up, FU_FOLLOW_UP_ORIGIN_USER);
          fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
          fu_follow_up_set_title (follow_up, text);
          fu_follow_up_set_due (follow_up, due);
          fu_follow_up_set_created (follow_up, created);
          fu_store_add_follow_up (store, follow_up);
        }
    }

  if (!fu_store_flush (store, 30000, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
