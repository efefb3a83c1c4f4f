/* fu-templates.c: the composer's shipped templates and the user's edits
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-templates.h"

typedef struct {
  const char *purpose;
  const char *name;
  const char *subject;
  const char *body;
} Shipped;

/* The notes follow domain.md, "Channels and etiquette": three to five
 * sentences, one specific point from the conversation, confident (never
 * asking whether the job is gone).  To a recruiter: thanks and still
 * interested; to a hiring manager: thanks, interest has grown, why you
 * fit, and the timeline. */
static const Shipped shipped[] = {
  { FU_PURPOSE_THANK_YOU_RECRUITER,
    /* Translators: a template name in Preferences */
    N_("Thank-you note to a recruiter"),
    /* Translators: keep the words in braces as they are: they are merge
     * fields the composer fills in */
    N_("Thank you: {job_title} at {company}"),
    N_("Hi {first_name},\n"
       "\n"
       "Thank you for taking the time to speak with me on {round_date} about the "
       "{job_title} role at {company}. I especially enjoyed our conversation about "
       "{discussion_point}. I'm still very interested in the position and would be "
       "glad to move forward. I'm keen to hear about next steps.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_THANK_YOU_HIRING_MANAGER,
    N_("Thank-you note to a hiring manager"),
    N_("Thank you: {job_title} at {company}"),
    N_("Dear {first_name},\n"
       "\n"
       "Thank you for meeting with me on {round_date} to talk about the {job_title} "
       "role at {company}. Our conversation about {discussion_point} made my interest "
       "in the role grow even stronger. My experience fits what your team needs, and "
       "I would love to help it succeed. Could you tell me when you expect to make "
       "a decision?\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_THANK_YOU_PANEL,
    N_("Thank-you note to a panel member"),
    N_("Thank you: {job_title} at {company}"),
    N_("Dear {first_name},\n"
       "\n"
       "Thank you for taking part in my interview on {round_date} for the "
       "{job_title} role at {company}. I enjoyed our discussion about "
       "{discussion_point}. It gave me a clearer picture of the team, and I'm even "
       "more excited about joining {company}. I hope to work with you soon.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_TIMELINE,
    N_("Question about the timeline"),
    N_("Next steps: {job_title} at {company}"),
    N_("Hi {first_name},\n"
       "\n"
       "Thank you again for arranging my interview for the {job_title} role at "
       "{company}. I'm very interested in the role. Could you let me know when the "
       "team expects to make a decision? I'm keen to hear about next steps.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_PREP_TIPS,
    N_("Request for preparation tips"),
    N_("Preparing for my interview: {job_title} at {company}"),
    N_("Hi {first_name},\n"
       "\n"
       "Thank you for arranging my interview with the hiring manager for the "
       "{job_title} role at {company} on {round_date}. I want to make the most of "
       "it. Are there any topics or qualities the hiring manager will focus on? Any "
       "tips you can share on how best to prepare would be very welcome.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_PRE_DECISION,
    N_("Note before the decision"),
    N_("{job_title} at {company}"),
    N_("Dear {first_name},\n"
       "\n"
       "I hope you are well. I've been thinking about our conversation on "
       "{round_date} about {discussion_point}, and I remain very enthusiastic about "
       "the {job_title} role at {company}. I also remember you mentioned "
       "{rapport_note}, and I hope it's going well. I'm keen to hear about next "
       "steps.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_POST_DECISION,
    N_("Check-in after the decision date"),
    N_("Following up: {job_title} at {company}"),
    N_("Hi {first_name},\n"
       "\n"
       "I hope you are well. I'm writing to follow up on the {job_title} role at "
       "{company}, as I understood a decision was expected around now. I'm still "
       "very interested in the position. I'm keen to hear about next steps.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_NUDGE,
    N_("Nudge after applying"),
    N_("My application: {job_title} at {company}"),
    N_("Hi {first_name},\n"
       "\n"
       "I recently applied for the {job_title} role at {company} and wanted to "
       "confirm that my application arrived. I'm very interested in the role, and my "
       "experience is a strong match for it. I'd be glad to share anything else that "
       "would help. I'm keen to hear about next steps.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_CHECK_IN,
    N_("Check-in"),
    N_("Checking in: {job_title} at {company}"),
    N_("Hi {first_name},\n"
       "\n"
       "I hope you are well. I wanted to check in about the {job_title} role at "
       "{company}. I'm still very interested and would be glad to answer any "
       "questions. I'm keen to hear about next steps.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_OFFER_QUESTIONS,
    N_("Questions about an offer"),
    N_("Your offer: {job_title} at {company}"),
    N_("Dear {first_name},\n"
       "\n"
       "Thank you again for the offer for the {job_title} role at {company}. I'm "
       "excited about it and want to give you my answer in good time. Before I "
       "decide, I have a few short questions about the details of the offer. Could "
       "we find a time to talk this week?\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_WITHDRAW_ACCEPTED,
    N_("Withdrawal after accepting another offer"),
    N_("Withdrawing my application: {job_title} at {company}"),
    N_("Dear {first_name},\n"
       "\n"
       "Thank you for considering me for the {job_title} role at {company}. I have "
       "accepted another offer, so I would like to withdraw my application. I "
       "enjoyed learning about your team, and I hope our paths cross again. I wish "
       "you every success.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_WITHDRAW,
    N_("Withdrawal (not a fit)"),
    N_("Withdrawing my application: {job_title} at {company}"),
    N_("Hi {first_name},\n"
       "\n"
       "Thank you for your time and help with the {job_title} role at {company}. "
       "After careful thought, I have decided the role is not the right fit for me, "
       "so I would like to withdraw my application. I really appreciate your "
       "support during the process. Please keep me in mind for future roles that "
       "match my experience.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_POSITION_GONE,
    N_("Position gone"),
    N_("Thank you: {job_title} at {company}"),
    N_("Hi {first_name},\n"
       "\n"
       "Thank you for letting me know that the {job_title} role at {company} is not "
       "going ahead. I enjoyed learning about {company} and remain very interested "
       "in working with you. I will check in down the track in case new "
       "opportunities come up. Thank you again for your time.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_REJECTION,
    N_("After a rejection"),
    N_("Thank you: {job_title} at {company}"),
    N_("Dear {first_name},\n"
       "\n"
       "Thank you for letting me know about your decision on the {job_title} role "
       "at {company}. I enjoyed meeting the team and learning about your work. "
       "Would you be willing to share any feedback on my interviews? I would love "
       "to stay in touch and hear about future opportunities.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_REFERRER_UPDATE,
    N_("Update for the referrer"),
    N_("Thank you for the referral to {company}"),
    N_("Hi {first_name},\n"
       "\n"
       "Thank you again for referring me for the {job_title} role at {company}. "
       "The process has now finished, and the outcome is: {outcome}. I really "
       "appreciate the time you took to put me forward. I'd be glad to return the "
       "favour any time.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_STAY_IN_TOUCH,
    N_("Stay-in-touch note"),
    N_("Hello from {my_name}"),
    N_("Hi {first_name},\n"
       "\n"
       "It's been a while, and I wanted to say hello. I hope all is going well at "
       "{company}. Last time you mentioned {rapport_note}, and I hope it went "
       "well. I'd love to catch up over a coffee sometime.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
  { FU_PURPOSE_CALL_SHEET,
    N_("Call sheet for the recruiter"),
    N_("Call {first_name} about the {job_title} role at {company}"),
    N_("Questions for {first_name}:\n"
       "\n"
       "- What does the role involve day to day?\n"
       "- Who does it report to?\n"
       "- What is the team like?\n"
       "- How would you describe the culture?\n"
       "- What is the next step, and when?\n"
       "- How many candidates are still in the process?\n"
       "\n"
       "Notes from the call:\n") },
  /* Rule 9 when calls keep missing: the call sheet's open questions in
   * an email, folded into sentences so it still reads as a short note. */
  { FU_PURPOSE_RECRUITER_QUESTIONS,
    N_("Questions for the recruiter by email"),
    N_("A few questions: {job_title} at {company}"),
    N_("Hi {first_name},\n"
       "\n"
       "Thank you again for speaking with me on {round_date} about the {job_title} "
       "role at {company}. Could you tell me more about what the role involves day "
       "to day, who it reports to, and what the team and its culture are like? I'd "
       "also like to know what the next step is and how many candidates are still in "
       "the process. I'm very interested in the role and keen to hear about next "
       "steps.\n"
       "\n"
       "Best regards,\n"
       "{my_name}\n"
       "{signature}") },
};

static const Shipped *
find_shipped (const char *purpose)
{
  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    if (g_strcmp0 (shipped[i].purpose, purpose) == 0)
      return &shipped[i];
  return NULL;
}

const char * const *
fu_templates_get_purposes (void)
{
  static const char *purposes[G_N_ELEMENTS (shipped) + 1];

  if (purposes[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
      purposes[i] = shipped[i].purpose;
  return purposes;
}

gboolean
fu_templates_is_purpose (const char *purpose)
{
  return find_shipped (purpose) != NULL;
}

gboolean
fu_templates_is_thank_you (const char *purpose)
{
  return g_strcmp0 (purpose, FU_PURPOSE_THANK_YOU_RECRUITER) == 0
         || g_strcmp0 (purpose, FU_PURPOSE_THANK_YOU_HIRING_MANAGER) == 0
         || g_strcmp0 (purpose, FU_PURPOSE_THANK_YOU_PANEL) == 0;
}

const char *
fu_templates_purpose_for (int    rule,
                          FuPart part)
{
  switch (rule)
    {
    case 2:
      return FU_PURPOSE_NUDGE;
    case 7:
      if (part == FU_PART_AGENCY_RECRUITER || part == FU_PART_INTERNAL_RECRUITER)
        return FU_PURPOSE_THANK_YOU_RECRUITER;
      if (part == FU_PART_HIRING_MANAGER)
        return FU_PURPOSE_THANK_YOU_HIRING_MANAGER;
      return FU_PURPOSE_THANK_YOU_PANEL;
    case 8:
      return FU_PURPOSE_TIMELINE;
    case 9:
      return FU_PURPOSE_CALL_SHEET;
    case 10:
      return FU_PURPOSE_PREP_TIPS;
    case 11:
      return FU_PURPOSE_PRE_DECISION;
    case 12:
      return FU_PURPOSE_POST_DECISION;
    case 14:
      return FU_PURPOSE_OFFER_QUESTIONS;
    case 15:
      return FU_PURPOSE_WITHDRAW_ACCEPTED;
    case 16:
      return FU_PURPOSE_WITHDRAW;
    case 17:
      return FU_PURPOSE_POSITION_GONE;
    case 18:
      return FU_PURPOSE_REJECTION;
    case 19:
      return FU_PURPOSE_REFERRER_UPDATE;
    case 20:
      return FU_PURPOSE_STAY_IN_TOUCH;
    default:
      return FU_PURPOSE_CHECK_IN;
    }
}

const char *
fu_templates_get_default_name (const char *purpose)
{
  const Shipped *s = find_shipped (purpose);

  return s != NULL ? _(s->name) : NULL;
}

const char *
fu_templates_get_default_subject (const char *purpose)
{
  const Shipped *s = find_shipped (purpose);

  return s != NULL ? _(s->subject) : NULL;
}

const char *
fu_templates_get_default_body (const char *purpose)
{
  const Shipped *s = find_shipped (purpose);

  return s != NULL ? _(s->body) : NULL;
}

FuTemplate *
fu_templates_find_edited (FuStore    *store,
                          const char *purpose)
{
  GListModel *templates;
  guint n;

  if (store == NULL || purpose == NULL)
    return NULL;

  templates = fu_store_get_templates (store);
  n = g_list_model_get_n_items (templates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuTemplate) t = g_list_model_get_item (templates, i);

      if (g_strcmp0 (fu_template_get_purpose (t), purpose) == 0)
        return t; /* the store keeps its reference */
    }
  return NULL;
}

const char *
fu_templates_get_subject (FuStore    *store,
                          const char *purpose)
{
  FuTemplate *t = fu_templates_find_edited (store, purpose);

  if (t != NULL && fu_template_get_subject (t) != NULL)
    return fu_template_get_subject (t);
  return fu_templates_get_default_subject (purpose);
}

const char *
fu_templates_get_body (FuStore    *store,
                       const char *purpose)
{
  FuTemplate *t = fu_templates_find_edited (store, purpose);

  if (t != NULL && fu_template_get_body (t) != NULL)
    return fu_template_get_body (t);
  return fu_templates_get_default_body (purpose);
}

void
fu_templates_save (FuStore    *store,
                   const char *purpose,
                   const char *subject,
                   const char *body)
{
  FuTemplate *t;

  g_return_if_fail (FU_IS_STORE (store));
  g_return_if_fail (fu_templates_is_purpose (purpose));

  /* Unchanged text stays shipped, so it follows translations and later
   * improvements of the shipped one. */
  if (g_strcmp0 (subject, fu_templates_get_default_subject (purpose)) == 0
      && g_strcmp0 (body, fu_templates_get_default_body (purpose)) == 0)
    {
      fu_templates_reset (store, purpose);
      return;
    }

  t = fu_templates_find_edited (store, purpose);
  if (t == NULL)
    {
      g_autoptr(FuTemplate) created = fu_template_new ();

      fu_template_set_purpose (created, purpose);
      fu_template_set_name (created, fu_templates_get_default_name (purpose));
      fu_template_set_subject (created, subject);
      fu_template_set_body (created, body);
      fu_store_add_template (store, created);
      return;
    }

  fu_template_set_subject (t, subject);
  fu_template_set_body (t, body);
}

void
fu_templates_reset (FuStore    *store,
                    const char *purpose)
{
  FuTemplate *t;

  g_return_if_fail (FU_IS_STORE (store));

  while ((t = fu_templates_find_edited (store, purpose)) != NULL)
    fu_store_remove (store, FU_RECORD (t));
}

gboolean
fu_templates_rule_has_note (int rule)
{
  switch (rule)
    {
    /* 9: the call sheet, or the email when calls keep missing. */
    case 2: case 7: case 8: case 9: case 10: case 11: case 12: case 13:
    case 15: case 16: case 17: case 18: case 19: case 20:
      return TRUE;
    default:
      return FALSE;
    }
}
