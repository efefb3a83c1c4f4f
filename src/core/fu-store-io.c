/* fu-store-io.c: the store's file work, run in GTask threads
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fu-json.h"
#include "fu-store-io.h"

const char * const fu_store_collection_names[5] = {
  "jobs", "contacts", "interactions", "follow_ups", "templates",
};

GType (* const fu_store_collection_types[5]) (void) = {
  fu_job_get_type, fu_contact_get_type, fu_interaction_get_type,
  fu_follow_up_get_type, fu_template_get_type,
};

static FuStoreIoHook io_hook;
static gpointer io_hook_data;
G_LOCK_DEFINE_STATIC (io_hook);

void
fu_store_set_io_hook (FuStoreIoHook hook,
                      gpointer      user_data)
{
  G_LOCK (io_hook);
  io_hook = hook;
  io_hook_data = user_data;
  G_UNLOCK (io_hook);
}

static int
call_io_hook (FuStoreIoOp  op,
              const char  *path)
{
  FuStoreIoHook hook;
  gpointer data;

  G_LOCK (io_hook);
  hook = io_hook;
  data = io_hook_data;
  G_UNLOCK (io_hook);

  return hook != NULL ? hook (op, path, data) : 0;
}

gboolean
fu_file_stamp_equal (const FuFileStamp *a,
                     const FuFileStamp *b)
{
  if (a->exists != b->exists)
    return FALSE;
  return !a->exists
         || (a->inode == b->inode && a->size == b->size && a->mtime_ns == b->mtime_ns);
}

void
fu_file_stamp_read (const char  *path,
                    FuFileStamp *stamp)
{
  struct stat st;

  memset (stamp, 0, sizeof *stamp);
  if (stat (path, &st) != 0)
    return;

  stamp->exists = TRUE;
  stamp->inode = st.st_ino;
  stamp->size = st.st_size;
  stamp->mtime_ns = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
}

void
fu_load_data_free (FuLoadData *data)
{
  for (guint i = 0; i < G_N_ELEMENTS (data->collections); i++)
    {
      g_clear_pointer (&data->saved[i], fu_saved_list_unref);
      g_clear_pointer (&data->collections[i], g_ptr_array_unref);
    }
  g_clear_pointer (&data->by_id, g_hash_table_unref);
  g_clear_pointer (&data->unknown, json_object_unref);
  g_clear_pointer (&data->path, g_free);
  g_clear_pointer (&data->moved_to, g_free);
  g_clear_error (&data->error);
  g_free (data);
}

void
fu_save_data_free (FuSaveData *data)
{
  g_clear_pointer (&data->path, g_free);
  g_clear_pointer (&data->backup_path, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (data->lists); i++)
    g_clear_pointer (&data->lists[i], fu_saved_list_unref);
  g_clear_pointer (&data->unknown, g_free);
  g_clear_pointer (&data->conflict_path, g_free);
  g_clear_error (&data->error);
  g_free (data);
}

static void
fu_saved_list_clear (FuSavedList *list)
{
  g_array_unref (list->pieces);
  g_ptr_array_unref (list->records);
}

static void
clear_piece (gpointer data)
{
  FuTextPiece *piece = data;

  g_bytes_unref (piece->owner);
}

static FuSavedList *
saved_list_sized_new (guint n)
{
  FuSavedList *list = g_atomic_rc_box_new0 (FuSavedList);

  list->pieces = g_array_sized_new (FALSE, FALSE, sizeof (FuTextPiece), n);
  g_array_set_clear_func (list->pieces, clear_piece);
  list->records = g_ptr_array_sized_new (n);
  return list;
}

static void
get_piece (FuRecord    *record,
           FuTextPiece *piece)
{
  piece->text = fu_record_get_text (record, &piece->length, &piece->owner);
  g_bytes_ref (piece->owner);
}

/* On the main thread: records that did not change hand over the text
 * they keep, mostly slices of one file. */
FuSavedList *
fu_saved_list_new (GListModel *records)
{
  guint n = g_list_model_get_n_items (records);
  FuSavedList *list = saved_list_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuRecord) record = g_list_model_get_item (records, i);
      FuTextPiece piece;

      get_piece (record, &piece);
      g_array_append_val (list->pieces, piece);
      g_ptr_array_add (list->records, record);
    }
  return list;
}

