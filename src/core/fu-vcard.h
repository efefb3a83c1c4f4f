/* fu-vcard.h: vCard import and export of contacts
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FuVCardContact is a plain, reference-counted record of what one vCard
 * says about a person, independent of FollowUp's model objects: the UI
 * copies it into (or out of) a contact.  Reading accepts what other
 * programs write (vCard 2.1, 3.0 and 4.0: GNOME Contacts, Google, Apple,
 * Outlook, phones); writing produces vCard 4.0 (RFC 6350).
 *
 * What vCard has no property for is written as FollowUp's own extensions,
 * so an export imports back unchanged:
 *   X-FOLLOWUP-PART:agency-recruiter        (the part id of the data file)
 *   X-FOLLOWUP-RAPPORT:text
 *   X-FOLLOWUP-STAY-IN-TOUCH;X-INTERVAL-DAYS=90:TRUE
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FU_TYPE_VCARD_CONTACT (fu_vcard_contact_get_type ())

/* The fields are public and owned by the record; every string is UTF-8
 * or NULL (never empty after parsing), every array holds g_free()d
 * strings.  Build one with fu_vcard_contact_new(), release it with
 * fu_vcard_contact_unref(). */
typedef struct _FuVCardContact FuVCardContact;

struct _FuVCardContact
{
  char      *uid;
  char      *full_name;          /* FN, or built from N when absent */
  char      *given_name;         /* N, second component */
  char      *family_name;        /* N, first component */
  char      *organization;       /* ORG, first component */
  char      *title;              /* TITLE */
  GPtrArray *emails;             /* the preferred one first */
  GPtrArray *phones;             /* the preferred one first */
  char      *linkedin_url;       /* the first LinkedIn profile found */
  GPtrArray *urls;               /* the other URLs */
  GPtrArray *addresses;          /* ADR as one multi-line text each */
  char      *note;               /* NOTE (several are joined) */

  /* FollowUp's own, from X-FOLLOWUP-* */
  char      *part;               /* the part id: "agency-recruiter", ... */
  char      *rapport;
  gboolean   stay_in_touch;
  guint      stay_in_touch_days; /* 0: the app's default interval */
};

GType           fu_vcard_contact_get_type            (void) G_GNUC_CONST;
FuVCardContact *fu_vcard_contact_new                 (void);
FuVCardContact *fu_vcard_contact_ref                 (FuVCardContact       *self);
void            fu_vcard_contact_unref               (FuVCardContact       *self);
const char     *fu_vcard_contact_get_email           (const FuVCardContact *self);
void            fu_vcard_contact_merge               (FuVCardContact       *self,
                                                      const FuVCardContact *other);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FuVCardContact, fu_vcard_contact_unref)

/* Reading.  Returns the cards that parsed, as FuVCardContact (never NULL,
 * possibly empty).  @problems, if not NULL, receives one translated
 * message per card that was skipped, naming the card by its position in
 * the file ("Card 3 was skipped: it has no name"). */
GPtrArray      *fu_vcard_parse                       (const char           *data,
                                                      gsize                 len,
                                                      GPtrArray           **problems);
void            fu_vcard_parse_file_async            (GFile                *file,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
GPtrArray      *fu_vcard_parse_file_finish           (GFile                *file,
                                                      GAsyncResult         *result,
                                                      GPtrArray           **problems,
                                                      GError              **error);

/* Writing: vCard 4.0, CRLF line ends, lines folded at 75 octets. */
char           *fu_vcard_write                       (GPtrArray            *contacts);
char           *fu_vcard_write_one                   (const FuVCardContact *contact);

/* Duplicates: an imported card that shares an email address (compared
 * trimmed and case-insensitively) with a contact the user already has,
 * or with an earlier card of the same import. */
typedef enum {
  FU_VCARD_MATCH_EXISTING,       /* @other indexes the existing emails */
  FU_VCARD_MATCH_EARLIER_CARD,   /* @other indexes the imported cards */
} FuVCardMatchKind;

typedef struct
{
  guint            card;         /* index into the imported cards */
  FuVCardMatchKind kind;
  guint            other;
} FuVCardMatch;

GArray         *fu_vcard_find_duplicates             (GPtrArray            *cards,
                                                      GPtrArray            *existing_emails);
char           *fu_vcard_normalize_email             (const char           *email);
gboolean        fu_vcard_is_linkedin_url             (const char           *url);
char           *fu_vcard_format_address              (const char * const   *components,
                                                      gsize                 n_components);

G_END_DECLS
