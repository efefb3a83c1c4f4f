/* fu-enums.c: the enumerations of the job-search model
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-enums.h"

/* The nicks are the ids used in the data file, so one table serves both
 * GObject properties and (de)serialisation. */
GType
fu_stage_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { FU_STAGE_UNKNOWN, "FU_STAGE_UNKNOWN", "unknown" },
        { FU_STAGE_WISHLIST, "FU_STAGE_WISHLIST", "wishlist" },
        { FU_STAGE_APPLIED, "FU_STAGE_APPLIED", "applied" },
        { FU_STAGE_SCREENING, "FU_STAGE_SCREENING", "screening" },
        { FU_STAGE_INTERVIEWING, "FU_STAGE_INTERVIEWING", "interviewing" },
        { FU_STAGE_OFFER, "FU_STAGE_OFFER", "offer" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("FuStage"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
fu_outcome_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { FU_OUTCOME_UNKNOWN, "FU_OUTCOME_UNKNOWN", "unknown" },
        { FU_OUTCOME_NONE, "FU_OUTCOME_NONE", "none" },
        { FU_OUTCOME_ACCEPTED, "FU_OUTCOME_ACCEPTED", "accepted" },
        { FU_OUTCOME_REJECTED, "FU_OUTCOME_REJECTED", "rejected" },
        { FU_OUTCOME_WITHDRAWN, "FU_OUTCOME_WITHDRAWN", "withdrawn" },
        { FU_OUTCOME_GONE, "FU_OUTCOME_GONE", "gone" },
        { FU_OUTCOME_NO_RESPONSE, "FU_OUTCOME_NO_RESPONSE", "no-response" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("FuOutcome"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
fu_round_kind_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { FU_ROUND_KIND_UNKNOWN, "FU_ROUND_KIND_UNKNOWN", "unknown" },
        { FU_ROUND_KIND_PHONE_SCREEN, "FU_ROUND_KIND_PHONE_SCREEN", "phone-screen" },
        { FU_ROUND_KIND_RECRUITER, "FU_ROUND_KIND_RECRUITER", "recruiter" },
        { FU_ROUND_KIND_HIRING_MANAGER, "FU_ROUND_KIND_HIRING_MANAGER", "hiring-manager" },
        { FU_ROUND_KIND_PANEL, "FU_ROUND_KIND_PANEL", "panel" },
        { FU_ROUND_KIND_TECHNICAL, "FU_ROUND_KIND_TECHNICAL", "technical" },
        { FU_ROUND_KIND_ON_SITE, "FU_ROUND_KIND_ON_SITE", "on-site" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("FuRoundKind"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
fu_part_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { FU_PART_UNKNOWN, "FU_PART_UNKNOWN", "unknown" },
        { FU_PART_OTHER, "FU_PART_OTHER", "other" },
        { FU_PART_AGENCY_RECRUITER, "FU_PART_AGENCY_RECRUITER", "agency-recruiter" },
        { FU_PART_INTERNAL_RECRUITER, "FU_PART_INTERNAL_RECRUITER", "internal-recruiter" },
        { FU_PART_HIRING_MANAGER, "FU_PART_HIRING_MANAGER", "hiring-manager" },
        { FU_PART_PANEL_MEMBER, "FU_PART_PANEL_MEMBER", "panel-member" },
        { FU_PART_REFERRER, "FU_PART_REFERRER", "referrer" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("FuPart"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
fu_channel_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { FU_CHANNEL_UNKNOWN, "FU_CHANNEL_UNKNOWN", "unknown" },
        { FU_CHANNEL_EMAIL, "FU_CHANNEL_EMAIL", "email" },
        { FU_CHANNEL_CALL, "FU_CHANNEL_CALL", "call" },
        { FU_CHANNEL_MEETING, "FU_CHANNEL_MEETING", "meeting" },
        { FU_CHANNEL_MESSAGE, "FU_CHANNEL_MESSAGE", "message" },
        { FU_CHANNEL_NOTE, "FU_CHANNEL_NOTE", "note" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("FuChannel"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
fu_direction_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { FU_DIRECTION_UNKNOWN, "FU_DIRECTION_UNKNOWN", "unknown" },
        { FU_DIRECTION_OUTBOUND, "FU_DIRECTION_OUTBOUND", "outbound" },
        { FU_DIRECTION_INBOUND, "FU_DIRECTION_INBOUND", "inbound" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("FuDirection"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
fu_follow_up_state_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { FU_FOLLOW_UP_STATE_UNKNOWN, "FU_FOLLOW_UP_STATE_UNKNOWN", "unknown" },
        { FU_FOLLOW_UP_STATE_OPEN, "FU_FOLLOW_UP_STATE_OPEN", "open" },
        { FU_FOLLOW_UP_STATE_SNOOZED, "FU_FOLLOW_UP_STATE_SNOOZED", "snoozed" },
        { FU_FOLLOW_UP_STATE_DONE, "FU_FOLLOW_UP_STATE_DONE", "done" },
        { FU_FOLLOW_UP_STATE_DISMISSED, "FU_FOLLOW_UP_STATE_DISMISSED", "dismissed" },
        { FU_FOLLOW_UP_STATE_RETIRED, "FU_FOLLOW_UP_STATE_RETIRED", "retired" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("FuFollowUpState"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
fu_follow_up_origin_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { FU_FOLLOW_UP_ORIGIN_UNKNOWN, "FU_FOLLOW_UP_ORIGIN_UNKNOWN", "unknown" },
        { FU_FOLLOW_UP_ORIGIN_RULE, "FU_FOLLOW_UP_ORIGIN_RULE", "rule" },
        { FU_FOLLOW_UP_ORIGIN_USER, "FU_FOLLOW_UP_ORIGIN_USER", "user" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("FuFollowUpOrigin"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

/* Enum classes of static types live for the whole process: take one
 * reference the first time and keep it, so lookups stay cheap. */
static GEnumClass *
enum_class (GType type)
{
  gpointer klass = g_type_class_peek (type);

  return klass != NULL ? klass : g_type_class_ref (type);
}

const char *
fu_enum_to_string (GType type,
                   int   value)
{
  GEnumClass *klass = enum_class (type);
  GEnumValue *v;

  if (value < 0)
    return NULL;

  v = g_enum_get_value (klass, value);
  return v != NULL ? v->value_nick : NULL;
}

int
fu_enum_from_string (GType       type,
                     const char *id)
{
  GEnumValue *v;

  /* "unknown" is the nick of UNKNOWN, so it maps to -1 like any other
   * id we do not know; the caller keeps the raw string either way. */
  if (id == NULL)
    return -1;

  v = g_enum_get_value_by_nick (enum_class (type), id);
  return v != NULL ? v->value : -1;
}

const char *
fu_stage_to_string (FuStage stage)
{
  return fu_enum_to_string (FU_TYPE_STAGE, stage);
}

FuStage
fu_stage_from_string (const char *id)
{
  return (FuStage) fu_enum_from_string (FU_TYPE_STAGE, id);
}

const char *
fu_outcome_to_string (FuOutcome outcome)
{
  return fu_enum_to_string (FU_TYPE_OUTCOME, outcome);
}

FuOutcome
fu_outcome_from_string (const char *id)
{
  return (FuOutcome) fu_enum_from_string (FU_TYPE_OUTCOME, id);
}

const char *
fu_round_kind_to_string (FuRoundKind round_kind)
{
  return fu_enum_to_string (FU_TYPE_ROUND_KIND, round_kind);
}

FuRoundKind
fu_round_kind_from_string (const char *id)
{
  return (FuRoundKind) fu_enum_from_string (FU_TYPE_ROUND_KIND, id);
}

const char *
fu_part_to_string (FuPart part)
{
  return fu_enum_to_string (FU_TYPE_PART, part);
}

FuPart
fu_part_from_string (const char *id)
{
  return (FuPart) fu_enum_from_string (FU_TYPE_PART, id);
}

const char *
fu_channel_to_string (FuChannel channel)
{
  return fu_enum_to_string (FU_TYPE_CHANNEL, channel);
}

FuChannel
fu_channel_from_string (const char *id)
{
  return (FuChannel) fu_enum_from_string (FU_TYPE_CHANNEL, id);
}

const char *
fu_direction_to_string (FuDirection direction)
{
  return fu_enum_to_string (FU_TYPE_DIRECTION, direction);
}

FuDirection
fu_direction_from_string (const char *id)
{
  return (FuDirection) fu_enum_from_string (FU_TYPE_DIRECTION, id);
}

const char *
fu_follow_up_state_to_string (FuFollowUpState follow_up_state)
{
  return fu_enum_to_string (FU_TYPE_FOLLOW_UP_STATE, follow_up_state);
}

FuFollowUpState
fu_follow_up_state_from_string (const char *id)
{
  return (FuFollowUpState) fu_enum_from_string (FU_TYPE_FOLLOW_UP_STATE, id);
}

const char *
fu_follow_up_origin_to_string (FuFollowUpOrigin follow_up_origin)
{
  return fu_enum_to_string (FU_TYPE_FOLLOW_UP_ORIGIN, follow_up_origin);
}

FuFollowUpOrigin
fu_follow_up_origin_from_string (const char *id)
{
  return (FuFollowUpOrigin) fu_enum_from_string (FU_TYPE_FOLLOW_UP_ORIGIN, id);
}

char *
fu_follow_up_kind_to_string (int kind)
{
  if (kind == FU_FOLLOW_UP_KIND_CUSTOM)
    return g_strdup ("custom");
  if (kind >= 1 && kind <= FU_FOLLOW_UP_KIND_MAX_RULE)
    return g_strdup_printf ("%d", kind);
  return NULL;
}
