/* test-composer.c: the composer's drafts, templates and checks (no display)
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expectations are written by hand from domain.md ("Channels and
 * etiquette") and the composer issue: the golden drafts below are what a
 * careful candidate would send, not the program's output pasted back.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "fu-checks.h"
#include "fu-composer.h"
#include "fu-merge.h"
#include "fu-spell.h"
#include "fu-templates.h"

static const FuComposerIdentity me = { "Sam Taylor", "" };

typedef struct {
  char      *dir;
  FuStore   *store;
  FuJob     *direct;      /* Platform Engineer at AT&T <Labs>, no agency */
  FuJob     *agency;      /* Data Engineer at Globex, through Rachel (Hays) */
  FuContact *priya;       /* hiring manager on both */
  FuContact *tom;         /* panel member on the direct job */
  FuContact *rachel;      /* agency recruiter on the agency job */
  FuRound   *direct_round;
  FuRound   *agency_round;
} Fixture;

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;

  fu_store_load_finish (FU_STORE (source), result, NULL);
  *done = TRUE;
}

static FuContact *
add_contact (FuStore    *store,
             const char *name,
             FuPart      part,
             const char *email,
             const char *phone)
{
  g_autoptr(FuContact) contact = fu_contact_new ();

  fu_contact_set_name (contact, name);
  fu_contact_set_part (contact, part);
  fu_contact_set_email (contact, email);
  fu_contact_set_phone (contact, phone);
  fu_store_add_contact (store, contact);
  return contact;
}

static void
link_contact (FuJob     *job,
              FuContact *contact,
              FuPart     part)
{
  g_autoptr(FuJobContact) link = fu_job_contact_new (fu_contact_get_id (contact), part);

  fu_job_add_contact_link (job, link);
}

static FuRound *
add_round (FuJob       *job,
           FuRoundKind  kind,
           const char  *start)
{
  g_autoptr(FuRound) round = fu_round_new ();
  g_autoptr(GDateTime) s = g_date_time_new_from_iso8601 (start, NULL);
  g_autoptr(GDateTime) e = g_date_time_add_hours (s, 1);

  fu_round_set_kind (round, kind);
  fu_round_set_start (round, s);
  fu_round_set_end (round, e);
  fu_round_set_time_zone (round, "Europe/London");
  fu_job_add_round (job, round);
  return round;
}

static void
add_interviewer (FuRound    *round,
                 FuContact  *contact,
                 const char *point)
{
  g_autoptr(FuInterviewer) interviewer = fu_interviewer_new (fu_contact_get_id (contact));

  fu_interviewer_set_discussion_points (interviewer, point);
  fu_round_add_interviewer (round, interviewer);
}

static FuFollowUp *
add_follow_up (Fixture    *fx,
               int         kind,
               FuJob      *job,
               FuRound    *round,
               FuContact  *contact)
{
  g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();
  g_autoptr(GDateTime) due = g_date_time_new_from_iso8601 ("2026-03-04T10:00:00Z", NULL);

  fu_follow_up_set_kind (follow_up, kind);
  fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
  fu_follow_up_set_contact_id (follow_up, contact != NULL ? fu_contact_get_id (contact) : NULL);
  fu_follow_up_set_round_id (follow_up, round != NULL ? fu_round_get_id (round) : NULL);
  fu_follow_up_set_occurrence (follow_up, 1);
  fu_follow_up_set_due (follow_up, due);
  fu_store_add_follow_up (fx->store, follow_up);
  return follow_up;
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(FuJob) direct = fu_job_new ();
  g_autoptr(FuJob) agency = fu_job_new ();
  gboolean loaded = FALSE;

  fx->dir = g_dir_make_tmp ("composer-XXXXXX", NULL);
  path = g_build_filename (fx->dir, "followup.json", NULL);
  fx->store = fu_store_new (path);
  fu_store_load_async (fx->store, NULL, on_loaded_cb, &loaded);
  while (!loaded)
    g_main_context_iteration (NULL, TRUE);

  fx->priya = add_contact (fx->store, "Priya Wojciechowski", FU_PART_HIRING_MANAGER,
                           "priya@example.com", NULL);
  fu_contact_set_rapport_notes (fx->priya, "your trip to Lisbon in June.\nHas a dog called Biscuit");
  fx->tom = add_contact (fx->store, "Tom Okafor", FU_PART_PANEL_MEMBER, "tom@example.com", NULL);
  fx->rachel = add_contact (fx->store, "Rachel Green", FU_PART_AGENCY_RECRUITER,
                            "rachel@hays.example", "+44 20 7946 0000");

  fu_job_set_company (direct, "AT&T <Labs>");
  fu_job_set_title (direct, "Platform Engineer");
  fu_job_move_to (direct, FU_STAGE_INTERVIEWING, NULL);
  link_contact (direct, fx->priya, FU_PART_HIRING_MANAGER);
  link_contact (direct, fx->tom, FU_PART_PANEL_MEMBER);
  fx->direct_round = add_round (direct, FU_ROUND_KIND_PANEL, "2026-03-03T10:00:00Z");
  add_interviewer (fx->direct_round, fx->priya, "the migration to event sourcing");
  add_interviewer (fx->direct_round, fx->tom, "on-call rotations");
  fu_store_add_job (fx->store, direct);
  fx->direct = direct;

  fu_job_set_company (agency, "Globex");
  fu_job_set_title (agency, "Data Engineer");
  fu_job_set_agency (agency, "Hays");
  fu_job_move_to (agency, FU_STAGE_INTERVIEWING, NULL);
  link_contact (agency, fx->rachel, FU_PART_AGENCY_RECRUITER);
  link_contact (agency, fx->priya, FU_PART_HIRING_MANAGER);
  fx->agency_round = add_round (agency, FU_ROUND_KIND_HIRING_MANAGER, "2026-03-10T14:00:00Z");
  add_interviewer (fx->agency_round, fx->priya, "streaming pipelines");
  fu_store_add_job (fx->store, agency);
  fx->agency = agency;
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_assert_true (fu_store_flush (fx->store, 5000, NULL));
  g_clear_object (&fx->store);
  g_free (fx->dir);
}

/* Golden drafts --------------------------------------------------------- */

