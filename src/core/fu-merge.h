/* fu-merge.h: merge fields of the composer's templates
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A field is a name in braces: {first_name}.  Filling replaces each field
 * whose value is known (non-NULL; "" is a value: nothing) and leaves the
 * others in the text, as they were, so the person sees what is missing;
 * those are reported with their place so the composer can highlight them.
 * Nothing is blocked.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A field left in the text; offsets in characters (not bytes) of the
 * result, end exclusive. */
typedef struct {
  char *name;
  int   start;
  int   end;
} FuMergeField;

void    fu_merge_field_free  (FuMergeField *field);

/* @values maps field names (without braces) to text; NULL entries and
 * missing names are unfilled.  @unfilled (nullable) receives a new array of
 * FuMergeField, in text order. */
char   *fu_merge_fill        (const char  *text,
                              GHashTable  *values,
                              GPtrArray  **unfilled);

/* The fields left in @text (a draft the user may have edited), as above. */
GPtrArray *fu_merge_find_fields (const char *text);

/* The names of the fields the composer knows, NULL-terminated. */
const char * const *fu_merge_get_field_names (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FuMergeField, fu_merge_field_free)

G_END_DECLS
