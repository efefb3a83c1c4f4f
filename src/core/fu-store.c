/* fu-store.c: the data file, loaded and saved in the background
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <sys/resource.h>

#include "fu-paths.h"
#include "fu-store-internal.h"

/* Edits within this time go into one save. */
#define SAVE_DELAY_MS 500
/* A failed save is retried after this, doubling up to MAX_RETRY_DELAY_MS. */
#define RETRY_DELAY_MS 2000
#define MAX_RETRY_DELAY_MS 60000
/* File monitor events come in bursts; check the file once they settle. */
#define CHECK_DELAY_MS 200

G_DEFINE_FINAL_TYPE (FuStore, fu_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (fu-store-error-quark, fu_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_LOADING,
  PROP_LOADED,
  PROP_READ_ONLY,
  PROP_BACKUP_EXISTS,
  PROP_DIRTY,
  PROP_ERROR_MESSAGE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void start_save (FuStore *self);
static void start_load (FuStore *self, GTask *task, const char *path, gboolean move_aside);

static void
set_flag (FuStore  *self,
          gboolean *flag,
          gboolean  value,
          guint     prop)
{
  value = !!value;
  if (*flag == value)
    return;
  *flag = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_error_message (FuStore    *self,
                   const char *message)
{
  if (g_strcmp0 (self->error_message, message) == 0)
    return;
  g_free (self->error_message);
  self->error_message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
}

gboolean
fu_store_get_dirty (FuStore *self)
{
  g_return_val_if_fail (FU_IS_STORE (self), FALSE);

  return self->edits != self->saved_edits;
}

guint64
fu_store_get_list_stamp (FuStore    *self,
                         GListModel *list)
{
  g_return_val_if_fail (FU_IS_STORE (self), 0);

  for (guint c = 0; c < N_COLLECTIONS; c++)
    if (self->collections[c] == (GListStore *) list)
      return self->stamps[c];

  g_return_val_if_reached (0);
}

gboolean
fu_store_list_moved (FuStore    *self,
                     GListModel *list,
                     guint64    *seen)
{
  guint64 stamp = fu_store_get_list_stamp (self, list);

  if (*seen == stamp)
    return FALSE;
  *seen = stamp;
  return TRUE;
}

static gboolean
changed_idle_cb (gpointer user_data)
{
  FuStore *self = user_data;

  self->changed_source = 0;
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

/* ::changed is coalesced: a burst of property changes re-runs the rules
 * engine once. */
static void
queue_changed (FuStore *self)
{
  if (self->changed_source != 0)
    return;
  self->changed_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, changed_idle_cb, self, NULL);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  FuStore *self = user_data;

  self->save_source = 0;
  start_save (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (FuStore *self,
               guint    delay_ms)
{
  if (self->read_only || self->saving || self->save_source != 0)
    return;
  self->save_source = g_timeout_add_full (G_PRIORITY_DEFAULT, delay_ms, save_timeout_cb, self, NULL);
}

void
fu_store_mark_dirty (FuStore *self)
{
  gboolean was_dirty = fu_store_get_dirty (self);

  self->edits++;
  if (!was_dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
  queue_changed (self);
  /* After a failure the retry timer is already set. */
  if (!self->save_failed)
    schedule_save (self, self->save_delay_ms);
}

/* Saving */

/* A record removed or moved: the list the last save wrote is out of
 * date.  Records added at the end (a new follow-up, a logged call) are
 * only added to it. */
static void
on_collection_changed_cb (GListModel *list,
                          guint       position,
                          guint       removed,
                          guint       added,
                          FuStore    *self)
{
  gboolean appended = removed == 0 && position + added == g_list_model_get_n_items (list);

  for (guint c = 0; c < N_COLLECTIONS; c++)
    if (self->collections[c] == (GListStore *) list)
      {
        self->stamps[c]++;
        if (!appended)
          {
            g_clear_pointer (&self->saved_lists[c], fu_saved_list_unref);
            g_ptr_array_set_size (self->edited[c], 0);
          }
      }
}

/* Cheap on the main thread: records that did not change hand over the
 * JSON text they keep, collections where nothing changed the list the
 * last save wrote; the thread joins the text. */
static void
snapshot (FuStore    *self,
          FuSaveData *data)
{
  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      if (self->saved_lists[c] == NULL)
        self->saved_lists[c] = fu_saved_list_new (G_LIST_MODEL (self->collections[c]));
      else if (self->edited[c]->len > 0
               || self->saved_lists[c]->pieces->len != g_list_model_get_n_items (G_LIST_MODEL (self->collections[c])))
        {
          FuSavedList *list = fu_saved_list_update (self->saved_lists[c], self->edited[c],
                                                    G_LIST_MODEL (self->collections[c]));

          fu_saved_list_unref (self->saved_lists[c]);
          self->saved_lists[c] = list;
        }
      g_ptr_array_set_size (self->edited[c], 0);
      data->lists[c] = fu_saved_list_ref (self->saved_lists[c]);
    }

  if (self->unknown != NULL && json_object_get_size (self->unknown) > 0)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), self->unknown);
      g_autofree char *text = NULL;
      gsize length;

      /* "{...}" without its braces: members to add to ours. */
      json_generator_set_root (generator, node);
      text = json_generator_to_data (generator, &length);
      data->unknown = g_strndup (text + 1, length - 2);
    }
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  fu_store_io_save (task_data);
  g_task_return_boolean (task, TRUE);
}

static void start_check (FuStore *self);

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  FuStore *self = FU_STORE (object);
  FuSaveData *data = g_task_get_task_data (G_TASK (result));
  gboolean was_dirty = fu_store_get_dirty (self);

  self->saving = FALSE;
  self->save_count++;

  if (data->error != NULL)
    {
      self->save_failed = TRUE;
      set_error_message (self, data->error->message);
      self->retry_delay = self->retry_delay == 0 ? self->retry_delay_ms
                                                 : MIN (self->retry_delay * 2, MAX_RETRY_DELAY_MS);
      schedule_save (self, self->retry_delay);
      return;
    }

  if (self->save_failed)
    set_error_message (self, NULL);
  self->save_failed = FALSE;
  self->retry_delay = 0;
  self->saved_edits = data->edits;
  self->disk = data->stamp;
  self->backup_done = TRUE;
  if (data->backup_made)
    set_flag (self, &self->backup_exists, TRUE, PROP_BACKUP_EXISTS);

  if (data->conflict_path != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” was changed by another program while FollowUp had unsaved changes. FollowUp kept its own version; the other one was saved as “%s”."),
                         data->path, data->conflict_path);

      set_error_message (self, message);
    }

  if (was_dirty != fu_store_get_dirty (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);

  if (fu_store_get_dirty (self))
    schedule_save (self, self->save_delay_ms);

  if (self->check_pending)
    start_check (self);
}

static void
start_save (FuStore *self)
{
  g_autoptr(GTask) task = NULL;
  FuSaveData *data;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->read_only || self->saving || self->loading || !fu_store_get_dirty (self))
    return;

  data = g_new0 (FuSaveData, 1);
  data->path = g_strdup (self->path);
  data->backup_path = g_strdup (self->backup_path);
  snapshot (self, data);
  data->make_backup = !self->backup_done;
  data->expected = self->disk;
  data->check_conflict = TRUE;
  data->edits = self->edits;

  self->saving = TRUE;
  task = g_task_new (self, NULL, save_done_cb, NULL);
  g_task_set_source_tag (task, start_save);
  g_task_set_task_data (task, data, (GDestroyNotify) fu_save_data_free);
  g_task_run_in_thread (task, save_thread);
}