/* In the loading thread, so that the first save after a load does not
 * visit every record on the main thread either. */
FuSavedList *
fu_saved_list_new_from_array (GPtrArray *records)
{
  FuSavedList *list = saved_list_sized_new (records->len);

  for (guint i = 0; i < records->len; i++)
    {
      FuTextPiece piece;

      get_piece (records->pdata[i], &piece);
      g_array_append_val (list->pieces, piece);
      g_ptr_array_add (list->records, records->pdata[i]);
    }
  return list;
}

/* After a few edits: the last list's pieces, contiguous in memory, rather
 * than a visit to every record (at 10,000 jobs, most of a save's stall
 * of the UI). */
FuSavedList *
fu_saved_list_update (FuSavedList *list,
                      GPtrArray   *edited,
                      GListModel  *records)
{
  guint n = list->pieces->len;
  guint n_records = g_list_model_get_n_items (records);
  FuSavedList *copy = saved_list_sized_new (n_records);

  g_array_append_vals (copy->pieces, list->pieces->data, n);
  for (guint i = 0; i < n; i++)
    g_bytes_ref (g_array_index (copy->pieces, FuTextPiece, i).owner);
  g_ptr_array_extend (copy->records, list->records, NULL, NULL);

  for (guint e = 0; e < edited->len; e++)
    {
      guint i;

      FuTextPiece *slot;
      FuTextPiece piece;

      if (!g_ptr_array_find (copy->records, edited->pdata[e], &i))
        continue;
      slot = &g_array_index (copy->pieces, FuTextPiece, i);
      get_piece (edited->pdata[e], &piece);
      g_bytes_unref (slot->owner);
      *slot = piece;
    }

  for (guint i = n; i < n_records; i++)
    {
      g_autoptr(FuRecord) record = g_list_model_get_item (records, i);
      FuTextPiece piece;

      get_piece (record, &piece);
      g_array_append_val (copy->pieces, piece);
      g_ptr_array_add (copy->records, record);
    }
  return copy;
}

FuSavedList *
fu_saved_list_ref (FuSavedList *list)
{
  return g_atomic_rc_box_acquire (list);
}

void
fu_saved_list_unref (FuSavedList *list)
{
  g_atomic_rc_box_release_full (list, (GDestroyNotify) fu_saved_list_clear);
}

/* The file's text: the records' texts joined, with no tree in between. */
static char *
join_text (FuSaveData *data,
           gsize      *length)
{
  g_autofree char *head = g_strdup_printf ("{\"version\":%d", FU_STORE_FORMAT_VERSION);
  gsize total = strlen (head) + 2;
  GString *text;

  for (guint c = 0; c < G_N_ELEMENTS (data->lists); c++)
    {
      GArray *pieces = data->lists[c]->pieces;

      total += strlen (fu_store_collection_names[c]) + 6 + pieces->len;
      for (guint i = 0; i < pieces->len; i++)
        total += g_array_index (pieces, FuTextPiece, i).length;
    }
  if (data->unknown != NULL)
    total += strlen (data->unknown) + 1;

  text = g_string_sized_new (total + 1);
  g_string_append (text, head);
  for (guint c = 0; c < G_N_ELEMENTS (data->lists); c++)
    {
      GArray *pieces = data->lists[c]->pieces;

      g_string_append (text, ",\"");
      g_string_append (text, fu_store_collection_names[c]);
      g_string_append (text, "\":[");
      for (guint i = 0; i < pieces->len; i++)
        {
          const FuTextPiece *piece = &g_array_index (pieces, FuTextPiece, i);

          if (i > 0)
            g_string_append_c (text, ',');
          g_string_append_len (text, piece->text, piece->length);
        }
      g_string_append_c (text, ']');
    }
  if (data->unknown != NULL)
    {
      g_string_append_c (text, ',');
      g_string_append (text, data->unknown);
    }
  g_string_append_c (text, '}');

  *length = text->len;
  return g_string_free (text, FALSE);
}

