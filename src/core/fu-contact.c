/* fu-contact.c: a person met in the job search
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-json.h"
#include "fu-contact.h"

struct _FuContact
{
  FuRecord parent_instance;

  char *name;
  char *company;
  FuPart part;
  char *part_raw;  /* an id this version does not know */
  char *email;
  char *phone;
  char *linkedin;
  char *notes;
  char *rapport_notes;
  gboolean stay_in_touch;
  int stay_in_touch_days;
};

G_DEFINE_FINAL_TYPE (FuContact, fu_contact, FU_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COMPANY,
  PROP_PART,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_LINKEDIN,
  PROP_NOTES,
  PROP_RAPPORT_NOTES,
  PROP_STAY_IN_TOUCH,
  PROP_STAY_IN_TOUCH_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The JSON members, in property order (index + 1 == PROP_*). */
static const char * const member_names[] = {
  "name",
  "company",
  "part",
  "email",
  "phone",
  "linkedin",
  "notes",
  "rapport_notes",
  "stay_in_touch",
  "stay_in_touch_days",
  NULL
};

FuContact *
fu_contact_new (void)
{
  g_autofree char *id = g_uuid_string_random ();

  return g_object_new (FU_TYPE_CONTACT, "id", id, NULL);
}

const char *
fu_contact_get_id (FuContact *self)
{
  return fu_record_get_id (FU_RECORD (self));
}

static void
fu_contact_finalize (GObject *object)
{
  FuContact *self = FU_CONTACT (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->company, g_free);
  g_clear_pointer (&self->part_raw, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->linkedin, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->rapport_notes, g_free);

  G_OBJECT_CLASS (fu_contact_parent_class)->finalize (object);
}

static void
fu_contact_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FuContact *self = FU_CONTACT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, fu_contact_get_name (self));
      break;
    case PROP_COMPANY:
      g_value_set_string (value, fu_contact_get_company (self));
      break;
    case PROP_PART:
      g_value_set_enum (value, fu_contact_get_part (self));
      break;
    case PROP_EMAIL:
      g_value_set_string (value, fu_contact_get_email (self));
      break;
    case PROP_PHONE:
      g_value_set_string (value, fu_contact_get_phone (self));
      break;
    case PROP_LINKEDIN:
      g_value_set_string (value, fu_contact_get_linkedin (self));
      break;
    case PROP_NOTES:
      g_value_set_string (value, fu_contact_get_notes (self));
      break;
    case PROP_RAPPORT_NOTES:
      g_value_set_string (value, fu_contact_get_rapport_notes (self));
      break;
    case PROP_STAY_IN_TOUCH:
      g_value_set_boolean (value, fu_contact_get_stay_in_touch (self));
      break;
    case PROP_STAY_IN_TOUCH_DAYS:
      g_value_set_int (value, fu_contact_get_stay_in_touch_days (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_contact_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FuContact *self = FU_CONTACT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      fu_contact_set_name (self, g_value_get_string (value));
      break;
    case PROP_COMPANY:
      fu_contact_set_company (self, g_value_get_string (value));
      break;
    case PROP_PART:
      fu_contact_set_part (self, g_value_get_enum (value));
      break;
    case PROP_EMAIL:
      fu_contact_set_email (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      fu_contact_set_phone (self, g_value_get_string (value));
      break;
    case PROP_LINKEDIN:
      fu_contact_set_linkedin (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      fu_contact_set_notes (self, g_value_get_string (value));
      break;
    case PROP_RAPPORT_NOTES:
      fu_contact_set_rapport_notes (self, g_value_get_string (value));
      break;
    case PROP_STAY_IN_TOUCH:
      fu_contact_set_stay_in_touch (self, g_value_get_boolean (value));
      break;
    case PROP_STAY_IN_TOUCH_DAYS:
      fu_contact_set_stay_in_touch_days (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
fu_contact_read_member (FuRecord     *record,
                        guint         index,
                        const char   *name,
                        FuJsonReader *reader,
                        GError      **error)
{
  FuContact *self = FU_CONTACT (record);

  switch (index + 1)
    {
    case PROP_NAME:
      return fu_json_read_string (reader, name, &self->name, error);
    case PROP_COMPANY:
      return fu_json_read_string (reader, name, &self->company, error);
    case PROP_PART:
      return fu_json_read_enum (reader, name, FU_TYPE_PART, (int *) &self->part, &self->part_raw, error);
    case PROP_EMAIL:
      return fu_json_read_string (reader, name, &self->email, error);
    case PROP_PHONE:
      return fu_json_read_string (reader, name, &self->phone, error);
    case PROP_LINKEDIN:
      return fu_json_read_string (reader, name, &self->linkedin, error);
    case PROP_NOTES:
      return fu_json_read_string (reader, name, &self->notes, error);
    case PROP_RAPPORT_NOTES:
      return fu_json_read_string (reader, name, &self->rapport_notes, error);
    case PROP_STAY_IN_TOUCH:
      return fu_json_read_bool (reader, name, &self->stay_in_touch, error);
    case PROP_STAY_IN_TOUCH_DAYS:
      return fu_json_read_int (reader, name, &self->stay_in_touch_days, error);
    default:
      g_assert_not_reached ();
    }
}

static void
fu_contact_write_members (FuRecord   *record,
                          JsonObject *object)
{
  FuContact *self = FU_CONTACT (record);

  if (self->name != NULL)
    json_object_set_string_member (object, "name", self->name);
  if (self->company != NULL)
    json_object_set_string_member (object, "company", self->company);
  fu_json_set_enum (object, "part", FU_TYPE_PART, self->part, self->part_raw);
  if (self->email != NULL)
    json_object_set_string_member (object, "email", self->email);
  if (self->phone != NULL)
    json_object_set_string_member (object, "phone", self->phone);
  if (self->linkedin != NULL)
    json_object_set_string_member (object, "linkedin", self->linkedin);
  if (self->notes != NULL)
    json_object_set_string_member (object, "notes", self->notes);
  if (self->rapport_notes != NULL)
    json_object_set_string_member (object, "rapport_notes", self->rapport_notes);
  json_object_set_boolean_member (object, "stay_in_touch", self->stay_in_touch);
  json_object_set_int_member (object, "stay_in_touch_days", self->stay_in_touch_days);
}

static void
fu_contact_class_init (FuContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FuRecordClass *record_class = FU_RECORD_CLASS (klass);

  object_class->finalize = fu_contact_finalize;
  object_class->get_property = fu_contact_get_property;
  object_class->set_property = fu_contact_set_property;

  record_class->read_member = fu_contact_read_member;
  record_class->write_members = fu_contact_write_members;
  fu_record_class_set_members (record_class, member_names);

  /**
   * FuContact:name:
   *
   * The person's name.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuContact:company:
   *
   * The company they work for.
   */
  properties[PROP_COMPANY] =
    g_param_spec_string ("company", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuContact:part:
   *
   * The part they usually play.
   */
  properties[PROP_PART] =
    g_param_spec_enum ("part", NULL, NULL, FU_TYPE_PART, FU_PART_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuContact:email:
   *
   * Email address.
   */
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuContact:phone:
   *
   * Phone number.
   */
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuContact:linkedin:
   *
   * LinkedIn profile address.
   */
  properties[PROP_LINKEDIN] =
    g_param_spec_string ("linkedin", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuContact:notes:
   *
   * Free notes.
   */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuContact:rapport-notes:
   *
   * Personal details worth remembering (pets, holidays, shared interests).
   */
  properties[PROP_RAPPORT_NOTES] =
    g_param_spec_string ("rapport-notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuContact:stay-in-touch:
   *
   * Whether the user wants to keep in touch (rule 20).
   */
  properties[PROP_STAY_IN_TOUCH] =
    g_param_spec_boolean ("stay-in-touch", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuContact:stay-in-touch-days:
   *
   * How often to keep in touch, in days.
   */
  properties[PROP_STAY_IN_TOUCH_DAYS] =
    g_param_spec_int ("stay-in-touch-days", NULL, NULL, 1, 3650, 90,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fu_contact_init (FuContact *self)
{
  self->part = FU_PART_OTHER;
  self->stay_in_touch_days = 90;
}

const char *
fu_contact_get_name (FuContact *self)
{
  g_return_val_if_fail (FU_IS_CONTACT (self), NULL);

  return self->name;
}

void
fu_contact_set_name (FuContact  *self,
                     const char *name)
{
  g_return_if_fail (FU_IS_CONTACT (self));

  if (fu_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
fu_contact_get_company (FuContact *self)
{
  g_return_val_if_fail (FU_IS_CONTACT (self), NULL);

  return self->company;
}

void
fu_contact_set_company (FuContact  *self,
                        const char *company)
{
  g_return_if_fail (FU_IS_CONTACT (self));

  if (fu_set_str (&self->company, company))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPANY]);
}

FuPart
fu_contact_get_part (FuContact *self)
{
  g_return_val_if_fail (FU_IS_CONTACT (self), FU_PART_UNKNOWN);

  return self->part;
}

void
fu_contact_set_part (FuContact *self,
                     FuPart     part)
{
  g_return_if_fail (FU_IS_CONTACT (self));

  g_return_if_fail (part != FU_PART_UNKNOWN);

  if (self->part == part && self->part_raw == NULL)
    return;

  g_clear_pointer (&self->part_raw, g_free);
  self->part = part;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PART]);
}

const char *
fu_contact_get_email (FuContact *self)
{
  g_return_val_if_fail (FU_IS_CONTACT (self), NULL);

  return self->email;
}

void
fu_contact_set_email (FuContact  *self,
                      const char *email)
{
  g_return_if_fail (FU_IS_CONTACT (self));

  if (fu_set_str (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
fu_contact_get_phone (FuContact *self)
{
  g_return_val_if_fail (FU_IS_CONTACT (self), NULL);

  return self->phone;
}

void
fu_contact_set_phone (FuContact  *self,
                      const char *phone)
{
  g_return_if_fail (FU_IS_CONTACT (self));

  if (fu_set_str (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
fu_contact_get_linkedin (FuContact *self)
{
  g_return_val_if_fail (FU_IS_CONTACT (self), NULL);

  return self->linkedin;
}

void
fu_contact_set_linkedin (FuContact  *self,
                         const char *linkedin)
{
  g_return_if_fail (FU_IS_CONTACT (self));

  if (fu_set_str (&self->linkedin, linkedin))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINKEDIN]);
}

const char *
fu_contact_get_notes (FuContact *self)
{
  g_return_val_if_fail (FU_IS_CONTACT (self), NULL);

  return self->notes;
}

void
fu_contact_set_notes (FuContact  *self,
                      const char *notes)
{
  g_return_if_fail (FU_IS_CONTACT (self));

  if (fu_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
fu_contact_get_rapport_notes (FuContact *self)
{
  g_return_val_if_fail (FU_IS_CONTACT (self), NULL);

  return self->rapport_notes;
}

void
fu_contact_set_rapport_notes (FuContact  *self,
                              const char *rapport_notes)
{
  g_return_if_fail (FU_IS_CONTACT (self));

  if (fu_set_str (&self->rapport_notes, rapport_notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RAPPORT_NOTES]);
}

gboolean
fu_contact_get_stay_in_touch (FuContact *self)
{
  g_return_val_if_fail (FU_IS_CONTACT (self), FALSE);

  return self->stay_in_touch;
}

void
fu_contact_set_stay_in_touch (FuContact *self,
                              gboolean   stay_in_touch)
{
  g_return_if_fail (FU_IS_CONTACT (self));

  stay_in_touch = !!stay_in_touch;
  if (self->stay_in_touch == stay_in_touch)
    return;

  self->stay_in_touch = stay_in_touch;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAY_IN_TOUCH]);
}

int
fu_contact_get_stay_in_touch_days (FuContact *self)
{
  g_return_val_if_fail (FU_IS_CONTACT (self), 0);

  return self->stay_in_touch_days;
}

void
fu_contact_set_stay_in_touch_days (FuContact *self,
                                   int        stay_in_touch_days)
{
  g_return_if_fail (FU_IS_CONTACT (self));

  if (self->stay_in_touch_days == stay_in_touch_days)
    return;

  self->stay_in_touch_days = stay_in_touch_days;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAY_IN_TOUCH_DAYS]);
}
