/* fu-record.c: the base class of everything stored in the data file
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "fu-json.h"
#include "fu-record.h"

typedef struct
{
  char       *id;
  JsonObject *unknown;
  /* The record as JSON text: its slice of the file read until the record
   * changes, then the text made at the next save.  Saving only rebuilds
   * what changed, and the save thread can read the text while the UI goes
   * on editing (it never changes; the owner keeps it alive).  A slice
   * costs no copy, and nothing is kept of json-glib's tree (about six
   * times the file's size). */
  GBytes     *text_owner;
  const char *text;
  gsize       text_length;
  /* Bumped at every change (see fu_record_get_serial()). */
  guint64     serial;
  /* A child's changes are its parent's (a job's rounds): plain pointers,
   * each side clears the other's when it goes, where a signal handler
   * per child cost a closure and some 300 bytes. */
  FuRecord   *parent;
  GPtrArray  *children;
  FuRecordWatch watch;
  gpointer    watch_data;
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
forget_text (FuRecordPrivate *priv)
{
  g_clear_pointer (&priv->text_owner, g_bytes_unref);
  priv->text = NULL;
  priv->text_length = 0;
}

static void
fu_record_finalize (GObject *object)
{
  FuRecord *self = FU_RECORD (object);
  FuRecordPrivate *priv = fu_record_get_instance_private (self);

  if (priv->parent != NULL)
    fu_record_release (priv->parent, self);
  if (priv->children != NULL)
    {
      for (guint i = 0; i < priv->children->len; i++)
        {
          FuRecordPrivate *child_priv = fu_record_get_instance_private (priv->children->pdata[i]);

          child_priv->parent = NULL;
        }
      g_clear_pointer (&priv->children, g_ptr_array_unref);
    }

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->unknown, json_object_unref);
  forget_text (priv);

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

  /* A handler may drop the last reference to either. */
  g_autoptr(FuRecord) parent = priv->parent != NULL ? g_object_ref (priv->parent) : NULL;

  forget_text (priv);
  priv->serial = next_serial ();
  g_signal_emit (self, signals[MODIFIED], 0);
  if (priv->watch != NULL)
    priv->watch (self, priv->watch_data);
  if (parent != NULL)
    fu_record_changed (parent);
}

void
fu_record_set_watch (FuRecord      *self,
                     FuRecordWatch  watch,
                     gpointer       user_data)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);

  priv->watch = watch;
  priv->watch_data = user_data;
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

/* Drops the kept JSON text so the next save serialises this record from
 * its properties: used by tests of the serialiser. */
void
fu_record_forget_json (FuRecord *self)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);

  forget_text (priv);
}

void
fu_record_adopt (FuRecord *self,
                 FuRecord *child)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);
  FuRecordPrivate *child_priv = fu_record_get_instance_private (child);

  if (child_priv->parent == self)
    return;
  if (child_priv->parent != NULL)
    fu_record_release (child_priv->parent, child);
  child_priv->parent = self;
  if (priv->children == NULL)
    priv->children = g_ptr_array_new ();
  g_ptr_array_add (priv->children, child);
}

void
fu_record_release (FuRecord *self,
                   FuRecord *child)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);
  FuRecordPrivate *child_priv = fu_record_get_instance_private (child);

  if (child_priv->parent != self)
    return;
  child_priv->parent = NULL;
  g_ptr_array_remove_fast (priv->children, child);
}

/* Fills a new record from the object at @reader's position without
 * notifications (loading is not an edit); the record keeps its slice of
 * the text when the reader has an owner. */
gboolean
fu_record_read (FuRecord      *self,
                FuJsonReader  *reader,
                GError       **error)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);
  FuRecordClass *klass = FU_RECORD_GET_CLASS (self);
  const char *start;
  gboolean first = TRUE;
  FuJsonNext next;

  if (fu_json_reader_peek (reader) != '{')
    {
      /* Only a shape error if the value is JSON at all. */
      if (!fu_json_reader_skip (reader, error))
        return FALSE;
      g_set_error_literal (error, FU_DATA_ERROR, FU_DATA_ERROR_SHAPE,
                           _("it is not a JSON object"));
      return FALSE;
    }

  start = reader->p;
  if (!fu_json_reader_begin (reader, '{', error))
    return FALSE;
  while ((next = fu_json_reader_next_member (reader, &first, error)) == FU_JSON_NEXT_ITEM)
    {
      const char *name = reader->name->str;
      gpointer key, index;

      if (strcmp (name, "id") == 0)
        {
          if (!fu_json_read_string (reader, "id", &priv->id, error))
            return FALSE;
        }
      else if (g_hash_table_lookup_extended (klass->members, name, &key, &index))
        {
          /* The class's own copy of the name: reading the value may read
           * other names (a job's rounds). */
          if (!klass->read_member (self, GPOINTER_TO_UINT (index) - 1, key, reader, error))
            return FALSE;
        }
      else
        {
          g_autofree char *unknown_name = g_strdup (name);
          JsonNode *node = fu_json_reader_read_node (reader, error);

          if (node == NULL)
            return FALSE;
          if (priv->unknown == NULL)
            priv->unknown = json_object_new ();
          json_object_set_member (priv->unknown, unknown_name, node);
        }
    }
  if (next == FU_JSON_NEXT_ERROR)
    return FALSE;

  forget_text (priv);
  if (reader->owner != NULL)
    {
      priv->text_owner = g_bytes_ref (reader->owner);
      priv->text = start;
      priv->text_length = reader->p - start;
    }
  return TRUE;
}

