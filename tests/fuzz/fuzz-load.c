/* fuzz-load.c: libFuzzer target for the data file loader
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever the bytes, loading must end in records or in a plain message,
 * never in a crash, a hang or a sanitizer report; and what loads must
 * serialise again (the save path starts from fu_record_to_json).  The
 * loader reads a path, so each input is written to a private file first.
 *
 * Built with clang and -Db_sanitize=address,undefined (see meson.build);
 * with no arguments but files it runs them once each, which is how the
 * crashes in crashes/ stay fixed.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "fu-store-io.h"

#define FUZZ_MAX_INPUT (1024 * 1024)

static char *path;

static void
serialise_collections (FuLoadData *data)
{
  for (guint c = 0; c < G_N_ELEMENTS (data->collections); c++)
    {
      for (guint i = 0; data->collections[c] != NULL && i < data->collections[c]->len; i++)
        {
          FuRecord *record = g_ptr_array_index (data->collections[c], i);
          g_autoptr(JsonNode) node = NULL;

          /* From the properties, not the node read from the file. */
          fu_record_forget_json (record);
          node = fu_record_to_json (record);
          g_assert (node != NULL);
        }
    }
}

int LLVMFuzzerTestOneInput (const guint8 *bytes, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *bytes,
                        size_t        size)
{
  FuLoadData *data;

  if (size > FUZZ_MAX_INPUT)
    return -1;

  if (path == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("followup-fuzz-XXXXXX", NULL);

      g_assert (dir != NULL);
      path = g_build_filename (dir, "followup.json", NULL);
    }
  if (!g_file_set_contents (path, (const char *) bytes, size, NULL))
    g_error ("cannot write %s", path);

  data = g_new0 (FuLoadData, 1);
  data->path = g_strdup (path);
  data->move_aside = FALSE;
  fu_store_io_load (data);
  g_assert ((data->error != NULL) || data->collections[0] != NULL || data->no_file);
  serialise_collections (data);
  fu_load_data_free (data);

  return 0;
}
