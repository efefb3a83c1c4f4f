/* fu-templates.h: the composer's templates, shipped and edited
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One shipped template per purpose (domain.md, issue "Composer"), written
 * in English and translated.  A template the user edits is kept in the
 * data file as a FuTemplate record with the same purpose, which wins over
 * the shipped one until it is reset (removed).
 *
 * Texts use merge fields in braces (fu-merge.h): {first_name}, {company},
 * {job_title}, {round_date}, {discussion_point}, {rapport_note},
 * {my_name}, {signature}, and {outcome} in the referrer update.
 */
#pragma once

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_PURPOSE_THANK_YOU_RECRUITER      "thank-you-recruiter"
#define FU_PURPOSE_THANK_YOU_HIRING_MANAGER "thank-you-hiring-manager"
#define FU_PURPOSE_THANK_YOU_PANEL          "thank-you-panel"
#define FU_PURPOSE_TIMELINE                 "timeline"
#define FU_PURPOSE_PREP_TIPS                "prep-tips"
#define FU_PURPOSE_PRE_DECISION             "pre-decision"
#define FU_PURPOSE_POST_DECISION            "post-decision"
#define FU_PURPOSE_NUDGE                    "nudge"
#define FU_PURPOSE_CHECK_IN                 "check-in"
#define FU_PURPOSE_OFFER_QUESTIONS          "offer-questions"
#define FU_PURPOSE_WITHDRAW_ACCEPTED        "withdraw-accepted"
#define FU_PURPOSE_WITHDRAW                 "withdraw"
#define FU_PURPOSE_POSITION_GONE            "position-gone"
#define FU_PURPOSE_REJECTION                "rejection"
#define FU_PURPOSE_REFERRER_UPDATE          "referrer-update"
#define FU_PURPOSE_STAY_IN_TOUCH            "stay-in-touch"
#define FU_PURPOSE_CALL_SHEET               "call-sheet"
/* Rule 9 by email: the call sheet's questions, when calls keep missing. */
#define FU_PURPOSE_RECRUITER_QUESTIONS      "recruiter-questions"

/* The purposes in the order Preferences lists them (NULL-terminated). */
const char * const *fu_templates_get_purposes        (void);
gboolean            fu_templates_is_purpose          (const char *purpose);
gboolean            fu_templates_is_thank_you        (const char *purpose);
/* Whether the follow-ups of @rule are done by sending a note the composer
 * drafts ("Write note"), rather than by something else (apply, prepare);
 * rule 9's call sheet counts, as it becomes an email when calls keep
 * missing. */
gboolean            fu_templates_rule_has_note       (int         rule);

/* The template for a follow-up of @rule (1..20, or CUSTOM) to a contact
 * playing @part on the job; rules without a note of their own get the
 * general check-in. */
const char         *fu_templates_purpose_for         (int         rule,
                                                      FuPart      part);

/* The shipped texts, translated. */
const char         *fu_templates_get_default_name    (const char *purpose);
const char         *fu_templates_get_default_subject (const char *purpose);
const char         *fu_templates_get_default_body    (const char *purpose);

/* The user's edited template for @purpose, or NULL (@store may be NULL). */
FuTemplate         *fu_templates_find_edited         (FuStore    *store,
                                                      const char *purpose);
/* The text in use: the edited one, else the shipped one. */
const char         *fu_templates_get_subject         (FuStore    *store,
                                                      const char *purpose);
const char         *fu_templates_get_body            (FuStore    *store,
                                                      const char *purpose);
/* Keeps the user's text in the data file (creates or updates the record);
 * text equal to the shipped one resets instead. */
void                fu_templates_save                (FuStore    *store,
                                                      const char *purpose,
                                                      const char *subject,
                                                      const char *body);
/* Back to the shipped text: removes the user's record. */
void                fu_templates_reset               (FuStore    *store,
                                                      const char *purpose);

G_END_DECLS