char *
fu_store_io_aside_name (const char *path,
                        const char *what)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *name = g_strdup_printf ("%s.%s-%s", path, what, stamp);

  for (guint i = 2; g_file_test (name, G_FILE_TEST_EXISTS) || g_file_test (name, G_FILE_TEST_IS_SYMLINK); i++)
    {
      g_free (name);
      name = g_strdup_printf ("%s.%s-%s-%u", path, what, stamp, i);
    }

  return name;
}

/* Why a file could not be read, in our words. */
static char *
read_failure_reason (int saved_errno)
{
  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
      return g_strdup (_("FollowUp is not allowed to read it"));
    case EISDIR:
      return g_strdup (_("it is a folder, not a file"));
    case EIO:
      return g_strdup (_("the disk reported an error while reading it"));
    default:
      /* TRANSLATORS: %s is the system's description of an error */
      return g_strdup_printf (_("it could not be read (%s)"), g_strerror (saved_errno));
    }
}

/* Reads the whole file; *reason is set on failure, *missing when there is
 * no file at all. */
static gboolean
read_file (const char  *path,
           char       **contents,
           gsize       *length,
           gboolean    *missing,
           char       **reason)
{
  struct stat st;
  int fault;
  g_autoptr(GError) error = NULL;

  *missing = FALSE;
  if (stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        {
          *missing = TRUE;
          return FALSE;
        }
      *reason = read_failure_reason (saved_errno);
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      *reason = read_failure_reason (EISDIR);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      *reason = g_strdup (_("it is not a regular file"));
      return FALSE;
    }

  fault = call_io_hook (FU_STORE_IO_READ, path);
  if (fault != 0)
    {
      *reason = read_failure_reason (fault);
      return FALSE;
    }

  if (!g_file_get_contents (path, contents, length, &error))
    {
      int saved_errno = EIO;

      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ACCES))
        saved_errno = EACCES;
      else if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_PERM))
        saved_errno = EPERM;
      else if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR))
        saved_errno = EISDIR;
      else if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          *missing = TRUE;
          return FALSE;
        }
      *reason = read_failure_reason (saved_errno);
      return FALSE;
    }

  return TRUE;
}

