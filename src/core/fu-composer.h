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
} FuDraft;

void       fu_draft_free                    (FuDraft             *draft);

/* Drafts for @follow_up (its job, round, contact and rule).  A thank-you
 * follow-up (rule 7) gives one draft per interviewer of its round whose
 * thank-you is not sent yet, the follow-up's own contact first. */
GPtrArray *fu_composer_drafts_for_follow_up (FuStore             *store,
                                             FuFollowUp          *follow_up,
                                             const FuComposerIdentity *me);
/* Thank-you drafts for every interviewer of @round. */
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
