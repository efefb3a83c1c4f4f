/* fu-follow-up.c: something the user should do, and when
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fu-json.h"
#include "fu-follow-up.h"

struct _FuFollowUp
{
  FuRecord parent_instance;

  int kind;
  JsonNode *kind_raw;  /* a kind this version does not know */
  char *job_id;
  char *contact_id;
  int occurrence;
  GDateTime *due;
  FuFollowUpState state;
  char *state_raw;  /* an id this version does not know */
  GDateTime *snoozed_until;
  FuFollowUpOrigin origin;
  char *origin_raw;  /* an id this version does not know */
  GDateTime *last_notified;
  char *explanation;
  char *title;
  GDateTime *created;
  char *round_id;
};

G_DEFINE_FINAL_TYPE (FuFollowUp, fu_follow_up, FU_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_JOB_ID,
  PROP_CONTACT_ID,
  PROP_OCCURRENCE,
  PROP_DUE,
  PROP_STATE,
  PROP_SNOOZED_UNTIL,
  PROP_ORIGIN,
  PROP_LAST_NOTIFIED,
  PROP_EXPLANATION,
  PROP_TITLE,
  PROP_CREATED,
  PROP_ROUND_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The JSON members, in property order (index + 1 == PROP_*). */
static const char * const member_names[] = {
  "kind",
  "job_id",
  "contact_id",
  "occurrence",
  "due",
  "state",
  "snoozed_until",
  "origin",
  "last_notified",
  "explanation",
  "title",
  "created",
  "round_id",
  NULL
};

static gboolean
read_kind (FuFollowUp    *self,
           FuJsonReader  *reader,
           const char    *name,
           GError       **error)
{
  const char *start;
  char c = fu_json_reader_peek (reader);

  /* A rule number, or "custom"; anything else came from a newer version
   * and is kept as it is. */
  g_clear_pointer (&self->kind_raw, json_node_unref);
  start = reader->p;
  if (c == '"')
    {
      if (!fu_json_reader_read_text (reader, error))
        return FALSE;
      if (strcmp (reader->scratch->str, "custom") == 0)
        {
          self->kind = FU_FOLLOW_UP_KIND_CUSTOM;
          return TRUE;
        }
    }
  else if (c == '-' || g_ascii_isdigit (c))
    {
      gboolean is_int;
      gint64 value;
      double d;

      if (!fu_json_reader_read_number (reader, &is_int, &value, &d, error))
        return FALSE;
      if (is_int && value >= 1 && value <= FU_FOLLOW_UP_KIND_MAX_RULE)
        {
          self->kind = (int) value;
          return TRUE;
        }
    }

  reader->p = start;
  self->kind = FU_FOLLOW_UP_KIND_UNKNOWN;
  self->kind_raw = fu_json_reader_read_node (reader, error);
  return self->kind_raw != NULL;
}

static void
write_kind (FuFollowUp *self,
            JsonObject *object,
            const char *name)
{
  if (self->kind_raw != NULL)
    json_object_set_member (object, name, json_node_ref (self->kind_raw));
  else if (self->kind == FU_FOLLOW_UP_KIND_CUSTOM)
    json_object_set_string_member (object, name, "custom");
  else
    json_object_set_int_member (object, name, self->kind);
}
FuFollowUp *
fu_follow_up_new (void)
{
  g_autofree char *id = g_uuid_string_random ();

  return g_object_new (FU_TYPE_FOLLOW_UP, "id", id, NULL);
}

const char *
fu_follow_up_get_id (FuFollowUp *self)
{
  return fu_record_get_id (FU_RECORD (self));
}

static void
fu_follow_up_finalize (GObject *object)
{
  FuFollowUp *self = FU_FOLLOW_UP (object);

  g_clear_pointer (&self->kind_raw, json_node_unref);
  g_clear_pointer (&self->job_id, g_free);
  g_clear_pointer (&self->contact_id, g_free);
  g_clear_pointer (&self->due, g_date_time_unref);
  g_clear_pointer (&self->state_raw, g_free);
  g_clear_pointer (&self->snoozed_until, g_date_time_unref);
  g_clear_pointer (&self->origin_raw, g_free);
  g_clear_pointer (&self->last_notified, g_date_time_unref);
  g_clear_pointer (&self->explanation, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->round_id, g_free);

  G_OBJECT_CLASS (fu_follow_up_parent_class)->finalize (object);
}

static void
fu_follow_up_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FuFollowUp *self = FU_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, fu_follow_up_get_kind (self));
      break;
    case PROP_JOB_ID:
      g_value_set_string (value, fu_follow_up_get_job_id (self));
      break;
    case PROP_CONTACT_ID:
      g_value_set_string (value, fu_follow_up_get_contact_id (self));
      break;
    case PROP_OCCURRENCE:
      g_value_set_int (value, fu_follow_up_get_occurrence (self));
      break;
    case PROP_DUE:
      g_value_set_boxed (value, fu_follow_up_get_due (self));
      break;
    case PROP_STATE:
      g_value_set_enum (value, fu_follow_up_get_state (self));
      break;
    case PROP_SNOOZED_UNTIL:
      g_value_set_boxed (value, fu_follow_up_get_snoozed_until (self));
      break;
    case PROP_ORIGIN:
      g_value_set_enum (value, fu_follow_up_get_origin (self));
      break;
    case PROP_LAST_NOTIFIED:
      g_value_set_boxed (value, fu_follow_up_get_last_notified (self));
      break;
    case PROP_EXPLANATION:
      g_value_set_string (value, fu_follow_up_get_explanation (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, fu_follow_up_get_title (self));
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, fu_follow_up_get_created (self));
      break;
    case PROP_ROUND_ID:
      g_value_set_string (value, fu_follow_up_get_round_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_follow_up_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FuFollowUp *self = FU_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      fu_follow_up_set_kind (self, g_value_get_int (value));
      break;
    case PROP_JOB_ID:
      fu_follow_up_set_job_id (self, g_value_get_string (value));
      break;
    case PROP_CONTACT_ID:
      fu_follow_up_set_contact_id (self, g_value_get_string (value));
      break;
    case PROP_OCCURRENCE:
      fu_follow_up_set_occurrence (self, g_value_get_int (value));
      break;
    case PROP_DUE:
      fu_follow_up_set_due (self, g_value_get_boxed (value));
      break;
    case PROP_STATE:
      fu_follow_up_set_state (self, g_value_get_enum (value));
      break;
    case PROP_SNOOZED_UNTIL:
      fu_follow_up_set_snoozed_until (self, g_value_get_boxed (value));
      break;
    case PROP_ORIGIN:
      fu_follow_up_set_origin (self, g_value_get_enum (value));
      break;
    case PROP_LAST_NOTIFIED:
      fu_follow_up_set_last_notified (self, g_value_get_boxed (value));
      break;
    case PROP_EXPLANATION:
      fu_follow_up_set_explanation (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      fu_follow_up_set_title (self, g_value_get_string (value));
      break;
    case PROP_CREATED:
      fu_follow_up_set_created (self, g_value_get_boxed (value));
      break;
    case PROP_ROUND_ID:
      fu_follow_up_set_round_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
fu_follow_up_read_member (FuRecord     *record,
                          guint         index,
                          const char   *name,
                          FuJsonReader *reader,
                          GError      **error)
{
  FuFollowUp *self = FU_FOLLOW_UP (record);

  switch (index + 1)
    {
    case PROP_KIND:
      return read_kind (self, reader, name, error);
    case PROP_JOB_ID:
      return fu_json_read_string (reader, name, &self->job_id, error);
    case PROP_CONTACT_ID:
      return fu_json_read_string (reader, name, &self->contact_id, error);
    case PROP_OCCURRENCE:
      return fu_json_read_int (reader, name, &self->occurrence, error);
    case PROP_DUE:
      return fu_json_read_time (reader, name, &self->due, error);
    case PROP_STATE:
      return fu_json_read_enum (reader, name, FU_TYPE_FOLLOW_UP_STATE, (int *) &self->state, &self->state_raw, error);
    case PROP_SNOOZED_UNTIL:
      return fu_json_read_time (reader, name, &self->snoozed_until, error);
    case PROP_ORIGIN:
      return fu_json_read_enum (reader, name, FU_TYPE_FOLLOW_UP_ORIGIN, (int *) &self->origin, &self->origin_raw, error);
    case PROP_LAST_NOTIFIED:
      return fu_json_read_time (reader, name, &self->last_notified, error);
    case PROP_EXPLANATION:
      return fu_json_read_string (reader, name, &self->explanation, error);
    case PROP_TITLE:
      return fu_json_read_string (reader, name, &self->title, error);
    case PROP_CREATED:
      return fu_json_read_time (reader, name, &self->created, error);
    case PROP_ROUND_ID:
      return fu_json_read_string (reader, name, &self->round_id, error);
    default:
      g_assert_not_reached ();
    }
}

static void
fu_follow_up_write_members (FuRecord   *record,
                            JsonObject *object)
{
  FuFollowUp *self = FU_FOLLOW_UP (record);

  write_kind (self, object, "kind");
  if (self->job_id != NULL)
    json_object_set_string_member (object, "job_id", self->job_id);
  if (self->contact_id != NULL)
    json_object_set_string_member (object, "contact_id", self->contact_id);
  json_object_set_int_member (object, "occurrence", self->occurrence);
  fu_json_set_time (object, "due", self->due);
  fu_json_set_enum (object, "state", FU_TYPE_FOLLOW_UP_STATE, self->state, self->state_raw);
  fu_json_set_time (object, "snoozed_until", self->snoozed_until);
  fu_json_set_enum (object, "origin", FU_TYPE_FOLLOW_UP_ORIGIN, self->origin, self->origin_raw);
  fu_json_set_time (object, "last_notified", self->last_notified);
  if (self->explanation != NULL)
    json_object_set_string_member (object, "explanation", self->explanation);
  if (self->title != NULL)
    json_object_set_string_member (object, "title", self->title);
  fu_json_set_time (object, "created", self->created);
  if (self->round_id != NULL)
    json_object_set_string_member (object, "round_id", self->round_id);
}

static void
fu_follow_up_class_init (FuFollowUpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FuRecordClass *record_class = FU_RECORD_CLASS (klass);

  object_class->finalize = fu_follow_up_finalize;
  object_class->get_property = fu_follow_up_get_property;
  object_class->set_property = fu_follow_up_set_property;

  record_class->read_member = fu_follow_up_read_member;
  record_class->write_members = fu_follow_up_write_members;
  fu_record_class_set_members (record_class, member_names);

  /**
   * FuFollowUp:kind:
   *
   * The rule number (1..20), FU_FOLLOW_UP_KIND_CUSTOM (0), or
   * FU_FOLLOW_UP_KIND_UNKNOWN (-1, read only) for a kind this version does
   * not know.
   */
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, FU_FOLLOW_UP_KIND_UNKNOWN, FU_FOLLOW_UP_KIND_MAX_RULE, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuFollowUp:job-id:
   *
   * The id of the job, if any.
   */
  properties[PROP_JOB_ID] =
    g_param_spec_string ("job-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuFollowUp:contact-id:
   *
   * The id of the contact, if any.
   */
  properties[PROP_CONTACT_ID] =
    g_param_spec_string ("contact-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuFollowUp:occurrence:
   *
   * Which occurrence of the rule for this job and contact: 1 for the
   * first, 2 for the second nudge, and so on.
   */
  properties[PROP_OCCURRENCE] =
    g_param_spec_int ("occurrence", NULL, NULL, 0, G_MAXINT, 1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuFollowUp:due:
   *
   * When it is due.
   */
  properties[PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuFollowUp:state:
   *
   * Open, snoozed, done, dismissed or retired.
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, FU_TYPE_FOLLOW_UP_STATE, FU_FOLLOW_UP_STATE_OPEN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuFollowUp:snoozed-until:
   *
   * Until when it is snoozed (state snoozed).
   */
  properties[PROP_SNOOZED_UNTIL] =
    g_param_spec_boxed ("snoozed-until", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuFollowUp:origin:
   *
   * Made by a rule or by the user.
   */
  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL, FU_TYPE_FOLLOW_UP_ORIGIN, FU_FOLLOW_UP_ORIGIN_RULE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuFollowUp:last-notified:
   *
   * When the user was last notified of it.
   */
  properties[PROP_LAST_NOTIFIED] =
    g_param_spec_boxed ("last-notified", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuFollowUp:explanation:
   *
   * The one-line explanation of why it exists.
   */
  properties[PROP_EXPLANATION] =
    g_param_spec_string ("explanation", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuFollowUp:title:
   *
   * The user's own words for a custom follow-up.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuFollowUp:created:
   *
   * When it was made.
   */
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuFollowUp:round-id:
   *
   * The id of the interview round a rule-made follow-up is about (rules
   * 4 to 12), if any: part of its key, so each round of a job has its
   * own, and rescheduling the round can move them.
   */
  properties[PROP_ROUND_ID] =
    g_param_spec_string ("round-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fu_follow_up_init (FuFollowUp *self)
{
  self->occurrence = 1;
  self->state = FU_FOLLOW_UP_STATE_OPEN;
  self->origin = FU_FOLLOW_UP_ORIGIN_RULE;
}

int
fu_follow_up_get_kind (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), 0);

  return self->kind;
}

void
fu_follow_up_set_kind (FuFollowUp *self,
                       int         kind)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  g_return_if_fail (kind >= FU_FOLLOW_UP_KIND_CUSTOM && kind <= FU_FOLLOW_UP_KIND_MAX_RULE);

  if (self->kind == kind && self->kind_raw == NULL)
    return;

  g_clear_pointer (&self->kind_raw, json_node_unref);
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
fu_follow_up_get_job_id (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), NULL);

  return self->job_id;
}

void
fu_follow_up_set_job_id (FuFollowUp *self,
                         const char *job_id)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  if (fu_set_str (&self->job_id, job_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_ID]);
}

const char *
fu_follow_up_get_contact_id (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), NULL);

  return self->contact_id;
}

void
fu_follow_up_set_contact_id (FuFollowUp *self,
                             const char *contact_id)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  if (fu_set_str (&self->contact_id, contact_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_ID]);
}

int
fu_follow_up_get_occurrence (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), 0);

  return self->occurrence;
}

void
fu_follow_up_set_occurrence (FuFollowUp *self,
                             int         occurrence)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  if (self->occurrence == occurrence)
    return;

  self->occurrence = occurrence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OCCURRENCE]);
}