/* Reads the collection at @reader's position into data->collections[c]. */
static gboolean
read_collection (FuLoadData    *data,
                 guint          c,
                 FuJsonReader  *reader,
                 GError       **error)
{
  const char *member = fu_store_collection_names[c];
  GType type = fu_store_collection_types[c] ();
  gboolean first = TRUE;
  FuJsonNext next;
  char start = fu_json_reader_peek (reader);

  if (start == 'n')
    return fu_json_reader_skip (reader, error);
  if (start != '[')
    {
      if (!fu_json_reader_skip (reader, error))
        return FALSE;
      g_set_error (error, FU_DATA_ERROR, FU_DATA_ERROR_SHAPE,
                   _("“%s” should be a list"), member);
      return FALSE;
    }

  if (!fu_json_reader_begin (reader, '[', error))
    return FALSE;
  while ((next = fu_json_reader_next_element (reader, &first, error)) == FU_JSON_NEXT_ITEM)
    {
      g_autoptr(FuRecord) record = g_object_new (type, NULL);
      g_autoptr(GError) local_error = NULL;

      if (!fu_record_read (record, reader, &local_error))
        {
          if (!g_error_matches (local_error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON))
            g_prefix_error (&local_error, _("“%s” item %u: "), member, data->collections[c]->len + 1);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (fu_record_get_id (record) == NULL)
        {
          /* Follow-ups refer to records by id: give it one for good
           * and save it. */
          g_autofree char *id = g_uuid_string_random ();

          fu_record_set_id (record, id);
          data->needs_save = TRUE;
        }
      g_ptr_array_add (data->collections[c], g_steal_pointer (&record));
    }
  return next == FU_JSON_NEXT_END;
}

static int
collection_index (const char *name)
{
  for (guint c = 0; c < G_N_ELEMENTS (fu_store_collection_names); c++)
    if (strcmp (name, fu_store_collection_names[c]) == 0)
      return c;
  return -1;
}

/* Records straight from the text, in one pass.  As json-glib did, a
 * member given twice counts once, the last time; what is wrong is said
 * in this order: not JSON, not our data (version), the first collection
 * with a bad record. */
static gboolean
read_data (FuLoadData    *data,
           FuJsonReader  *reader,
           GError       **error)
{
  GError *collection_errors[G_N_ELEMENTS (fu_store_collection_names)] = { NULL, };
  gboolean version_ok = FALSE;
  gint64 version = 0;
  gboolean first = TRUE;
  gboolean ok = FALSE;
  FuJsonNext next;

  for (guint c = 0; c < G_N_ELEMENTS (data->collections); c++)
    {
      g_clear_pointer (&data->collections[c], g_ptr_array_unref);
      data->collections[c] = g_ptr_array_new_with_free_func (g_object_unref);
    }
  g_clear_pointer (&data->unknown, json_object_unref);
  data->needs_save = FALSE;

  if (fu_json_reader_peek (reader) != '{')
    {
      if (!fu_json_reader_skip (reader, error))
        return FALSE;
      if (!fu_json_reader_at_end (reader))
        goto not_json;
      g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_SHAPE,
                           _("it is JSON but not FollowUp data (no object at the top)"));
      return FALSE;
    }

  if (!fu_json_reader_begin (reader, '{', error))
    return FALSE;
  while ((next = fu_json_reader_next_member (reader, &first, error)) == FU_JSON_NEXT_ITEM)
    {
      const char *name = reader->name->str;
      int c = collection_index (name);

      if (strcmp (name, "version") == 0)
        {
          char v = fu_json_reader_peek (reader);
          gboolean is_int = FALSE;
          double d;

          if (v == '-' || g_ascii_isdigit (v))
            {
              if (!fu_json_reader_read_number (reader, &is_int, &version, &d, error))
                goto out;
            }
          else if (!fu_json_reader_skip (reader, error))
            goto out;
          version_ok = is_int && version >= 1;
        }
      else if (c >= 0)
        {
          const char *start = reader->p;

          g_clear_error (&collection_errors[c]);
          g_ptr_array_set_size (data->collections[c], 0);
          if (!read_collection (data, c, reader, &collection_errors[c]))
            {
              if (g_error_matches (collection_errors[c], FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON))
                {
                  g_propagate_error (error, g_steal_pointer (&collection_errors[c]));
                  goto out;
                }
              /* Said once the rest is known to be JSON at all. */
              g_ptr_array_set_size (data->collections[c], 0);
              reader->p = start;
              reader->depth = 1;
              if (!fu_json_reader_skip (reader, error))
                goto out;
            }
        }
      else
        {
          g_autofree char *unknown_name = g_strdup (name);
          JsonNode *node = fu_json_reader_read_node (reader, error);

          if (node == NULL)
            goto out;
          if (data->unknown == NULL)
            data->unknown = json_object_new ();
          json_object_set_member (data->unknown, unknown_name, node);
        }
    }
  if (next == FU_JSON_NEXT_ERROR)
    goto out;
  if (!fu_json_reader_at_end (reader))
    goto not_json;

  if (!version_ok)
    {
      g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_SHAPE,
                           _("it is JSON but not FollowUp data (no valid “version”)"));
      goto out;
    }
  data->newer = version > FU_STORE_FORMAT_VERSION;

  for (guint c = 0; c < G_N_ELEMENTS (collection_errors); c++)
    if (collection_errors[c] != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&collection_errors[c]));
        goto out;
      }
  ok = TRUE;
  goto out;

not_json:
  g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON,
                       _("it is not valid JSON (damaged or cut short)"));
out:
  for (guint c = 0; c < G_N_ELEMENTS (collection_errors); c++)
    g_clear_error (&collection_errors[c]);
  return ok;
}

static gboolean
has_surrogate_escape (const char *text,
                      gsize       length)
{
  for (const char *p = memchr (text, '\\', length); p != NULL && text + length - p >= 4;
       p = memchr (p + 1, '\\', text + length - p - 1))
    if (p[1] == 'u' && (p[2] == 'd' || p[2] == 'D') && strchr ("89abcdefABCDEF", p[3]) != NULL && p[3] != '\0')
      return TRUE;
  return FALSE;
}

/* Turns the file's JSON into records; on failure sets a reason (a phrase
 * that completes "... could not be read: "). */
