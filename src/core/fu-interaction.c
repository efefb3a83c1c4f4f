/* fu-interaction.c: a logged call, email, note or meeting
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-json.h"
#include "fu-interaction.h"

struct _FuInteraction
{
  FuRecord parent_instance;

  GDateTime *time;
  FuChannel channel;
  char *channel_raw;  /* an id this version does not know */
  FuDirection direction;
  char *direction_raw;  /* an id this version does not know */
  char *subject;
  char *body;
  char *job_id;
  char **contact_ids;
  gboolean missed;
};

G_DEFINE_FINAL_TYPE (FuInteraction, fu_interaction, FU_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TIME,
  PROP_CHANNEL,
  PROP_DIRECTION,
  PROP_SUBJECT,
  PROP_BODY,
  PROP_JOB_ID,
  PROP_CONTACT_IDS,
  PROP_MISSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The JSON members, in property order (index + 1 == PROP_*). */
static const char * const member_names[] = {
  "time",
  "channel",
  "direction",
  "subject",
  "body",
  "job_id",
  "contact_ids",
  "missed",
  NULL
};

FuInteraction *
fu_interaction_new (void)
{
  g_autofree char *id = g_uuid_string_random ();

  return g_object_new (FU_TYPE_INTERACTION, "id", id, NULL);
}

const char *
fu_interaction_get_id (FuInteraction *self)
{
  return fu_record_get_id (FU_RECORD (self));
}

static void
fu_interaction_finalize (GObject *object)
{
  FuInteraction *self = FU_INTERACTION (object);

  g_clear_pointer (&self->time, g_date_time_unref);
  g_clear_pointer (&self->channel_raw, g_free);
  g_clear_pointer (&self->direction_raw, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->job_id, g_free);
  g_clear_pointer (&self->contact_ids, g_strfreev);

  G_OBJECT_CLASS (fu_interaction_parent_class)->finalize (object);
}

static void
fu_interaction_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FuInteraction *self = FU_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_TIME:
      g_value_set_boxed (value, fu_interaction_get_time (self));
      break;
    case PROP_CHANNEL:
      g_value_set_enum (value, fu_interaction_get_channel (self));
      break;
    case PROP_DIRECTION:
      g_value_set_enum (value, fu_interaction_get_direction (self));
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, fu_interaction_get_subject (self));
      break;
    case PROP_BODY:
      g_value_set_string (value, fu_interaction_get_body (self));
      break;
    case PROP_JOB_ID:
      g_value_set_string (value, fu_interaction_get_job_id (self));
      break;
    case PROP_CONTACT_IDS:
      g_value_set_boxed (value, fu_interaction_get_contact_ids (self));
      break;
    case PROP_MISSED:
      g_value_set_boolean (value, fu_interaction_get_missed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_interaction_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FuInteraction *self = FU_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_TIME:
      fu_interaction_set_time (self, g_value_get_boxed (value));
      break;
    case PROP_CHANNEL:
      fu_interaction_set_channel (self, g_value_get_enum (value));
      break;
    case PROP_DIRECTION:
      fu_interaction_set_direction (self, g_value_get_enum (value));
      break;
    case PROP_SUBJECT:
      fu_interaction_set_subject (self, g_value_get_string (value));
      break;
    case PROP_BODY:
      fu_interaction_set_body (self, g_value_get_string (value));
      break;
    case PROP_JOB_ID:
      fu_interaction_set_job_id (self, g_value_get_string (value));
      break;
    case PROP_CONTACT_IDS:
      fu_interaction_set_contact_ids (self, g_value_get_boxed (value));
      break;
    case PROP_MISSED:
      fu_interaction_set_missed (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
fu_interaction_read_member (FuRecord     *record,
                            guint         index,
                            const char   *name,
                            FuJsonReader *reader,
                            GError      **error)
{
  FuInteraction *self = FU_INTERACTION (record);

  switch (index + 1)
    {
    case PROP_TIME:
      return fu_json_read_time (reader, name, &self->time, error);
    case PROP_CHANNEL:
      return fu_json_read_enum (reader, name, FU_TYPE_CHANNEL, (int *) &self->channel, &self->channel_raw, error);
    case PROP_DIRECTION:
      return fu_json_read_enum (reader, name, FU_TYPE_DIRECTION, (int *) &self->direction, &self->direction_raw, error);
    case PROP_SUBJECT:
      return fu_json_read_string (reader, name, &self->subject, error);
    case PROP_BODY:
      return fu_json_read_string (reader, name, &self->body, error);
    case PROP_JOB_ID:
      return fu_json_read_string (reader, name, &self->job_id, error);
    case PROP_CONTACT_IDS:
      return fu_json_read_strv (reader, name, &self->contact_ids, error);
    case PROP_MISSED:
      return fu_json_read_bool (reader, name, &self->missed, error);
    default:
      g_assert_not_reached ();
    }
}

static void
fu_interaction_write_members (FuRecord   *record,
                              JsonObject *object)
{
  FuInteraction *self = FU_INTERACTION (record);

  fu_json_set_time (object, "time", self->time);
  fu_json_set_enum (object, "channel", FU_TYPE_CHANNEL, self->channel, self->channel_raw);
  fu_json_set_enum (object, "direction", FU_TYPE_DIRECTION, self->direction, self->direction_raw);
  if (self->subject != NULL)
    json_object_set_string_member (object, "subject", self->subject);
  if (self->body != NULL)
    json_object_set_string_member (object, "body", self->body);
  if (self->job_id != NULL)
    json_object_set_string_member (object, "job_id", self->job_id);
  fu_json_set_strv (object, "contact_ids", self->contact_ids);
  json_object_set_boolean_member (object, "missed", self->missed);
}

static void
fu_interaction_class_init (FuInteractionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FuRecordClass *record_class = FU_RECORD_CLASS (klass);

  object_class->finalize = fu_interaction_finalize;
  object_class->get_property = fu_interaction_get_property;
  object_class->set_property = fu_interaction_set_property;

  record_class->read_member = fu_interaction_read_member;
  record_class->write_members = fu_interaction_write_members;
  fu_record_class_set_members (record_class, member_names);

  /**
   * FuInteraction:time:
   *
   * When it happened.
   */
  properties[PROP_TIME] =
    g_param_spec_boxed ("time", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuInteraction:channel:
   *
   * How: email, call, meeting, message or note.
   */
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, FU_TYPE_CHANNEL, FU_CHANNEL_EMAIL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuInteraction:direction:
   *
   * Inbound (from them) or outbound (from the user).
   */
  properties[PROP_DIRECTION] =
    g_param_spec_enum ("direction", NULL, NULL, FU_TYPE_DIRECTION, FU_DIRECTION_OUTBOUND,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuInteraction:subject:
   *
   * The subject.
   */
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuInteraction:body:
   *
   * The text.
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuInteraction:job-id:
   *
   * The id of the job it is about, if any.
   */
  properties[PROP_JOB_ID] =
    g_param_spec_string ("job-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuInteraction:contact-ids:
   *
   * The ids of the contacts involved.
   */
  properties[PROP_CONTACT_IDS] =
    g_param_spec_boxed ("contact-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuInteraction:missed:
   *
   * A call or meeting that did not reach the person (no answer,
   * voicemail): rule 9 offers an email once calls keep missing.
   */
  properties[PROP_MISSED] =
    g_param_spec_boolean ("missed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fu_interaction_init (FuInteraction *self)
{
  self->channel = FU_CHANNEL_EMAIL;
  self->direction = FU_DIRECTION_OUTBOUND;
}

GDateTime *
fu_interaction_get_time (FuInteraction *self)
{
  g_return_val_if_fail (FU_IS_INTERACTION (self), NULL);

  return self->time;
}

void
fu_interaction_set_time (FuInteraction *self,
                         GDateTime     *time)
{
  g_return_if_fail (FU_IS_INTERACTION (self));

  if (fu_date_time_same (self->time, time))
    return;

  g_clear_pointer (&self->time, g_date_time_unref);
  self->time = time != NULL ? g_date_time_ref (time) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

FuChannel
fu_interaction_get_channel (FuInteraction *self)
{
  g_return_val_if_fail (FU_IS_INTERACTION (self), FU_CHANNEL_UNKNOWN);

  return self->channel;
}

void
fu_interaction_set_channel (FuInteraction *self,
                            FuChannel      channel)
{
  g_return_if_fail (FU_IS_INTERACTION (self));

  g_return_if_fail (channel != FU_CHANNEL_UNKNOWN);

  if (self->channel == channel && self->channel_raw == NULL)
    return;

  g_clear_pointer (&self->channel_raw, g_free);
  self->channel = channel;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

FuDirection
fu_interaction_get_direction (FuInteraction *self)
{
  g_return_val_if_fail (FU_IS_INTERACTION (self), FU_DIRECTION_UNKNOWN);

  return self->direction;
}

void
fu_interaction_set_direction (FuInteraction *self,
                              FuDirection    direction)
{
  g_return_if_fail (FU_IS_INTERACTION (self));

  g_return_if_fail (direction != FU_DIRECTION_UNKNOWN);

  if (self->direction == direction && self->direction_raw == NULL)
    return;

  g_clear_pointer (&self->direction_raw, g_free);
  self->direction = direction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTION]);
}

const char *
fu_interaction_get_subject (FuInteraction *self)
{
  g_return_val_if_fail (FU_IS_INTERACTION (self), NULL);

  return self->subject;
}

void
fu_interaction_set_subject (FuInteraction *self,
                            const char    *subject)
{
  g_return_if_fail (FU_IS_INTERACTION (self));

  if (fu_set_str (&self->subject, subject))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
}

const char *
fu_interaction_get_body (FuInteraction *self)
{
  g_return_val_if_fail (FU_IS_INTERACTION (self), NULL);

  return self->body;
}

void
fu_interaction_set_body (FuInteraction *self,
                         const char    *body)
{
  g_return_if_fail (FU_IS_INTERACTION (self));

  if (fu_set_str (&self->body, body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

const char *
fu_interaction_get_job_id (FuInteraction *self)
{
  g_return_val_if_fail (FU_IS_INTERACTION (self), NULL);

  return self->job_id;
}

void
fu_interaction_set_job_id (FuInteraction *self,
                           const char    *job_id)
{
  g_return_if_fail (FU_IS_INTERACTION (self));

  if (fu_set_str (&self->job_id, job_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_ID]);
}

const char * const *
fu_interaction_get_contact_ids (FuInteraction *self)
{
  g_return_val_if_fail (FU_IS_INTERACTION (self), NULL);

  return (const char * const *) self->contact_ids;
}

void
fu_interaction_set_contact_ids (FuInteraction      *self,
                                const char * const *contact_ids)
{
  g_return_if_fail (FU_IS_INTERACTION (self));

  if (fu_strv_same ((const char * const *) self->contact_ids, contact_ids))
    return;

  g_strfreev (self->contact_ids);
  self->contact_ids = g_strdupv ((char **) contact_ids);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_IDS]);
}

gboolean
fu_interaction_has_contact (FuInteraction *self,
                            const char    *contact_id)
{
  g_return_val_if_fail (FU_IS_INTERACTION (self), FALSE);

  return self->contact_ids != NULL && contact_id != NULL
         && g_strv_contains ((const char * const *) self->contact_ids, contact_id);
}

gboolean
fu_interaction_get_missed (FuInteraction *self)
{
  g_return_val_if_fail (FU_IS_INTERACTION (self), FALSE);

  return self->missed;
}

void
fu_interaction_set_missed (FuInteraction *self,
                           gboolean       missed)
{
  g_return_if_fail (FU_IS_INTERACTION (self));

  missed = !!missed;
  if (self->missed == missed)
    return;

  self->missed = missed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSED]);
}