GDateTime *
fu_follow_up_get_due (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), NULL);

  return self->due;
}

void
fu_follow_up_set_due (FuFollowUp *self,
                      GDateTime  *due)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  if (fu_date_time_same (self->due, due))
    return;

  g_clear_pointer (&self->due, g_date_time_unref);
  self->due = due != NULL ? g_date_time_ref (due) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

FuFollowUpState
fu_follow_up_get_state (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), FU_FOLLOW_UP_STATE_UNKNOWN);

  return self->state;
}

void
fu_follow_up_set_state (FuFollowUp      *self,
                        FuFollowUpState  state)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  g_return_if_fail (state != FU_FOLLOW_UP_STATE_UNKNOWN);

  if (self->state == state && self->state_raw == NULL)
    return;

  g_clear_pointer (&self->state_raw, g_free);
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

GDateTime *
fu_follow_up_get_snoozed_until (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), NULL);

  return self->snoozed_until;
}

void
fu_follow_up_set_snoozed_until (FuFollowUp *self,
                                GDateTime  *snoozed_until)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  if (fu_date_time_same (self->snoozed_until, snoozed_until))
    return;

  g_clear_pointer (&self->snoozed_until, g_date_time_unref);
  self->snoozed_until = snoozed_until != NULL ? g_date_time_ref (snoozed_until) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNOOZED_UNTIL]);
}