/* As fu_record_read(), from a node. */
gboolean
fu_record_load (FuRecord  *self,
                JsonNode  *node,
                GError   **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GBytes) text = NULL;
  FuJsonReader reader;
  gsize length;
  char *data;
  gboolean ok;

  json_generator_set_root (generator, node);
  data = json_generator_to_data (generator, &length);
  text = g_bytes_new_take (data, length);
  fu_json_reader_init (&reader, data, length, text);
  ok = fu_record_read (self, &reader, error);
  fu_json_reader_clear (&reader);
  return ok;
}

static JsonNode *
parse_text (const char *text,
            gsize       length)
{
  FuJsonReader reader;
  JsonNode *node;

  /* Our own text, checked when it was read or made: it parses (and not
   * with json-glib, which mangles or leaks on a lone \ud800). */
  fu_json_reader_init (&reader, text, length, NULL);
  node = fu_json_reader_read_node (&reader, NULL);
  fu_json_reader_clear (&reader);
  return node;
}

static JsonNode *
build_json (FuRecord *self)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);
  JsonObject *object = json_object_new ();
  JsonNode *node;

  if (priv->id != NULL)
    json_object_set_string_member (object, "id", priv->id);
  FU_RECORD_GET_CLASS (self)->write_members (self, object);

  if (priv->unknown != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, priv->unknown);
      while (json_object_iter_next (&iter, &name, &member))
        json_object_set_member (object, name, json_node_ref (member));
    }

  node = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);
  return node;
}

const char *
fu_record_get_text (FuRecord  *self,
                    gsize     *length,
                    GBytes   **owner)
{
  FuRecordPrivate *priv = fu_record_get_instance_private (self);

  if (priv->text == NULL)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) node = build_json (self);
      gsize text_length;
      char *text;

      json_generator_set_root (generator, node);
      text = json_generator_to_data (generator, &text_length);
      priv->text_owner = g_bytes_new_take (text, text_length);
      priv->text = text;
      priv->text_length = text_length;
    }

  *length = priv->text_length;
  if (owner != NULL)
    *owner = priv->text_owner;
  return priv->text;
}

/* The record as a node: parsed from the kept text (so a record that did
 * not change is written back as it was read), or built from the
 * properties. */
JsonNode *
fu_record_to_json (FuRecord *self)
{
  const char *text;
  gsize length;
  JsonNode *node;

  text = fu_record_get_text (self, &length, NULL);
  node = parse_text (text, length);
  if (node == NULL)
    node = build_json (self);
  return node;
}

gboolean
fu_record_read_list (FuRecord      *self,
                     FuJsonReader  *reader,
                     const char    *member,
                     GType          item_type,
                     GListStore    *list,
                     GError       **error)
{
  g_autoptr(GPtrArray) items = NULL;
  gboolean first = TRUE;
  FuJsonNext next;
  char c = fu_json_reader_peek (reader);

  if (c == 'n')
    return fu_json_reader_skip (reader, error);
  if (c != '[')
    {
      if (!fu_json_reader_skip (reader, error))
        return FALSE;
      g_set_error (error, FU_DATA_ERROR, FU_DATA_ERROR_SHAPE,
                   _("“%s” should be a list"), member);
      return FALSE;
    }

  if (!fu_json_reader_begin (reader, '[', error))
    return FALSE;
  items = g_ptr_array_new_with_free_func (g_object_unref);
  while ((next = fu_json_reader_next_element (reader, &first, error)) == FU_JSON_NEXT_ITEM)
    {
      g_autoptr(FuRecord) item = g_object_new (item_type, NULL);
      g_autoptr(GError) local_error = NULL;

      if (!fu_record_read (item, reader, &local_error))
        {
          /* TRANSLATORS: where a problem is: a list member name and the
           * position of the item in it, e.g. “rounds” item 2: */
          if (!g_error_matches (local_error, FU_DATA_ERROR, FU_DATA_ERROR_NOT_JSON))
            g_prefix_error (&local_error, _("“%s” item %u: "), member, items->len + 1);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      fu_record_adopt (self, item);
      g_ptr_array_add (items, g_steal_pointer (&item));
    }
  if (next == FU_JSON_NEXT_ERROR)
    return FALSE;

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
