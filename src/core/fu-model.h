/* fu-model.h: the job-search model of FollowUp (include this one)
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model, in brief (details in each header and in docs/data-format.md)
 *
 * Every stored object is a FuRecord (fu-record.h): a GObject with
 * properties that notify only on real change, an "id" (a random UUID for
 * the top-level objects and rounds, made by the *_new() functions), and
 * the JSON members this version does not know, written back unchanged.
 * Any property change of a record or of its children emits
 * FuRecord::modified; the store listens to it and saves by itself, so the
 * UI and the rules engine just set properties.
 *
 *   FuJob (fu-job.h): company, title, url, location, remote, salary-min,
 *     salary-max, salary-currency, source, agency, apply-by, applied,
 *     stage (FuStage), outcome (FuOutcome, NONE while open), outcome-note,
 *     history (GListModel of FuStageChange: stage, outcome, time, note),
 *     cv, cover-letter, offer-details, offer-deadline, notes, description,
 *     tags, rounds (GListModel of FuRound), contacts (GListModel of
 *     FuJobContact: contact-id + part on this job), created.
 *     fu_job_move_to(), fu_job_close(), fu_job_reopen() record history;
 *     fu_job_is_closed(), fu_job_find_round(), fu_job_find_contact_link(),
 *     fu_job_get_referrer_id() (the linked contact with part REFERRER).
 *   FuRound (fu-round.h): kind (FuRoundKind), start, end (GDateTime with
 *     offset), time-zone (IANA name; fu_round_dup_time_zone()), location,
 *     interviewers (GListModel of FuInterviewer: contact-id,
 *     discussion-points, thank-you-sent), decision-date, arranged-by
 *     (contact id), prep, debrief.
 *   FuContact (fu-contact.h): name, company, part (usual FuPart), email,
 *     phone, linkedin, notes, rapport-notes, stay-in-touch,
 *     stay-in-touch-days (default 90).
 *   FuInteraction (fu-interaction.h): time, channel (FuChannel), direction
 *     (FuDirection), subject, body, job-id, contact-ids (strv).
 *   FuFollowUp (fu-follow-up.h): kind (int: 1..20 = rule number,
 *     FU_FOLLOW_UP_KIND_CUSTOM = 0, FU_FOLLOW_UP_KIND_UNKNOWN = -1 when the
 *     file holds a kind this version does not know), job-id, contact-id
 *     (nullable), occurrence (int, 1 = first), due, state
 *     (FuFollowUpState: open/snoozed/done/dismissed/retired),
 *     snoozed-until, origin (FuFollowUpOrigin: rule/user), last-notified,
 *     explanation, title (the user's words for a custom one), created,
 *     round-id (the round rules 4-12 are about).
 *   FuTemplate (fu-template.h): name, purpose, subject, body.
 *
 * Enumerations (fu-enums.h) have *_to_string() and *_from_string() with the
 * JSON ids of domain.md, and an UNKNOWN value (-1) for ids from a newer
 * version: the record keeps the raw id and writes it back; setting a known
 * value replaces it.  Times are GDateTime (NULL = not set).
 *
 * Lists inside a record are read-only GListModels; change them with the
 * add/remove functions (fu_job_add_round(), fu_round_add_interviewer(),
 * ...), which keep the change tracking right.  The store's collections
 * (fu-store.h) work the same way: fu_store_get_jobs() etc. return
 * GListModels; fu_store_add_*() / fu_store_remove_*() change them and
 * fu_store_find_*() look up by id.
 */
#pragma once

#include "fu-enums.h"
#include "fu-record.h"
#include "fu-stage-change.h"
#include "fu-job-contact.h"
#include "fu-interviewer.h"
#include "fu-round.h"
#include "fu-job.h"
#include "fu-contact.h"
#include "fu-interaction.h"
#include "fu-follow-up.h"
#include "fu-template.h"
