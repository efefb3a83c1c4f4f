/* fu-job-page-private.h: what the job page's files share
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fu-date-entry.h"
#include "fu-job-page.h"

G_BEGIN_DECLS

struct _FuJobPage
{
  GtkWidget           parent_instance;

  FuStore            *store;
  FuJob              *job;
  GSettings          *settings;
  GPtrArray          *bindings;     /* GBinding between the job and the fields */
  GQueue              undo;
  AdwToast           *toast;        /* weak: the page's toast on show */
  gboolean            syncing;      /* fields are being filled from the job */

  GtkSorter          *rounds_sorter;
  GtkFilter          *follow_ups_filter;
  GtkSorter          *follow_ups_sorter;
  GtkFilter          *interactions_filter;
  GtkSorter          *interactions_sorter;

  /* Template widgets */
  GtkButton          *back_button;
  AdwWindowTitle     *window_title;
  AdwToastOverlay    *toast_overlay;
  GtkBox             *content;
  AdwEntryRow        *company_row;
  AdwEntryRow        *title_row;
  AdwComboRow        *stage_row;
  AdwActionRow       *closed_row;
  AdwEntryRow        *url_row;
  AdwEntryRow        *location_row;
  GtkSwitch          *remote_switch;
  AdwPreferencesGroup *offer_group;
  FuDateEntry        *offer_deadline_entry;
  GtkTextView        *offer_view;
  GtkListBox         *rounds_list;
  GtkListBox         *follow_ups_list;
  GtkListBox         *people_list;
  GtkListBox         *interactions_list;
  GtkListBox         *history_list;
  AdwEntryRow        *salary_min_row;
  AdwEntryRow        *salary_max_row;
  AdwEntryRow        *currency_row;
  AdwEntryRow        *source_row;
  AdwEntryRow        *agency_row;
  FuDateEntry        *apply_by_entry;
  FuDateEntry        *applied_entry;
  AdwEntryRow        *cv_row;
  AdwEntryRow        *cover_letter_row;
  AdwEntryRow        *tags_row;
  GtkTextView        *notes_view;
  GtkTextView        *description_view;
};

/* fu-job-page-lists.c: the rounds, people, follow-ups, interactions and
 * history of the job, as list boxes over the store's models. */
void     fu_job_page_lists_init       (FuJobPage  *self);
void     fu_job_page_lists_bind       (FuJobPage  *self);
void     fu_job_page_lists_refresh    (FuJobPage  *self);
char    *fu_job_page_contact_name     (FuJobPage  *self,
                                       const char *contact_id);
char    *fu_job_page_format_time      (GDateTime  *time,
                                       GTimeZone  *zone);
GTimeZone *fu_job_page_dup_home_zone  (FuJobPage  *self);

/* fu-job-page-fields.c: the job's own fields, bound to its properties. */
void     fu_job_page_bind_job         (FuJobPage  *self);
void     fu_job_page_unbind_job       (FuJobPage  *self);
void     fu_job_page_update_state     (FuJobPage  *self);
void     fu_job_page_on_stage_selected (FuJobPage *self);

/* fu-job-page.c */
void     fu_job_page_show_toast       (FuJobPage  *self,
                                       const char *text,
                                       gboolean    can_undo);

G_END_DECLS
