/* fu-interviewer.c: one interviewer of a round
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-json.h"
#include "fu-interviewer.h"

struct _FuInterviewer
{
  FuRecord parent_instance;

  char *contact_id;
  char *discussion_points;
  gboolean thank_you_sent;
};

G_DEFINE_FINAL_TYPE (FuInterviewer, fu_interviewer, FU_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CONTACT_ID,
  PROP_DISCUSSION_POINTS,
  PROP_THANK_YOU_SENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The JSON members, in property order (index + 1 == PROP_*). */
static const char * const member_names[] = {
  "contact_id",
  "discussion_points",
  "thank_you_sent",
  NULL
};

FuInterviewer *
fu_interviewer_new (const char *contact_id)
{
  return g_object_new (FU_TYPE_INTERVIEWER, "contact-id", contact_id, NULL);
}

const char *
fu_interviewer_get_id (FuInterviewer *self)
{
  return fu_record_get_id (FU_RECORD (self));
}

static void
fu_interviewer_finalize (GObject *object)
{
  FuInterviewer *self = FU_INTERVIEWER (object);

  g_clear_pointer (&self->contact_id, g_free);
  g_clear_pointer (&self->discussion_points, g_free);

  G_OBJECT_CLASS (fu_interviewer_parent_class)->finalize (object);
}

static void
fu_interviewer_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FuInterviewer *self = FU_INTERVIEWER (object);

  switch (prop_id)
    {
    case PROP_CONTACT_ID:
      g_value_set_string (value, fu_interviewer_get_contact_id (self));
      break;
    case PROP_DISCUSSION_POINTS:
      g_value_set_string (value, fu_interviewer_get_discussion_points (self));
      break;
    case PROP_THANK_YOU_SENT:
      g_value_set_boolean (value, fu_interviewer_get_thank_you_sent (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_interviewer_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FuInterviewer *self = FU_INTERVIEWER (object);

  switch (prop_id)
    {
    case PROP_CONTACT_ID:
      fu_interviewer_set_contact_id (self, g_value_get_string (value));
      break;
    case PROP_DISCUSSION_POINTS:
      fu_interviewer_set_discussion_points (self, g_value_get_string (value));
      break;
    case PROP_THANK_YOU_SENT:
      fu_interviewer_set_thank_you_sent (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
fu_interviewer_read_member (FuRecord     *record,
                            guint         index,
                            const char   *name,
                            FuJsonReader *reader,
                            GError      **error)
{
  FuInterviewer *self = FU_INTERVIEWER (record);

  switch (index + 1)
    {
    case PROP_CONTACT_ID:
      return fu_json_read_string (reader, name, &self->contact_id, error);
    case PROP_DISCUSSION_POINTS:
      return fu_json_read_string (reader, name, &self->discussion_points, error);
    case PROP_THANK_YOU_SENT:
      return fu_json_read_bool (reader, name, &self->thank_you_sent, error);
    default:
      g_assert_not_reached ();
    }
}

static void
fu_interviewer_write_members (FuRecord   *record,
                              JsonObject *object)
{
  FuInterviewer *self = FU_INTERVIEWER (record);

  if (self->contact_id != NULL)
    json_object_set_string_member (object, "contact_id", self->contact_id);
  if (self->discussion_points != NULL)
    json_object_set_string_member (object, "discussion_points", self->discussion_points);
  json_object_set_boolean_member (object, "thank_you_sent", self->thank_you_sent);
}

static void
fu_interviewer_class_init (FuInterviewerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FuRecordClass *record_class = FU_RECORD_CLASS (klass);

  object_class->finalize = fu_interviewer_finalize;
  object_class->get_property = fu_interviewer_get_property;
  object_class->set_property = fu_interviewer_set_property;

  record_class->read_member = fu_interviewer_read_member;
  record_class->write_members = fu_interviewer_write_members;
  fu_record_class_set_members (record_class, member_names);

  /**
   * FuInterviewer:contact-id:
   *
   * The id of the FuContact.
   */
  properties[PROP_CONTACT_ID] =
    g_param_spec_string ("contact-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuInterviewer:discussion-points:
   *
   * What was discussed with this interviewer, for the thank-you note.
   */
  properties[PROP_DISCUSSION_POINTS] =
    g_param_spec_string ("discussion-points", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuInterviewer:thank-you-sent:
   *
   * Whether a thank-you note was sent to this interviewer.
   */
  properties[PROP_THANK_YOU_SENT] =
    g_param_spec_boolean ("thank-you-sent", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fu_interviewer_init (FuInterviewer *self)
{
}

const char *
fu_interviewer_get_contact_id (FuInterviewer *self)
{
  g_return_val_if_fail (FU_IS_INTERVIEWER (self), NULL);

  return self->contact_id;
}

void
fu_interviewer_set_contact_id (FuInterviewer *self,
                               const char    *contact_id)
{
  g_return_if_fail (FU_IS_INTERVIEWER (self));

  if (fu_set_str (&self->contact_id, contact_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_ID]);
}

const char *
fu_interviewer_get_discussion_points (FuInterviewer *self)
{
  g_return_val_if_fail (FU_IS_INTERVIEWER (self), NULL);

  return self->discussion_points;
}

void
fu_interviewer_set_discussion_points (FuInterviewer *self,
                                      const char    *discussion_points)
{
  g_return_if_fail (FU_IS_INTERVIEWER (self));

  if (fu_set_str (&self->discussion_points, discussion_points))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISCUSSION_POINTS]);
}

gboolean
fu_interviewer_get_thank_you_sent (FuInterviewer *self)
{
  g_return_val_if_fail (FU_IS_INTERVIEWER (self), FALSE);

  return self->thank_you_sent;
}

void
fu_interviewer_set_thank_you_sent (FuInterviewer *self,
                                   gboolean       thank_you_sent)
{
  g_return_if_fail (FU_IS_INTERVIEWER (self));

  thank_you_sent = !!thank_you_sent;
  if (self->thank_you_sent == thank_you_sent)
    return;

  self->thank_you_sent = thank_you_sent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THANK_YOU_SENT]);
}