static gboolean
parse_data (FuLoadData  *data,
            GBytes      *contents,
            GError     **error)
{
  gsize length;
  const char *text = g_bytes_get_data (contents, &length);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(GBytes) regenerated = NULL;
  FuJsonReader reader;
  gboolean ok;
  char *json;

  fu_json_reader_init (&reader, text, length, contents);
  ok = read_data (data, &reader, &local_error);
  fu_json_reader_clear (&reader);
  if (ok)
    return TRUE;

  /* The checks say in more words what is wrong, and keep json-glib from
   * what it gets wrong. */
  if (!fu_json_prescan (text, length, error))
    return FALSE;
  if (!g_error_matches (local_error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* Not strict JSON: json-glib, which read our files before, may still
   * take it (it skips comments, say).  Then read what it makes of it.
   * Not with a surrogate escape: json-glib 1.6 leaks on a lone one, or
   * makes invalid UTF-8 of it. */
  g_clear_error (&local_error);
  parser = json_parser_new_immutable ();
  if (has_surrogate_escape (text, length)
      || !json_parser_load_from_data (parser, text, length, NULL)
      || json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON,
                           _("it is not valid JSON (damaged or cut short)"));
      return FALSE;
    }
  generator = json_generator_new ();
  json_generator_set_root (generator, json_parser_get_root (parser));
  g_clear_object (&parser);
  json = json_generator_to_data (generator, &length);
  regenerated = g_bytes_new_take (json, length);
  if (!fu_json_prescan (json, length, error))
    return FALSE;
  fu_json_reader_init (&reader, json, length, regenerated);
  ok = read_data (data, &reader, error);
  fu_json_reader_clear (&reader);
  return ok;
}

static void
clear_collections (FuLoadData *data)
{
  for (guint c = 0; c < G_N_ELEMENTS (data->collections); c++)
    {
      g_clear_pointer (&data->collections[c], g_ptr_array_unref);
      data->collections[c] = g_ptr_array_new_with_free_func (g_object_unref);
    }
  g_clear_pointer (&data->unknown, json_object_unref);
  data->needs_save = FALSE;
}

void
fu_store_io_load (FuLoadData *data)
{
  char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *backup_path = g_strconcat (data->path, ".bak", NULL);
  g_autoptr(GError) parse_error = NULL;
  gsize length = 0;
  gboolean missing = FALSE;

  data->backup_exists = g_file_test (backup_path, G_FILE_TEST_IS_REGULAR);
  fu_file_stamp_read (data->path, &data->stamp);

  /* The records keep slices of the text (see fu_record_get_text()). */
  if (read_file (data->path, &contents, &length, &missing, &reason))
    bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  if (bytes == NULL)
    {
      if (missing)
        {
          data->no_file = TRUE;
          clear_collections (data);
          return;
        }
    }
  else if (!parse_data (data, bytes, &parse_error))
    {
      if (data->newer)
        {
          /* Not ours to judge: a newer version may have written what we
           * cannot read.  Show nothing, write nothing. */
          clear_collections (data);
          g_set_error (&data->error, FU_STORE_ERROR, FU_STORE_ERROR_NEWER_VERSION,
                       _("“%s” was written by a newer version of FollowUp and this version cannot show it. It was left as it is; update FollowUp to use it."),
                       data->path);
          return;
        }
      reason = g_strdup (parse_error->message);
    }
  else
    {
      /* What the store needs of every record, made here rather than on
       * the main thread. */
      data->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint c = 0; c < G_N_ELEMENTS (data->saved); c++)
        {
          GPtrArray *records = data->collections[c];

          data->saved[c] = fu_saved_list_new_from_array (records);
          for (guint i = 0; i < records->len; i++)
            {
              g_hash_table_insert (data->by_id, g_strdup (fu_record_get_id (records->pdata[i])),
                                   records->pdata[i]);
              fu_record_set_watch (records->pdata[i], data->watch, data->watch_data);
            }
        }
      if (data->newer)
        g_set_error (&data->error, FU_STORE_ERROR, FU_STORE_ERROR_NEWER_VERSION,
                     _("“%s” was written by a newer version of FollowUp. It is open read-only: changes will not be saved."),
                     data->path);
      return;
    }

  /* Not ours: keep the bytes exactly as they are, out of the way. */
  clear_collections (data);
  data->newer = FALSE;
  if (!data->move_aside)
    {
      g_set_error (&data->error, FU_STORE_ERROR, FU_STORE_ERROR_BAD_FILE,
                   _("“%s” could not be read: %s."), data->path, reason);
      return;
    }

  data->moved_to = fu_store_io_aside_name (data->path, "broken");
  if (rename (data->path, data->moved_to) != 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&data->moved_to, g_free);
      data->read_only = TRUE;
      g_set_error (&data->error, FU_STORE_ERROR, FU_STORE_ERROR_BAD_FILE,
                   _("“%s” could not be read: %s. It could not be moved aside either (%s), so FollowUp will not save anything until this is fixed."),
                   data->path, reason, g_strerror (saved_errno));
      return;
    }
  fu_file_stamp_read (data->path, &data->stamp);
  g_set_error (&data->error, FU_STORE_ERROR, FU_STORE_ERROR_BAD_FILE,
               _("“%s” could not be read: %s. It was moved aside as “%s” and FollowUp started with no data."),
               data->path, reason, data->moved_to);
}

