/* fu-vcard-private.h: the syntax layer shared by the vCard reader's files
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *name;    /* upper case; 2.1's bare values get TYPE or ENCODING */
  char *value;   /* quotes removed, RFC 6868 ^-escapes decoded */
} FuVCardParam;

typedef struct
{
  char      *group;       /* "item1" in "item1.EMAIL", lower case, or NULL */
  char      *name;        /* upper case */
  GPtrArray *params;      /* FuVCardParam */
  char      *value;       /* as in the file: any encoding, maybe NULs */
  gsize      value_len;
} FuVCardProperty;

FuVCardProperty *fu_vcard_property_parse     (const char            *line,
                                              gsize                  len);
void             fu_vcard_property_free      (gpointer               data);
const char      *fu_vcard_property_param     (const FuVCardProperty *prop,
                                              const char            *name);
gboolean         fu_vcard_property_has_type  (const FuVCardProperty *prop,
                                              const char            *type);
guint            fu_vcard_property_pref      (const FuVCardProperty *prop);
char            *fu_vcard_property_decode    (const FuVCardProperty *prop);
gboolean         fu_vcard_is_binary_property (const char            *name);
GPtrArray       *fu_vcard_split_escaped      (const char            *s,
                                              char                   sep);
char            *fu_vcard_unescape           (const char            *s,
                                              gboolean               v21);

G_END_DECLS
