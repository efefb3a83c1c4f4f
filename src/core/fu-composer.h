/* fu-composer.h: what the composer drafts, to whom, and what sending logs
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From a follow-up (or a round) the composer makes drafts, one per
 * person: a round's thank-you notes give one per interviewer, addressed by
 * name.  The routing of domain.md, "Channels and etiquette", is done here:
 * on a job that came through an agency recruiter every note for someone
 * else (hiring manager, panel) is sent to the recruiter, still addressed
 * to the person by name, after a line asking the recruiter to pass it on;
 * the draft says why (FuDraft.reason).  Rule 9 gives a call sheet (the
 * open questions to ask the recruiter on the phone) instead of an email.
 *
 * Drafts are plain data; nothing is ever sent.  fu_composer_mark_sent()
 * logs what the person sent and completes what it answered.
 */
#pragma once

#include "fu-checks.h"
#include "fu-spell.h"
#include "fu-store.h"

G_BEGIN_DECLS

/* The candidate, for {my_name} and {signature}; NULL or "" my_name is
 * left unfilled, a NULL or "" signature is nothing. */
typedef struct {
  const char *my_name;
  const char *signature;
} FuComposerIdentity;

typedef struct {
  char      *purpose;           /* fu-templates.h */
  gboolean   call_sheet;        /* rule 9: a phone call, not an email */
  char      *job_id;
  char      *round_id;          /* nullable */
  char      *follow_up_id;      /* the follow-up this draft completes, nullable */
  char      *addressee_id;      /* whom the note is for (greeting); nullable */
  char      *addressee_name;
  char      *recipient_id;      /* whom it goes to (To:); nullable */
  char      *recipient_name;
  char      *to;                /* email address, or phone for a call sheet; "" unknown */
  char      *reason;            /* why it goes through someone else, or NULL */
  char      *discussion_point;  /* the round's point for the addressee, or NULL */
  gboolean   wants_point;       /* a thank-you: check the point */
  char      *subject;
  char      *body;
  GPtrArray *unfilled;          /* FuMergeField in body */
  guint      missed_calls;      /* rule 9: unanswered calls in a row to the recruiter */
} FuDraft;

/* domain.md, rule 9: "phone the recruiter ...; email instead if calls
 * keep missing".  From this many unanswered calls in a row the composer
 * opens the email with the same questions instead of the call sheet. */
#define FU_COMPOSER_MISSED_CALLS_FOR_EMAIL 2

void       fu_draft_free                    (FuDraft             *draft);

/* Drafts for @follow_up (its job, round, contact and rule).  A thank-you
 * follow-up (rule 7) gives one draft per interviewer of its round whose
 * thank-you is not sent yet, the follow-up's own contact first. */
GPtrArray *fu_composer_drafts_for_follow_up (FuStore             *store,
                                             FuFollowUp          *follow_up,
                                             const FuComposerIdentity *me);
/* Thank-you drafts for the interviewers of @round not thanked yet (all of
 * them when everyone was; one with the name unfilled when it lists
 * nobody). */
GPtrArray *fu_composer_drafts_for_round     (FuStore             *store,
                                             FuJob               *job,
                                             FuRound             *round,
                                             const FuComposerIdentity *me);
/* One draft of @purpose to @contact about @job (either may be NULL). */
FuDraft   *fu_composer_draft_for_contact    (FuStore             *store,
                                             FuJob               *job,
                                             FuContact           *contact,
                                             const char          *purpose,
                                             const FuComposerIdentity *me);

/* "Write Note" on a job (@contact NULL) or a contact's sheet (@job NULL,
 * or the job the note is about).  The note answers the earliest due open
 * follow-up of that job or contact whose rule is done by a note (its
 * drafts, so a round's thank-you gives one per interviewer from a job);
 * without one, a job gets the note its stage calls for, addressed to its
 * main contact (agency recruiter, internal recruiter, hiring manager),
 * and a contact without a job the stay-in-touch note.  A job without
 * contacts still gets a draft, with the name left unfilled. */
GPtrArray *fu_composer_drafts_for_note      (FuStore             *store,
                                             FuJob               *job,
                                             FuContact           *contact,
                                             const FuComposerIdentity *me);
/* The note @job's stage (or outcome) calls for when nothing is due. */
const char *fu_composer_purpose_for_job     (FuJob               *job);
/* The same draft with another template: same job, round, person and
 * follow-up (the call sheet's "Email Instead", or the composer's choice
 * of template). */
FuDraft   *fu_composer_redraft              (FuStore             *store,
                                             const FuDraft       *draft,
                                             const char          *purpose,
                                             const FuComposerIdentity *me);

/* Rule 9: the outbound calls to @contact_id about @job_id that went
 * unanswered since they last reached them (an answered call or meeting,
 * or anything from them, ends the run). */
guint      fu_composer_count_missed_calls   (FuStore             *store,
                                             const char          *job_id,
                                             const char          *contact_id);
/* Logs a call to the draft's recipient that did not reach them; the
 * follow-up stays open.  Returns the interaction (owned by the store). */
FuInteraction *fu_composer_log_missed_call  (FuStore             *store,
                                             const FuDraft       *draft,
                                             GDateTime           *now);

/* The part @contact_id plays on @job: the job's link, else their usual
 * part. */
FuPart     fu_composer_part_on_job          (FuStore             *store,
                                             FuJob               *job,
                                             const char          *contact_id);

/* mailto: URI (RFC 6068) with every reserved character of @to, @subject
 * and @body percent-encoded as UTF-8, and line breaks as CRLF. */
char      *fu_composer_mailto               (const char          *to,
                                             const char          *subject,
                                             const char          *body);

/* Logs an outbound interaction (email, or call for a call sheet) on the
 * draft's job with its recipient and addressee, marks the draft's
 * follow-up done and, for a thank-you, the interviewer's thank-you sent.
 * Returns the interaction (owned by the store). */
FuInteraction *fu_composer_mark_sent        (FuStore             *store,
                                             const FuDraft       *draft,
                                             const char          *subject,
                                             const char          *body,
                                             GDateTime           *now);

/* All the checks for a draft's text (@spell may be NULL: no spelling). */
GPtrArray *fu_composer_check                (const FuDraft       *draft,
                                             FuSpell             *spell,
                                             const char          *body);
/* Words spelling never flags: every contact's name and company and every
 * job's company (g_strfreev). */
char     **fu_composer_names_to_ignore      (FuStore             *store);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FuDraft, fu_draft_free)

G_END_DECLS