static void
test_golden_direct (Fixture       *fx,
                    gconstpointer  data)
{
  FuFollowUp *follow_up = add_follow_up (fx, 7, fx->direct, fx->direct_round, fx->priya);
  g_autoptr(GPtrArray) drafts = fu_composer_drafts_for_follow_up (fx->store, follow_up, &me);
  FuDraft *priya, *tom;

  /* One draft per interviewer, the follow-up's person first. */
  g_assert_cmpuint (drafts->len, ==, 2);
  priya = g_ptr_array_index (drafts, 0);
  tom = g_ptr_array_index (drafts, 1);

  g_assert_cmpstr (priya->to, ==, "priya@example.com");
  g_assert_null (priya->reason);
  g_assert_cmpstr (priya->follow_up_id, ==, fu_follow_up_get_id (follow_up));
  g_assert_cmpstr (priya->purpose, ==, FU_PURPOSE_THANK_YOU_HIRING_MANAGER);
  /* To a hiring manager: thanks, interest has grown, why you fit, the
   * timeline; one point from the conversation; three to five sentences. */
  g_assert_cmpstr (priya->body, ==,
                   "Dear Priya,\n"
                   "\n"
                   "Thank you for meeting with me on Tuesday 3 March to talk about the Platform "
                   "Engineer role at AT&T <Labs>. Our conversation about the migration to event "
                   "sourcing made my interest in the role grow even stronger. My experience fits "
                   "what your team needs, and I would love to help it succeed. Could you tell me "
                   "when you expect to make a decision?\n"
                   "\n"
                   "Best regards,\n"
                   "Sam Taylor");
  g_assert_cmpstr (priya->subject, ==, "Thank you: Platform Engineer at AT&T <Labs>");
  g_assert_cmpuint (fu_check_count_sentences (priya->body), ==, 4);
  g_assert_cmpuint (priya->unfilled->len, ==, 0);

  g_assert_cmpstr (tom->to, ==, "tom@example.com");
  g_assert_cmpstr (tom->purpose, ==, FU_PURPOSE_THANK_YOU_PANEL);
  g_assert_true (g_str_has_prefix (tom->body, "Dear Tom,\n\n"));
  g_assert_nonnull (strstr (tom->body, "on-call rotations"));
  g_assert_null (strstr (tom->body, "pass"));
  g_assert_cmpuint (fu_check_count_sentences (tom->body), >=, 3);
  g_assert_cmpuint (fu_check_count_sentences (tom->body), <=, 5);
}

static void
test_golden_agency (Fixture       *fx,
                    gconstpointer  data)
{
  FuFollowUp *follow_up = add_follow_up (fx, 7, fx->agency, fx->agency_round, fx->priya);
  g_autoptr(GPtrArray) drafts = fu_composer_drafts_for_follow_up (fx->store, follow_up, &me);
  FuDraft *draft;

  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);

  /* Sent to the recruiter, addressed to Priya by name, with the line
   * asking to pass it on, and the reason said. */
  g_assert_cmpstr (draft->to, ==, "rachel@hays.example");
  g_assert_cmpstr (draft->recipient_id, ==, fu_contact_get_id (fx->rachel));
  g_assert_cmpstr (draft->addressee_id, ==, fu_contact_get_id (fx->priya));
  g_assert_nonnull (draft->reason);
  g_assert_nonnull (strstr (draft->reason, "Rachel Green"));
  g_assert_nonnull (strstr (draft->reason, "agency recruiter"));
  g_assert_cmpstr (draft->subject, ==, "For Priya Wojciechowski: Thank you: Data Engineer at Globex");
  g_assert_cmpstr (draft->body, ==,
                   "Hi Rachel,\n"
                   "\n"
                   "Could you please pass the note below on to Priya Wojciechowski? Thank you very much.\n"
                   "\n"
                   "Dear Priya,\n"
                   "\n"
                   "Thank you for meeting with me on Tuesday 10 March to talk about the Data "
                   "Engineer role at Globex. Our conversation about streaming pipelines made my "
                   "interest in the role grow even stronger. My experience fits what your team "
                   "needs, and I would love to help it succeed. Could you tell me when you expect "
                   "to make a decision?\n"
                   "\n"
                   "Best regards,\n"
                   "Sam Taylor");
  /* The pass-on line is not part of the note's length. */
  g_assert_cmpuint (fu_check_count_sentences (draft->body), ==, 4);
}

static void
test_golden_rapport (Fixture       *fx,
                     gconstpointer  data)
{
  FuFollowUp *follow_up = add_follow_up (fx, 11, fx->agency, fx->agency_round, fx->priya);
  g_autoptr(GPtrArray) drafts = fu_composer_drafts_for_follow_up (fx->store, follow_up, &me);
  FuDraft *draft;
  guint n;

  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (draft->purpose, ==, FU_PURPOSE_PRE_DECISION);
  g_assert_cmpstr (draft->to, ==, "rachel@hays.example");
  g_assert_true (g_str_has_prefix (draft->body, "Hi Rachel,\n\nCould you please pass the note below on to Priya Wojciechowski?"));
  g_assert_nonnull (strstr (draft->body, "\nDear Priya,\n"));
  /* The rapport note, the first one kept, within a sentence. */
  g_assert_nonnull (strstr (draft->body, "you mentioned your trip to Lisbon in June, and I hope"));
  g_assert_null (strstr (draft->body, "June."));
  n = fu_check_count_sentences (draft->body);
  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpuint (n, <=, 5);
  {
    g_autoptr(GPtrArray) giving_up = fu_check_giving_up (draft->body);

    g_assert_cmpuint (giving_up->len, ==, 0);
  }
}

static void
test_recruiter_direct_and_call_sheet (Fixture       *fx,
                                      gconstpointer  data)
{
  FuFollowUp *call = add_follow_up (fx, 9, fx->agency, fx->agency_round, fx->rachel);
  g_autoptr(GPtrArray) drafts = fu_composer_drafts_for_follow_up (fx->store, call, &me);
  FuDraft *draft = g_ptr_array_index (drafts, 0);
  g_autoptr(FuDraft) note = NULL;

  /* Rule 9: a call sheet with the open questions, to the recruiter's
   * phone. */
  g_assert_true (draft->call_sheet);
  g_assert_cmpstr (draft->to, ==, "+44 20 7946 0000");
  g_assert_null (draft->reason);
  g_assert_nonnull (strstr (draft->body, "Questions for Rachel"));
  g_assert_nonnull (strstr (draft->body, "report to"));
  g_assert_nonnull (strstr (draft->body, "candidates"));

  /* A note to the recruiter herself goes to her, without a pass-on. */
  note = fu_composer_draft_for_contact (fx->store, fx->agency, fx->rachel,
                                        FU_PURPOSE_TIMELINE, &me);
  g_assert_cmpstr (note->to, ==, "rachel@hays.example");
  g_assert_null (note->reason);
  g_assert_true (g_str_has_prefix (note->body, "Hi Rachel,\n\nThank you"));
}

