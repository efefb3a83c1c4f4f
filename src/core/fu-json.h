/* fu-json.h: JSON helpers of the data file (internal to libfollowup-core)
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The readers check the JSON type of a member and return a GError in plain
 * words naming the member when it is wrong; JSON null reads as "not set".
 * fu_json_prescan() checks raw bytes for what json-glib 1.6 would get
 * wrong silently (see ../shared/tools/README.md): empty input, two
 * top-level values, deep nesting, numbers out of range, invalid UTF-8 and
 * NUL characters.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Deeper nesting is refused before json-glib's recursive parser sees it. */
#define FU_JSON_MAX_DEPTH 1000

#define FU_DATA_ERROR (fu_data_error_quark ())

/* Why data could not be read as ours. */
typedef enum {
  FU_DATA_ERROR_EMPTY,
  FU_DATA_ERROR_NOT_UTF8,
  FU_DATA_ERROR_NOT_JSON,
  FU_DATA_ERROR_TOO_DEEP,
  FU_DATA_ERROR_OUT_OF_RANGE,
  FU_DATA_ERROR_SHAPE,
  FU_DATA_ERROR_NEWER_VERSION,
} FuDataError;

GQuark      fu_data_error_quark   (void);

gboolean    fu_json_prescan       (const char  *data,
                                   gsize        length,
                                   GError     **error);

char       *fu_json_format_time   (GDateTime   *time);
GDateTime  *fu_json_parse_time    (const char  *text);
gboolean    fu_date_time_same     (GDateTime   *a,
                                   GDateTime   *b);
gboolean    fu_strv_same          (const char * const *a,
                                   const char * const *b);

gboolean    fu_json_read_string   (JsonNode    *node,
                                   const char  *member,
                                   char       **out,
                                   GError     **error);
gboolean    fu_json_read_time     (JsonNode    *node,
                                   const char  *member,
                                   GDateTime  **out,
                                   GError     **error);
gboolean    fu_json_read_bool     (JsonNode    *node,
                                   const char  *member,
                                   gboolean    *out,
                                   GError     **error);
gboolean    fu_json_read_int      (JsonNode    *node,
                                   const char  *member,
                                   int         *out,
                                   GError     **error);
gboolean    fu_json_read_int64    (JsonNode    *node,
                                   const char  *member,
                                   gint64      *out,
                                   GError     **error);
/* Known ids set *out; unknown ones set *out to -1 and *raw to the id. */
gboolean    fu_json_read_enum     (JsonNode    *node,
                                   const char  *member,
                                   GType        type,
                                   int         *out,
                                   char       **raw,
                                   GError     **error);
gboolean    fu_json_read_strv     (JsonNode    *node,
                                   const char  *member,
                                   char      ***out,
                                   GError     **error);

void        fu_json_set_time      (JsonObject  *object,
                                   const char  *member,
                                   GDateTime   *time);
void        fu_json_set_strv      (JsonObject  *object,
                                   const char  *member,
                                   char       **strv);
void        fu_json_set_enum      (JsonObject  *object,
                                   const char  *member,
                                   GType        type,
                                   int          value,
                                   const char  *raw);

G_END_DECLS
