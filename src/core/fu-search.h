/* fu-search.h: finding jobs and follow-ups by what the user types
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each job's searchable text (company, title, tags, notes, the names of
 * its linked contacts and interviewers, round preparation and debriefs,
 * the subject and body of its interactions) is folded ahead of need, in
 * idle slices after a load, and again only for the jobs an edit touched;
 * a keystroke then costs a substring test per job, so 10,000 jobs do not
 * stall typing.  Folding ignores case and accents: "cafe" finds "Café".
 */
#pragma once

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TYPE_SEARCH (fu_search_get_type ())

G_DECLARE_FINAL_TYPE (FuSearch, fu_search, FU, SEARCH, GObject)

/* How the results changed at the last FuSearch::changed; the values are
 * GtkFilterChange's, so a view's filter can pass them on. */
typedef enum {
  FU_SEARCH_CHANGE_DIFFERENT,    /* anything may have changed */
  FU_SEARCH_CHANGE_LESS_STRICT,  /* only more is found (a letter deleted) */
  FU_SEARCH_CHANGE_MORE_STRICT,  /* only less is found (a letter typed) */
} FuSearchChange;

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
FuSearchChange fu_search_get_change     (FuSearch   *self);
gboolean    fu_search_is_active         (FuSearch   *self);
gboolean    fu_search_match_job         (FuSearch   *self,
                                         FuJob      *job);
/* A follow-up matches through its job, or its own words and person. */
gboolean    fu_search_match_follow_up   (FuSearch   *self,
                                         FuFollowUp *follow_up);
/* For a view that asks about the same follow-ups at every letter: a
 * handle on what the search keeps for @follow_up (NULL if it has none),
 * which spares a lookup per follow-up.  A handle stays good while
 * fu_search_get_epoch() returns what it did when the handle was got. */
guint         fu_search_get_epoch              (FuSearch      *self);
gconstpointer fu_search_get_follow_up_handle   (FuSearch      *self,
                                                FuFollowUp    *follow_up);
/* Whether each of @n handles' follow-ups matches, into @matched: what
 * the search keeps for each is read ahead of its turn, as a view's
 * order is not the order of the search's memory. */
void          fu_search_match_follow_up_handles (FuSearch            *self,
                                                 const gconstpointer *handles,
                                                 guint                n,
                                                 gboolean            *matched);

G_END_DECLS