static void
test_unfilled_fields (Fixture       *fx,
                      gconstpointer  data)
{
  FuFollowUp *follow_up = add_follow_up (fx, 7, fx->direct, fx->direct_round, fx->tom);
  g_autoptr(GPtrArray) drafts = NULL;
  FuDraft *draft;
  FuMergeField *field;
  g_autofree char *at = NULL;

  /* No discussion point and no name of the candidate: both stay visible,
   * reported where they are; nothing is blocked. */
  fu_interviewer_set_discussion_points (fu_round_find_interviewer (fx->direct_round,
                                                                   fu_contact_get_id (fx->tom)), "");
  drafts = fu_composer_drafts_for_follow_up (fx->store, follow_up, NULL);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpuint (draft->unfilled->len, ==, 2);
  field = g_ptr_array_index (draft->unfilled, 0);
  g_assert_cmpstr (field->name, ==, "discussion_point");
  at = g_utf8_substring (draft->body, field->start, field->end);
  g_assert_cmpstr (at, ==, "{discussion_point}");
  field = g_ptr_array_index (draft->unfilled, 1);
  g_assert_cmpstr (field->name, ==, "my_name");
  g_clear_pointer (&at, g_free);
  at = g_utf8_substring (draft->body, field->start, field->end);
  g_assert_cmpstr (at, ==, "{my_name}");
  g_assert_true (g_str_has_suffix (draft->body, "Best regards,\n{my_name}"));

  /* The checks report them, and the empty discussion point. */
  {
    g_autoptr(GPtrArray) checks = fu_composer_check (draft, NULL, draft->body);
    guint unfilled = 0, point = 0;

    for (guint i = 0; i < checks->len; i++)
      {
        FuCheck *check = g_ptr_array_index (checks, i);

        unfilled += check->kind == FU_CHECK_UNFILLED;
        point += check->kind == FU_CHECK_DISCUSSION_POINT;
      }
    g_assert_cmpuint (unfilled, ==, 2);
    g_assert_cmpuint (point, ==, 1);
  }

  /* A point noted but not in the text is flagged too. */
  {
    g_autoptr(GPtrArray) checks = fu_check_discussion_point ("Dear Tom,\n\nThanks.", "on-call rotations", "Tom");

    g_assert_cmpuint (checks->len, ==, 1);
    g_clear_pointer (&checks, g_ptr_array_unref);
    checks = fu_check_discussion_point ("We talked about On-Call Rotations.", "on-call rotations", "Tom");
    g_assert_cmpuint (checks->len, ==, 0);
  }

  /* Merge in characters, past non-ASCII text. */
  {
    g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr(GPtrArray) left = NULL;
    g_autofree char *out = NULL;

    g_hash_table_insert (values, (char *) "first_name", (char *) "Zoë");
    out = fu_merge_fill ("Hi {first_name} – {company} {not a field}", values, &left);
    g_assert_cmpstr (out, ==, "Hi Zoë – {company} {not a field}");
    g_assert_cmpuint (left->len, ==, 1);
    g_assert_cmpint (((FuMergeField *) left->pdata[0])->start, ==, 9);
    g_assert_cmpint (((FuMergeField *) left->pdata[0])->end, ==, 18);
  }
}

static void
test_mark_sent (Fixture       *fx,
                gconstpointer  data)
{
  FuFollowUp *follow_up = add_follow_up (fx, 7, fx->agency, fx->agency_round, fx->priya);
  g_autoptr(GPtrArray) drafts = fu_composer_drafts_for_follow_up (fx->store, follow_up, &me);
  FuDraft *draft = g_ptr_array_index (drafts, 0);
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-03-10T17:00:00Z", NULL);
  FuInteraction *interaction;
  const char * const *ids;

  interaction = fu_composer_mark_sent (fx->store, draft, draft->subject, draft->body, now);
  g_assert_nonnull (interaction);
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_interactions (fx->store)), ==, 1);
  g_assert_cmpint (fu_interaction_get_direction (interaction), ==, FU_DIRECTION_OUTBOUND);
  g_assert_cmpint (fu_interaction_get_channel (interaction), ==, FU_CHANNEL_EMAIL);
  g_assert_cmpstr (fu_interaction_get_job_id (interaction), ==, fu_job_get_id (fx->agency));
  ids = fu_interaction_get_contact_ids (interaction);
  g_assert_true (g_strv_contains (ids, fu_contact_get_id (fx->rachel)));
  g_assert_true (g_strv_contains (ids, fu_contact_get_id (fx->priya)));
  g_assert_cmpint (fu_follow_up_get_state (follow_up), ==, FU_FOLLOW_UP_STATE_DONE);
  g_assert_true (fu_interviewer_get_thank_you_sent (fu_round_find_interviewer (fx->agency_round,
                                                                                fu_contact_get_id (fx->priya))));
}

/* A round's "Thank-You Notes": one per interviewer, by name, each to their
 * own address, leaving out whoever was thanked already. */
static void
test_round_one_draft_per_interviewer (Fixture       *fx,
                                      gconstpointer  data)
{
  g_autoptr(GPtrArray) both = fu_composer_drafts_for_round (fx->store, fx->direct, fx->direct_round, &me);
  g_autoptr(GPtrArray) tom_only = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) nobody = NULL;
  g_autoptr(FuRound) empty = fu_round_new ();
  FuDraft *draft;

  g_assert_cmpuint (both->len, ==, 2);
  draft = g_ptr_array_index (both, 0);
  g_assert_cmpstr (draft->addressee_id, ==, fu_contact_get_id (fx->priya));
  g_assert_cmpstr (draft->to, ==, "priya@example.com");
  g_assert_true (g_str_has_prefix (draft->body, "Dear Priya,"));
  draft = g_ptr_array_index (both, 1);
  g_assert_cmpstr (draft->to, ==, "tom@example.com");
  g_assert_true (g_str_has_prefix (draft->body, "Dear Tom,"));
  g_assert_nonnull (strstr (draft->body, "on-call rotations"));

  fu_interviewer_set_thank_you_sent (fu_round_find_interviewer (fx->direct_round, fu_contact_get_id (fx->priya)), TRUE);
  tom_only = fu_composer_drafts_for_round (fx->store, fx->direct, fx->direct_round, &me);
  g_assert_cmpuint (tom_only->len, ==, 1);
  g_assert_cmpstr (((FuDraft *) tom_only->pdata[0])->addressee_id, ==, fu_contact_get_id (fx->tom));

  /* Everyone thanked: asked again, the notes are there to resend. */
  fu_interviewer_set_thank_you_sent (fu_round_find_interviewer (fx->direct_round, fu_contact_get_id (fx->tom)), TRUE);
  again = fu_composer_drafts_for_round (fx->store, fx->direct, fx->direct_round, &me);
  g_assert_cmpuint (again->len, ==, 2);

  /* Nobody listed on the round: one note, the name left to fill in. */
  fu_round_set_kind (empty, FU_ROUND_KIND_PANEL);
  fu_job_add_round (fx->direct, empty);
  nobody = fu_composer_drafts_for_round (fx->store, fx->direct, empty, &me);
  g_assert_cmpuint (nobody->len, ==, 1);
  draft = g_ptr_array_index (nobody, 0);
  g_assert_null (draft->addressee_id);
  g_assert_cmpstr (draft->to, ==, "");
  g_assert_true (g_str_has_prefix (draft->body, "Dear {first_name},"));
  g_assert_cmpuint (draft->unfilled->len, >=, 1);
}

/* Rule 9: call, or email when calls keep missing ----------------------- */

static FuInteraction *
log_call (Fixture    *fx,
          FuJob      *job,
          FuContact  *contact,
          FuDirection direction,
          gboolean    missed,
          const char *time)
{
  g_autoptr(FuInteraction) interaction = fu_interaction_new ();
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (time, NULL);
  const char *ids[] = { fu_contact_get_id (contact), NULL };

  fu_interaction_set_time (interaction, when);
  fu_interaction_set_channel (interaction, FU_CHANNEL_CALL);
  fu_interaction_set_direction (interaction, direction);
  fu_interaction_set_missed (interaction, missed);
  fu_interaction_set_job_id (interaction, fu_job_get_id (job));
  fu_interaction_set_contact_ids (interaction, ids);
  fu_store_add_interaction (fx->store, interaction);
  return interaction;
}

static FuDraft *
rule_9_draft (Fixture    *fx,
              FuFollowUp *call)
{
  g_autoptr(GPtrArray) drafts = fu_composer_drafts_for_follow_up (fx->store, call, &me);

  g_assert_cmpuint (drafts->len, ==, 1);
  return g_ptr_array_steal_index (drafts, 0);
}

