/* fu-store.h: the data file, loaded and saved in the background
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One FuStore holds everything the user entered, read from and written to
 * one JSON file ($XDG_DATA_HOME/followup/followup.json by default; the
 * format is in docs/data-format.md).
 *
 * Use:
 *   store = fu_store_new (NULL);
 *   fu_store_load_async (store, NULL, on_loaded_cb, self);
 *     -> fu_store_load_finish(): FALSE with a GError when the file could
 *        not be used; the store is usable anyway (empty, or read-only for
 *        a file from a newer version), and the same text stays in
 *        FuStore:error-message for a banner.
 *   Edit by setting properties of the records and with fu_store_add_*()
 *   and fu_store_remove_*().  The store saves by itself, in a thread,
 *   within about a second of the last change; FuStore::changed fires
 *   (coalesced) after edits and (re)loads.
 *   On quit: fu_store_flush (store, 5000, &error).
 *
 * Saving is atomic and durable (temp file, fsync, rename, fsync of the
 * folder; file 0600, folder 0700).  The file as it was before the first
 * save of a session is kept as "followup.json.bak"
 * (fu_store_restore_backup_async()).  A file that is not ours is moved
 * aside as "followup.json.broken-YYYYMMDD-HHMMSS", never overwritten.  A
 * failed save (full disk, read-only folder...) keeps the data in memory,
 * sets FuStore:error-message and retries.  When another program changes
 * the file, the store reloads it if there are no unsaved edits; otherwise
 * it keeps its own version and saves the other one as
 * "followup.json.conflict-YYYYMMDD-HHMMSS", and says so in
 * FuStore:error-message.
 */
#pragma once

#include <gio/gio.h>

#include "fu-model.h"

G_BEGIN_DECLS

/* The format version this build writes; files with a higher one open
 * read-only. */
#define FU_STORE_FORMAT_VERSION 1

#define FU_STORE_ERROR (fu_store_error_quark ())

typedef enum {
  FU_STORE_ERROR_BAD_FILE,       /* not ours: moved aside, store empty */
  FU_STORE_ERROR_NEWER_VERSION,  /* opened read-only */
  FU_STORE_ERROR_READ_ONLY,      /* the store does not write */
  FU_STORE_ERROR_SAVE_FAILED,    /* kept in memory, retrying */
  FU_STORE_ERROR_NO_BACKUP,
  FU_STORE_ERROR_TIMED_OUT,
  FU_STORE_ERROR_BUSY,           /* a load is already running */
} FuStoreError;

GQuark fu_store_error_quark (void);

#define FU_TYPE_STORE (fu_store_get_type ())

G_DECLARE_FINAL_TYPE (FuStore, fu_store, FU, STORE, GObject)

FuStore       *fu_store_new                  (const char           *path);
const char    *fu_store_get_path             (FuStore              *self);

void           fu_store_load_async           (FuStore              *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean       fu_store_load_finish          (FuStore              *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void           fu_store_set_background_load  (FuStore              *self,
                                              gboolean              background);

/* Waits (running the store's main context) until every edit is on disk,
 * at most @timeout_ms.  FALSE with an error when a save failed, the store
 * is read-only with unsaved edits, or the time ran out. */
gboolean       fu_store_flush                (FuStore              *self,
                                              guint                 timeout_ms,
                                              GError              **error);

/* Replaces the data with the backup (the file as it was before this
 * session's first save, or the last session's); the current file is kept
 * as "followup.json.before-restore-YYYYMMDD-HHMMSS". */
void           fu_store_restore_backup_async (FuStore              *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean       fu_store_restore_backup_finish (FuStore             *self,
                                               GAsyncResult        *result,
                                               GError             **error);

gboolean       fu_store_get_loading          (FuStore              *self);
gboolean       fu_store_get_loaded           (FuStore              *self);
gboolean       fu_store_get_read_only        (FuStore              *self);
gboolean       fu_store_get_backup_exists    (FuStore              *self);
gboolean       fu_store_get_dirty            (FuStore              *self);
/* The last problem in words for the user (a load, save or conflict
 * message), or NULL when all is well. */
const char    *fu_store_get_error_message    (FuStore              *self);

/* The collections; items are FuJob, FuContact, ... in the file's order. */
GListModel    *fu_store_get_jobs             (FuStore              *self);
GListModel    *fu_store_get_contacts         (FuStore              *self);
GListModel    *fu_store_get_interactions     (FuStore              *self);
GListModel    *fu_store_get_follow_ups       (FuStore              *self);
GListModel    *fu_store_get_templates        (FuStore              *self);
/* Changes whenever @list (one of the above) or one of its records does:
 * a view can tell at ::changed whether its records moved at all. */
guint64        fu_store_get_list_stamp       (FuStore              *self,
                                              GListModel           *list);
/* Whether @list's stamp is other than *@seen (0 when never looked at,
 * as a stamp is never 0), noting it there. */
gboolean       fu_store_list_moved           (FuStore              *self,
                                              GListModel           *list,
                                              guint64              *seen);

void           fu_store_add_job              (FuStore              *self,
                                              FuJob                *job);
void           fu_store_add_contact          (FuStore              *self,
                                              FuContact            *contact);
void           fu_store_add_interaction      (FuStore              *self,
                                              FuInteraction        *interaction);
void           fu_store_add_follow_up        (FuStore              *self,
                                              FuFollowUp           *follow_up);
void           fu_store_add_template         (FuStore              *self,
                                              FuTemplate           *template_);
/* Removes any record (job, contact, ...) from its collection. */
void           fu_store_remove               (FuStore              *self,
                                              FuRecord             *record);

FuJob         *fu_store_find_job             (FuStore              *self,
                                              const char           *id);
FuContact     *fu_store_find_contact         (FuStore              *self,
                                              const char           *id);
FuInteraction *fu_store_find_interaction     (FuStore              *self,
                                              const char           *id);
FuFollowUp    *fu_store_find_follow_up       (FuStore              *self,
                                              const char           *id);
FuTemplate    *fu_store_find_template        (FuStore              *self,
                                              const char           *id);

G_END_DECLS