static gboolean
flush_timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
fu_store_flush (FuStore  *self,
                guint     timeout_ms,
                GError  **error)
{
  g_autoptr(GSource) timeout = NULL;
  gboolean timed_out = FALSE;
  guint saves_before;

  g_return_val_if_fail (FU_IS_STORE (self), FALSE);

  timeout = g_timeout_source_new (timeout_ms);
  g_source_set_callback (timeout, flush_timeout_cb, &timed_out, NULL);
  g_source_attach (timeout, self->context);

  saves_before = self->save_count;
  while (self->loading || self->saving || fu_store_get_dirty (self))
    {
      if (self->read_only && !self->loading)
        {
          g_source_destroy (timeout);
          g_set_error (error, FU_STORE_ERROR, FU_STORE_ERROR_READ_ONLY,
                       _("“%s” is open read-only: the changes were not saved."), self->path);
          return FALSE;
        }

      if (!self->saving && !self->loading)
        {
          if (self->save_count != saves_before && self->save_failed)
            {
              g_source_destroy (timeout);
              g_set_error_literal (error, FU_STORE_ERROR, FU_STORE_ERROR_SAVE_FAILED,
                                   self->error_message);
              return FALSE;
            }
          start_save (self);
        }

      if (timed_out)
        {
          g_set_error (error, FU_STORE_ERROR, FU_STORE_ERROR_TIMED_OUT,
                       _("Saving to “%s” is taking too long; the latest changes may not be saved."), self->path);
          return FALSE;
        }

      g_main_context_iteration (self->context, TRUE);
    }

  g_source_destroy (timeout);
  return TRUE;
}

