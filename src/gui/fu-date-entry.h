/* fu-date-entry.h: a compact field for a date and time in a given zone
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FU_TYPE_DATE_ENTRY (fu_date_entry_get_type ())

G_DECLARE_FINAL_TYPE (FuDateEntry, fu_date_entry, FU, DATE_ENTRY, GtkWidget)

GtkWidget  *fu_date_entry_new           (void);
GDateTime  *fu_date_entry_get_date_time (FuDateEntry *self);
void        fu_date_entry_set_date_time (FuDateEntry *self,
                                         GDateTime   *date_time);
const char *fu_date_entry_get_time_zone (FuDateEntry *self);
void        fu_date_entry_set_time_zone (FuDateEntry *self,
                                         const char  *time_zone);
const char *fu_date_entry_get_error     (FuDateEntry *self);
/* Reads what was typed now (as Enter or leaving the field does);
 * FALSE when it is not a date (the error says why). */
gboolean    fu_date_entry_commit        (FuDateEntry *self);
GtkEditable *fu_date_entry_get_editable (FuDateEntry *self);

/* Parses "2026-12-03", "2026-12-03 14:00" (or with a T) in @zone;
 * NULL with a message for the user otherwise.  Empty text gives NULL
 * and no error. */
GDateTime  *fu_date_parse               (const char  *text,
                                         GTimeZone   *zone,
                                         GError     **error);
/* The text the entry shows for @time in @zone: the time of day is left
 * out at midnight. */
char       *fu_date_format              (GDateTime   *time,
                                         GTimeZone   *zone);

G_END_DECLS
