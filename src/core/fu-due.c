/* fu-due.c: `followup --due`, the follow-ups due by a given time
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs before GTK starts and without a running instance, so it reads the
 * file itself, synchronously, with the store's loader but none of its
 * saving: nothing is created, moved, saved or set aside, even when the
 * file is bad.  It prints what the file holds; the engine is not run
 * (that would change the data).  The format is in docs/rules.md.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fu-due.h"
#include "fu-model.h"
#include "fu-paths.h"
#include "fu-rules.h"
#include "fu-store-io.h"

typedef struct
{
  FuFollowUp *follow_up;
  GDateTime  *due;
} DueItem;

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const DueItem *x = *(const DueItem * const *) a;
  const DueItem *y = *(const DueItem * const *) b;

  return g_date_time_compare (x->due, y->due);
}

/* One field of a line: tabs and line breaks would break the format. */
static void
append_field (GString    *out,
              const char *text)
{
  g_string_append_c (out, '\t');
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

/* Records by id, so a large file costs no more than a pass over it. */
static GHashTable *
index_by_id (GPtrArray *records)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    {
      FuRecord *record = g_ptr_array_index (records, i);

      if (fu_record_get_id (record) != NULL && !g_hash_table_contains (index, fu_record_get_id (record)))
        g_hash_table_insert (index, (char *) fu_record_get_id (record), record);
    }

  return index;
}

static gpointer
find_by_id (GHashTable *index,
            const char *id)
{
  return id != NULL ? g_hash_table_lookup (index, id) : NULL;
}

static void
fail (GString    *err,
      const char *message)
{
  g_string_append_printf (err, "followup: %s\n", message);
}

int
fu_due_run (const char *data_file,
            const char *at,
            GString    *out,
            GString    *err)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) limit = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = data_file != NULL ? g_strdup (data_file) : fu_paths_data_file ();
  FuLoadData *data;
  g_autoptr(GHashTable) jobs = NULL;
  g_autoptr(GHashTable) contacts = NULL;
  GPtrArray *follow_ups;
  gboolean have_data = FALSE;

  g_return_val_if_fail (out != NULL && err != NULL, 1);

  if (at != NULL)
    limit = g_date_time_new_from_iso8601 (at, local);
  else
    limit = g_date_time_new_now (local);
  if (limit == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a date and time like 2026-03-05T09:00:00+01:00"), at);

      fail (err, message);
      return 1;
    }

  data = g_new0 (FuLoadData, 1);
  data->path = g_strdup (path);
  data->move_aside = FALSE;
  fu_store_io_load (data);

  for (guint c = 0; c < G_N_ELEMENTS (data->collections); c++)
    have_data |= data->collections[c] != NULL && data->collections[c]->len > 0;

  if (data->no_file)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” could not be read: there is no such file."), path);

      fail (err, message);
      fu_load_data_free (data);
      return 1;
    }
  /* A file from a newer version that could still be read is shown
   * (read-only anyway); any other problem means nothing to show. */
  if (data->error != NULL && !(data->newer && have_data))
    {
      fail (err, data->error->message);
      fu_load_data_free (data);
      return 1;
    }

  jobs = index_by_id (data->collections[0]);
  contacts = index_by_id (data->collections[1]);
  follow_ups = data->collections[3];

  for (guint i = 0; i < follow_ups->len; i++)
    {
      FuFollowUp *follow_up = g_ptr_array_index (follow_ups, i);
      FuFollowUpState state = fu_follow_up_get_state (follow_up);
      GDateTime *due = fu_rules_effective_due (follow_up);
      DueItem *item;

      /* A snoozed follow-up counts again once its snooze is over. */
      if (state != FU_FOLLOW_UP_STATE_OPEN && state != FU_FOLLOW_UP_STATE_SNOOZED)
        continue;
      if (due == NULL || g_date_time_compare (due, limit) > 0)
        continue;

      item = g_new0 (DueItem, 1);
      item->follow_up = follow_up;
      item->due = due;
      g_ptr_array_add (items, item);
    }

  /* Stable, so follow-ups due at the same time keep the file's order. */
  g_ptr_array_sort (items, compare_due);

  for (guint i = 0; i < items->len; i++)
    {
      DueItem *item = g_ptr_array_index (items, i);
      FuFollowUp *follow_up = item->follow_up;
      FuJob *job = find_by_id (jobs, fu_follow_up_get_job_id (follow_up));
      FuContact *contact = find_by_id (contacts, fu_follow_up_get_contact_id (follow_up));
      g_autoptr(GDateTime) shown = g_date_time_to_timezone (item->due, local);
      g_autofree char *when = g_date_time_format (shown, "%Y-%m-%dT%H:%M:%S%:z");
      const char *kind = fu_rules_kind_to_id (fu_follow_up_get_kind (follow_up));
      const char *explanation = fu_follow_up_get_explanation (follow_up);

      /* The user's own follow-ups have a title rather than a rule's why. */
      if (explanation == NULL || *explanation == '\0')
        explanation = fu_follow_up_get_title (follow_up);

      g_string_append (out, when);
      append_field (out, kind != NULL ? kind : "unknown");
      append_field (out, job != NULL ? fu_job_get_company (job) : NULL);
      append_field (out, job != NULL ? fu_job_get_title (job) : NULL);
      append_field (out, contact != NULL ? fu_contact_get_name (contact) : NULL);
      append_field (out, explanation);
      g_string_append_c (out, '\n');
    }

  fu_load_data_free (data);
  return 0;
}