/* Loading */

/* Linux nice value of a background load's thread. */
#define LOAD_NICE 10

static void
apply_load (FuStore    *self,
            FuLoadData *data,
            gboolean    reload)
{
  gboolean was_dirty = fu_store_get_dirty (self);

  self->disk = data->stamp;
  set_flag (self, &self->backup_exists, data->backup_exists, PROP_BACKUP_EXISTS);

  if (reload && data->error != NULL && !data->newer)
    {
      /* Another program wrote something we cannot read (now moved
       * aside): what we show is the last good data, so write it back. */
      set_error_message (self, data->error->message);
      fu_store_mark_dirty (self);
      return;
    }

  /* The loading thread set the records' watch and made the index. */
  fu_store_untrack_all (self);
  if (data->by_id != NULL)
    {
      g_hash_table_unref (self->by_id);
      self->by_id = g_steal_pointer (&data->by_id);
    }
  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      GPtrArray *records = data->collections[c];

      g_list_store_splice (self->collections[c], 0,
                           g_list_model_get_n_items (G_LIST_MODEL (self->collections[c])),
                           records->pdata, records->len);
      g_clear_pointer (&self->saved_lists[c], fu_saved_list_unref);
      g_ptr_array_set_size (self->edited[c], 0);
      self->saved_lists[c] = g_steal_pointer (&data->saved[c]);
    }

  g_clear_pointer (&self->unknown, json_object_unref);
  self->unknown = g_steal_pointer (&data->unknown);

  set_flag (self, &self->read_only, data->newer || data->read_only, PROP_READ_ONLY);
  set_error_message (self, data->error != NULL ? data->error->message : NULL);

  self->saved_edits = self->edits;
  if (was_dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
  if (data->needs_save)
    fu_store_mark_dirty (self);
  queue_changed (self);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  /* Below the main thread (on Linux this thread alone): where cores are
   * short, the window's first frame goes first and the parse takes what
   * the main thread leaves.  The pool thread keeps it for later tasks,
   * which are background work too. */
  if (FU_STORE (source_object)->background_load && getpriority (PRIO_PROCESS, 0) < LOAD_NICE)
    setpriority (PRIO_PROCESS, 0, LOAD_NICE);
  fu_store_io_load (task_data);
  g_task_return_boolean (task, TRUE);
}

static void ensure_monitor (FuStore *self);

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  FuStore *self = FU_STORE (object);
  FuLoadData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GTask) outer = user_data;
  gboolean reload = outer == NULL;

  apply_load (self, data, reload);
  set_flag (self, &self->loading, FALSE, PROP_LOADING);
  set_flag (self, &self->loaded, TRUE, PROP_LOADED);
  ensure_monitor (self);

  if (fu_store_get_dirty (self))
    schedule_save (self, self->save_delay_ms);
  if (self->check_pending)
    start_check (self);

  if (outer == NULL)
    return;
  if (data->error != NULL)
    g_task_return_error (outer, g_error_copy (data->error));
  else
    g_task_return_boolean (outer, TRUE);
}

