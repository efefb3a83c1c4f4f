/* fu-template.c: a message template of the composer
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-json.h"
#include "fu-template.h"

struct _FuTemplate
{
  FuRecord parent_instance;

  char *name;
  char *purpose;
  char *subject;
  char *body;
};

G_DEFINE_FINAL_TYPE (FuTemplate, fu_template, FU_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PURPOSE,
  PROP_SUBJECT,
  PROP_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The JSON members, in property order (index + 1 == PROP_*). */
static const char * const member_names[] = {
  "name",
  "purpose",
  "subject",
  "body",
  NULL
};

FuTemplate *
fu_template_new (void)
{
  g_autofree char *id = g_uuid_string_random ();

  return g_object_new (FU_TYPE_TEMPLATE, "id", id, NULL);
}

const char *
fu_template_get_id (FuTemplate *self)
{
  return fu_record_get_id (FU_RECORD (self));
}

static void
fu_template_finalize (GObject *object)
{
  FuTemplate *self = FU_TEMPLATE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->purpose, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->body, g_free);

  G_OBJECT_CLASS (fu_template_parent_class)->finalize (object);
}

static void
fu_template_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FuTemplate *self = FU_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, fu_template_get_name (self));
      break;
    case PROP_PURPOSE:
      g_value_set_string (value, fu_template_get_purpose (self));
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, fu_template_get_subject (self));
      break;
    case PROP_BODY:
      g_value_set_string (value, fu_template_get_body (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_template_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FuTemplate *self = FU_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      fu_template_set_name (self, g_value_get_string (value));
      break;
    case PROP_PURPOSE:
      fu_template_set_purpose (self, g_value_get_string (value));
      break;
    case PROP_SUBJECT:
      fu_template_set_subject (self, g_value_get_string (value));
      break;
    case PROP_BODY:
      fu_template_set_body (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
fu_template_read_member (FuRecord     *record,
                         guint         index,
                         const char   *name,
                         FuJsonReader *reader,
                         GError      **error)
{
  FuTemplate *self = FU_TEMPLATE (record);

  switch (index + 1)
    {
    case PROP_NAME:
      return fu_json_read_string (reader, name, &self->name, error);
    case PROP_PURPOSE:
      return fu_json_read_string (reader, name, &self->purpose, error);
    case PROP_SUBJECT:
      return fu_json_read_string (reader, name, &self->subject, error);
    case PROP_BODY:
      return fu_json_read_string (reader, name, &self->body, error);
    default:
      g_assert_not_reached ();
    }
}

static void
fu_template_write_members (FuRecord   *record,
                           JsonObject *object)
{
  FuTemplate *self = FU_TEMPLATE (record);

  if (self->name != NULL)
    json_object_set_string_member (object, "name", self->name);
  if (self->purpose != NULL)
    json_object_set_string_member (object, "purpose", self->purpose);
  if (self->subject != NULL)
    json_object_set_string_member (object, "subject", self->subject);
  if (self->body != NULL)
    json_object_set_string_member (object, "body", self->body);
}

static void
fu_template_class_init (FuTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FuRecordClass *record_class = FU_RECORD_CLASS (klass);

  object_class->finalize = fu_template_finalize;
  object_class->get_property = fu_template_get_property;
  object_class->set_property = fu_template_set_property;

  record_class->read_member = fu_template_read_member;
  record_class->write_members = fu_template_write_members;
  fu_record_class_set_members (record_class, member_names);

  /**
   * FuTemplate:name:
   *
   * The name shown to the user.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuTemplate:purpose:
   *
   * What the template is for (the composer's id).
   */
  properties[PROP_PURPOSE] =
    g_param_spec_string ("purpose", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuTemplate:subject:
   *
   * The subject line, with merge fields.
   */
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuTemplate:body:
   *
   * The text, with merge fields.
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fu_template_init (FuTemplate *self)
{
}

const char *
fu_template_get_name (FuTemplate *self)
{
  g_return_val_if_fail (FU_IS_TEMPLATE (self), NULL);

  return self->name;
}

void
fu_template_set_name (FuTemplate *self,
                      const char *name)
{
  g_return_if_fail (FU_IS_TEMPLATE (self));

  if (fu_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
fu_template_get_purpose (FuTemplate *self)
{
  g_return_val_if_fail (FU_IS_TEMPLATE (self), NULL);

  return self->purpose;
}

void
fu_template_set_purpose (FuTemplate *self,
                         const char *purpose)
{
  g_return_if_fail (FU_IS_TEMPLATE (self));

  if (fu_set_str (&self->purpose, purpose))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PURPOSE]);
}

const char *
fu_template_get_subject (FuTemplate *self)
{
  g_return_val_if_fail (FU_IS_TEMPLATE (self), NULL);

  return self->subject;
}

void
fu_template_set_subject (FuTemplate *self,
                         const char *subject)
{
  g_return_if_fail (FU_IS_TEMPLATE (self));

  if (fu_set_str (&self->subject, subject))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
}

const char *
fu_template_get_body (FuTemplate *self)
{
  g_return_val_if_fail (FU_IS_TEMPLATE (self), NULL);

  return self->body;
}

void
fu_template_set_body (FuTemplate *self,
                      const char *body)
{
  g_return_if_fail (FU_IS_TEMPLATE (self));

  if (fu_set_str (&self->body, body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}
