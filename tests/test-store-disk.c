/* test-store-disk.c: the store against a hostile disk: full, read-only,
 * over quota, killed in the middle of a save; and the write order
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "fu-test-store.h"

static const char *first_file = "{\"version\": 1, \"jobs\": [{\"id\": \"a\", \"title\": \"Before\"}]}";

typedef struct
{
  int         error_number;
  const char *reason;   /* the words the user must see */
} Fault;

static const Fault faults[] = {
  { ENOSPC, "the disk is full" },
  { EDQUOT, "quota" },
  { EFBIG, "larger than the system allows" },
  { EROFS, "read-only" },
  { EACCES, "not allowed to write" },
};

static int
fault_hook (FuStoreIoOp  op,
            const char  *path,
            gpointer     user_data)
{
  const Fault *fault = user_data;

  return op == FU_STORE_IO_WRITE ? fault->error_number : 0;
}

static void
test_store_fault (gconstpointer user_data)
{
  const Fault *fault = user_data;
  g_autofree char *path = fu_test_data_path ();
  g_autoptr(FuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(FuJob) job = fu_job_new ();
  guint saves;

  fu_test_write_bytes (path, first_file, -1);
  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);

  fu_store_set_io_hook (fault_hook, (gpointer) fault);
  fu_job_set_title (job, "After");
  fu_store_add_job (store, job);
  g_assert_false (fu_store_flush (store, 60000, &error));
  g_assert_error (error, FU_STORE_ERROR, FU_STORE_ERROR_SAVE_FAILED);
  g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, fault->reason));
  g_assert_cmpstr (fu_store_get_error_message (store), ==, error->message);
  g_clear_error (&error);

  /* Nothing lost: the data in memory, the old file untouched. */
  g_assert_true (fu_store_get_dirty (store));
  g_assert_true (fu_test_store_has_job (store, "After"));
  on_disk = fu_test_read_bytes (path);
  g_assert_cmpmem (g_bytes_get_data (on_disk, NULL), g_bytes_get_size (on_disk), first_file, strlen (first_file));

  /* It keeps retrying by itself, and succeeds once the disk is back. */
  saves = fu_store_get_save_count (store);
  fu_test_wait_until (fu_store_get_save_count (store) > saves + 1);
  g_assert_true (fu_store_get_dirty (store));
  fu_store_set_io_hook (NULL, NULL);
  fu_test_wait_until (!fu_store_get_dirty (store));
  g_assert_null (fu_store_get_error_message (store));
  g_clear_object (&store);

  store = fu_test_open_store (path, &error);
  g_assert_no_error (error);
  g_assert_true (fu_test_store_has_job (store, "Before"));
  g_assert_true (fu_test_store_has_job (store, "After"));
}

/* A real EFBIG from the kernel: a file size limit in a child. */
static void
test_store_file_size_limit (void)
{
  g_autofree char *tmp = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) on_disk = NULL;

  /* The child cleans the test's isolated dirs when it ends: use a folder
   * of our own and tell it where the file is. */
  if (g_test_subprocess ())
    {
      const char *parent_path = g_getenv ("FU_TEST_DATA_FILE");
      struct rlimit limit = { 16 * 1024, 16 * 1024 };
      g_autoptr(FuStore) store = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = g_strnfill (4096, 'x');

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      store = fu_test_open_store (parent_path, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < 10; i++)
        {
          g_autoptr(FuJob) job = fu_job_new ();

          fu_job_set_description (job, text);
          fu_store_add_job (store, job);
        }
      g_assert_false (fu_store_flush (store, 60000, &error));
      g_assert_error (error, FU_STORE_ERROR, FU_STORE_ERROR_SAVE_FAILED);
      g_test_message ("message: %s", error->message);
      g_assert_nonnull (strstr (error->message, "larger than the system allows"));
      g_assert_nonnull (strstr (error->message, parent_path));
      return;
    }

  tmp = g_dir_make_tmp ("fu-store-fsize-XXXXXX", NULL);
  path = g_build_filename (tmp, "followup.json", NULL);
  fu_test_write_bytes (path, first_file, -1);
  g_setenv ("FU_TEST_DATA_FILE", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("FU_TEST_DATA_FILE");
  g_test_trap_assert_passed ();
  on_disk = fu_test_read_bytes (path);
  g_assert_cmpmem (g_bytes_get_data (on_disk, NULL), g_bytes_get_size (on_disk), first_file, strlen (first_file));

  {
    g_autoptr(GPtrArray) files = fu_test_find_files (path, "");

    for (guint i = 0; i < files->len; i++)
      g_assert_cmpint (g_remove (files->pdata[i]), ==, 0);
    g_assert_cmpint (g_rmdir (tmp), ==, 0);
  }
}

