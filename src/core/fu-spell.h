/* fu-spell.h: spelling of drafts, through enchant
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A FuSpell checks words in one language (an enchant tag such as "en_US")
 * plus the user's personal dictionary (a word list file, by default
 * personal-dictionary.txt in FollowUp's data folder) and a set of words
 * that are never flagged (contact and company names).  Merge fields,
 * addresses, links, words with digits and all-capital abbreviations are
 * skipped.  When no dictionary exists for the language, the FuSpell is
 * still usable: fu_spell_get_available() is FALSE and fu_spell_check()
 * gives one FU_CHECK_NO_DICTIONARY result saying so.
 */
#pragma once

#include <glib-object.h>

#include "fu-checks.h"

G_BEGIN_DECLS

#define FU_TYPE_SPELL (fu_spell_get_type ())

G_DECLARE_FINAL_TYPE (FuSpell, fu_spell, FU, SPELL, GObject)

/* @personal_path NULL: the default file. */
FuSpell    *fu_spell_new                 (const char          *language,
                                          const char          *personal_path);
const char *fu_spell_get_language        (FuSpell             *self);
gboolean    fu_spell_get_available       (FuSpell             *self);
/* Why spelling is not checked, for the person; NULL when available. */
const char *fu_spell_get_problem         (FuSpell             *self);

/* Words never flagged (names); each is split into words. */
void        fu_spell_set_ignored         (FuSpell             *self,
                                          const char * const  *names);
void        fu_spell_add_ignored         (FuSpell             *self,
                                          const char          *name);

gboolean    fu_spell_check_word          (FuSpell             *self,
                                          const char          *word);
/* Suggestions, best first (free with g_strfreev). */
char      **fu_spell_suggest             (FuSpell             *self,
                                          const char          *word);
/* Adds @word to the personal dictionary file. */
void        fu_spell_add_to_personal     (FuSpell             *self,
                                          const char          *word);

/* FU_CHECK_SPELLING results for the misspelled words of @text. */
GPtrArray  *fu_spell_check               (FuSpell             *self,
                                          const char          *text);

/* The languages with an installed dictionary, sorted (g_strfreev). */
char      **fu_spell_list_languages      (void);
char       *fu_spell_default_personal_path (void);

G_END_DECLS
