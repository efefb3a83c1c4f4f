/* fu-store-io.h: the store's file work, run in GTask threads
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing here touches a FuStore: each function takes a plain struct of
 * inputs and fills its outputs, so it can run in a worker thread while the
 * UI goes on.
 */
#pragma once

#include "fu-store-private.h"

G_BEGIN_DECLS

/* What identifies one version of the file on disk: a rename-over changes
 * the inode, a write in place the size or the time. */
typedef struct
{
  gboolean exists;
  guint64  inode;
  guint64  size;
  gint64   mtime_ns;
} FuFileStamp;

gboolean fu_file_stamp_equal (const FuFileStamp *a,
                              const FuFileStamp *b);
void     fu_file_stamp_read  (const char        *path,
                              FuFileStamp       *stamp);

/* One collection as the save thread writes it: each record's JSON text,
 * with a reference on what keeps it alive.  Never changed once made, so
 * the store and a save thread can share one. */
typedef struct
{
  const char *text;
  gsize       length;
  GBytes     *owner;
} FuTextPiece;

typedef struct
{
  GArray    *pieces;    /* FuTextPiece */
  GPtrArray *records;   /* the FuRecord of each piece, not referenced: only
                         * compared, to find an edited record's piece */
} FuSavedList;

FuSavedList *fu_saved_list_new    (GListModel  *records);
FuSavedList *fu_saved_list_new_from_array (GPtrArray *records);
/* A copy of @list with the pieces of @edited (records of it) made again,
 * and those of the records of @records after the ones it has (@records
 * only grew at its end since @list was made). */
FuSavedList *fu_saved_list_update (FuSavedList *list,
                                   GPtrArray   *edited,
                                   GListModel  *records);
FuSavedList *fu_saved_list_ref    (FuSavedList *list);
void         fu_saved_list_unref  (FuSavedList *list);

typedef struct
{
  /* in */
  char        *path;
  gboolean     move_aside;   /* a bad file is moved aside (not for backups) */
  FuRecordWatch watch;       /* set on every record read */
  gpointer     watch_data;

  /* out */
  GPtrArray   *collections[5];  /* jobs, contacts, interactions, follow-ups, templates */
  FuSavedList *saved[5];        /* the same, as the next save writes them */
  GHashTable  *by_id;           /* id -> record, of all of them */
  JsonObject  *unknown;         /* top-level members we do not know */
  gboolean     no_file;
  gboolean     newer;           /* a newer format: read-only */
  gboolean     read_only;       /* bad and could not be moved aside */
  gboolean     needs_save;      /* ids were added to records without one */
  gboolean     backup_exists;
  char        *moved_to;
  FuFileStamp  stamp;
  GError      *error;           /* the message for the user, if any */
} FuLoadData;

typedef struct
{
  /* in */
  char        *path;
  char        *backup_path;
  FuSavedList *lists[5];        /* jobs, contacts, interactions, follow-ups, templates */
  char        *unknown;         /* top-level members we do not know, as JSON text */
  gboolean     make_backup;
  FuFileStamp  expected;        /* the file as we last read or wrote it */
  gboolean     check_conflict;
  guint64      edits;           /* the store's edit count in this snapshot */

  /* out */
  FuFileStamp  stamp;
  gboolean     backup_made;
  char        *conflict_path;
  GError      *error;
} FuSaveData;

extern const char * const fu_store_collection_names[5];
extern GType (* const fu_store_collection_types[5]) (void);

void  fu_load_data_free  (FuLoadData *data);
void  fu_save_data_free  (FuSaveData *data);

void  fu_store_io_load   (FuLoadData *data);
void  fu_store_io_save   (FuSaveData *data);

/* Puts a second name on @path's current bytes (a hard link, or a copy). */
gboolean fu_store_io_keep_copy (const char  *path,
                                const char  *copy_path,
                                GError     **error);

/* A free name "@path.@what-YYYYMMDD-HHMMSS" (with -2, -3... if taken). */
char *fu_store_io_aside_name (const char *path,
                              const char *what);

G_END_DECLS
