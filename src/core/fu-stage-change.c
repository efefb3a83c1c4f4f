/* fu-stage-change.c: one entry of a job's stage history
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-json.h"
#include "fu-stage-change.h"

struct _FuStageChange
{
  FuRecord parent_instance;

  FuStage stage;
  char *stage_raw;  /* an id this version does not know */
  FuOutcome outcome;
  char *outcome_raw;  /* an id this version does not know */
  GDateTime *time;
  char *note;
};

G_DEFINE_FINAL_TYPE (FuStageChange, fu_stage_change, FU_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STAGE,
  PROP_OUTCOME,
  PROP_TIME,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The JSON members, in property order (index + 1 == PROP_*). */
static const char * const member_names[] = {
  "stage",
  "outcome",
  "time",
  "note",
  NULL
};

FuStageChange *
fu_stage_change_new (FuStage     stage,
                     FuOutcome   outcome,
                     GDateTime  *time,
                     const char *note)
{
  return g_object_new (FU_TYPE_STAGE_CHANGE,
                       "stage", stage,
                       "outcome", outcome,
                       "time", time,
                       "note", note,
                       NULL);
}

const char *
fu_stage_change_get_id (FuStageChange *self)
{
  return fu_record_get_id (FU_RECORD (self));
}

static void
fu_stage_change_finalize (GObject *object)
{
  FuStageChange *self = FU_STAGE_CHANGE (object);

  g_clear_pointer (&self->stage_raw, g_free);
  g_clear_pointer (&self->outcome_raw, g_free);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (fu_stage_change_parent_class)->finalize (object);
}

static void
fu_stage_change_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FuStageChange *self = FU_STAGE_CHANGE (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      g_value_set_enum (value, fu_stage_change_get_stage (self));
      break;
    case PROP_OUTCOME:
      g_value_set_enum (value, fu_stage_change_get_outcome (self));
      break;
    case PROP_TIME:
      g_value_set_boxed (value, fu_stage_change_get_time (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, fu_stage_change_get_note (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_stage_change_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FuStageChange *self = FU_STAGE_CHANGE (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      fu_stage_change_set_stage (self, g_value_get_enum (value));
      break;
    case PROP_OUTCOME:
      fu_stage_change_set_outcome (self, g_value_get_enum (value));
      break;
    case PROP_TIME:
      fu_stage_change_set_time (self, g_value_get_boxed (value));
      break;
    case PROP_NOTE:
      fu_stage_change_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
fu_stage_change_read_member (FuRecord     *record,
                             guint         index,
                             const char   *name,
                             FuJsonReader *reader,
                             GError      **error)
{
  FuStageChange *self = FU_STAGE_CHANGE (record);

  switch (index + 1)
    {
    case PROP_STAGE:
      return fu_json_read_enum (reader, name, FU_TYPE_STAGE, (int *) &self->stage, &self->stage_raw, error);
    case PROP_OUTCOME:
      return fu_json_read_enum (reader, name, FU_TYPE_OUTCOME, (int *) &self->outcome, &self->outcome_raw, error);
    case PROP_TIME:
      return fu_json_read_time (reader, name, &self->time, error);
    case PROP_NOTE:
      return fu_json_read_string (reader, name, &self->note, error);
    default:
      g_assert_not_reached ();
    }
}

static void
fu_stage_change_write_members (FuRecord   *record,
                               JsonObject *object)
{
  FuStageChange *self = FU_STAGE_CHANGE (record);

  fu_json_set_enum (object, "stage", FU_TYPE_STAGE, self->stage, self->stage_raw);
  if (self->outcome != FU_OUTCOME_NONE || self->outcome_raw != NULL)
    fu_json_set_enum (object, "outcome", FU_TYPE_OUTCOME, self->outcome, self->outcome_raw);
  fu_json_set_time (object, "time", self->time);
  if (self->note != NULL)
    json_object_set_string_member (object, "note", self->note);
}

static void
fu_stage_change_class_init (FuStageChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FuRecordClass *record_class = FU_RECORD_CLASS (klass);

  object_class->finalize = fu_stage_change_finalize;
  object_class->get_property = fu_stage_change_get_property;
  object_class->set_property = fu_stage_change_set_property;

  record_class->read_member = fu_stage_change_read_member;
  record_class->write_members = fu_stage_change_write_members;
  fu_record_class_set_members (record_class, member_names);

  /**
   * FuStageChange:stage:
   *
   * The stage the job was in (moved to, or closed from).
   */
  properties[PROP_STAGE] =
    g_param_spec_enum ("stage", NULL, NULL, FU_TYPE_STAGE, FU_STAGE_WISHLIST,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuStageChange:outcome:
   *
   * The outcome when this entry closed the job, else NONE.
   */
  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL, FU_TYPE_OUTCOME, FU_OUTCOME_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuStageChange:time:
   *
   * When it happened.
   */
  properties[PROP_TIME] =
    g_param_spec_boxed ("time", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuStageChange:note:
   *
   * The note given when closing, if any.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fu_stage_change_init (FuStageChange *self)
{
  self->stage = FU_STAGE_WISHLIST;
  self->outcome = FU_OUTCOME_NONE;
}

FuStage
fu_stage_change_get_stage (FuStageChange *self)
{
  g_return_val_if_fail (FU_IS_STAGE_CHANGE (self), FU_STAGE_UNKNOWN);

  return self->stage;
}

void
fu_stage_change_set_stage (FuStageChange *self,
                           FuStage        stage)
{
  g_return_if_fail (FU_IS_STAGE_CHANGE (self));

  g_return_if_fail (stage != FU_STAGE_UNKNOWN);

  if (self->stage == stage && self->stage_raw == NULL)
    return;

  g_clear_pointer (&self->stage_raw, g_free);
  self->stage = stage;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}

FuOutcome
fu_stage_change_get_outcome (FuStageChange *self)
{
  g_return_val_if_fail (FU_IS_STAGE_CHANGE (self), FU_OUTCOME_UNKNOWN);

  return self->outcome;
}

void
fu_stage_change_set_outcome (FuStageChange *self,
                             FuOutcome      outcome)
{
  g_return_if_fail (FU_IS_STAGE_CHANGE (self));

  g_return_if_fail (outcome != FU_OUTCOME_UNKNOWN);

  if (self->outcome == outcome && self->outcome_raw == NULL)
    return;

  g_clear_pointer (&self->outcome_raw, g_free);
  self->outcome = outcome;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

GDateTime *
fu_stage_change_get_time (FuStageChange *self)
{
  g_return_val_if_fail (FU_IS_STAGE_CHANGE (self), NULL);

  return self->time;
}

void
fu_stage_change_set_time (FuStageChange *self,
                          GDateTime     *time)
{
  g_return_if_fail (FU_IS_STAGE_CHANGE (self));

  if (fu_date_time_same (self->time, time))
    return;

  g_clear_pointer (&self->time, g_date_time_unref);
  self->time = time != NULL ? g_date_time_ref (time) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

const char *
fu_stage_change_get_note (FuStageChange *self)
{
  g_return_val_if_fail (FU_IS_STAGE_CHANGE (self), NULL);

  return self->note;
}

void
fu_stage_change_set_note (FuStageChange *self,
                          const char    *note)
{
  g_return_if_fail (FU_IS_STAGE_CHANGE (self));

  if (fu_set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
