/* fu-store-private.h: what only tests and the store's own files may touch
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fu-store.h"

G_BEGIN_DECLS

typedef enum {
  FU_STORE_IO_READ,   /* reading the data file or the backup */
  FU_STORE_IO_WRITE,  /* writing the data file */
} FuStoreIoOp;

/* An I/O fault hook: called (in the I/O thread) before each operation on
 * @path; a non-zero errno makes the operation fail with it, as the system
 * call would.  Tests run as root, where permissions do not apply. */
typedef int (*FuStoreIoHook) (FuStoreIoOp  op,
                              const char  *path,
                              gpointer     user_data);

void     fu_store_set_io_hook     (FuStoreIoHook  hook,
                                   gpointer       user_data);

/* Delays in milliseconds, so tests need not wait. */
void     fu_store_set_delays      (FuStore       *self,
                                   guint          save_delay_ms,
                                   guint          retry_delay_ms);

/* Makes the next save serialise every record from its properties instead
 * of reusing the JSON read from the file. */
void     fu_store_forget_json     (FuStore       *self);

/* The number of completed saves (successful or not). */
guint    fu_store_get_save_count  (FuStore       *self);

G_END_DECLS