static void
start_load (FuStore    *self,
            GTask      *outer,
            const char *path,
            gboolean    move_aside)
{
  g_autoptr(GTask) task = NULL;
  FuLoadData *data = g_new0 (FuLoadData, 1);

  data->path = g_strdup (path);
  data->watch = fu_store_record_modified;
  data->watch_data = self;
  data->move_aside = move_aside;

  set_flag (self, &self->loading, TRUE, PROP_LOADING);
  task = g_task_new (self, NULL, load_done_cb, outer != NULL ? g_object_ref (outer) : NULL);
  g_task_set_source_tag (task, start_load);
  g_task_set_task_data (task, data, (GDestroyNotify) fu_load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/* An app whose window starts while the data loads: the load's thread
 * runs below the main thread's priority. */
void
fu_store_set_background_load (FuStore  *self,
                              gboolean  background)
{
  g_return_if_fail (FU_IS_STORE (self));

  self->background_load = !!background;
}

void
fu_store_load_async (FuStore             *self,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FU_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fu_store_load_async);

  if (self->loading || self->saving)
    {
      g_task_return_new_error (task, FU_STORE_ERROR, FU_STORE_ERROR_BUSY,
                               _("“%s” is busy; try again in a moment."), self->path);
      return;
    }

  start_load (self, task, self->path, TRUE);
}

gboolean
fu_store_load_finish (FuStore       *self,
                      GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Restoring the backup */

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  FuLoadData *data = task_data;
  FuStore *self = FU_STORE (source_object);
  g_autoptr(GError) error = NULL;

  if (!g_file_test (data->path, G_FILE_TEST_IS_REGULAR))
    {
      g_task_return_new_error (task, FU_STORE_ERROR, FU_STORE_ERROR_NO_BACKUP,
                               _("There is no backup of “%s” to restore."), self->path);
      return;
    }

  fu_store_io_load (data);
  if (data->error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&data->error));
      return;
    }

  if (g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *keep = fu_store_io_aside_name (self->path, "before-restore");

      if (!fu_store_io_keep_copy (self->path, keep, &error))
        {
          g_task_return_new_error (task, FU_STORE_ERROR, FU_STORE_ERROR_SAVE_FAILED,
                                   _("The backup was not restored: the current “%s” could not be kept aside (%s)."),
                                   self->path, error->message);
          return;
        }
    }

  g_task_return_boolean (task, TRUE);
}

void
fu_store_restore_backup_async (FuStore             *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  FuLoadData *data;

  g_return_if_fail (FU_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fu_store_restore_backup_async);

  if (self->read_only)
    {
      g_task_return_new_error (task, FU_STORE_ERROR, FU_STORE_ERROR_READ_ONLY,
                               _("“%s” is open read-only."), self->path);
      return;
    }
  if (self->loading || self->saving)
    {
      g_task_return_new_error (task, FU_STORE_ERROR, FU_STORE_ERROR_BUSY,
                               _("“%s” is busy; try again in a moment."), self->path);
      return;
    }

  data = g_new0 (FuLoadData, 1);
  data->path = g_strdup (self->backup_path);
  data->watch = fu_store_record_modified;
  data->watch_data = self;
  data->move_aside = FALSE;
  set_flag (self, &self->loading, TRUE, PROP_LOADING);
  g_task_set_task_data (task, data, (GDestroyNotify) fu_load_data_free);
  g_task_run_in_thread (task, restore_thread);
}

gboolean
fu_store_restore_backup_finish (FuStore       *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  FuLoadData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (data != NULL)
    set_flag (self, &self->loading, FALSE, PROP_LOADING);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  /* The disk stamp stays that of the data file: the backup's content is
   * now an edit to save over it. */
  data->stamp = self->disk;
  data->backup_exists = TRUE;
  apply_load (self, data, FALSE);
  fu_store_mark_dirty (self);
  return TRUE;
}

/* Changes by other programs */

static void
start_check (FuStore *self)
{
  FuFileStamp now;

  self->check_pending = FALSE;
  if (self->saving || self->loading)
    {
      self->check_pending = TRUE;
      return;
    }

  fu_file_stamp_read (self->path, &now);
  /* Our own saves update self->disk, so they never count; a deleted file
   * is written again by the next save. */
  if (!now.exists || fu_file_stamp_equal (&now, &self->disk))
    return;

  if (fu_store_get_dirty (self))
    start_save (self);   /* keeps the other version as a conflict copy */
  else
    start_load (self, NULL, self->path, TRUE);
}

static gboolean
check_timeout_cb (gpointer user_data)
{
  FuStore *self = user_data;

  self->check_source = 0;
  start_check (self);
  return G_SOURCE_REMOVE;
}

static void
on_file_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    FuStore           *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add_full (G_PRIORITY_DEFAULT, CHECK_DELAY_MS, check_timeout_cb, self, NULL);
}

