/* test-agenda.c: how the follow-ups view groups and snoozes, against a
 * fixed clock
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clock stands at Wednesday 4 March 2026, 10:00 in Berlin (09:00 UTC).
 * Overdue: the due time has passed; Today: later today in the home zone;
 * This week: from tomorrow to six days from today; Later: after that.
 */
#include "config.h"

#include <stdlib.h>

#include "fu-agenda.h"

#define NOW "2026-03-04T10:00:00+01:00"

static GDateTime *
at (const char *iso)
{
  GDateTime *time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return time;
}

static FuAgendaGroup
group_of (const char *due_iso,
          const char *now_iso,
          const char *zone_id)
{
  g_autoptr(GDateTime) due = at (due_iso);
  g_autoptr(GDateTime) now = at (now_iso);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zone_id);

  g_assert_nonnull (zone);
  return fu_agenda_group_for (due, now, zone);
}

static void
test_agenda_groups (void)
{
  static const struct {
    const char    *due;
    FuAgendaGroup  group;
  } cases[] = {
    { "2026-02-01T09:00:00+01:00", FU_AGENDA_OVERDUE },    /* last month */
    { "2026-03-03T18:00:00+01:00", FU_AGENDA_OVERDUE },    /* yesterday */
    { "2026-03-04T09:59:00+01:00", FU_AGENDA_OVERDUE },    /* a minute ago */
    { "2026-03-04T10:00:00+01:00", FU_AGENDA_TODAY },      /* right now */
    { "2026-03-04T23:59:00+01:00", FU_AGENDA_TODAY },      /* tonight */
    { "2026-03-05T00:00:00+01:00", FU_AGENDA_THIS_WEEK },  /* midnight */
    { "2026-03-08T12:00:00+01:00", FU_AGENDA_THIS_WEEK },  /* Sunday */
    { "2026-03-10T23:59:00+01:00", FU_AGENDA_THIS_WEEK },  /* six days on */
    { "2026-03-11T00:00:00+01:00", FU_AGENDA_LATER },      /* a week on */
    { "2026-06-01T09:00:00+02:00", FU_AGENDA_LATER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("due %s", cases[i].due);
      g_assert_cmpint (group_of (cases[i].due, NOW, "Europe/Berlin"), ==, cases[i].group);
    }
}

/* The view groups a whole list with limits worked out once, and sorts
 * by time keys: the same groups, and the order g_date_time_compare()
 * gives, to the microsecond and before 1970. */
static void
test_agenda_bounds_and_keys (void)
{
  static const char * const times[] = {
    "1969-07-20T20:17:40Z", "1969-07-20T20:17:40.000001Z", "2026-03-04T09:59:59.999999+01:00",
    "2026-03-04T10:00:00+01:00", "2026-03-04T09:00:00.000001Z", "2026-03-05T00:00:00+01:00",
    "2026-03-11T00:00:00+01:00",
  };
  g_autoptr(GDateTime) now = at (NOW);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  FuAgendaBounds bounds;

  fu_agenda_bounds_init (&bounds, now, zone);
  g_assert_cmpint (fu_agenda_bounds_group (&bounds, NULL), ==, FU_AGENDA_TODAY);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GDateTime) a = at (times[i]);

      g_test_message ("time %s", times[i]);
      g_assert_cmpint (fu_agenda_bounds_group (&bounds, a), ==, fu_agenda_group_for (a, now, zone));
      for (guint k = 0; k < G_N_ELEMENTS (times); k++)
        {
          g_autoptr(GDateTime) b = at (times[k]);
          gint64 ka = fu_agenda_time_key (a), kb = fu_agenda_time_key (b);

          g_assert_cmpint (ka < kb ? -1 : ka > kb, ==, g_date_time_compare (a, b));
        }
    }
}

/* Days are counted in the home zone: 23:30 UTC is already tomorrow in
 * Berlin but still today in London, whatever zone the process runs in. */
static void
test_agenda_zone (void)
{
  g_assert_cmpint (group_of ("2026-03-04T23:30:00Z", NOW, "Europe/Berlin"), ==, FU_AGENDA_THIS_WEEK);
  g_assert_cmpint (group_of ("2026-03-04T23:30:00Z", NOW, "Europe/London"), ==, FU_AGENDA_TODAY);
  /* Seen from Tokyo (18:00 there), 16:00 UTC is 01:00 tomorrow. */
  g_assert_cmpint (group_of ("2026-03-04T16:00:00Z", NOW, "Asia/Tokyo"), ==, FU_AGENDA_THIS_WEEK);
  g_assert_cmpint (group_of ("2026-03-04T14:00:00Z", NOW, "Asia/Tokyo"), ==, FU_AGENDA_TODAY);
}

static void
assert_snooze (FuSnooze    snooze,
               const char *now_iso,
               const char *want_iso)
{
  g_autoptr(GDateTime) now = at (now_iso);
  g_autoptr(GDateTime) want = at (want_iso);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) until = fu_agenda_snooze_until (snooze, now, zone);
  g_autofree char *got = g_date_time_format_iso8601 (until);

  g_test_message ("snooze %d from %s: %s", snooze, now_iso, got);
  g_assert_true (g_date_time_equal (until, want));
}

