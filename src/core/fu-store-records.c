/* fu-store-records.c: the store's collections: add, remove, find
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-store-internal.h"

static guint
collection_of (GType type)
{
  for (guint c = 0; c < N_COLLECTIONS; c++)
    if (type == fu_store_collection_types[c] ())
      return c;
  g_return_val_if_reached (0);
}

/* The watch of every record in the store (see fu_record_set_watch()). */
void
fu_store_record_modified (FuRecord *record,
                          gpointer  user_data)
{
  FuStore *self = user_data;
  guint c = collection_of (G_OBJECT_TYPE (record));

  self->stamps[c]++;
  if (self->saved_lists[c] != NULL
      && (self->edited[c]->len == 0 || self->edited[c]->pdata[self->edited[c]->len - 1] != (gpointer) record))
    g_ptr_array_add (self->edited[c], record);
  fu_store_mark_dirty (self);
}

void
fu_store_track (FuStore  *self,
                FuRecord *record)
{
  const char *id = fu_record_get_id (record);

  if (id == NULL)
    {
      g_autofree char *new_id = g_uuid_string_random ();

      fu_record_set_id (record, new_id);
      id = fu_record_get_id (record);
    }
  g_hash_table_insert (self->by_id, g_strdup (id), record);
  fu_record_set_watch (record, fu_store_record_modified, self);
}

static void
untrack (FuStore  *self,
         FuRecord *record)
{
  const char *id = fu_record_get_id (record);

  if (id != NULL && g_hash_table_lookup (self->by_id, id) == record)
    g_hash_table_remove (self->by_id, id);
  fu_record_set_watch (record, NULL, NULL);
}

void
fu_store_untrack_all (FuStore *self)
{
  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      GListModel *model = G_LIST_MODEL (self->collections[c]);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(FuRecord) record = g_list_model_get_item (model, i);

          fu_record_set_watch (record, NULL, NULL);
        }
    }
  g_hash_table_remove_all (self->by_id);
}

static void
add_record (FuStore  *self,
            FuRecord *record)
{
  g_return_if_fail (FU_IS_RECORD (record));

  fu_store_track (self, record);
  g_list_store_append (self->collections[collection_of (G_OBJECT_TYPE (record))], record);
  fu_store_mark_dirty (self);
}

void
fu_store_add_job (FuStore *self,
                  FuJob   *job)
{
  g_return_if_fail (FU_IS_STORE (self));
  g_return_if_fail (FU_IS_JOB (job));

  add_record (self, FU_RECORD (job));
}

void
fu_store_add_contact (FuStore   *self,
                      FuContact *contact)
{
  g_return_if_fail (FU_IS_STORE (self));
  g_return_if_fail (FU_IS_CONTACT (contact));

  add_record (self, FU_RECORD (contact));
}

void
fu_store_add_interaction (FuStore       *self,
                          FuInteraction *interaction)
{
  g_return_if_fail (FU_IS_STORE (self));
  g_return_if_fail (FU_IS_INTERACTION (interaction));

  add_record (self, FU_RECORD (interaction));
}

void
fu_store_add_follow_up (FuStore    *self,
                        FuFollowUp *follow_up)
{
  g_return_if_fail (FU_IS_STORE (self));
  g_return_if_fail (FU_IS_FOLLOW_UP (follow_up));

  add_record (self, FU_RECORD (follow_up));
}

void
fu_store_add_template (FuStore    *self,
                       FuTemplate *template_)
{
  g_return_if_fail (FU_IS_STORE (self));
  g_return_if_fail (FU_IS_TEMPLATE (template_));

  add_record (self, FU_RECORD (template_));
}

void
fu_store_remove (FuStore  *self,
                 FuRecord *record)
{
  GListStore *list;
  guint position;

  g_return_if_fail (FU_IS_STORE (self));
  g_return_if_fail (FU_IS_RECORD (record));

  list = self->collections[collection_of (G_OBJECT_TYPE (record))];
  if (!g_list_store_find (list, record, &position))
    return;

  untrack (self, record);
  g_list_store_remove (list, position);
  fu_store_mark_dirty (self);
}

static gpointer
find (FuStore    *self,
      const char *id,
      GType       type)
{
  gpointer record;

  g_return_val_if_fail (FU_IS_STORE (self), NULL);

  if (id == NULL)
    return NULL;
  record = g_hash_table_lookup (self->by_id, id);
  return record != NULL && G_TYPE_CHECK_INSTANCE_TYPE (record, type) ? record : NULL;
}

FuJob *
fu_store_find_job (FuStore    *self,
                   const char *id)
{
  return find (self, id, FU_TYPE_JOB);
}

FuContact *
fu_store_find_contact (FuStore    *self,
                       const char *id)
{
  return find (self, id, FU_TYPE_CONTACT);
}

FuInteraction *
fu_store_find_interaction (FuStore    *self,
                           const char *id)
{
  return find (self, id, FU_TYPE_INTERACTION);
}

FuFollowUp *
fu_store_find_follow_up (FuStore    *self,
                         const char *id)
{
  return find (self, id, FU_TYPE_FOLLOW_UP);
}

FuTemplate *
fu_store_find_template (FuStore    *self,
                        const char *id)
{
  return find (self, id, FU_TYPE_TEMPLATE);
}

GListModel *
fu_store_get_jobs (FuStore *self)
{
  g_return_val_if_fail (FU_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->collections[0]);
}

GListModel *
fu_store_get_contacts (FuStore *self)
{
  g_return_val_if_fail (FU_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->collections[1]);
}

GListModel *
fu_store_get_interactions (FuStore *self)
{
  g_return_val_if_fail (FU_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->collections[2]);
}

GListModel *
fu_store_get_follow_ups (FuStore *self)
{
  g_return_val_if_fail (FU_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->collections[3]);
}

GListModel *
fu_store_get_templates (FuStore *self)
{
  g_return_val_if_fail (FU_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->collections[4]);
}

/* Test hooks */

void
fu_store_set_delays (FuStore *self,
                     guint    save_delay_ms,
                     guint    retry_delay_ms)
{
  self->save_delay_ms = save_delay_ms;
  self->retry_delay_ms = retry_delay_ms;
}

static void
forget_json_deep (FuRecord *record)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  fu_record_forget_json (record);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autoptr(GListModel) children = NULL;

      if (pspecs[i]->value_type != G_TYPE_LIST_MODEL)
        continue;
      g_object_get (record, pspecs[i]->name, &children, NULL);
      for (guint j = 0; j < g_list_model_get_n_items (children); j++)
        {
          g_autoptr(FuRecord) child = g_list_model_get_item (children, j);

          forget_json_deep (child);
        }
    }
}

void
fu_store_forget_json (FuStore *self)
{
  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      g_clear_pointer (&self->saved_lists[c], fu_saved_list_unref);
      g_ptr_array_set_size (self->edited[c], 0);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->collections[c])); i++)
        {
          g_autoptr(FuRecord) record = g_list_model_get_item (G_LIST_MODEL (self->collections[c]), i);

          forget_json_deep (record);
        }
    }
}

guint
fu_store_get_save_count (FuStore *self)
{
  return self->save_count;
}