/* Why a save failed, in our words; the GError is G_FILE_ERROR from
 * g_file_set_contents_full(), which has no codes for EFBIG and EDQUOT. */
static const char *
write_failure_reason (const GError *error)
{
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC))
    return _("the disk is full");
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ROFS))
    return _("the folder is read-only");
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ACCES)
      || g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_PERM))
    return _("FollowUp is not allowed to write there");
  if (strstr (error->message, g_strerror (EDQUOT)) != NULL)
    return _("your disk quota is used up");
  if (strstr (error->message, g_strerror (EFBIG)) != NULL)
    return _("the file would be larger than the system allows");
  return NULL;
}

static void
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "%s: %s", path, g_strerror (saved_errno));
}

/* Puts a second name on @path's current bytes: a hard link costs nothing
 * and cannot be half-written; a copy when links are not possible. */
gboolean
fu_store_io_keep_copy (const char  *path,
                       const char  *copy_path,
                       GError     **error)
{
  g_autofree char *tmp = g_strconcat (copy_path, ".tmp", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_unlink (tmp);
  if (link (path, tmp) != 0)
    {
      if (!g_file_get_contents (path, &contents, &length, error)
          || !g_file_set_contents_full (tmp, contents, length,
                                        G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                        0600, error))
        return FALSE;
    }
  if (rename (tmp, copy_path) != 0)
    {
      set_errno_error (error, errno, copy_path);
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}

void
fu_store_io_save (FuSaveData *data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (data->path);
  g_autofree char *contents = NULL;
  const char *reason;
  FuFileStamp on_disk;
  gsize length;
  int fault;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_errno_error (&error, errno, dir);
      goto failed;
    }

  fu_file_stamp_read (data->path, &on_disk);
  if (data->check_conflict && on_disk.exists && !fu_file_stamp_equal (&on_disk, &data->expected))
    {
      /* Another program wrote the file since we read it: keep its version
       * next to ours rather than overwrite it. */
      data->conflict_path = fu_store_io_aside_name (data->path, "conflict");
      if (!fu_store_io_keep_copy (data->path, data->conflict_path, &error))
        goto failed;
    }
  else if (data->make_backup && on_disk.exists)
    {
      if (!fu_store_io_keep_copy (data->path, data->backup_path, &error))
        goto failed;
      data->backup_made = TRUE;
    }

  contents = join_text (data, &length);

  fault = call_io_hook (FU_STORE_IO_WRITE, data->path);
  if (fault != 0)
    {
      set_errno_error (&error, fault, data->path);
      goto failed;
    }

  if (!g_file_set_contents_full (data->path, contents, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &error))
    goto failed;

  fu_file_stamp_read (data->path, &data->stamp);
  return;

failed:
  reason = write_failure_reason (error);
  /* TRANSLATORS: the first %s is a file name, the second why saving failed */
  g_set_error (&data->error, FU_STORE_ERROR, FU_STORE_ERROR_SAVE_FAILED,
               _("Could not save to “%s”: %s. Your changes are kept in memory and FollowUp will try again."),
               data->path, reason != NULL ? reason : error->message);
  fu_file_stamp_read (data->path, &data->stamp);
}
