/* fu-job-contact.c: a contact linked to a job
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-json.h"
#include "fu-job-contact.h"

struct _FuJobContact
{
  FuRecord parent_instance;

  char *contact_id;
  FuPart part;
  char *part_raw;  /* an id this version does not know */
};

G_DEFINE_FINAL_TYPE (FuJobContact, fu_job_contact, FU_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CONTACT_ID,
  PROP_PART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The JSON members, in property order (index + 1 == PROP_*). */
static const char * const member_names[] = {
  "contact_id",
  "part",
  NULL
};

FuJobContact *
fu_job_contact_new (const char *contact_id,
                    FuPart      part)
{
  return g_object_new (FU_TYPE_JOB_CONTACT,
                       "contact-id", contact_id,
                       "part", part,
                       NULL);
}

const char *
fu_job_contact_get_id (FuJobContact *self)
{
  return fu_record_get_id (FU_RECORD (self));
}

static void
fu_job_contact_finalize (GObject *object)
{
  FuJobContact *self = FU_JOB_CONTACT (object);

  g_clear_pointer (&self->contact_id, g_free);
  g_clear_pointer (&self->part_raw, g_free);

  G_OBJECT_CLASS (fu_job_contact_parent_class)->finalize (object);
}

static void
fu_job_contact_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FuJobContact *self = FU_JOB_CONTACT (object);

  switch (prop_id)
    {
    case PROP_CONTACT_ID:
      g_value_set_string (value, fu_job_contact_get_contact_id (self));
      break;
    case PROP_PART:
      g_value_set_enum (value, fu_job_contact_get_part (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_job_contact_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FuJobContact *self = FU_JOB_CONTACT (object);

  switch (prop_id)
    {
    case PROP_CONTACT_ID:
      fu_job_contact_set_contact_id (self, g_value_get_string (value));
      break;
    case PROP_PART:
      fu_job_contact_set_part (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
fu_job_contact_read_member (FuRecord     *record,
                            guint         index,
                            const char   *name,
                            FuJsonReader *reader,
                            GError      **error)
{
  FuJobContact *self = FU_JOB_CONTACT (record);

  switch (index + 1)
    {
    case PROP_CONTACT_ID:
      return fu_json_read_string (reader, name, &self->contact_id, error);
    case PROP_PART:
      return fu_json_read_enum (reader, name, FU_TYPE_PART, (int *) &self->part, &self->part_raw, error);
    default:
      g_assert_not_reached ();
    }
}

static void
fu_job_contact_write_members (FuRecord   *record,
                              JsonObject *object)
{
  FuJobContact *self = FU_JOB_CONTACT (record);

  if (self->contact_id != NULL)
    json_object_set_string_member (object, "contact_id", self->contact_id);
  fu_json_set_enum (object, "part", FU_TYPE_PART, self->part, self->part_raw);
}

static void
fu_job_contact_class_init (FuJobContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FuRecordClass *record_class = FU_RECORD_CLASS (klass);

  object_class->finalize = fu_job_contact_finalize;
  object_class->get_property = fu_job_contact_get_property;
  object_class->set_property = fu_job_contact_set_property;

  record_class->read_member = fu_job_contact_read_member;
  record_class->write_members = fu_job_contact_write_members;
  fu_record_class_set_members (record_class, member_names);

  /**
   * FuJobContact:contact-id:
   *
   * The id of the FuContact.
   */
  properties[PROP_CONTACT_ID] =
    g_param_spec_string ("contact-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJobContact:part:
   *
   * The part the contact plays on this job.
   */
  properties[PROP_PART] =
    g_param_spec_enum ("part", NULL, NULL, FU_TYPE_PART, FU_PART_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fu_job_contact_init (FuJobContact *self)
{
  self->part = FU_PART_OTHER;
}

const char *
fu_job_contact_get_contact_id (FuJobContact *self)
{
  g_return_val_if_fail (FU_IS_JOB_CONTACT (self), NULL);

  return self->contact_id;
}

void
fu_job_contact_set_contact_id (FuJobContact *self,
                               const char   *contact_id)
{
  g_return_if_fail (FU_IS_JOB_CONTACT (self));

  if (fu_set_str (&self->contact_id, contact_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_ID]);
}

FuPart
fu_job_contact_get_part (FuJobContact *self)
{
  g_return_val_if_fail (FU_IS_JOB_CONTACT (self), FU_PART_UNKNOWN);

  return self->part;
}

void
fu_job_contact_set_part (FuJobContact *self,
                         FuPart        part)
{
  g_return_if_fail (FU_IS_JOB_CONTACT (self));

  g_return_if_fail (part != FU_PART_UNKNOWN);

  if (self->part == part && self->part_raw == NULL)
    return;

  g_clear_pointer (&self->part_raw, g_free);
  self->part = part;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PART]);
}
