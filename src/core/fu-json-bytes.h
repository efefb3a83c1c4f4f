/* fu-json-bytes.h: byte tests shared by fu_json_prescan() and the
 * reader (internal to fu-json.c and fu-json-reader.c)
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>
#include <glib.h>

G_BEGIN_DECLS

static inline gboolean
fu_json_is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Eight bytes at a time, for the long runs of plain text in a data file
 * (bit tricks from "Bit Twiddling Hacks"). */
#define FU_JSON_ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define FU_JSON_HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

static inline guint64
fu_json_load64 (const char *p)
{
  guint64 v;

  memcpy (&v, p, sizeof v);
  return v;
}

/* Non-zero when a byte of @v is zero. */
static inline guint64
fu_json_has_zero (guint64 v)
{
  return (v - FU_JSON_ONES) & ~v & FU_JSON_HIGHS;
}

static inline guint64
fu_json_has_byte (guint64 v,
                  guchar  b)
{
  return fu_json_has_zero (v ^ (FU_JSON_ONES * b));
}

/* Non-zero when a byte of @v is below @n (n <= 128). */
static inline guint64
fu_json_has_less (guint64 v,
                  guchar  n)
{
  return (v - FU_JSON_ONES * n) & ~v & FU_JSON_HIGHS;
}

/* The length of the valid UTF-8 character at @p (not ASCII), or 0. */
static inline guint
fu_json_utf8_char_length (const guchar *p,
                          const guchar *end)
{
  guchar c = *p;
  guint n;
  gunichar min, u;

  if (c >= 0xc2 && c <= 0xdf)
    n = 1, min = 0x80;
  else if (c >= 0xe0 && c <= 0xef)
    n = 2, min = 0x800;
  else if (c >= 0xf0 && c <= 0xf4)
    n = 3, min = 0x10000;
  else
    return 0;
  if ((gsize) (end - p) <= n)
    return 0;

  u = c & (0x3f >> n);
  for (guint i = 1; i <= n; i++)
    {
      if ((p[i] & 0xc0) != 0x80)
        return 0;
      u = (u << 6) | (p[i] & 0x3f);
    }
  if (u < min || u > 0x10ffff || (u >= 0xd800 && u < 0xe000))
    return 0;
  return n + 1;
}

G_END_DECLS
