/* fu-record.c: the base class of everything stored in the data file
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-json.h"
#include "fu-record.h"

typedef struct
{
  char       *id;
  JsonObject *unknown;
  /* The record as JSON, sealed: the node read from the file until the
   * record changes, then the one built at the next save.  Saving only
   * rebuilds what changed, and the save thread can read these nodes while
   * the UI goes on editing. */
  JsonNode   *json;
  /* Bumped at every change (see fu_record_get_serial()). */
  guint64     serial;
} FuRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FuRecord, fu_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

enum {
  MODIFIED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* One counter for every record of the process: records are made in the
 * store's worker thread too, hence atomic. */
static guint64 last_serial;

static guint64
next_serial (void)
{
  return __atomic_add_fetch (&last_serial, 1, __ATOMIC_RELAXED);
}

static void
fu_record_finalize (GObject *object)
{
  FuRecord *self = FU_RECORD (object);
  FuRecordPrivate *priv = fu_record_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->unknown, json_object_unref);
  g_clear_pointer (&priv->json, json_node_unref);

  G_OBJECT_CLASS (fu_record_parent_class)->finalize (object);
}

static void
fu_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FuRecord *self = FU_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, fu_record_get_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FuRecord *self = FU_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      fu_record_set_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* GObject's class handler of ::notify: every property change of every
 * subclass passes here, so subclasses need no code to be saved. */
static void
fu_record_notify (GObject    *object,
                  GParamSpec *pspec)
{
  fu_record_changed (FU_RECORD (object));
}

static void
fu_record_class_init (FuRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fu_record_finalize;
  object_class->get_property = fu_record_get_property;
  object_class->set_property = fu_record_set_property;
  object_class->notify = fu_record_notify;

  /**
   * FuRecord:id:
   *
   * The record's stable id (a random UUID for jobs, rounds, contacts,
   * interactions, follow-ups and templates; NULL for small parts such as
   * a job's contact links).
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FuRecord::modified:
   *
   * Emitted after any change to the record or to one of its children.
   */
  signals[MODIFIED] =
    g_signal_new ("modified",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
fu_record_init (FuRecord *self)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);

  priv->serial = next_serial ();
}

const char *
fu_record_get_id (FuRecord *self)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);

  g_return_val_if_fail (FU_IS_RECORD (self), NULL);

  return priv->id;
}

void
fu_record_set_id (FuRecord   *self,
                  const char *id)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);

  g_return_if_fail (FU_IS_RECORD (self));

  if (g_strcmp0 (priv->id, id) == 0)
    return;

  g_free (priv->id);
  priv->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

JsonObject *
fu_record_get_unknown_members (FuRecord *self)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);

  g_return_val_if_fail (FU_IS_RECORD (self), NULL);

  return priv->unknown;
}

void
fu_record_class_set_members (FuRecordClass      *klass,
                             const char * const *names)
{
  klass->members = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; names[i] != NULL; i++)
    g_hash_table_insert (klass->members, (gpointer) names[i], GUINT_TO_POINTER (i + 1));
}

void
fu_record_changed (FuRecord *self)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);

  g_clear_pointer (&priv->json, json_node_unref);
  priv->serial = next_serial ();
  g_signal_emit (self, signals[MODIFIED], 0);
}

/* A number that changes whenever the record or one of its children does
 * (a child's change reaches its parent through fu_record_changed()), so
 * a reader can tell what changed since it last looked without listening
 * to every record: the rules engine's cache does. */
guint64
fu_record_get_serial (FuRecord *self)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);

  return priv->serial;
}

/* The newest serial of any record: unchanged means no record changed. */
guint64
fu_record_get_last_serial (void)
{
  return __atomic_load_n (&last_serial, __ATOMIC_RELAXED);
}

/* Drops the cached JSON so the next save serialises this record (and its
 * children) from its properties: used by tests of the serialiser. */
void
fu_record_forget_json (FuRecord *self)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);

  g_clear_pointer (&priv->json, json_node_unref);
}

static void
on_child_modified_cb (FuRecord *child,
                      FuRecord *self)
{
  fu_record_changed (self);
}

