/* fu-contact-dialogs.h: the small dialogs of the contact sheet
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Logging a call or an email (which way it went, about which job, what
 * about) and linking a contact to a job with a part.  Both are
 * AdwMessageDialogs whose default response does the job, so Enter is
 * enough when the preselected values are right.
 */
#pragma once

#include <adwaita.h>

#include "fu-contact-index.h"
#include "fu-store.h"

G_BEGIN_DECLS

/* Calls @done with the interaction logged and @owner (held until the
 * dialog closes), or never when cancelled. */
typedef void (*FuContactLoggedFunc) (FuInteraction *interaction,
                                     GObject       *owner);

GtkWindow *fu_contact_log_dialog_new  (GtkWindow          *parent,
                                       FuStore            *store,
                                       FuContactIndex     *index,
                                       FuContact          *contact,
                                       FuChannel           channel,
                                       FuContactLoggedFunc done,
                                       GObject            *owner);
GtkWindow *fu_contact_link_dialog_new (GtkWindow          *parent,
                                       FuStore            *store,
                                       FuContact          *contact);

G_END_DECLS
