/* rules-fixture.h: a small job search in memory for the rules tests
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expectations in the tests are written from ../shared/domain.md
 * (the rules' table and "How the rules behave"), never from the engine's
 * output.  Times in the tables carry their offset, as a person would
 * write them; they are compared as instants.
 */
#pragma once

#include "fu-rules.h"

#define HOME_ZONE "Europe/Berlin"

typedef struct
{
  GListStore      *jobs;
  GListStore      *contacts;
  GListStore      *interactions;
  GListStore      *follow_ups;
  FuRulesData      data;
  FuRulesSettings *settings;
} Fixture;

typedef struct
{
  const char *kind;     /* fu_rules_kind_to_id() */
  const char *contact;  /* the contact's name, or NULL */
  const char *due;      /* ISO 8601 with offset */
} Expected;

static inline GDateTime *
t (const char *iso)
{
  static GPtrArray *keep = NULL;
  GDateTime *time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  /* Kept for the whole run, so tests can pass t("...") inline. */
  if (keep == NULL)
    keep = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_ptr_array_add (keep, time);
  return time;
}

static inline void
fixture_set_up (Fixture       *fx,
                gconstpointer  user_data)
{
  g_autoptr(GTimeZone) home = g_time_zone_new_identifier (HOME_ZONE);

  g_assert_nonnull (home);
  fx->jobs = g_list_store_new (FU_TYPE_JOB);
  fx->contacts = g_list_store_new (FU_TYPE_CONTACT);
  fx->interactions = g_list_store_new (FU_TYPE_INTERACTION);
  fx->follow_ups = g_list_store_new (FU_TYPE_FOLLOW_UP);
  fx->data.jobs = G_LIST_MODEL (fx->jobs);
  fx->data.contacts = G_LIST_MODEL (fx->contacts);
  fx->data.interactions = G_LIST_MODEL (fx->interactions);
  fx->data.follow_ups = G_LIST_MODEL (fx->follow_ups);
  fx->settings = fu_rules_settings_new_default (home);
}

static inline void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  user_data)
{
  g_clear_object (&fx->jobs);
  g_clear_object (&fx->contacts);
  g_clear_object (&fx->interactions);
  g_clear_object (&fx->follow_ups);
  g_clear_pointer (&fx->settings, fu_rules_settings_free);
}

/* Switches every rule off but @rule, so a table shows that rule alone. */
static inline void
only_rule (Fixture *fx,
           int      rule)
{
  for (int n = 1; n <= FU_RULES_N; n++)
    fx->settings->rules[n].enabled = (n == rule);
}

static inline FuContact *
add_contact (Fixture    *fx,
             const char *name,
             FuPart      part)
{
  g_autoptr(FuContact) contact = fu_contact_new ();

  fu_contact_set_name (contact, name);
  fu_contact_set_part (contact, part);
  g_list_store_append (fx->contacts, contact);
  return contact;
}

/* A job created on 1 February 2026 and moved to @stage then. */
static inline FuJob *
add_job (Fixture    *fx,
         const char *company,
         const char *title,
         FuStage     stage)
{
  g_autoptr(FuJob) job = fu_job_new ();
  GDateTime *created = t ("2026-02-01T09:00:00+01:00");

  fu_job_set_company (job, company);
  fu_job_set_title (job, title);
  fu_job_set_created (job, created);
  fu_job_move_to (job, stage, created);
  g_list_store_append (fx->jobs, job);
  return job;
}

static inline void
link_contact (FuJob     *job,
              FuContact *contact,
              FuPart     part)
{
  g_autoptr(FuJobContact) link = fu_job_contact_new (fu_contact_get_id (contact), part);

  fu_job_add_contact_link (job, link);
}

static inline FuRound *
add_round (FuJob       *job,
           FuRoundKind  kind,
           const char  *start,
           const char  *end,
           const char  *zone)
{
  g_autoptr(FuRound) round = fu_round_new ();

  fu_round_set_kind (round, kind);
  fu_round_set_start (round, t (start));
  fu_round_set_end (round, t (end));
  fu_round_set_time_zone (round, zone);
  fu_job_add_round (job, round);
  return round;
}

static inline FuInterviewer *
add_interviewer (FuRound   *round,
                 FuContact *contact)
{
  g_autoptr(FuInterviewer) interviewer = fu_interviewer_new (fu_contact_get_id (contact));

  fu_round_add_interviewer (round, interviewer);
  return interviewer;
}

static inline FuInteraction *
add_interaction (Fixture     *fx,
                 FuJob       *job,
                 FuContact   *contact,
                 const char  *time,
                 FuDirection  direction)
{
  g_autoptr(FuInteraction) interaction = fu_interaction_new ();
  const char *ids[] = { contact != NULL ? fu_contact_get_id (contact) : NULL, NULL };

  fu_interaction_set_time (interaction, t (time));
  fu_interaction_set_direction (interaction, direction);
  fu_interaction_set_channel (interaction, FU_CHANNEL_EMAIL);
  fu_interaction_set_job_id (interaction, job != NULL ? fu_job_get_id (job) : NULL);
  fu_interaction_set_contact_ids (interaction, ids);
  g_list_store_append (fx->interactions, interaction);
  return interaction;
}

static inline FuFollowUp *
add_custom (Fixture    *fx,
            FuJob      *job,
            FuContact  *contact,
            const char *due,
            const char *created)
{
  g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();

  fu_follow_up_set_kind (follow_up, FU_FOLLOW_UP_KIND_CUSTOM);
  fu_follow_up_set_origin (follow_up, FU_FOLLOW_UP_ORIGIN_USER);
  fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
  fu_follow_up_set_contact_id (follow_up, contact != NULL ? fu_contact_get_id (contact) : NULL);
  fu_follow_up_set_due (follow_up, t (due));
  fu_follow_up_set_created (follow_up, t (created));
  fu_follow_up_set_title (follow_up, "My own reminder");
  g_list_store_append (fx->follow_ups, follow_up);
  return follow_up;
}