void
fu_record_adopt (FuRecord *self,
                 FuRecord *child)
{
  g_signal_connect_object (child, "modified", G_CALLBACK (on_child_modified_cb),
                           self, G_CONNECT_DEFAULT);
}

void
fu_record_release (FuRecord *self,
                   FuRecord *child)
{
  g_signal_handlers_disconnect_by_func (child, on_child_modified_cb, self);
}

typedef struct
{
  FuRecord        *self;
  FuRecordClass   *klass;
  FuRecordPrivate *priv;
  GError          *error;
} LoadData;

static void
load_member_cb (JsonObject *object,
                const char *name,
                JsonNode   *node,
                gpointer    user_data)
{
  LoadData *data = user_data;
  guint index;

  if (data->error != NULL)
    return;

  if (strcmp (name, "id") == 0)
    {
      fu_json_read_string (node, name, &data->priv->id, &data->error);
      return;
    }

  index = GPOINTER_TO_UINT (g_hash_table_lookup (data->klass->members, name));
  if (index == 0)
    {
      if (data->priv->unknown == NULL)
        data->priv->unknown = json_object_new ();
      json_object_set_member (data->priv->unknown, name, json_node_ref (node));
      return;
    }

  data->klass->read_member (data->self, index - 1, name, node, &data->error);
}

/* Fills a new record from @node (sealed, as read from the file) without
 * notifications: loading is not an edit. */
gboolean
fu_record_load (FuRecord  *self,
                JsonNode  *node,
                GError   **error)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);
  LoadData data = { self, FU_RECORD_GET_CLASS (self), priv, NULL };

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_SHAPE,
                           _("it is not a JSON object"));
      return FALSE;
    }

  json_object_foreach_member (json_node_get_object (node), load_member_cb, &data);
  if (data.error != NULL)
    {
      g_propagate_error (error, data.error);
      return FALSE;
    }

  if (json_node_is_immutable (node))
    priv->json = json_node_ref (node);

  return TRUE;
}

JsonNode *
fu_record_to_json (FuRecord *self)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);
  JsonObject *object;

  if (priv->json == NULL)
    {
      object = json_object_new ();
      if (priv->id != NULL)
        json_object_set_string_member (object, "id", priv->id);
      FU_RECORD_GET_CLASS (self)->write_members (self, object);

      if (priv->unknown != NULL)
        {
          JsonObjectIter iter;
          const char *name;
          JsonNode *node;

          json_object_iter_init (&iter, priv->unknown);
          while (json_object_iter_next (&iter, &name, &node))
            json_object_set_member (object, name, json_node_ref (node));
        }

      priv->json = json_node_init_object (json_node_alloc (), object);
      json_object_unref (object);
      json_node_seal (priv->json);
    }

  return json_node_ref (priv->json);
}

gboolean
fu_record_read_list (FuRecord    *self,
                     JsonNode    *node,
                     const char  *member,
                     GType        item_type,
                     GListStore  *list,
                     GError     **error)
{
  JsonArray *array;
  guint n;
  g_autoptr(GPtrArray) items = NULL;

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, FU_DATA_ERROR, FU_DATA_ERROR_SHAPE,
                   _("“%s” should be a list"), member);
      return FALSE;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuRecord) item = g_object_new (item_type, NULL);

      if (!fu_record_load (item, json_array_get_element (array, i), error))
        {
          /* TRANSLATORS: where a problem is: a list member name and the
           * position of the item in it, e.g. “rounds” item 2: */
          g_prefix_error (error, _("“%s” item %u: "), member, i + 1);
          return FALSE;
        }
      fu_record_adopt (self, item);
      g_ptr_array_add (items, g_steal_pointer (&item));
    }

  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                       items->pdata, items->len);
  return TRUE;
}

void
fu_record_write_list (JsonObject *object,
                      const char *member,
                      GListModel *list)
{
  guint n = g_list_model_get_n_items (list);
  JsonArray *array = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuRecord) item = g_list_model_get_item (list, i);

      json_array_add_element (array, fu_record_to_json (item));
    }
  json_object_set_array_member (object, member, array);
}
