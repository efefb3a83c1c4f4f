/* fu-store-internal.h: what the store's own files share
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fu-store-io.h"

G_BEGIN_DECLS

#define N_COLLECTIONS 5

struct _FuStore
{
  GObject       parent_instance;

  char         *path;
  char         *backup_path;
  GMainContext *context;

  GListStore   *collections[N_COLLECTIONS];
  /* Each collection as the last save wrote it, reused by the next save
   * while nothing in it changed (NULL: changed). */
  FuSavedList  *saved_lists[N_COLLECTIONS];
  /* Records of each collection edited since its saved list was made
   * (the list itself is rebuilt when records are added, removed or
   * moved): the next save only makes their text again. */
  GPtrArray    *edited[N_COLLECTIONS];
  /* Bumped when a collection's list or one of its records changes
   * (see fu_store_get_list_stamp()). */
  guint64       stamps[N_COLLECTIONS];
  GHashTable   *by_id;     /* id -> FuRecord (ids are UUIDs, unique across kinds) */
  JsonObject   *unknown;   /* top-level members we do not know */

  char         *error_message;
  gboolean      loading;
  gboolean      loaded;
  gboolean      read_only;
  gboolean      backup_exists;
  gboolean      backup_done;   /* the backup was refreshed this session */

  /* Edits are counted; a save writes a snapshot of one count, and the
   * store is clean when the saved count reaches the edit count. */
  guint64       edits;
  guint64       saved_edits;
  gboolean      saving;
  gboolean      save_failed;
  guint         save_count;
  guint         save_source;
  guint         changed_source;
  guint         retry_delay;
  guint         save_delay_ms;
  guint         retry_delay_ms;

  FuFileStamp   disk;          /* the file as we last read or wrote it */
  GFileMonitor *monitor;
  guint         check_source;
  gboolean      check_pending;
  gboolean      background_load;  /* loads below the main thread */
};

void fu_store_mark_dirty    (FuStore  *self);
void fu_store_track         (FuStore  *self,
                             FuRecord *record);
void fu_store_untrack_all   (FuStore  *self);
void fu_store_record_modified (FuRecord *record,
                               gpointer  user_data);

G_END_DECLS
