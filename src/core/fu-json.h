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
/* As g_set_str() (GLib 2.76): copies @value into *@field unless equal;
 * TRUE when it changed. */
gboolean    fu_set_str            (char       **field,
                                   const char  *value);

/* A reader of JSON text that fills records straight from the bytes (no
 * json-glib tree: it takes about six times the file in memory and most of
 * the load time).  Strict RFC 8259, and refuses what fu_json_prescan()
 * refuses (invalid UTF-8, NUL, deep nesting, numbers out of range), in
 * fewer words: run that on failure to say why.  Errors are
 * FU_DATA_ERROR_NOT_JSON for text that is not JSON, and SHAPE or
 * OUT_OF_RANGE for JSON that is not what a member should be. */
struct _FuJsonReader
{
  const char *start;
  const char *p;
  const char *end;
  /* What the text belongs to: records keep slices of it (NULL: none). */
  GBytes     *owner;
  GString    *scratch;   /* decoded strings */
  GString    *name;      /* the current member name */
  guint       depth;
};
typedef struct _FuJsonReader FuJsonReader;

typedef enum {
  FU_JSON_NEXT_END,
  FU_JSON_NEXT_ITEM,
  FU_JSON_NEXT_ERROR,
} FuJsonNext;

void        fu_json_reader_init        (FuJsonReader  *reader,
                                        const char    *data,
                                        gsize          length,
                                        GBytes        *owner);
void        fu_json_reader_clear       (FuJsonReader  *reader);
/* The first byte of the next value ('{', '[', '"', 't', 'n', '-', '5'...),
 * or 0 at the end of the text. */
char        fu_json_reader_peek        (FuJsonReader  *reader);
gboolean    fu_json_reader_at_end      (FuJsonReader  *reader);
gboolean    fu_json_reader_skip        (FuJsonReader  *reader,
                                        GError       **error);
/* Enters the object or array ('{' or '[') at the reader's position. */
gboolean    fu_json_reader_begin       (FuJsonReader  *reader,
                                        char           bracket,
                                        GError       **error);
/* After fu_json_reader_begin (reader, '{'): the next member's name (in
 * reader->name), positioned at its value. */
FuJsonNext  fu_json_reader_next_member (FuJsonReader  *reader,
                                        gboolean      *first,
                                        GError       **error);
FuJsonNext  fu_json_reader_next_element (FuJsonReader *reader,
                                        gboolean      *first,
                                        GError       **error);
/* The next value as a json-glib node (for members FollowUp does not know). */
JsonNode   *fu_json_reader_read_node   (FuJsonReader  *reader,
                                        GError       **error);
gboolean    fu_json_reader_read_number (FuJsonReader  *reader,
                                        gboolean      *is_int,
                                        gint64        *int_value,
                                        double        *double_value,
                                        GError       **error);
/* A string value, decoded into reader->scratch. */
gboolean    fu_json_reader_read_text   (FuJsonReader  *reader,
                                        GError       **error);

gboolean    fu_json_read_string   (FuJsonReader *reader,
                                   const char   *member,
                                   char        **out,
                                   GError      **error);
gboolean    fu_json_read_time     (FuJsonReader *reader,
                                   const char   *member,
                                   GDateTime   **out,
                                   GError      **error);
gboolean    fu_json_read_bool     (FuJsonReader *reader,
                                   const char   *member,
                                   gboolean     *out,
                                   GError      **error);
gboolean    fu_json_read_int      (FuJsonReader *reader,
                                   const char   *member,
                                   int          *out,
                                   GError      **error);
gboolean    fu_json_read_int64    (FuJsonReader *reader,
                                   const char   *member,
                                   gint64       *out,
                                   GError      **error);
/* Known ids set *out; unknown ones set *out to -1 and *raw to the id. */
gboolean    fu_json_read_enum     (FuJsonReader *reader,
                                   const char   *member,
                                   GType         type,
                                   int          *out,
                                   char        **raw,
                                   GError      **error);
gboolean    fu_json_read_strv     (FuJsonReader *reader,
                                   const char   *member,
                                   char       ***out,
                                   GError      **error);

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
