/* fu-window-contacts.h: the window's contact actions
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.open-contact(s id), win.new-contact, win.delete-contact(s id),
 * win.export-contact(s id), win.export-contacts, win.import-contacts.
 * They live on the window because they need its leaflet (the sheet is a
 * page of it), its toasts (Undo of a delete) and its file choosers.
 */
#pragma once

#include <adwaita.h>

#include "fu-contact-page.h"
#include "fu-contacts-view.h"

G_BEGIN_DECLS

void fu_window_contacts_init      (GtkWindow       *window,
                                   AdwLeaflet      *leaflet,
                                   AdwToastOverlay *toast_overlay,
                                   AdwBin          *view_bin);
/* Builds the Contacts view (in @view_bin) if it was not yet. */
void fu_window_contacts_ensure_view (GtkWindow      *window);
void fu_window_contacts_set_store (GtkWindow       *window,
                                   FuStore         *store);

/* The import after the file chooser, for tests: the same dialogs follow. */
void fu_window_contacts_import_file (GtkWindow     *window,
                                     GFile         *file);

G_END_DECLS