/* A tiny tmpfs, or a read-only one, in a private mount namespace: the
 * helper saves there, and the shell checks that the old file survived. */
static void
run_in_namespace (const char *script,
                  const char *reason)
{
  g_autofree char *helper = fu_test_helper_path ();
  g_autofree char *dir = g_dir_make_tmp ("fu-store-ns-XXXXXX", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "unshare", "-rm", "sh", "-euc", script, "sh", dir, helper, NULL };
  g_autofree char *unshare = g_find_program_in_path ("unshare");
  int status;

  if (unshare == NULL
      || !g_spawn_command_line_sync ("unshare -rm true", NULL, NULL, &status, NULL)
      || !g_spawn_check_wait_status (status, NULL))
    {
      g_test_skip ("unshare -rm does not work here");
      g_rmdir (dir);
      return;
    }

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("out: %s\nerr: %s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, reason));
  g_assert_nonnull (strstr (out, "INTACT"));
  g_assert_null (strstr (out, "SAVED"));
  g_rmdir (dir);
}

static void
test_store_disk_full (void)
{
  run_in_namespace ("mount -t tmpfs -o size=64k none \"$1\"\n"
                    "\"$2\" once \"$1/followup.json\"\n"
                    "cp \"$1/followup.json\" \"$1/orig\"\n"
                    "if \"$2\" fill \"$1/followup.json\" 40; then echo SAVED; fi\n"
                    "cmp \"$1/followup.json\" \"$1/orig\" && echo INTACT\n",
                    "the disk is full");
}

static void
test_store_read_only_folder (void)
{
  run_in_namespace ("mount -t tmpfs -o size=1m none \"$1\"\n"
                    "\"$2\" once \"$1/followup.json\"\n"
                    "cp \"$1/followup.json\" \"$1/orig\"\n"
                    "mount -o remount,ro \"$1\"\n"
                    "if \"$2\" once \"$1/followup.json\"; then echo SAVED; fi\n"
                    "cmp \"$1/followup.json\" \"$1/orig\" && echo INTACT\n",
                    "read-only");
}

/* A child saves one job after another and is SIGKILLed at random
 * points; the file must load each time and hold every job it reported
 * saved. */
static void
test_store_kill (void)
{
  g_autofree char *path = fu_test_data_path ();
  g_autofree char *helper = fu_test_helper_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  guint total_saved = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint round = 0; round < 40; round++)
    {
      const char *argv[] = { helper, "loop", path, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(FuStore) store = NULL;
      g_autoptr(GString) output = g_string_new (NULL);
      g_autoptr(GPtrArray) broken = NULL;
      g_auto(GStrv) lines = NULL;
      GPid pid;
      int out_fd;
      char buffer[4096];
      gssize n;
      int last = -1;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);
      g_usleep (g_test_rand_int_range (5000, 80000));
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
      g_spawn_close_pid (pid);
      while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (output, buffer, n);
      close (out_fd);

      lines = g_strsplit (output->str, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        if (g_str_has_prefix (lines[i], "saved "))
          last = atoi (lines[i] + 6);

      store = fu_test_open_store (path, &error);
      g_assert_no_error (error);
      for (int i = 0; i <= last; i++)
        {
          g_autofree char *title = g_strdup_printf ("edit %d", i);

          g_assert_true (fu_test_store_has_job (store, title));
        }
      broken = fu_test_find_files (path, "followup.json.broken");
      g_assert_cmpuint (broken->len, ==, 0);
      total_saved += last + 1;
    }

  g_test_message ("%u saves reported across the kills", total_saved);
}

/* The order that makes a save durable: the temp file's data reaches the
 * disk before the rename, and the folder is synced after it. */
static void
test_store_write_order (void)
{
  g_autofree char *path = fu_test_data_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *helper = fu_test_helper_path ();
  g_autofree char *log_path = g_build_filename (g_get_user_cache_dir (), "strace.log", NULL);
  g_autofree char *strace = g_find_program_in_path ("strace");
  g_autofree char *log = NULL;
  g_autofree char *temp_prefix = NULL;
  g_autofree char *temp_fd = NULL;
  g_autofree char *temp_name = NULL;
  g_autofree char *target = NULL;
  g_autofree char *dir_fd = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { strace, "-f", "-o", log_path,
                         "-e", "trace=fsync,fdatasync,rename,renameat,renameat2,openat",
                         helper, "once", path, NULL };
  int status;
  int open_temp = -1, sync_temp = -1, renamed = -1, sync_dir = -1;

  if (strace == NULL)
    {
      g_test_skip ("strace is not installed");
      return;
    }

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  fu_test_write_bytes (path, first_file, -1);
  g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_test_skip ("strace cannot trace here");
      return;
    }

  g_file_get_contents (log_path, &log, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (log, "\n", -1);
  temp_prefix = g_strdup_printf ("\"%s.", path);
  target = g_strdup_printf (", \"%s\")", path);
  for (int i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *result = strstr (line, ") = ");

      if (strstr (line, "openat(") != NULL && strstr (line, temp_prefix) != NULL
          && strstr (line, "O_CREAT") != NULL && result != NULL && open_temp < 0)
        {
          const char *start = strstr (line, temp_prefix);
          const char *end = strchr (start + 1, '"');

          open_temp = i;
          temp_fd = g_strdup_printf ("(%d)", atoi (result + 4));
          temp_name = g_strndup (start, end - start + 1);
        }
      else if (temp_fd != NULL && sync_temp < 0 && renamed < 0
               && (strstr (line, "fsync") != NULL || strstr (line, "fdatasync") != NULL)
               && strstr (line, temp_fd) != NULL)
        sync_temp = i;
      else if (temp_name != NULL && strstr (line, "rename") != NULL && strstr (line, temp_name) != NULL
               && strstr (line, target) != NULL && strstr (line, ") = 0") != NULL)
        renamed = i;
      else if (renamed >= 0 && dir_fd == NULL && strstr (line, "openat(") != NULL && result != NULL)
        {
          g_autofree char *quoted = g_strdup_printf ("\"%s\"", dir);

          if (strstr (line, quoted) != NULL)
            dir_fd = g_strdup_printf ("fsync(%d)", atoi (result + 4));
        }
      else if (dir_fd != NULL && sync_dir < 0 && strstr (line, dir_fd) != NULL && strstr (line, "= 0") != NULL)
        sync_dir = i;
    }

  g_test_message ("open temp %d, sync temp %d, rename %d, sync folder %d",
                  open_temp, sync_temp, renamed, sync_dir);
  g_assert_cmpint (open_temp, >=, 0);
  g_assert_cmpint (sync_temp, >, open_temp);
  g_assert_cmpint (renamed, >, sync_temp);
  g_assert_cmpint (sync_dir, >, renamed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *name = g_strdup_printf ("/store/fault/%s", g_strerror (faults[i].error_number));

      g_strdelimit (name + strlen ("/store/fault/"), " /", '-');
      g_test_add_data_func (name, &faults[i], test_store_fault);
    }
  g_test_add_func ("/store/disk/file-size-limit", test_store_file_size_limit);
  g_test_add_func ("/store/disk/full-tmpfs", test_store_disk_full);
  g_test_add_func ("/store/disk/read-only-folder", test_store_read_only_folder);
  g_test_add_func ("/store/kill", test_store_kill);
  g_test_add_func ("/store/write-order", test_store_write_order);

  return g_test_run ();
}