static void
test_agenda_snooze (void)
{
  assert_snooze (FU_SNOOZE_HOUR, NOW, "2026-03-04T11:00:00+01:00");
  assert_snooze (FU_SNOOZE_TOMORROW, NOW, "2026-03-05T09:00:00+01:00");
  /* Late at night, tomorrow is still the next calendar day. */
  assert_snooze (FU_SNOOZE_TOMORROW, "2026-03-04T23:50:00+01:00", "2026-03-05T09:00:00+01:00");
  /* Across the change to summer time (29 March 2026): 9:00 on the clock. */
  assert_snooze (FU_SNOOZE_TOMORROW, "2026-03-28T10:00:00+01:00", "2026-03-29T09:00:00+02:00");
  /* Next week: the Monday after, in the morning. */
  assert_snooze (FU_SNOOZE_NEXT_WEEK, NOW, "2026-03-09T09:00:00+01:00");
  assert_snooze (FU_SNOOZE_NEXT_WEEK, "2026-03-08T20:00:00+01:00", "2026-03-09T09:00:00+01:00");
  assert_snooze (FU_SNOOZE_NEXT_WEEK, "2026-03-09T08:00:00+01:00", "2026-03-16T09:00:00+01:00");
}

static void
test_agenda_pending_and_what (void)
{
  g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();
  FuFollowUpState pending[] = { FU_FOLLOW_UP_STATE_OPEN, FU_FOLLOW_UP_STATE_SNOOZED };
  FuFollowUpState gone[] = { FU_FOLLOW_UP_STATE_DONE, FU_FOLLOW_UP_STATE_DISMISSED, FU_FOLLOW_UP_STATE_RETIRED };

  for (guint i = 0; i < G_N_ELEMENTS (pending); i++)
    {
      fu_follow_up_set_state (follow_up, pending[i]);
      g_assert_true (fu_agenda_is_pending (follow_up));
    }
  for (guint i = 0; i < G_N_ELEMENTS (gone); i++)
    {
      fu_follow_up_set_state (follow_up, gone[i]);
      g_assert_false (fu_agenda_is_pending (follow_up));
    }

  /* The user's own words win; a rule-made one says what its rule asks. */
  fu_follow_up_set_kind (follow_up, 7);
  g_assert_cmpstr (fu_agenda_what (follow_up), ==, "Send a thank-you note");
  fu_follow_up_set_title (follow_up, "Call AT&T <Labs> back");
  g_assert_cmpstr (fu_agenda_what (follow_up), ==, "Call AT&T <Labs> back");
  for (int kind = 1; kind <= 20; kind++)
    g_assert_cmpstr (fu_agenda_rule_title (kind), !=, fu_agenda_rule_title (0));
}

typedef struct
{
  gint64 key;
  guint  index;
} Ref;

static int
compare_ref (gconstpointer a,
             gconstpointer b)
{
  const Ref *ra = a, *rb = b;

  if (ra->key != rb->key)
    return ra->key < rb->key ? -1 : 1;
  return (ra->index > rb->index) - (ra->index < rb->index);
}

/* The view's order: by key, equal keys in the order given, whatever
 * the keys' sign or size; checked against a plain sort. */
static void
test_agenda_order_by_key (void)
{
  const guint sizes[] = { 0, 1, 2, 7, 1000, 20000 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      guint n = sizes[s];
      g_autofree gint64 *keys = g_new (gint64, MAX (n, 1));
      g_autofree guint *order = g_new (guint, MAX (n, 1));
      g_autofree Ref *ref = g_new (Ref, MAX (n, 1));

      for (guint i = 0; i < n; i++)
        {
          /* Due times in µs around now, many equal, and the extremes. */
          switch (g_rand_int_range (rand, 0, 6))
            {
            case 0: keys[i] = G_MININT64; break;
            case 1: keys[i] = G_MAXINT64; break;
            case 2: keys[i] = -g_rand_int_range (rand, 0, 50); break;
            default:
              keys[i] = G_GINT64_CONSTANT (1795000000000000) + (gint64) g_rand_int_range (rand, 0, 20) * G_USEC_PER_SEC * 3600;
            }
          ref[i] = (Ref) { keys[i], i };
        }
      qsort (ref, n, sizeof (Ref), compare_ref);
      fu_agenda_order_by_key (keys, n, order);
      for (guint i = 0; i < n; i++)
        g_assert_cmpuint (order[i], ==, ref[i].index);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/agenda/groups", test_agenda_groups);
  g_test_add_func ("/agenda/zone", test_agenda_zone);
  g_test_add_func ("/agenda/bounds-and-keys", test_agenda_bounds_and_keys);
  g_test_add_func ("/agenda/order-by-key", test_agenda_order_by_key);
  g_test_add_func ("/agenda/snooze", test_agenda_snooze);
  g_test_add_func ("/agenda/pending-and-what", test_agenda_pending_and_what);

  return g_test_run ();
}