static void
ensure_monitor (FuStore *self)
{
  g_autoptr(GFile) file = NULL;

  if (self->monitor != NULL)
    return;

  file = g_file_new_for_path (self->path);
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed_cb), self);
}

/* GObject */

FuStore *
fu_store_new (const char *path)
{
  g_autofree char *default_path = path == NULL ? fu_paths_data_file () : NULL;

  return g_object_new (FU_TYPE_STORE, "path", path != NULL ? path : default_path, NULL);
}

const char *
fu_store_get_path (FuStore *self)
{
  g_return_val_if_fail (FU_IS_STORE (self), NULL);
  return self->path;
}

gboolean
fu_store_get_loading (FuStore *self)
{
  g_return_val_if_fail (FU_IS_STORE (self), FALSE);
  return self->loading;
}

gboolean
fu_store_get_loaded (FuStore *self)
{
  g_return_val_if_fail (FU_IS_STORE (self), FALSE);
  return self->loaded;
}

gboolean
fu_store_get_read_only (FuStore *self)
{
  g_return_val_if_fail (FU_IS_STORE (self), FALSE);
  return self->read_only;
}

gboolean
fu_store_get_backup_exists (FuStore *self)
{
  g_return_val_if_fail (FU_IS_STORE (self), FALSE);
  return self->backup_exists;
}

const char *
fu_store_get_error_message (FuStore *self)
{
  g_return_val_if_fail (FU_IS_STORE (self), NULL);
  return self->error_message;
}

static void
fu_store_dispose (GObject *object)
{
  FuStore *self = FU_STORE (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->changed_source, g_source_remove);
  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, on_file_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->by_id != NULL)
    fu_store_untrack_all (self);
  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      if (self->collections[c] != NULL)
        g_signal_handlers_disconnect_by_func (self->collections[c], on_collection_changed_cb, self);
      g_clear_object (&self->collections[c]);
      g_clear_pointer (&self->saved_lists[c], fu_saved_list_unref);
      if (self->edited[c] != NULL)
        g_ptr_array_set_size (self->edited[c], 0);
    }

  G_OBJECT_CLASS (fu_store_parent_class)->dispose (object);
}

static void
fu_store_finalize (GObject *object)
{
  FuStore *self = FU_STORE (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup_path, g_free);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  for (guint c = 0; c < N_COLLECTIONS; c++)
    g_clear_pointer (&self->edited[c], g_ptr_array_unref);
  g_clear_pointer (&self->unknown, json_object_unref);
  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (fu_store_parent_class)->finalize (object);
}

static void
fu_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  FuStore *self = FU_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_BACKUP_EXISTS:
      g_value_set_boolean (value, self->backup_exists);
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, fu_store_get_dirty (self));
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_store_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  FuStore *self = FU_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      self->backup_path = g_strconcat (self->path, ".bak", NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_store_class_init (FuStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fu_store_dispose;
  object_class->finalize = fu_store_finalize;
  object_class->get_property = fu_store_get_property;
  object_class->set_property = fu_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, ro);
  properties[PROP_LOADED] = g_param_spec_boolean ("loaded", NULL, NULL, FALSE, ro);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, ro);
  properties[PROP_BACKUP_EXISTS] = g_param_spec_boolean ("backup-exists", NULL, NULL, FALSE, ro);
  properties[PROP_DIRTY] = g_param_spec_boolean ("dirty", NULL, NULL, FALSE, ro);
  properties[PROP_ERROR_MESSAGE] = g_param_spec_string ("error-message", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FuStore::changed:
   *
   * Emitted (once per burst) after records were edited, added or removed,
   * and after the data was (re)loaded.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
fu_store_init (FuStore *self)
{
  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      /* Never 0: a view's 0 stands for "not looked at yet". */
      self->stamps[c] = 1;
      self->edited[c] = g_ptr_array_new ();
      self->collections[c] = g_list_store_new (fu_store_collection_types[c] ());
      g_signal_connect (self->collections[c], "items-changed",
                        G_CALLBACK (on_collection_changed_cb), self);
    }
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->context = g_main_context_ref_thread_default ();
  self->save_delay_ms = SAVE_DELAY_MS;
  self->retry_delay_ms = RETRY_DELAY_MS;
}