FuFollowUpOrigin
fu_follow_up_get_origin (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), FU_FOLLOW_UP_ORIGIN_UNKNOWN);

  return self->origin;
}

void
fu_follow_up_set_origin (FuFollowUp       *self,
                         FuFollowUpOrigin  origin)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  g_return_if_fail (origin != FU_FOLLOW_UP_ORIGIN_UNKNOWN);

  if (self->origin == origin && self->origin_raw == NULL)
    return;

  g_clear_pointer (&self->origin_raw, g_free);
  self->origin = origin;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
}

GDateTime *
fu_follow_up_get_last_notified (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), NULL);

  return self->last_notified;
}

void
fu_follow_up_set_last_notified (FuFollowUp *self,
                                GDateTime  *last_notified)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  if (fu_date_time_same (self->last_notified, last_notified))
    return;

  g_clear_pointer (&self->last_notified, g_date_time_unref);
  self->last_notified = last_notified != NULL ? g_date_time_ref (last_notified) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_NOTIFIED]);
}

const char *
fu_follow_up_get_explanation (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), NULL);

  return self->explanation;
}

void
fu_follow_up_set_explanation (FuFollowUp *self,
                              const char *explanation)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  if (fu_set_str (&self->explanation, explanation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPLANATION]);
}

const char *
fu_follow_up_get_title (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), NULL);

  return self->title;
}

void
fu_follow_up_set_title (FuFollowUp *self,
                        const char *title)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  if (fu_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

GDateTime *
fu_follow_up_get_created (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), NULL);

  return self->created;
}

void
fu_follow_up_set_created (FuFollowUp *self,
                          GDateTime  *created)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  if (fu_date_time_same (self->created, created))
    return;

  g_clear_pointer (&self->created, g_date_time_unref);
  self->created = created != NULL ? g_date_time_ref (created) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

const char *
fu_follow_up_get_round_id (FuFollowUp *self)
{
  g_return_val_if_fail (FU_IS_FOLLOW_UP (self), NULL);

  return self->round_id;
}

void
fu_follow_up_set_round_id (FuFollowUp *self,
                           const char *round_id)
{
  g_return_if_fail (FU_IS_FOLLOW_UP (self));

  if (fu_set_str (&self->round_id, round_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND_ID]);
}