/* Applies @changes to the in-memory lists the way fu_rules_apply() does
 * to a store. */
static inline void
apply_changes (Fixture   *fx,
               GPtrArray *changes)
{
  for (guint i = 0; i < changes->len; i++)
    {
      FuRulesChange *change = g_ptr_array_index (changes, i);

      switch (change->kind)
        {
        case FU_RULES_CHANGE_CREATE:
          g_list_store_append (fx->follow_ups, change->follow_up);
          break;
        case FU_RULES_CHANGE_MOVE:
          fu_follow_up_set_due (change->follow_up, change->due);
          fu_follow_up_set_explanation (change->follow_up, change->explanation);
          break;
        case FU_RULES_CHANGE_RETIRE:
          fu_follow_up_set_state (change->follow_up, FU_FOLLOW_UP_STATE_RETIRED);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* Evaluates at @now, applies, and returns the number of changes. */
static inline guint
run_at (Fixture    *fx,
        const char *now)
{
  g_autoptr(GPtrArray) changes = fu_rules_evaluate (&fx->data, t (now), fx->settings, NULL);

  apply_changes (fx, changes);
  return changes->len;
}

static inline gboolean
is_open (FuFollowUp *follow_up)
{
  FuFollowUpState state = fu_follow_up_get_state (follow_up);

  return state == FU_FOLLOW_UP_STATE_OPEN || state == FU_FOLLOW_UP_STATE_SNOOZED;
}

static inline const char *
contact_name (Fixture    *fx,
              const char *contact_id)
{
  guint n = g_list_model_get_n_items (fx->data.contacts);

  for (guint i = 0; contact_id != NULL && i < n; i++)
    {
      g_autoptr(FuContact) contact = g_list_model_get_item (fx->data.contacts, i);

      if (g_strcmp0 (fu_contact_get_id (contact), contact_id) == 0)
        return fu_contact_get_name (contact);
    }
  return "-";
}

static inline int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Asserts that the open follow-ups are exactly @expected. */
static inline void
assert_open (Fixture        *fx,
             const Expected *expected,
             guint           n_expected)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  guint n = g_list_model_get_n_items (fx->data.follow_ups);

  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(GDateTime) utc = g_date_time_to_utc (t (expected[i].due));
      g_autofree char *due = g_date_time_format_iso8601 (utc);

      g_ptr_array_add (lines, g_strdup_printf ("%s|%s|%s", expected[i].kind,
                                               expected[i].contact != NULL ? expected[i].contact : "-",
                                               due));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  want = g_strjoinv ("\n", (char **) lines->pdata);

  g_ptr_array_set_size (lines, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (fx->data.follow_ups, i);
      g_autoptr(GDateTime) utc = NULL;
      g_autofree char *due = NULL;

      if (!is_open (follow_up))
        continue;
      utc = g_date_time_to_utc (fu_follow_up_get_due (follow_up));
      due = g_date_time_format_iso8601 (utc);
      g_ptr_array_add (lines, g_strdup_printf ("%s|%s|%s",
                                               fu_rules_kind_to_id (fu_follow_up_get_kind (follow_up)),
                                               contact_name (fx, fu_follow_up_get_contact_id (follow_up)),
                                               due));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  got = g_strjoinv ("\n", (char **) lines->pdata);

  g_assert_cmpstr (got, ==, want);
}

static inline FuFollowUp *
find_open (Fixture    *fx,
           const char *kind)
{
  guint n = g_list_model_get_n_items (fx->data.follow_ups);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (fx->data.follow_ups, i);

      if (is_open (follow_up) && g_strcmp0 (fu_rules_kind_to_id (fu_follow_up_get_kind (follow_up)), kind) == 0)
        return follow_up;
    }
  return NULL;
}

static inline FuFollowUp *
add_rule_follow_up (Fixture         *fx,
                    int              kind,
                    FuJob           *job,
                    FuContact       *contact,
                    int              occurrence,
                    const char      *due,
                    FuFollowUpState  state)
{
  g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();

  fu_follow_up_set_kind (follow_up, kind);
  fu_follow_up_set_origin (follow_up, FU_FOLLOW_UP_ORIGIN_RULE);
  fu_follow_up_set_job_id (follow_up, job != NULL ? fu_job_get_id (job) : NULL);
  fu_follow_up_set_contact_id (follow_up, contact != NULL ? fu_contact_get_id (contact) : NULL);
  fu_follow_up_set_occurrence (follow_up, occurrence);
  fu_follow_up_set_due (follow_up, t (due));
  fu_follow_up_set_state (follow_up, state);
  g_list_store_append (fx->follow_ups, follow_up);
  return follow_up;
}

static inline guint
count_state (Fixture         *fx,
             const char      *kind,
             FuFollowUpState  state)
{
  guint n = g_list_model_get_n_items (fx->data.follow_ups);
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (fx->data.follow_ups, i);

      if (fu_follow_up_get_state (follow_up) == state
          && (kind == NULL || g_strcmp0 (fu_rules_kind_to_id (fu_follow_up_get_kind (follow_up)), kind) == 0))
        count++;
    }
  return count;
}

#define ASSERT_OPEN(fx, ...) \
  G_STMT_START { \
    static const Expected expected_[] = { __VA_ARGS__ }; \
    assert_open ((fx), expected_, G_N_ELEMENTS (expected_)); \
  } G_STMT_END

#define ASSERT_NONE_OPEN(fx) assert_open ((fx), NULL, 0)