/* The email carries the call sheet's open questions (domain.md, rule 9:
 * the role itself, who it reports to, the team, culture, the next step,
 * how many candidates are left). */
static void
assert_open_questions (const char *body)
{
  g_assert_nonnull (strstr (body, "day to day"));
  g_assert_nonnull (strstr (body, "report"));
  g_assert_nonnull (strstr (body, "team"));
  g_assert_nonnull (strstr (body, "culture"));
  g_assert_nonnull (strstr (body, "next step"));
  g_assert_nonnull (strstr (body, "candidates"));
}

static void
test_rule_9_email_when_calls_keep_missing (Fixture       *fx,
                                           gconstpointer  data)
{
  FuFollowUp *call = add_follow_up (fx, 9, fx->agency, fx->agency_round, fx->rachel);
  g_autoptr(FuDraft) first = rule_9_draft (fx, call);
  g_autoptr(FuDraft) second = NULL;
  g_autoptr(FuDraft) third = NULL;
  g_autoptr(FuDraft) fourth = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-03-13T10:00:00Z", NULL);
  g_autoptr(GDateTime) later = g_date_time_new_from_iso8601 ("2026-03-13T15:00:00Z", NULL);
  FuInteraction *missed;
  g_autoptr(GPtrArray) checks = NULL;

  /* Nothing in the log: phone her, with the open questions. */
  g_assert_true (first->call_sheet);
  g_assert_cmpuint (first->missed_calls, ==, 0);
  g_assert_cmpstr (first->to, ==, "+44 20 7946 0000");

  /* One call went unanswered: that is not yet "keep missing". */
  missed = fu_composer_log_missed_call (fx->store, first, now);
  g_assert_true (fu_interaction_get_missed (missed));
  g_assert_cmpint (fu_interaction_get_channel (missed), ==, FU_CHANNEL_CALL);
  g_assert_cmpint (fu_interaction_get_direction (missed), ==, FU_DIRECTION_OUTBOUND);
  g_assert_true (fu_interaction_has_contact (missed, fu_contact_get_id (fx->rachel)));
  g_assert_cmpstr (fu_interaction_get_job_id (missed), ==, fu_job_get_id (fx->agency));
  /* A missed call does not do what the follow-up asks. */
  g_assert_cmpint (fu_follow_up_get_state (call), ==, FU_FOLLOW_UP_STATE_OPEN);
  second = rule_9_draft (fx, call);
  g_assert_true (second->call_sheet);
  g_assert_cmpuint (second->missed_calls, ==, 1);

  /* A second one: the email comes first, to her address, with the same
   * questions, still answering the rule 9 follow-up. */
  fu_composer_log_missed_call (fx->store, second, later);
  third = rule_9_draft (fx, call);
  g_assert_false (third->call_sheet);
  g_assert_cmpstr (third->purpose, ==, FU_PURPOSE_RECRUITER_QUESTIONS);
  g_assert_cmpuint (third->missed_calls, ==, 2);
  g_assert_cmpstr (third->to, ==, "rachel@hays.example");
  g_assert_cmpstr (third->recipient_id, ==, fu_contact_get_id (fx->rachel));
  g_assert_cmpstr (third->follow_up_id, ==, fu_follow_up_get_id (call));
  g_assert_null (third->reason);
  g_assert_true (g_str_has_prefix (third->body, "Hi Rachel,\n\n"));
  assert_open_questions (third->body);
  g_assert_cmpuint (third->unfilled->len, ==, 0);
  /* A note like any other: three to five sentences, nothing giving up. */
  checks = fu_composer_check (third, NULL, third->body);
  g_assert_cmpuint (checks->len, ==, 0);

  /* She calls back: the calls reached her again, so phone first. */
  log_call (fx, fx->agency, fx->rachel, FU_DIRECTION_INBOUND, FALSE, "2026-03-13T16:00:00Z");
  fourth = rule_9_draft (fx, call);
  g_assert_true (fourth->call_sheet);
  g_assert_cmpuint (fourth->missed_calls, ==, 0);

  /* Sending the email completes the follow-up and logs an email. */
  {
    FuInteraction *sent = fu_composer_mark_sent (fx->store, third, third->subject, third->body, later);

    g_assert_cmpint (fu_interaction_get_channel (sent), ==, FU_CHANNEL_EMAIL);
    g_assert_false (fu_interaction_get_missed (sent));
    g_assert_cmpint (fu_follow_up_get_state (call), ==, FU_FOLLOW_UP_STATE_DONE);
  }
}

static void
test_rule_9_missed_calls_count (Fixture       *fx,
                                gconstpointer  data)
{
  const char *agency = fu_job_get_id (fx->agency);
  const char *rachel = fu_contact_get_id (fx->rachel);

  g_assert_cmpuint (fu_composer_count_missed_calls (fx->store, agency, rachel), ==, 0);
  /* An answered call, then two that were not, out of order in the log. */
  log_call (fx, fx->agency, fx->rachel, FU_DIRECTION_OUTBOUND, TRUE, "2026-03-12T10:00:00Z");
  log_call (fx, fx->agency, fx->rachel, FU_DIRECTION_OUTBOUND, FALSE, "2026-03-11T10:00:00Z");
  log_call (fx, fx->agency, fx->rachel, FU_DIRECTION_OUTBOUND, TRUE, "2026-03-12T16:00:00Z");
  g_assert_cmpuint (fu_composer_count_missed_calls (fx->store, agency, rachel), ==, 2);
  /* Missed calls to someone else, or about another job, do not count. */
  log_call (fx, fx->agency, fx->priya, FU_DIRECTION_OUTBOUND, TRUE, "2026-03-13T10:00:00Z");
  log_call (fx, fx->direct, fx->rachel, FU_DIRECTION_OUTBOUND, TRUE, "2026-03-13T11:00:00Z");
  g_assert_cmpuint (fu_composer_count_missed_calls (fx->store, agency, rachel), ==, 2);
  /* The candidate's own email does not reach her on the phone either. */
  {
    g_autoptr(FuInteraction) email = fu_interaction_new ();
    g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 ("2026-03-13T12:00:00Z", NULL);
    const char *ids[] = { rachel, NULL };

    fu_interaction_set_time (email, when);
    fu_interaction_set_channel (email, FU_CHANNEL_EMAIL);
    fu_interaction_set_job_id (email, agency);
    fu_interaction_set_contact_ids (email, ids);
    fu_store_add_interaction (fx->store, email);
  }
  g_assert_cmpuint (fu_composer_count_missed_calls (fx->store, agency, rachel), ==, 2);
  /* A call that got through ends the run. */
  log_call (fx, fx->agency, fx->rachel, FU_DIRECTION_OUTBOUND, FALSE, "2026-03-13T17:00:00Z");
  g_assert_cmpuint (fu_composer_count_missed_calls (fx->store, agency, rachel), ==, 0);
}

