/* fu-due.h: `followup --due`, the follow-ups due by a given time
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads @data_file (NULL: the usual one) without changing it and appends
 * to @out one line per open follow-up due at or before @at (ISO 8601; an
 * offset is optional, local time without one; NULL: now): due time (ISO
 * 8601 with the local offset), kind, company, job title, contact and
 * explanation, separated by tabs.  On failure appends a message to @err.
 * Returns the exit status: 0, or 1 when the file cannot be read or @at is
 * not a time. */
int fu_due_run (const char *data_file,
                const char *at,
                GString    *out,
                GString    *err);

G_END_DECLS
