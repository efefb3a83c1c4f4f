/* test-rules-due.c: `followup --due`
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected output (the .expected files in tests/data/rules) was written by hand
 * from the fixture and the format in docs/rules.md: open follow-ups due at
 * or before --at, oldest first, the due time in the process's zone
 * (America/New_York here, pinned with LC_ALL), tabs and newlines inside
 * fields turned into spaces.  argv[1] is the built `followup`.
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "fu-due.h"

#define AT "2026-03-06T09:00:00+01:00"

static const char *followup_bin;

typedef struct
{
  char *dir;        /* XDG_DATA_HOME */
  char *path;       /* $dir/followup/followup.json */
} DueFixture;

static void
due_set_up (DueFixture    *fx,
            gconstpointer  user_data)
{
  const char *source = user_data;
  g_autofree char *folder = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  fx->dir = g_dir_make_tmp ("rules-due-XXXXXX", NULL);
  folder = g_build_filename (fx->dir, "followup", NULL);
  fx->path = g_build_filename (folder, "followup.json", NULL);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);

  if (source != NULL)
    {
      g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "rules", source, NULL),
                                          &contents, &length, NULL));
      g_assert_true (g_file_set_contents (fx->path, contents, length, NULL));
    }
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
due_tear_down (DueFixture    *fx,
               gconstpointer  user_data)
{
  remove_tree (fx->dir);
  g_free (fx->dir);
  g_free (fx->path);
}

static char *
expected (const char *name)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "rules", name, NULL),
                                      &contents, NULL, NULL));
  return contents;
}

/* What a read-only command must leave as it was: the folder's entries
 * and the file's bytes and time. */
