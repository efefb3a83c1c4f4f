/* fu-checks.h: the composer's checks of a draft, as pure functions
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each check returns FuCheck results: what is wrong, where (character
 * offsets into the text, end exclusive; -1 when it is about the whole
 * draft), a message in plain words and, where there is one, a better
 * wording.  The checks warn; they never block sending (domain.md).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  FU_CHECK_SPELLING,          /* a word the dictionary does not know */
  FU_CHECK_NO_DICTIONARY,     /* spelling could not be checked */
  FU_CHECK_GIVING_UP,         /* reads as giving up; has a rewrite */
  FU_CHECK_LENGTH,            /* not three to five sentences */
  FU_CHECK_DISCUSSION_POINT,  /* the round's point is empty or missing */
  FU_CHECK_UNFILLED,          /* a merge field left in the text */
} FuCheckKind;

typedef struct {
  FuCheckKind kind;
  int         start;
  int         end;
  char       *text;        /* the flagged words as written, or NULL */
  char       *message;     /* for the person, translated */
  char       *suggestion;  /* a rewrite (giving up), or NULL */
  /* What the suggestion replaces: the misspelled word, or the whole
   * sentence holding a giving-up phrase (so "Has the position been
   * filled yet?" does not leave "yet?" behind). */
  int         replace_start;
  int         replace_end;
} FuCheck;

FuCheck   *fu_check_new                    (FuCheckKind  kind,
                                            int          start,
                                            int          end,
                                            const char  *text,
                                            const char  *message,
                                            const char  *suggestion);
void       fu_check_free                   (FuCheck     *check);
GPtrArray *fu_check_list_new               (void);

/* Phrases that read as giving up ("has the position been filled" and its
 * kin), case-insensitive, straight or curly apostrophes. */
GPtrArray *fu_check_giving_up              (const char  *text);

/* The sentences of the note itself: the text after the greeting line
 * ("Dear Priya,", the last short line ending in a comma before the
 * content) and before the closing line ("Best regards,", the last short
 * line ending in a comma) and what follows it. */
guint      fu_check_count_sentences        (const char  *text);
/* Flags a note of fewer than three or more than five sentences. */
GPtrArray *fu_check_length                 (const char  *text);

/* A thank-you note mentions one specific point from the conversation:
 * flags an empty @point, or a @point not found in @text (ignoring case). */
GPtrArray *fu_check_discussion_point       (const char  *text,
                                            const char  *point,
                                            const char  *interviewer_name);

/* Merge fields left in the text. */
GPtrArray *fu_check_unfilled               (const char  *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FuCheck, fu_check_free)

G_END_DECLS
