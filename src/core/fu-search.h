/* fu-search.h: finding jobs and follow-ups by what the user types
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each job's searchable text (company, title, tags, notes, the names of
 * its linked contacts and interviewers, round preparation and debriefs,
 * the subject and body of its interactions) is folded once, after the
 * store changed and only when a search needs it; a keystroke then costs a
 * substring test per job, so 10,000 jobs do not stall typing.  Folding
 * ignores case and accents: "cafe" finds "Café".
 */
#pragma once

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_SEARCH (fu_search_get_type ())

G_DECLARE_FINAL_TYPE (FuSearch, fu_search, FU, SEARCH, GObject)

/* Lower case, without accents, compatibility forms unfolded. */
char       *fu_search_fold              (const char *text);

FuSearch   *fu_search_new               (void);
FuStore    *fu_search_get_store         (FuSearch   *self);
/* Follows @store's changes; NULL for none. */
void        fu_search_set_store         (FuSearch   *self,
                                         FuStore    *store);
const char *fu_search_get_text          (FuSearch   *self);
/* Every word of @text must occur; NULL or blank matches everything. */
void        fu_search_set_text          (FuSearch   *self,
                                         const char *text);
gboolean    fu_search_is_active         (FuSearch   *self);
gboolean    fu_search_match_job         (FuSearch   *self,
                                         FuJob      *job);
/* A follow-up matches through its job, or its own words and person. */
gboolean    fu_search_match_follow_up   (FuSearch   *self,
                                         FuFollowUp *follow_up);

G_END_DECLS