/* "Email Instead" on the call sheet, and back. */
static void
test_rule_9_switch_call_and_email (Fixture       *fx,
                                   gconstpointer  data)
{
  FuFollowUp *call = add_follow_up (fx, 9, fx->agency, fx->agency_round, fx->rachel);
  g_autoptr(FuDraft) sheet = rule_9_draft (fx, call);
  g_autoptr(FuDraft) email = fu_composer_redraft (fx->store, sheet, FU_PURPOSE_RECRUITER_QUESTIONS, &me);
  g_autoptr(FuDraft) back = fu_composer_redraft (fx->store, email, FU_PURPOSE_CALL_SHEET, &me);

  g_assert_false (email->call_sheet);
  g_assert_cmpstr (email->to, ==, "rachel@hays.example");
  g_assert_cmpstr (email->follow_up_id, ==, fu_follow_up_get_id (call));
  g_assert_cmpstr (email->round_id, ==, fu_round_get_id (fx->agency_round));
  assert_open_questions (email->body);
  g_assert_true (back->call_sheet);
  g_assert_cmpstr (back->to, ==, "+44 20 7946 0000");
  g_assert_cmpstr (back->body, ==, sheet->body);
}

/* The data format: "missed" is read and written through the store, a
 * record keeps the members this version does not know, and a file from
 * before reads as not missed. */
static void
test_missed_call_in_the_data (void)
{
  g_autofree char *dir = g_dir_make_tmp ("composer-missed-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "followup.json", NULL);
  g_autoptr(FuStore) store = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  FuInteraction *missed, *old;
  JsonArray *interactions;
  gboolean loaded = FALSE;

  g_assert_true (g_file_set_contents (path,
                                      "{\"version\": 1, \"interactions\": ["
                                      "{\"id\": \"i1\", \"time\": \"2026-03-12T10:00:00+00:00\", "
                                      "\"channel\": \"call\", \"direction\": \"outbound\", "
                                      "\"job_id\": \"j1\", \"contact_ids\": [\"c1\"], "
                                      "\"missed\": true, \"voicemail_left\": {\"seconds\": 20}}, "
                                      "{\"id\": \"i2\", \"time\": \"2026-03-11T10:00:00+00:00\", "
                                      "\"channel\": \"call\", \"direction\": \"outbound\", "
                                      "\"job_id\": \"j1\", \"contact_ids\": [\"c1\"]}]}",
                                      -1, NULL));
  store = fu_store_new (path);
  fu_store_load_async (store, NULL, on_loaded_cb, &loaded);
  while (!loaded)
    g_main_context_iteration (NULL, TRUE);

  missed = fu_store_find_interaction (store, "i1");
  old = fu_store_find_interaction (store, "i2");
  g_assert_nonnull (missed);
  g_assert_nonnull (old);
  g_assert_true (fu_interaction_get_missed (missed));
  g_assert_false (fu_interaction_get_missed (old));
  g_assert_cmpuint (fu_composer_count_missed_calls (store, "j1", "c1"), ==, 1);

  /* Both edited, so written from their properties plus unknown members;
   * booleans are always written. */
  fu_interaction_set_subject (missed, "No answer");
  fu_interaction_set_subject (old, "Spoke about the team");
  g_assert_true (fu_store_flush (store, 5000, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  interactions = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                               "interactions");
  g_assert_cmpuint (json_array_get_length (interactions), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *object = json_array_get_object_element (interactions, i);
      gboolean is_missed = g_strcmp0 (json_object_get_string_member (object, "id"), "i1") == 0;

      g_assert_true (json_object_has_member (object, "missed"));
      g_assert_true (json_object_get_boolean_member (object, "missed") == is_missed);
      if (is_missed)
        g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "voicemail_left"),
                                                     "seconds"), ==, 20);
    }

  g_clear_object (&store);
  g_remove (path);
  g_remove (dir);
}

/* "Write Note" on a job or a contact ------------------------------------ */

static FuDraft *
only_draft (GPtrArray *drafts)
{
  g_assert_cmpuint (drafts->len, ==, 1);
  return g_ptr_array_index (drafts, 0);
}

static void
test_write_note_from_contact (Fixture       *fx,
                              gconstpointer  data)
{
  FuFollowUp *pre_decision = add_follow_up (fx, 11, fx->direct, fx->direct_round, fx->priya);
  g_autoptr(GPtrArray) priya = NULL;
  g_autoptr(GPtrArray) tom = NULL;
  g_autoptr(GPtrArray) alex = NULL;
  g_autoptr(GPtrArray) rachel = NULL;
  FuContact *alex_contact = add_contact (fx->store, "Alex Moreau", FU_PART_OTHER, "alex@example.com", NULL);
  FuDraft *draft;

  /* Priya's open follow-up decides the note: the pre-decision note
   * recalling the rapport detail, and sending it completes it. */
  priya = fu_composer_drafts_for_note (fx->store, NULL, fx->priya, &me);
  draft = only_draft (priya);
  g_assert_cmpstr (draft->purpose, ==, FU_PURPOSE_PRE_DECISION);
  g_assert_cmpstr (draft->follow_up_id, ==, fu_follow_up_get_id (pre_decision));
  g_assert_cmpstr (draft->job_id, ==, fu_job_get_id (fx->direct));
  g_assert_cmpstr (draft->to, ==, "priya@example.com");
  g_assert_nonnull (strstr (draft->body, "your trip to Lisbon in June"));

  /* Tom has a thank-you due for the panel: from his sheet, his own note
   * only, not one for every interviewer. */
  add_follow_up (fx, 7, fx->direct, fx->direct_round, fx->tom);
  tom = fu_composer_drafts_for_note (fx->store, NULL, fx->tom, &me);
  draft = only_draft (tom);
  g_assert_cmpstr (draft->purpose, ==, FU_PURPOSE_THANK_YOU_PANEL);
  g_assert_cmpstr (draft->addressee_id, ==, fu_contact_get_id (fx->tom));
  g_assert_true (g_str_has_prefix (draft->body, "Dear Tom,"));

  /* Nothing due and no job: the stay-in-touch note. */
  alex = fu_composer_drafts_for_note (fx->store, NULL, alex_contact, &me);
  draft = only_draft (alex);
  g_assert_cmpstr (draft->purpose, ==, FU_PURPOSE_STAY_IN_TOUCH);
  g_assert_null (draft->follow_up_id);
  g_assert_null (draft->job_id);
  g_assert_true (g_str_has_prefix (draft->body, "Hi Alex,"));

  /* Rule 9 due for Rachel: her sheet opens the call sheet. */
  add_follow_up (fx, 9, fx->agency, fx->agency_round, fx->rachel);
  rachel = fu_composer_drafts_for_note (fx->store, NULL, fx->rachel, &me);
  g_assert_true (only_draft (rachel)->call_sheet);
}

