/* fu-round.c: an interview round
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-json.h"
#include "fu-round.h"

struct _FuRound
{
  FuRecord parent_instance;

  FuRoundKind kind;
  char *kind_raw;  /* an id this version does not know */
  GDateTime *start;
  GDateTime *end;
  char *time_zone;
  char *location;
  GListStore *interviewers;
  GDateTime *decision_date;
  char *arranged_by;
  char *prep;
  char *debrief;
};

G_DEFINE_FINAL_TYPE (FuRound, fu_round, FU_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_START,
  PROP_END,
  PROP_TIME_ZONE,
  PROP_LOCATION,
  PROP_INTERVIEWERS,
  PROP_DECISION_DATE,
  PROP_ARRANGED_BY,
  PROP_PREP,
  PROP_DEBRIEF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The JSON members, in property order (index + 1 == PROP_*). */
static const char * const member_names[] = {
  "kind",
  "start",
  "end",
  "time_zone",
  "location",
  "interviewers",
  "decision_date",
  "arranged_by",
  "prep",
  "debrief",
  NULL
};

FuRound *
fu_round_new (void)
{
  g_autofree char *id = g_uuid_string_random ();

  return g_object_new (FU_TYPE_ROUND, "id", id, NULL);
}

const char *
fu_round_get_id (FuRound *self)
{
  return fu_record_get_id (FU_RECORD (self));
}

static void
fu_round_finalize (GObject *object)
{
  FuRound *self = FU_ROUND (object);

  g_clear_pointer (&self->kind_raw, g_free);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_clear_pointer (&self->time_zone, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_object (&self->interviewers);
  g_clear_pointer (&self->decision_date, g_date_time_unref);
  g_clear_pointer (&self->arranged_by, g_free);
  g_clear_pointer (&self->prep, g_free);
  g_clear_pointer (&self->debrief, g_free);

  G_OBJECT_CLASS (fu_round_parent_class)->finalize (object);
}

static void
fu_round_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  FuRound *self = FU_ROUND (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, fu_round_get_kind (self));
      break;
    case PROP_START:
      g_value_set_boxed (value, fu_round_get_start (self));
      break;
    case PROP_END:
      g_value_set_boxed (value, fu_round_get_end (self));
      break;
    case PROP_TIME_ZONE:
      g_value_set_string (value, fu_round_get_time_zone (self));
      break;
    case PROP_LOCATION:
      g_value_set_string (value, fu_round_get_location (self));
      break;
    case PROP_INTERVIEWERS:
      g_value_set_object (value, fu_round_get_interviewers (self));
      break;
    case PROP_DECISION_DATE:
      g_value_set_boxed (value, fu_round_get_decision_date (self));
      break;
    case PROP_ARRANGED_BY:
      g_value_set_string (value, fu_round_get_arranged_by (self));
      break;
    case PROP_PREP:
      g_value_set_string (value, fu_round_get_prep (self));
      break;
    case PROP_DEBRIEF:
      g_value_set_string (value, fu_round_get_debrief (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_round_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  FuRound *self = FU_ROUND (object);

  switch (prop_id)
    {
    case PROP_KIND:
      fu_round_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_START:
      fu_round_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      fu_round_set_end (self, g_value_get_boxed (value));
      break;
    case PROP_TIME_ZONE:
      fu_round_set_time_zone (self, g_value_get_string (value));
      break;
    case PROP_LOCATION:
      fu_round_set_location (self, g_value_get_string (value));
      break;
    case PROP_DECISION_DATE:
      fu_round_set_decision_date (self, g_value_get_boxed (value));
      break;
    case PROP_ARRANGED_BY:
      fu_round_set_arranged_by (self, g_value_get_string (value));
      break;
    case PROP_PREP:
      fu_round_set_prep (self, g_value_get_string (value));
      break;
    case PROP_DEBRIEF:
      fu_round_set_debrief (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
fu_round_read_member (FuRecord     *record,
                      guint         index,
                      const char   *name,
                      FuJsonReader *reader,
                      GError      **error)
{
  FuRound *self = FU_ROUND (record);

  switch (index + 1)
    {
    case PROP_KIND:
      return fu_json_read_enum (reader, name, FU_TYPE_ROUND_KIND, (int *) &self->kind, &self->kind_raw, error);
    case PROP_START:
      return fu_json_read_time (reader, name, &self->start, error);
    case PROP_END:
      return fu_json_read_time (reader, name, &self->end, error);
    case PROP_TIME_ZONE:
      return fu_json_read_string (reader, name, &self->time_zone, error);
    case PROP_LOCATION:
      return fu_json_read_string (reader, name, &self->location, error);
    case PROP_INTERVIEWERS:
      return fu_record_read_list (record, reader, name, FU_TYPE_INTERVIEWER, self->interviewers, error);
    case PROP_DECISION_DATE:
      return fu_json_read_time (reader, name, &self->decision_date, error);
    case PROP_ARRANGED_BY:
      return fu_json_read_string (reader, name, &self->arranged_by, error);
    case PROP_PREP:
      return fu_json_read_string (reader, name, &self->prep, error);
    case PROP_DEBRIEF:
      return fu_json_read_string (reader, name, &self->debrief, error);
    default:
      g_assert_not_reached ();
    }
}

static void
fu_round_write_members (FuRecord   *record,
                        JsonObject *object)
{
  FuRound *self = FU_ROUND (record);

  fu_json_set_enum (object, "kind", FU_TYPE_ROUND_KIND, self->kind, self->kind_raw);
  fu_json_set_time (object, "start", self->start);
  fu_json_set_time (object, "end", self->end);
  if (self->time_zone != NULL)
    json_object_set_string_member (object, "time_zone", self->time_zone);
  if (self->location != NULL)
    json_object_set_string_member (object, "location", self->location);
  fu_record_write_list (object, "interviewers", G_LIST_MODEL (self->interviewers));
  fu_json_set_time (object, "decision_date", self->decision_date);
  if (self->arranged_by != NULL)
    json_object_set_string_member (object, "arranged_by", self->arranged_by);
  if (self->prep != NULL)
    json_object_set_string_member (object, "prep", self->prep);
  if (self->debrief != NULL)
    json_object_set_string_member (object, "debrief", self->debrief);
}

static void
fu_round_class_init (FuRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FuRecordClass *record_class = FU_RECORD_CLASS (klass);

  object_class->finalize = fu_round_finalize;
  object_class->get_property = fu_round_get_property;
  object_class->set_property = fu_round_set_property;

  record_class->read_member = fu_round_read_member;
  record_class->write_members = fu_round_write_members;
  fu_record_class_set_members (record_class, member_names);

  /**
   * FuRound:kind:
   *
   * The kind of round.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, FU_TYPE_ROUND_KIND, FU_ROUND_KIND_PHONE_SCREEN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuRound:start:
   *
   * When the round starts.
   */
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuRound:end:
   *
   * When the round ends.
   */
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuRound:time-zone:
   *
   * The IANA name of the round's time zone, such as Europe/Paris.
   */
  properties[PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuRound:location:
   *
   * Where: an address or a video link.
   */
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuRound:interviewers:
   *
   * The interviewers (FuInterviewer), a GListModel.
   */
  properties[PROP_INTERVIEWERS] =
    g_param_spec_object ("interviewers", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FuRound:decision-date:
   *
   * The decision date the interviewers gave, if any.
   */
  properties[PROP_DECISION_DATE] =
    g_param_spec_boxed ("decision-date", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuRound:arranged-by:
   *
   * The id of the contact (a recruiter, say) who arranged the round, if
   * any.
   */
  properties[PROP_ARRANGED_BY] =
    g_param_spec_string ("arranged-by", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuRound:prep:
   *
   * Preparation notes.
   */
  properties[PROP_PREP] =
    g_param_spec_string ("prep", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuRound:debrief:
   *
   * The debrief written after the round.
   */
  properties[PROP_DEBRIEF] =
    g_param_spec_string ("debrief", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fu_round_init (FuRound *self)
{
  self->kind = FU_ROUND_KIND_PHONE_SCREEN;
  self->interviewers = g_list_store_new (FU_TYPE_INTERVIEWER);
}

FuRoundKind
fu_round_get_kind (FuRound *self)
{
  g_return_val_if_fail (FU_IS_ROUND (self), FU_ROUND_KIND_UNKNOWN);

  return self->kind;
}

void
fu_round_set_kind (FuRound     *self,
                   FuRoundKind  kind)
{
  g_return_if_fail (FU_IS_ROUND (self));

  g_return_if_fail (kind != FU_ROUND_KIND_UNKNOWN);

  if (self->kind == kind && self->kind_raw == NULL)
    return;

  g_clear_pointer (&self->kind_raw, g_free);
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

GDateTime *
fu_round_get_start (FuRound *self)
{
  g_return_val_if_fail (FU_IS_ROUND (self), NULL);

  return self->start;
}

void
fu_round_set_start (FuRound   *self,
                    GDateTime *start)
{
  g_return_if_fail (FU_IS_ROUND (self));

  if (fu_date_time_same (self->start, start))
    return;

  g_clear_pointer (&self->start, g_date_time_unref);
  self->start = start != NULL ? g_date_time_ref (start) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

GDateTime *
fu_round_get_end (FuRound *self)
{
  g_return_val_if_fail (FU_IS_ROUND (self), NULL);

  return self->end;
}

void
fu_round_set_end (FuRound   *self,
                  GDateTime *end)
{
  g_return_if_fail (FU_IS_ROUND (self));

  if (fu_date_time_same (self->end, end))
    return;

  g_clear_pointer (&self->end, g_date_time_unref);
  self->end = end != NULL ? g_date_time_ref (end) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

const char *
fu_round_get_time_zone (FuRound *self)
{
  g_return_val_if_fail (FU_IS_ROUND (self), NULL);

  return self->time_zone;
}

void
fu_round_set_time_zone (FuRound    *self,
                        const char *time_zone)
{
  g_return_if_fail (FU_IS_ROUND (self));

  if (fu_set_str (&self->time_zone, time_zone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
}

const char *
fu_round_get_location (FuRound *self)
{
  g_return_val_if_fail (FU_IS_ROUND (self), NULL);

  return self->location;
}

void
fu_round_set_location (FuRound    *self,
                       const char *location)
{
  g_return_if_fail (FU_IS_ROUND (self));

  if (fu_set_str (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

GListModel *
fu_round_get_interviewers (FuRound *self)
{
  g_return_val_if_fail (FU_IS_ROUND (self), NULL);

  return G_LIST_MODEL (self->interviewers);
}

void
fu_round_add_interviewer (FuRound       *self,
                          FuInterviewer *interviewer)
{
  g_return_if_fail (FU_IS_ROUND (self));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (interviewer, FU_TYPE_INTERVIEWER));

  fu_record_adopt (FU_RECORD (self), FU_RECORD (interviewer));
  g_list_store_append (self->interviewers, interviewer);
  fu_record_changed (FU_RECORD (self));
}

void
fu_round_remove_interviewer (FuRound       *self,
                             FuInterviewer *interviewer)
{
  guint position;

  g_return_if_fail (FU_IS_ROUND (self));

  if (!g_list_store_find (self->interviewers, interviewer, &position))
    return;

  fu_record_release (FU_RECORD (self), FU_RECORD (interviewer));
  g_list_store_remove (self->interviewers, position);
  fu_record_changed (FU_RECORD (self));
}

GDateTime *
fu_round_get_decision_date (FuRound *self)
{
  g_return_val_if_fail (FU_IS_ROUND (self), NULL);

  return self->decision_date;
}

void
fu_round_set_decision_date (FuRound   *self,
                            GDateTime *decision_date)
{
  g_return_if_fail (FU_IS_ROUND (self));

  if (fu_date_time_same (self->decision_date, decision_date))
    return;

  g_clear_pointer (&self->decision_date, g_date_time_unref);
  self->decision_date = decision_date != NULL ? g_date_time_ref (decision_date) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_DATE]);
}

const char *
fu_round_get_arranged_by (FuRound *self)
{
  g_return_val_if_fail (FU_IS_ROUND (self), NULL);

  return self->arranged_by;
}

void
fu_round_set_arranged_by (FuRound    *self,
                          const char *arranged_by)
{
  g_return_if_fail (FU_IS_ROUND (self));

  if (fu_set_str (&self->arranged_by, arranged_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARRANGED_BY]);
}

const char *
fu_round_get_prep (FuRound *self)
{
  g_return_val_if_fail (FU_IS_ROUND (self), NULL);

  return self->prep;
}

void
fu_round_set_prep (FuRound    *self,
                   const char *prep)
{
  g_return_if_fail (FU_IS_ROUND (self));

  if (fu_set_str (&self->prep, prep))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREP]);
}

const char *
fu_round_get_debrief (FuRound *self)
{
  g_return_val_if_fail (FU_IS_ROUND (self), NULL);

  return self->debrief;
}

void
fu_round_set_debrief (FuRound    *self,
                      const char *debrief)
{
  g_return_if_fail (FU_IS_ROUND (self));

  if (fu_set_str (&self->debrief, debrief))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEBRIEF]);
}

/**
 * fu_round_find_interviewer:
 *
 * Returns: (transfer none) (nullable): the interviewer for @contact_id
 */
FuInterviewer *
fu_round_find_interviewer (FuRound    *self,
                           const char *contact_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->interviewers));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (G_LIST_MODEL (self->interviewers), i);

      if (g_strcmp0 (fu_interviewer_get_contact_id (interviewer), contact_id) == 0)
        return interviewer;
    }

  return NULL;
}

/**
 * fu_round_dup_time_zone:
 *
 * Returns: (transfer full) (nullable): the round's own zone, or NULL when
 *   it has none or the name is not a zone this system knows
 */
GTimeZone *
fu_round_dup_time_zone (FuRound *self)
{
  static GHashTable *zones;  /* identifier -> GTimeZone, or NULL: unknown */
  G_LOCK_DEFINE_STATIC (zones);
  GTimeZone *zone = NULL;
  gpointer value;

  g_return_val_if_fail (FU_IS_ROUND (self), NULL);

  if (self->time_zone == NULL)
    return NULL;

  /* GLib reads the zone's file again each time once the last reference
   * to it is gone: the rules ask for every round's zone at every pass,
   * so the zones met are kept for the life of the process. */
  G_LOCK (zones);
  if (zones == NULL)
    zones = g_hash_table_new (g_str_hash, g_str_equal);
  if (g_hash_table_lookup_extended (zones, self->time_zone, NULL, &value))
    zone = value != NULL ? g_time_zone_ref (value) : NULL;
  else
    {
      zone = g_time_zone_new_identifier (self->time_zone);
      g_hash_table_insert (zones, g_strdup (self->time_zone),
                           zone != NULL ? g_time_zone_ref (zone) : NULL);
    }
  G_UNLOCK (zones);

  return zone;
}
