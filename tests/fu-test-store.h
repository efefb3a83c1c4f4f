/* fu-test-store.h: helpers shared by the store tests
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only, so each test-store*.c builds on its own.
 */
#pragma once

#include <string.h>

#include "fu-store-private.h"

G_BEGIN_DECLS

#define fu_test_wait_until(cond) G_STMT_START { \
  gint64 _deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC; \
  while (!(cond)) { \
    g_assert_cmpint (g_get_monotonic_time (), <, _deadline); \
    g_main_context_iteration (NULL, FALSE); \
    g_usleep (1000); \
  } } G_STMT_END

/* Runs the default main context until @done is TRUE; fails the test if
 * that never happens (a hang, not a timing expectation). */
static inline void
fu_test_wait_for (gboolean *done)
{
  fu_test_wait_until (*done);
}

/* The data file inside the private XDG_DATA_HOME of G_TEST_OPTION_ISOLATE_DIRS. */
static inline char *
fu_test_data_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "followup", "followup.json", NULL);
}

typedef struct
{
  gboolean  done;
  GError   *error;
} FuTestLoadResult;

static inline void
fu_test_on_loaded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  FuTestLoadResult *r = user_data;

  fu_store_load_finish (FU_STORE (object), result, &r->error);
  r->done = TRUE;
}

static inline FuStore *
fu_test_open_store (const char  *path,
                    GError     **error)
{
  FuStore *store = fu_store_new (path);
  FuTestLoadResult r = { FALSE, NULL };

  fu_store_set_delays (store, 0, 10);
  fu_store_load_async (store, NULL, fu_test_on_loaded_cb, &r);
  fu_test_wait_for (&r.done);
  g_assert_true (fu_store_get_loaded (store));
  g_assert_false (fu_store_get_loading (store));
  if (r.error != NULL)
    g_propagate_error (error, r.error);
  return store;
}

static inline JsonNode *
fu_test_read_json (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static inline GBytes *
fu_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static inline void
fu_test_write_bytes (const char *path,
                     const char *data,
                     gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static inline GPtrArray *
fu_test_find_files (const char *path,
                    const char *prefix)
{
  g_autofree char *dirname = g_path_get_dirname (path);
  g_autoptr(GDir) dir = g_dir_open (dirname, 0, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      g_ptr_array_add (found, g_build_filename (dirname, name, NULL));
  return found;
}

static inline gboolean
fu_test_store_has_job (FuStore    *store,
                       const char *title)
{
  GListModel *jobs = fu_store_get_jobs (store);

  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr(FuJob) job = g_list_model_get_item (jobs, i);

      if (g_strcmp0 (fu_job_get_title (job), title) == 0)
        return TRUE;
    }
  return FALSE;
}

static inline char *
fu_test_helper_path (void)
{
  return g_test_build_filename (G_TEST_BUILT, "test-store-helper", NULL);
}

G_END_DECLS