static void
test_write_note_from_job (Fixture       *fx,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) direct = NULL;
  g_autoptr(GPtrArray) agency = NULL;
  g_autoptr(GPtrArray) thanks = NULL;
  g_autoptr(GPtrArray) bare = NULL;
  g_autoptr(FuJob) initech = fu_job_new ();
  FuDraft *draft;

  /* Nothing due, interviewing: ask about the timeline, to the hiring
   * manager on a direct job ... */
  direct = fu_composer_drafts_for_note (fx->store, fx->direct, NULL, &me);
  draft = only_draft (direct);
  g_assert_cmpstr (draft->purpose, ==, FU_PURPOSE_TIMELINE);
  g_assert_cmpstr (draft->addressee_id, ==, fu_contact_get_id (fx->priya));
  g_assert_cmpstr (draft->to, ==, "priya@example.com");
  g_assert_null (draft->follow_up_id);

  /* ... and to the agency recruiter on an agency job. */
  agency = fu_composer_drafts_for_note (fx->store, fx->agency, NULL, &me);
  draft = only_draft (agency);
  g_assert_cmpstr (draft->purpose, ==, FU_PURPOSE_TIMELINE);
  g_assert_cmpstr (draft->addressee_id, ==, fu_contact_get_id (fx->rachel));
  g_assert_cmpstr (draft->to, ==, "rachel@hays.example");

  /* A thank-you due on the agency job: Priya's note, routed through
   * Rachel with the pass-on line, and the composer says why. */
  add_follow_up (fx, 7, fx->agency, fx->agency_round, fx->priya);
  thanks = fu_composer_drafts_for_note (fx->store, fx->agency, NULL, &me);
  draft = only_draft (thanks);
  g_assert_cmpstr (draft->purpose, ==, FU_PURPOSE_THANK_YOU_HIRING_MANAGER);
  g_assert_cmpstr (draft->addressee_id, ==, fu_contact_get_id (fx->priya));
  g_assert_cmpstr (draft->recipient_id, ==, fu_contact_get_id (fx->rachel));
  g_assert_cmpstr (draft->to, ==, "rachel@hays.example");
  g_assert_nonnull (draft->reason);
  g_assert_true (g_str_has_prefix (draft->body, "Hi Rachel,\n\nCould you please pass the note below on to "
                                                "Priya Wojciechowski?"));

  /* A job with nobody linked still gets its note: the nudge of Applied,
   * with the name left unfilled (highlighted), nothing blocked. */
  fu_job_set_company (initech, "Initech");
  fu_job_set_title (initech, "Analyst");
  fu_job_move_to (initech, FU_STAGE_APPLIED, NULL);
  fu_store_add_job (fx->store, initech);
  bare = fu_composer_drafts_for_note (fx->store, initech, NULL, &me);
  draft = only_draft (bare);
  g_assert_cmpstr (draft->purpose, ==, FU_PURPOSE_NUDGE);
  g_assert_null (draft->addressee_id);
  g_assert_cmpstr (draft->to, ==, "");
  g_assert_true (g_str_has_prefix (draft->body, "Hi {first_name},"));
  g_assert_cmpuint (draft->unfilled->len, >=, 1);
  g_assert_nonnull (strstr (draft->subject, "Analyst at Initech"));
}

static void
test_write_note_purpose_for_job (Fixture       *fx,
                                 gconstpointer  data)
{
  g_autoptr(FuJob) job = fu_job_new ();

  g_assert_cmpstr (fu_composer_purpose_for_job (NULL), ==, FU_PURPOSE_STAY_IN_TOUCH);
  fu_job_move_to (job, FU_STAGE_APPLIED, NULL);
  g_assert_cmpstr (fu_composer_purpose_for_job (job), ==, FU_PURPOSE_NUDGE);
  fu_job_move_to (job, FU_STAGE_INTERVIEWING, NULL);
  g_assert_cmpstr (fu_composer_purpose_for_job (job), ==, FU_PURPOSE_TIMELINE);
  fu_job_move_to (job, FU_STAGE_OFFER, NULL);
  g_assert_cmpstr (fu_composer_purpose_for_job (job), ==, FU_PURPOSE_OFFER_QUESTIONS);
  fu_job_close (job, FU_OUTCOME_REJECTED, NULL, NULL);
  g_assert_cmpstr (fu_composer_purpose_for_job (job), ==, FU_PURPOSE_REJECTION);
}

/* Templates ------------------------------------------------------------- */

static void
test_templates_shipped (void)
{
  const char * const *purposes = fu_templates_get_purposes ();
  static const char * const wanted[] = {
    "thank-you-recruiter", "thank-you-hiring-manager", "thank-you-panel", "timeline",
    "prep-tips", "pre-decision", "post-decision", "nudge", "offer-questions",
    "withdraw-accepted", "withdraw", "position-gone", "rejection", "referrer-update",
    "stay-in-touch", "call-sheet", "recruiter-questions", NULL
  };

  for (guint i = 0; wanted[i] != NULL; i++)
    g_assert_true (g_strv_contains (purposes, wanted[i]));

  /* Every shipped note keeps the house rules it checks for. */
  for (guint i = 0; purposes[i] != NULL; i++)
    {
      const char *body = fu_templates_get_default_body (purposes[i]);
      g_autoptr(GPtrArray) giving_up = fu_check_giving_up (body);

      g_assert_nonnull (fu_templates_get_default_name (purposes[i]));
      g_assert_nonnull (fu_templates_get_default_subject (purposes[i]));
      g_assert_cmpuint (giving_up->len, ==, 0);
      if (g_strcmp0 (purposes[i], FU_PURPOSE_CALL_SHEET) != 0)
        {
          guint n = fu_check_count_sentences (body);

          if (n < 3 || n > 5)
            g_error ("%s has %u sentences", purposes[i], n);
        }
    }

  /* Keyed by the rule and the recipient's part. */
  g_assert_cmpstr (fu_templates_purpose_for (7, FU_PART_AGENCY_RECRUITER), ==, "thank-you-recruiter");
  g_assert_cmpstr (fu_templates_purpose_for (7, FU_PART_INTERNAL_RECRUITER), ==, "thank-you-recruiter");
  g_assert_cmpstr (fu_templates_purpose_for (7, FU_PART_HIRING_MANAGER), ==, "thank-you-hiring-manager");
  g_assert_cmpstr (fu_templates_purpose_for (7, FU_PART_PANEL_MEMBER), ==, "thank-you-panel");
  g_assert_cmpstr (fu_templates_purpose_for (8, FU_PART_AGENCY_RECRUITER), ==, "timeline");
  g_assert_cmpstr (fu_templates_purpose_for (9, FU_PART_AGENCY_RECRUITER), ==, "call-sheet");
  /* Rule 9 opens the composer too (its call sheet), from the follow-ups
   * view and notifications as the notes do. */
  g_assert_true (fu_templates_rule_has_note (9));
  g_assert_true (fu_templates_rule_has_note (7));
  g_assert_false (fu_templates_rule_has_note (4));
  g_assert_cmpstr (fu_templates_purpose_for (10, FU_PART_AGENCY_RECRUITER), ==, "prep-tips");
  g_assert_cmpstr (fu_templates_purpose_for (11, FU_PART_HIRING_MANAGER), ==, "pre-decision");
  g_assert_cmpstr (fu_templates_purpose_for (12, FU_PART_HIRING_MANAGER), ==, "post-decision");
  g_assert_cmpstr (fu_templates_purpose_for (2, FU_PART_OTHER), ==, "nudge");
  g_assert_cmpstr (fu_templates_purpose_for (14, FU_PART_OTHER), ==, "offer-questions");
  g_assert_cmpstr (fu_templates_purpose_for (15, FU_PART_OTHER), ==, "withdraw-accepted");
  g_assert_cmpstr (fu_templates_purpose_for (16, FU_PART_OTHER), ==, "withdraw");
  g_assert_cmpstr (fu_templates_purpose_for (17, FU_PART_OTHER), ==, "position-gone");
  g_assert_cmpstr (fu_templates_purpose_for (18, FU_PART_OTHER), ==, "rejection");
  g_assert_cmpstr (fu_templates_purpose_for (19, FU_PART_REFERRER), ==, "referrer-update");
  g_assert_cmpstr (fu_templates_purpose_for (20, FU_PART_OTHER), ==, "stay-in-touch");
}

