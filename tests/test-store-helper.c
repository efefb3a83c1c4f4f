/* test-store-helper.c: a program the store tests run in a child process
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   test-store-helper loop PATH    save one more job at a time, forever,
 *                                  printing "saved N" once N is on disk
 *   test-store-helper once PATH    add one job and save
 *   test-store-helper fill PATH N  add N jobs of 4 KiB each and save
 * Exit status 0 when the save succeeded; otherwise the store's message is
 * printed and the status is 1.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "fu-store-private.h"

static void
on_loaded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;

  fu_store_load_finish (FU_STORE (object), result, NULL);
  *done = TRUE;
}

static FuStore *
open_store (const char *path)
{
  FuStore *store = fu_store_new (path);
  gboolean done = FALSE;

  fu_store_set_delays (store, 0, 10);
  fu_store_load_async (store, NULL, on_loaded_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  return store;
}

static void
add_job (FuStore    *store,
         const char *title,
         const char *description)
{
  g_autoptr(FuJob) job = fu_job_new ();

  fu_job_set_title (job, title);
  fu_job_set_description (job, description);
  fu_store_add_job (store, job);
}

static int
save (FuStore *store)
{
  g_autoptr(GError) error = NULL;

  if (!fu_store_flush (store, 60000, &error))
    {
      g_print ("%s\n", error->message);
      return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FuStore) store = NULL;

  if (argc < 3)
    return 2;

  store = open_store (argv[2]);

  if (g_str_equal (argv[1], "loop"))
    {
      for (guint i = 0;; i++)
        {
          g_autofree char *title = g_strdup_printf ("edit %u", i);

          add_job (store, title, NULL);
          if (save (store) != 0)
            return 1;
          printf ("saved %u\n", i);
          fflush (stdout);
        }
    }
  else if (g_str_equal (argv[1], "once"))
    {
      add_job (store, "once", NULL);
      return save (store);
    }
  else if (g_str_equal (argv[1], "fill") && argc > 3)
    {
      guint n = atoi (argv[3]);
      g_autofree char *text = g_strnfill (4096, 'x');

      for (guint i = 0; i < n; i++)
        add_job (store, "fill", text);
      return save (store);
    }

  return 2;
}
