/* fu-enums.h: the enumerations of the job-search model
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each enumeration has a GType (for GObject properties), and a
 * to-string / from-string pair that uses the ids written in the data file
 * (docs/data-format.md, domain.md).  Every enumeration has an UNKNOWN value
 * (-1): a value read from a newer file that this version does not know.
 * The object holding it keeps the raw string and writes it back unchanged,
 * so from_string() of an unknown id returns UNKNOWN and to_string() of
 * UNKNOWN returns NULL.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The active stages of the pipeline, in board order. */
typedef enum {
  FU_STAGE_UNKNOWN = -1,
  FU_STAGE_WISHLIST,
  FU_STAGE_APPLIED,
  FU_STAGE_SCREENING,
  FU_STAGE_INTERVIEWING,
  FU_STAGE_OFFER,
} FuStage;

/* How a job left the board; NONE while it is open. */
typedef enum {
  FU_OUTCOME_UNKNOWN = -1,
  FU_OUTCOME_NONE,
  FU_OUTCOME_ACCEPTED,
  FU_OUTCOME_REJECTED,
  FU_OUTCOME_WITHDRAWN,
  FU_OUTCOME_GONE,
  FU_OUTCOME_NO_RESPONSE,
} FuOutcome;

typedef enum {
  FU_ROUND_KIND_UNKNOWN = -1,
  FU_ROUND_KIND_PHONE_SCREEN,
  FU_ROUND_KIND_RECRUITER,
  FU_ROUND_KIND_HIRING_MANAGER,
  FU_ROUND_KIND_PANEL,
  FU_ROUND_KIND_TECHNICAL,
  FU_ROUND_KIND_ON_SITE,
} FuRoundKind;

/* The part a contact plays (usually, or on one job). */
typedef enum {
  FU_PART_UNKNOWN = -1,
  FU_PART_OTHER,
  FU_PART_AGENCY_RECRUITER,
  FU_PART_INTERNAL_RECRUITER,
  FU_PART_HIRING_MANAGER,
  FU_PART_PANEL_MEMBER,
  FU_PART_REFERRER,
} FuPart;

typedef enum {
  FU_CHANNEL_UNKNOWN = -1,
  FU_CHANNEL_EMAIL,
  FU_CHANNEL_CALL,
  FU_CHANNEL_MEETING,
  FU_CHANNEL_MESSAGE,
  FU_CHANNEL_NOTE,
} FuChannel;

typedef enum {
  FU_DIRECTION_UNKNOWN = -1,
  FU_DIRECTION_OUTBOUND,
  FU_DIRECTION_INBOUND,
} FuDirection;

typedef enum {
  FU_FOLLOW_UP_STATE_UNKNOWN = -1,
  FU_FOLLOW_UP_STATE_OPEN,
  FU_FOLLOW_UP_STATE_SNOOZED,
  FU_FOLLOW_UP_STATE_DONE,
  FU_FOLLOW_UP_STATE_DISMISSED,
  FU_FOLLOW_UP_STATE_RETIRED,
} FuFollowUpState;

typedef enum {
  FU_FOLLOW_UP_ORIGIN_UNKNOWN = -1,
  FU_FOLLOW_UP_ORIGIN_RULE,
  FU_FOLLOW_UP_ORIGIN_USER,
} FuFollowUpOrigin;

/* A follow-up's kind is its rule number (1..20), CUSTOM for the user's
 * own, or UNKNOWN for a kind written by a newer version. */
#define FU_FOLLOW_UP_KIND_UNKNOWN (-1)
#define FU_FOLLOW_UP_KIND_CUSTOM  0
#define FU_FOLLOW_UP_KIND_MAX_RULE 20

#define FU_TYPE_STAGE             (fu_stage_get_type ())
#define FU_TYPE_OUTCOME           (fu_outcome_get_type ())
#define FU_TYPE_ROUND_KIND        (fu_round_kind_get_type ())
#define FU_TYPE_PART              (fu_part_get_type ())
#define FU_TYPE_CHANNEL           (fu_channel_get_type ())
#define FU_TYPE_DIRECTION         (fu_direction_get_type ())
#define FU_TYPE_FOLLOW_UP_STATE   (fu_follow_up_state_get_type ())
#define FU_TYPE_FOLLOW_UP_ORIGIN  (fu_follow_up_origin_get_type ())

GType            fu_stage_get_type               (void) G_GNUC_CONST;
GType            fu_outcome_get_type             (void) G_GNUC_CONST;
GType            fu_round_kind_get_type          (void) G_GNUC_CONST;
GType            fu_part_get_type                (void) G_GNUC_CONST;
GType            fu_channel_get_type             (void) G_GNUC_CONST;
GType            fu_direction_get_type           (void) G_GNUC_CONST;
GType            fu_follow_up_state_get_type     (void) G_GNUC_CONST;
GType            fu_follow_up_origin_get_type    (void) G_GNUC_CONST;

/* Generic forms: the id of @value of the enum @type, or NULL for UNKNOWN
 * and values not in the enum; the value for @id, or -1 (UNKNOWN). */
const char      *fu_enum_to_string               (GType            type,
                                                  int              value);
int              fu_enum_from_string             (GType            type,
                                                  const char      *id);

const char      *fu_stage_to_string              (FuStage          stage);
FuStage          fu_stage_from_string            (const char      *id);
const char      *fu_outcome_to_string            (FuOutcome        outcome);
FuOutcome        fu_outcome_from_string          (const char      *id);
const char      *fu_round_kind_to_string         (FuRoundKind      kind);
FuRoundKind      fu_round_kind_from_string       (const char      *id);
const char      *fu_part_to_string               (FuPart           part);
FuPart           fu_part_from_string             (const char      *id);
const char      *fu_channel_to_string            (FuChannel        channel);
FuChannel        fu_channel_from_string          (const char      *id);
const char      *fu_direction_to_string          (FuDirection      direction);
FuDirection      fu_direction_from_string        (const char      *id);
const char      *fu_follow_up_state_to_string    (FuFollowUpState  state);
FuFollowUpState  fu_follow_up_state_from_string  (const char      *id);
const char      *fu_follow_up_origin_to_string   (FuFollowUpOrigin origin);
FuFollowUpOrigin fu_follow_up_origin_from_string (const char      *id);

/* The kind as written in the file: "custom" for CUSTOM, the rule number
 * as text ("7") for a rule, NULL for UNKNOWN or out of range.  Free with
 * g_free(). */
char            *fu_follow_up_kind_to_string     (int              kind);

G_END_DECLS