static void
test_templates_edit_and_reset (Fixture       *fx,
                               gconstpointer  data)
{
  const char *purpose = FU_PURPOSE_THANK_YOU_PANEL;
  g_autofree char *json = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "followup.json", NULL);
  FuFollowUp *follow_up;
  g_autoptr(GPtrArray) drafts = NULL;

  fu_templates_save (fx->store, purpose, "Thanks, {first_name}", "Dear {first_name},\n\nMy own words.");
  g_assert_nonnull (fu_templates_find_edited (fx->store, purpose));
  g_assert_cmpstr (fu_templates_get_body (fx->store, purpose), ==, "Dear {first_name},\n\nMy own words.");

  /* The edit is used for drafts and kept in the data file. */
  follow_up = add_follow_up (fx, 7, fx->direct, fx->direct_round, fx->tom);
  drafts = fu_composer_drafts_for_follow_up (fx->store, follow_up, &me);
  g_assert_cmpstr (((FuDraft *) drafts->pdata[0])->body, ==, "Dear Tom,\n\nMy own words.");
  g_assert_cmpstr (((FuDraft *) drafts->pdata[0])->subject, ==, "Thanks, Tom");
  g_assert_true (fu_store_flush (fx->store, 5000, NULL));
  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  g_assert_nonnull (strstr (json, "\"thank-you-panel\""));
  g_assert_nonnull (strstr (json, "My own words."));

  /* Reset: back to the shipped text, the record gone. */
  fu_templates_reset (fx->store, purpose);
  g_assert_null (fu_templates_find_edited (fx->store, purpose));
  g_assert_cmpstr (fu_templates_get_body (fx->store, purpose), ==,
                   fu_templates_get_default_body (purpose));
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_templates (fx->store)), ==, 0);

  /* Saving the shipped text keeps nothing. */
  fu_templates_save (fx->store, purpose, fu_templates_get_default_subject (purpose),
                     fu_templates_get_default_body (purpose));
  g_assert_cmpuint (g_list_model_get_n_items (fu_store_get_templates (fx->store)), ==, 0);
}

/* Giving up ------------------------------------------------------------- */

static void
test_giving_up_corpus (void)
{
  static const char * const flagged[] = {
    "Has the position been filled?",
    "has the position been filled yet",
    "Has the role already been filled?",
    "I wanted to ask whether the job has been filled.",
    "If the vacancy is already filled, please let me know.",
    "Is the position still open?",
    "Is this role still available?",
    "Have you already hired someone?",
    "Did you fill the role?",
    "I assume you've gone with another candidate.",
    "If you’ve decided to move forward with other candidates, that's fine.",
    "Am I still being considered?",
    "I’m still in the running, I hope?",
    "Am I no longer under consideration?",
    "I guess I didn’t get the job.",
    "I assume I wasn't successful this time.",
    "Is there still any chance for me?",
    "Is it too late to be considered?",
    "I’d understand if you have found someone else.",
    "Are you still hiring for this position?",
    "HAS THE JOB BEEN FILLED",
    "Has it been filled already?",
    "Did I miss out on the role?",
    "Have you forgotten about me?",
    "Has someone else been selected?",
    NULL
  };
  static const char * const fine[] = {
    "I filled out the form on your website.",
    "I have already filled in the application.",
    "The form has been filled in and sent.",
    "I'm keen to hear about next steps.",
    "The role sounds like a great fit for my experience.",
    "Thank you for filling me in on the team's plans.",
    "I’m still very interested in the position.",
    "I look forward to hearing from you.",
    "Could you tell me when you expect to make a decision?",
    "The position paper you shared was fascinating.",
    "I enjoyed learning about how the team is filling the new office.",
    "My calendar is filled with interviews this week.",
    "I have been selected to speak at a conference.",
    "I didn't get a chance to ask about the team size.",
    "Is the office still open on Fridays?",
    "The opening keynote was inspiring.",
    "I would love to stay in touch.",
    "Last time you mentioned your trip to Portugal, and I hope it went well.",
    "I understand the role involves a lot of travel.",
    "Someone else from my team recommended you.",
    "It’s never too late to learn something new.",
    "I have filled the gap in my CV with a course.",
    NULL
  };

  for (guint i = 0; flagged[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) checks = fu_check_giving_up (flagged[i]);

      if (checks->len == 0)
        g_error ("not flagged: %s", flagged[i]);
      g_assert_cmpint (((FuCheck *) checks->pdata[0])->kind, ==, FU_CHECK_GIVING_UP);
      g_assert_nonnull (strstr (((FuCheck *) checks->pdata[0])->suggestion, "keen to hear about next steps"));
    }
  g_assert_cmpuint (g_strv_length ((char **) flagged), >=, 20);

  for (guint i = 0; fine[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) checks = fu_check_giving_up (fine[i]);

      if (checks->len != 0)
        g_error ("flagged wrongly: %s (%s)", fine[i], ((FuCheck *) checks->pdata[0])->text);
    }
  g_assert_cmpuint (g_strv_length ((char **) fine), >=, 20);

  /* Where: character offsets into the text as written, curly apostrophes
   * and all. */
  {
    const char *text = "Hi Zoë,\n\nI’d understand if the role has been filled.";
    g_autoptr(GPtrArray) checks = fu_check_giving_up (text);
    g_autofree char *at = NULL;

    g_assert_cmpuint (checks->len, >=, 1);
    at = g_utf8_substring (text, ((FuCheck *) checks->pdata[0])->start,
                           ((FuCheck *) checks->pdata[0])->end);
    g_assert_cmpstr (at, ==, "I’d understand if");
    g_assert_cmpstr (((FuCheck *) checks->pdata[0])->text, ==, "I’d understand if");
    /* The rewrite replaces the whole sentence, not just the words. */
    g_clear_pointer (&at, g_free);
    at = g_utf8_substring (text, ((FuCheck *) checks->pdata[0])->replace_start,
                           ((FuCheck *) checks->pdata[0])->replace_end);
    g_assert_cmpstr (at, ==, "I’d understand if the role has been filled.");
  }
  {
    const char *text = "Thanks again. Has the position been filled yet? Best wishes";
    g_autoptr(GPtrArray) checks = fu_check_giving_up (text);
    g_autofree char *at = NULL;

    g_assert_cmpuint (checks->len, ==, 1);
    at = g_utf8_substring (text, ((FuCheck *) checks->pdata[0])->replace_start,
                           ((FuCheck *) checks->pdata[0])->replace_end);
    g_assert_cmpstr (at, ==, "Has the position been filled yet?");
  }
}

/* Length ---------------------------------------------------------------- */