static char *
snapshot (DueFixture *fx)
{
  g_autofree char *folder = g_path_get_dirname (fx->path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *contents = NULL;
  g_autofree char *joined = NULL;
  GStatBuf st = { 0 };
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (",", (char **) names->pdata);
  g_file_get_contents (fx->path, &contents, NULL, NULL);
  g_stat (fx->path, &st);

  return g_strdup_printf ("%s|%s|%" G_GINT64_FORMAT, joined, contents, (gint64) st.st_mtime);
}

/* Runs the built binary as a user would, with no display, no session bus
 * and no running instance. */
static int
run_followup (DueFixture  *fx,
              const char  *at,
              char       **out,
              char       **err)
{
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = -1;

  envp = g_environ_setenv (envp, "TZ", "America/New_York", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", fx->dir, TRUE);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "DBUS_SESSION_BUS_ADDRESS");

  g_ptr_array_add (argv, (char *) followup_bin);
  g_ptr_array_add (argv, (char *) "--due");
  if (at != NULL)
    {
      g_ptr_array_add (argv, (char *) "--at");
      g_ptr_array_add (argv, (char *) at);
    }
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT,
                               NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_due_binary (DueFixture *fx, gconstpointer data)
{
  g_autofree char *want = expected ("due-at-2026-03-06T09.expected");
  g_autofree char *before = snapshot (fx);
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (followup_bin == NULL)
    {
      g_test_skip ("the path of the built followup is not given");
      return;
    }

  g_assert_cmpint (run_followup (fx, AT, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, want);

  /* Read-only: nothing moved, written or set aside. */
  after = snapshot (fx);
  g_assert_cmpstr (after, ==, before);
}

static void
test_due_function (DueFixture *fx, gconstpointer data)
{
  g_autofree char *want = expected ("due-at-2026-03-06T09.expected");
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  g_assert_cmpint (fu_due_run (fx->path, AT, out, err), ==, 0);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_cmpstr (out->str, ==, want);
}

/* A time without an offset is local time (New York here). */
static void
test_due_local_at (DueFixture *fx, gconstpointer data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  g_assert_cmpint (fu_due_run (fx->path, "2026-03-04T09:00:00", out, err), ==, 0);
  g_assert_cmpstr (out->str, ==,
                   "2026-03-04T09:00:00-05:00\tthank-you\tAcme\tSenior Developer\tDana Kim\t"
                   "Thank Dana Kim for Tuesday's panel interview; notes sent within a day stand out\n");

  g_string_truncate (out, 0);
  g_assert_cmpint (fu_due_run (fx->path, "2026-03-04T08:59:59", out, err), ==, 0);
  g_assert_cmpstr (out->str, ==, "");
}

/* Without --at: now. */
static void
test_due_now (DueFixture *fx, gconstpointer data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  const char *json =
    "{ \"version\": 1, \"follow_ups\": ["
    " { \"id\": \"past\", \"kind\": \"custom\", \"origin\": \"user\", \"state\": \"open\","
    "   \"due\": \"2000-01-01T12:00:00+00:00\", \"title\": \"Long ago\" },"
    " { \"id\": \"future\", \"kind\": \"custom\", \"origin\": \"user\", \"state\": \"open\","
    "   \"due\": \"2999-01-01T12:00:00+00:00\", \"title\": \"Far ahead\" } ] }";

  g_assert_true (g_file_set_contents (fx->path, json, -1, NULL));
  g_assert_cmpint (fu_due_run (fx->path, NULL, out, err), ==, 0);
  g_assert_cmpstr (out->str, ==, "2000-01-01T07:00:00-05:00\tcustom\t\t\t\tLong ago\n");
}

static void
test_due_bad_file (DueFixture *fx, gconstpointer data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *bin_out = NULL;
  g_autofree char *bin_err = NULL;

  g_assert_true (g_file_set_contents (fx->path, "{ \"version\": 1, \"jobs\": [", -1, NULL));
  before = snapshot (fx);

  g_assert_cmpint (fu_due_run (fx->path, AT, out, err), ==, 1);
  g_assert_cmpstr (out->str, ==, "");
  g_assert_true (g_str_has_prefix (err->str, "followup: "));
  g_assert_nonnull (strstr (err->str, fx->path));

  if (followup_bin != NULL)
    {
      g_assert_cmpint (run_followup (fx, AT, &bin_out, &bin_err), ==, 1);
      g_assert_cmpstr (bin_out, ==, "");
      g_assert_nonnull (strstr (bin_err, fx->path));
    }

  /* The bad file stays where it is: the app, not --due, sets it aside. */
  after = snapshot (fx);
  g_assert_cmpstr (after, ==, before);
}

static void
test_due_missing_file (DueFixture *fx, gconstpointer data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  g_assert_cmpint (fu_due_run (fx->path, AT, out, err), ==, 1);
  g_assert_cmpstr (out->str, ==, "");
  g_assert_nonnull (strstr (err->str, fx->path));
  g_assert_false (g_file_test (fx->path, G_FILE_TEST_EXISTS));
}

static void
test_due_bad_at (DueFixture *fx, gconstpointer data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  g_assert_cmpint (fu_due_run (fx->path, "next Tuesday", out, err), ==, 1);
  g_assert_cmpstr (out->str, ==, "");
  g_assert_nonnull (strstr (err->str, "next Tuesday"));
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads the local zone. */
  g_setenv ("TZ", "America/New_York", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (argc > 1)
    followup_bin = argv[1];

  g_test_add ("/rules/due/binary", DueFixture, "due.json", due_set_up, test_due_binary, due_tear_down);
  g_test_add ("/rules/due/function", DueFixture, "due.json", due_set_up, test_due_function, due_tear_down);
  g_test_add ("/rules/due/local-at", DueFixture, "due.json", due_set_up, test_due_local_at, due_tear_down);
  g_test_add ("/rules/due/now", DueFixture, NULL, due_set_up, test_due_now, due_tear_down);
  g_test_add ("/rules/due/bad-file", DueFixture, NULL, due_set_up, test_due_bad_file, due_tear_down);
  g_test_add ("/rules/due/missing-file", DueFixture, NULL, due_set_up, test_due_missing_file, due_tear_down);
  g_test_add ("/rules/due/bad-at", DueFixture, NULL, due_set_up, test_due_bad_at, due_tear_down);

  return g_test_run ();
}
