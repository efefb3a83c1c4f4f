/* fu-composer-page-private.h: what fu-composer-page.c and
 * fu-composer-page-checks.c share
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fu-composer-page.h"
#include "fu-spell.h"

G_BEGIN_DECLS

struct _FuComposerPage
{
  GtkBox          parent_instance;

  FuStore        *store;
  GSettings      *settings;
  FuDraft        *draft;
  FuSpell        *spell;
  GtkStringList  *languages;
  GPtrArray      *checks;
  GPtrArray      *subject_checks;  /* FuCheck of the subject line */
  guint           check_source;
  gboolean        sent;
  gboolean        syncing;         /* the fields are being filled from the draft */

  GtkTextTag     *misspelled_tag;
  GtkTextTag     *phrase_tag;
  GtkTextTag     *field_tag;
  GtkTextMark    *word_start;   /* the misspelled word right-clicked */
  GtkTextMark    *word_end;

  /* Template widgets */
  GtkWidget      *reason_box;
  GtkLabel       *reason_label;
  GtkWidget      *call_box;
  GtkImage       *call_icon;
  GtkLabel       *call_label;
  GtkButton      *missed_call_button;
  GtkButton      *switch_channel_button;
  AdwComboRow    *template_row;
  AdwEntryRow    *to_row;
  AdwEntryRow    *subject_row;
  AdwComboRow    *language_row;
  GtkTextView    *body_view;
  GtkListBox     *checks_list;
  GtkButton      *mark_sent_button;
  GtkButton      *open_mail_button;
};

static inline GtkTextBuffer *
fu_composer_page_get_buffer (FuComposerPage *self)
{
  return gtk_text_view_get_buffer (self->body_view);
}

/* fu-composer-page-checks.c */
void fu_composer_page_class_init_checks (GtkWidgetClass *widget_class);
void fu_composer_page_init_checks       (FuComposerPage *self);
void fu_composer_page_setup_languages   (FuComposerPage *self);
/* Runs the checks after a pause in typing. */
void fu_composer_page_schedule_checks   (FuComposerPage *self);

G_END_DECLS