static void
test_length (void)
{
  g_autoptr(GPtrArray) two = fu_check_length ("Dear Ann,\n\nThank you. I enjoyed it.\n\nBest regards,\nSam");
  g_autoptr(GPtrArray) three = fu_check_length ("Dear Ann,\n\nThank you. I enjoyed it, e.g. the demo. Next steps?\n\nBest regards,\nSam");
  g_autoptr(GPtrArray) five = fu_check_length ("Hi Ann,\n\nOne. Two! Three? Four. It costs 3.5 days\n\nKind regards,\nSam\nSam Taylor, MSc.");
  g_autoptr(GPtrArray) six = fu_check_length ("Hi Ann,\n\nOne. Two. Three. Four. Five. Six.\n\nThanks,\nSam");

  g_assert_cmpuint (two->len, ==, 1);
  g_assert_cmpint (((FuCheck *) two->pdata[0])->kind, ==, FU_CHECK_LENGTH);
  g_assert_cmpuint (three->len, ==, 0);
  g_assert_cmpuint (five->len, ==, 0);
  g_assert_cmpuint (six->len, ==, 1);
  g_assert_cmpuint (fu_check_count_sentences ("Hi Ann,\n\nOne. Two. Three. Four. Five. Six.\n\nThanks,\nSam"), ==, 6);
}

/* Spelling --------------------------------------------------------------- */

static void
test_spelling (void)
{
  g_autofree char *dir = g_dir_make_tmp ("composer-spell-XXXXXX", NULL);
  g_autofree char *personal = g_build_filename (dir, "words.txt", NULL);
  g_autoptr(FuSpell) spell = fu_spell_new ("en_US", personal);
  const char *text = "Dear {first_name},\n\nI’m glad to recieve your note, Ms Wojciechowski. "
                     "Mail me at sam.taylor@exampel.com or see https://exampel.org/cv. "
                     "I know SQL and K8s.";
  g_autoptr(GPtrArray) checks = NULL;
  g_auto(GStrv) suggestions = NULL;
  FuCheck *check;
  g_autofree char *at = NULL;
  const char *names[] = { "Priya Wojciechowski", NULL };

  g_assert_true (fu_spell_get_available (spell));
  g_assert_null (fu_spell_get_problem (spell));
  fu_spell_set_ignored (spell, names);

  checks = fu_spell_check (spell, text);
  /* Only "recieve": not "I’m", not the contact's surname, not the merge
   * field, not the address or the link. */
  g_assert_cmpuint (checks->len, ==, 1);
  check = g_ptr_array_index (checks, 0);
  g_assert_cmpint (check->kind, ==, FU_CHECK_SPELLING);
  g_assert_cmpstr (check->text, ==, "recieve");
  at = g_utf8_substring (text, check->start, check->end);
  g_assert_cmpstr (at, ==, "recieve");
  g_assert_cmpstr (check->suggestion, ==, "receive");
  suggestions = fu_spell_suggest (spell, "recieve");
  g_assert_true (g_strv_contains ((const char * const *) suggestions, "receive"));

  /* Without the names, the surname is flagged (the test means something). */
  fu_spell_set_ignored (spell, NULL);
  g_assert_false (fu_spell_check_word (spell, "Wojciechowski"));
  g_assert_true (fu_spell_check_word (spell, "I’m"));
  g_assert_true (fu_spell_check_word (spell, "I'm"));

  /* The personal dictionary is a file, read again by the next checker. */
  g_assert_false (fu_spell_check_word (spell, "Frobnicatorix"));
  fu_spell_add_to_personal (spell, "Frobnicatorix");
  g_assert_true (fu_spell_check_word (spell, "Frobnicatorix"));
  {
    g_autoptr(FuSpell) again = fu_spell_new ("en_US", personal);

    g_assert_true (fu_spell_check_word (again, "Frobnicatorix"));
  }

  /* No dictionary: said clearly, nothing fails. */
  {
    g_autoptr(FuSpell) none = fu_spell_new ("xx_NONE", personal);
    g_autoptr(GPtrArray) results = fu_spell_check (none, "recieve");

    g_assert_false (fu_spell_get_available (none));
    g_assert_nonnull (strstr (fu_spell_get_problem (none), "xx_NONE"));
    g_assert_cmpuint (results->len, ==, 1);
    g_assert_cmpint (((FuCheck *) results->pdata[0])->kind, ==, FU_CHECK_NO_DICTIONARY);
  }

  {
    g_auto(GStrv) languages = fu_spell_list_languages ();

    g_assert_true (g_strv_contains ((const char * const *) languages, "en_US"));
  }
  g_unlink (personal);
  g_rmdir (dir);
}

/* mailto: ----------------------------------------------------------------- */

static void
test_mailto (void)
{
  const char *subject = "Q&A? #1 at 100% + more";
  const char *body = "Hi Zoë,\n\nA&B? C#D 50% x+y = café – “quoted”.\nBye";
  g_autofree char *uri = fu_composer_mailto ("zoe@example.com", subject, body);
  g_autoptr(GUri) parsed = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GError) error = NULL;

  /* Only the separators of the URI itself are left bare. */
  g_assert_null (strchr (uri, ' '));
  g_assert_null (strchr (uri, '#'));
  g_assert_null (strchr (uri, '\n'));
  g_assert_null (strchr (uri, '+'));
  for (const char *p = uri; *p != '\0'; p++)
    g_assert_true ((guchar) *p < 0x80);

  parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED_QUERY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_uri_get_scheme (parsed), ==, "mailto");
  g_assert_cmpstr (g_uri_get_path (parsed), ==, "zoe@example.com");
  params = g_uri_parse_params (g_uri_get_query (parsed), -1, "&", G_URI_PARAMS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (params), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (params, "subject"), ==, subject);
  /* RFC 6068: line breaks are CRLF. */
  g_assert_cmpstr (g_hash_table_lookup (params, "body"), ==,
                   "Hi Zoë,\r\n\r\nA&B? C#D 50% x+y = café – “quoted”.\r\nBye");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/composer/golden/direct-thank-you-per-interviewer", test_golden_direct);
  ADD ("/composer/golden/agency-through-recruiter", test_golden_agency);
  ADD ("/composer/golden/rapport-note", test_golden_rapport);
  ADD ("/composer/recruiter-and-call-sheet", test_recruiter_direct_and_call_sheet);
  ADD ("/composer/unfilled-fields", test_unfilled_fields);
  ADD ("/composer/mark-sent", test_mark_sent);
  ADD ("/composer/templates/edit-and-reset", test_templates_edit_and_reset);
  ADD ("/composer/round/one-draft-per-interviewer", test_round_one_draft_per_interviewer);
  ADD ("/composer/rule-9/email-when-calls-keep-missing", test_rule_9_email_when_calls_keep_missing);
  ADD ("/composer/rule-9/missed-calls-count", test_rule_9_missed_calls_count);
  ADD ("/composer/rule-9/switch-call-and-email", test_rule_9_switch_call_and_email);
  ADD ("/composer/write-note/from-contact", test_write_note_from_contact);
  ADD ("/composer/write-note/from-job", test_write_note_from_job);
  ADD ("/composer/write-note/purpose-for-job", test_write_note_purpose_for_job);
#undef ADD
  g_test_add_func ("/composer/rule-9/missed-call-in-the-data", test_missed_call_in_the_data);
  g_test_add_func ("/composer/templates/shipped", test_templates_shipped);
  g_test_add_func ("/composer/giving-up-corpus", test_giving_up_corpus);
  g_test_add_func ("/composer/length", test_length);
  g_test_add_func ("/composer/spelling", test_spelling);
  g_test_add_func ("/composer/mailto", test_mailto);

  return g_test_run ();
}
