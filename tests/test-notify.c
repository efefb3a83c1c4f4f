/* test-notify.c: due follow-ups as desktop notifications, against a real
 * notification server (python3-dbusmock's notification_daemon), none, or
 * one that owns the name and never answers; each case on its own private
 * bus (GTestDBus) in its own process (tests/meson.build runs each path
 * alone).
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <signal.h>
#include <sys/wait.h>

#include "fu-application.h"
#include "fu-background-private.h"
#include "fu-job-page.h"
#include "fu-model.h"
#include "fu-notifier-private.h"
#include "fu-test-ui.h"
#include "fu-window.h"

#define COMPANY      "AT&T <Labs>"
#define PERSON       "Dana Kim"
#define JOB_TITLE    "Site Reliability Engineer"
#define WHAT         "Send Dana the portfolio link"
#define STEP_SECONDS 15

static GTestDBus *bus;
static GPid       helper_pid;

/* ---- the bus and the servers --------------------------------------------- */

static void
wait_for_name (const char *name)
{
  const char *argv[] = { "gdbus", "wait", "--session", "--timeout", "20", name, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
spawn_helper_for (const char * const *argv,
                  const char         *name)
{
  g_autoptr(GError) error = NULL;

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                 NULL, NULL, &helper_pid, &error);
  g_assert_no_error (error);
  wait_for_name (name);
}

static void
spawn_helper (const char * const *argv)
{
  spawn_helper_for (argv, "org.freedesktop.Notifications");
}

/* @caps: what the server says it can do, e.g. "actions body body-markup". */
static void
start_mock_server (const char *caps)
{
  g_autofree char *params = g_strdup_printf ("{\"capabilities\": \"%s\"}", caps);
  const char *argv[] = { "/usr/bin/python3", "-m", "dbusmock", "--session",
                         "-t", "notification_daemon", "-p", params, NULL };

  spawn_helper (argv);
}

/* Owns the name and never reads a message: every call waits for its
 * D-Bus timeout. */
static void
start_hung_server (void)
{
  const char *argv[] = { "/usr/bin/python3", "-c",
                         "import dbus, time\n"
                         "bus = dbus.SessionBus()\n"
                         "bus.request_name('org.freedesktop.Notifications')\n"
                         "time.sleep(3600)\n",
                         NULL };

  spawn_helper (argv);
}

static void
stop_helper (void)
{
  if (helper_pid == 0)
    return;
  kill (helper_pid, SIGTERM);
  waitpid (helper_pid, NULL, 0);
  g_spawn_close_pid (helper_pid);
  helper_pid = 0;
}

static GDBusConnection *
session (void)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);

  g_assert_no_error (error);
  return connection;
}

/* The arguments of every Notify call the mock received, in order. */
static GPtrArray *
notify_calls (void)
{
  g_autoptr(GDBusConnection) connection = session ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariantIter) iter = NULL;
  GPtrArray *calls = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  const char *method;
  GVariant *args;

  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.Notifications",
                                       "/org/freedesktop/Notifications",
                                       "org.freedesktop.DBus.Mock", "GetCalls", NULL,
                                       G_VARIANT_TYPE ("(a(tsav))"), G_DBUS_CALL_FLAGS_NONE,
                                       10000, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(a(tsav))", &iter);
  while (g_variant_iter_next (iter, "(t&s@av)", NULL, &method, &args))
    {
      if (g_strcmp0 (method, "Notify") == 0)
        g_ptr_array_add (calls, args);
      else
        g_variant_unref (args);
    }

  return calls;
}

static char *
call_string (GVariant *args,
             guint     index)
{
  g_autoptr(GVariant) boxed = g_variant_get_child_value (args, index);
  g_autoptr(GVariant) value = g_variant_get_variant (boxed);

  return g_variant_dup_string (value, NULL);
}

static GStrv
call_actions (GVariant *args)
{
  g_autoptr(GVariant) boxed = g_variant_get_child_value (args, 5);
  g_autoptr(GVariant) value = g_variant_get_variant (boxed);

  return g_variant_dup_strv (value, NULL);
}

/* Clicks @action on notification @id, as the server reports it. */
static void
invoke_action (guint32     id,
               const char *action)
{
  g_autoptr(GDBusConnection) connection = session ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  GVariantBuilder args;

  g_variant_builder_init (&args, G_VARIANT_TYPE ("av"));
  g_variant_builder_add (&args, "v", g_variant_new_uint32 (id));
  g_variant_builder_add (&args, "v", g_variant_new_string (action));
  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.Notifications",
                                       "/org/freedesktop/Notifications",
                                       "org.freedesktop.DBus.Mock", "EmitSignal",
                                       g_variant_new ("(sssav)", "org.freedesktop.Notifications",
                                                      "ActionInvoked", "us", &args),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, 10000, NULL, &error);
  g_assert_no_error (error);
}

/* ---- data ------------------------------------------------------------------ */

static char *
data_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "followup", "followup.json", NULL);
}

static char *
iso (GDateTime *time)
{
  return g_date_time_format_iso8601 (time);
}

/* A job at COMPANY with PERSON, and the given follow-ups, written as a
 * user's file would be. */
static void
write_data (const char *follow_ups_json)
{
  g_autofree char *path = data_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_strdup_printf (
    "{\"version\": 1,"
    " \"jobs\": [{\"id\": \"job-1\", \"company\": \"AT&T <Labs>\", \"title\": \"" JOB_TITLE "\","
    "            \"stage\": \"screening\"}],"
    " \"contacts\": [{\"id\": \"contact-1\", \"name\": \"" PERSON "\", \"company\": \"AT&T <Labs>\","
    "                \"part\": \"hiring-manager\"}],"
    " \"follow_ups\": [%s]}", follow_ups_json);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
}

static char *
follow_up_json (const char *id,
                const char *title,
                GDateTime  *due)
{
  g_autofree char *due_text = iso (due);

  return g_strdup_printf ("{\"id\": \"%s\", \"kind\": \"custom\", \"job_id\": \"job-1\","
                          " \"contact_id\": \"contact-1\", \"due\": \"%s\", \"state\": \"open\","
                          " \"origin\": \"user\", \"title\": \"%s\"}", id, due_text, title);
}

/* @n follow-ups fu-0, fu-1..., titled @title_prefix and their number,
 * fu-i due at @first + i * @step, joined for write_data(). */
static char *
follow_ups_json (guint       n,
                 const char *title_prefix,
                 GDateTime  *first,
                 GTimeSpan   step)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) due = g_date_time_add (first, step * (GTimeSpan) i);
      g_autofree char *id = g_strdup_printf ("fu-%u", i);
      g_autofree char *title = g_strdup_printf ("%s %u", title_prefix, i);

      g_ptr_array_add (parts, follow_up_json (id, title, due));
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (",", (char **) parts->pdata);
}

/* The follow-up as it is on disk, after the store wrote every edit. */
static JsonObject *
saved_follow_up (FuStore    *store,
                 const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *follow_ups;

  g_assert_true (fu_store_flush (store, 5000, &error));
  g_assert_no_error (error);
  json_parser_load_from_file (parser, fu_store_get_path (store), &error);
  g_assert_no_error (error);

  follow_ups = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "follow_ups");
  for (guint i = 0; i < json_array_get_length (follow_ups); i++)
    {
      JsonObject *object = json_array_get_object_element (follow_ups, i);

      if (g_strcmp0 (json_object_get_string_member (object, "id"), id) == 0)
        return json_object_ref (object);
    }

  return NULL;
}

static GSettings *
test_settings (void)
{
  GSettings *settings = g_settings_new (APPLICATION_ID);

  /* Quiet hours would hold everything back when the suite runs at night;
   * the quiet-hours case turns them on itself. */
  g_settings_set_boolean (settings, "quiet-hours-enabled", FALSE);
  g_settings_set_string (settings, "home-time-zone", "UTC");
  return settings;
}

/* ---- waiting --------------------------------------------------------------- */

typedef gboolean (*Condition) (gpointer data);

static gboolean
on_step_timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds, for at most STEP_SECONDS. */
static void
wait_until (Condition   condition,
            gpointer    data,
            const char *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (STEP_SECONDS, on_step_timeout_cb, &timed_out);

  g_test_message ("waiting until %s", what);
  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("gave up waiting until %s", what);
  g_source_remove (id);
}

static gboolean
store_loaded (gpointer data)
{
  return fu_store_get_loaded (FU_STORE (data));
}

static FuStore *
load_store (void)
{
  FuStore *store = fu_store_new (NULL);

  fu_store_load_async (store, NULL, NULL, NULL);
  wait_until (store_loaded, store, "the store is loaded");
  return store;
}

typedef struct
{
  guint n;
} Count;

static gboolean
has_n_notify_calls (gpointer data)
{
  Count *count = data;
  g_autoptr(GPtrArray) calls = notify_calls ();

  return calls->len >= count->n;
}

static void
wait_for_notify_calls (guint n)
{
  Count count = { n };

  wait_until (has_n_notify_calls, &count, "the server got a notification");
}

typedef struct
{
  FuStore         *store;
  const char      *id;
  FuFollowUpState  state;
} Expect;

static gboolean
follow_up_in_state (gpointer data)
{
  Expect *expect = data;
  FuFollowUp *follow_up = fu_store_find_follow_up (expect->store, expect->id);

  return follow_up != NULL && fu_follow_up_get_state (follow_up) == expect->state;
}

static gboolean
follow_up_notified (gpointer data)
{
  Expect *expect = data;
  FuFollowUp *follow_up = fu_store_find_follow_up (expect->store, expect->id);

  return follow_up != NULL && fu_follow_up_get_last_notified (follow_up) != NULL;
}

/* Waits for @n_calls notifications and until fu-0 to fu-(@n - 1) are
 * marked notified; returns the calls the server got. */
static GPtrArray *
wait_first_notified (FuStore *store,
                     guint    n,
                     guint    n_calls)
{
  wait_for_notify_calls (n_calls);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("fu-%u", i);
      Expect expect = { store, id, FU_FOLLOW_UP_STATE_OPEN };

      wait_until (follow_up_notified, &expect, "the follow-ups due are marked notified");
    }

  return notify_calls ();
}

/* ---- cases ----------------------------------------------------------------- */

/* A follow-up due in 2 s: nothing before, then one notification that says
 * what to do, for whom and where, with at most three buttons. */
static void
check_due_once (const char *caps,
                const char *expected_body)
{
  g_autoptr(GSettings) settings = test_settings ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) due = g_date_time_add_seconds (now, 2);
  g_autofree char *one = follow_up_json ("fu-1", WHAT, due);
  g_autoptr(FuStore) store = NULL;
  g_autoptr(FuNotifier) notifier = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(JsonObject) saved = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  g_auto(GStrv) actions = NULL;
  Expect expect;
  guint buttons = 0;
  gboolean has_default = FALSE;

  start_mock_server (caps);
  write_data (one);
  store = load_store ();
  notifier = fu_notifier_new (NULL, store, settings);
  fu_notifier_start (notifier);

  /* The timer is set for the due time; until then, no call. */
  g_assert_nonnull (fu_notifier_get_next_wakeup (notifier));
  g_assert_true (g_date_time_equal (fu_notifier_get_next_wakeup (notifier), due));
  while (TRUE)
    {
      g_autoptr(GDateTime) t = g_date_time_new_now_utc ();
      g_autoptr(GPtrArray) early = NULL;

      /* Checked only well before the due time, so a slow reply to
       * GetCalls cannot make a correct notification look early. */
      if (g_date_time_difference (due, t) < G_USEC_PER_SEC / 2)
        break;
      early = notify_calls ();
      g_assert_cmpuint (early->len, ==, 0);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (G_USEC_PER_SEC / 10);
    }

  wait_for_notify_calls (1);
  expect = (Expect) { store, "fu-1", FU_FOLLOW_UP_STATE_OPEN };
  wait_until (follow_up_notified, &expect, "the follow-up is marked notified");

  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);
  summary = call_string (g_ptr_array_index (calls, 0), 3);
  body = call_string (g_ptr_array_index (calls, 0), 4);
  actions = call_actions (g_ptr_array_index (calls, 0));
  g_assert_cmpstr (summary, ==, WHAT);
  g_assert_cmpstr (body, ==, expected_body);
  for (guint i = 0; actions[i] != NULL && actions[i + 1] != NULL; i += 2)
    {
      /* "default" is the click on the body, not a button. */
      if (g_strcmp0 (actions[i], "default") == 0)
        has_default = TRUE;
      else
        buttons++;
    }
  g_assert_true (has_default);
  g_assert_cmpuint (buttons, >=, 1);
  g_assert_cmpuint (buttons, <=, 3);
  g_assert_true (g_strv_contains ((const char * const *) actions, "snooze"));
  g_assert_true (g_strv_contains ((const char * const *) actions, "done"));

  /* Stored, for the next start. */
  saved = saved_follow_up (store, "fu-1");
  g_assert_true (json_object_has_member (saved, "last_notified"));

  /* A rescan (the timer, a clock change) does not notify again. */
  fu_notifier_rescan (notifier);
  g_clear_pointer (&calls, g_ptr_array_unref);
  wait_for_notify_calls (1);
  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);

  fu_notifier_stop (notifier);
  stop_helper ();
}

static void
test_notify_due_once_markup (void)
{
  check_due_once ("actions body body-markup",
                  PERSON ", " JOB_TITLE " at AT&amp;T &lt;Labs&gt;");
}

static void
test_notify_due_once_plain (void)
{
  check_due_once ("actions body", PERSON ", " JOB_TITLE " at " COMPANY);
}

typedef struct
{
  FuNotifier *notifier;
  GDateTime  *time;
} WakeupAt;

static gboolean
next_wakeup_is (gpointer data)
{
  WakeupAt *wakeup = data;
  GDateTime *next = fu_notifier_get_next_wakeup (wakeup->notifier);

  return next != NULL && g_date_time_equal (next, wakeup->time);
}

/* "Done" and "Snooze" clicked on the server change the stored follow-up;
 * a restart does not announce the notified one again. */
static void
test_notify_actions_and_restart (void)
{
  g_autoptr(GSettings) settings = test_settings ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) past = g_date_time_add_hours (now, -2);
  g_autofree char *a = follow_up_json ("fu-done", "Thank the panel", past);
  g_autofree char *b = follow_up_json ("fu-snooze", "Phone the recruiter", past);
  g_autofree char *c = follow_up_json ("fu-left", "Ask for the timeline", past);
  g_autofree char *all = g_strjoin (",", a, b, c, NULL);
  g_autoptr(FuStore) store = NULL;
  g_autoptr(FuNotifier) notifier = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(JsonObject) done = NULL;
  g_autoptr(JsonObject) snoozed = NULL;
  g_autoptr(GDateTime) until = NULL;
  g_autoptr(GDateTime) in_50_min = NULL;
  g_autoptr(GDateTime) in_61_min = NULL;
  g_autoptr(FuFollowUp) marker = NULL;
  Expect expect;
  guint32 id_done = 0, id_snooze = 0;
  guint left = 0;

  start_mock_server ("actions body body-markup");
  write_data (all);
  store = load_store ();
  notifier = fu_notifier_new (NULL, store, settings);
  fu_notifier_start (notifier);

  /* Missed while not running: announced at start, one each (three or
   * fewer). */
  wait_for_notify_calls (3);
  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 3);
  /* The mock numbers notifications from 1 in the order it got them. */
  for (guint i = 0; i < calls->len; i++)
    {
      g_autofree char *summary = call_string (g_ptr_array_index (calls, i), 3);

      if (g_strcmp0 (summary, "Thank the panel") == 0)
        id_done = i + 1;
      else if (g_strcmp0 (summary, "Phone the recruiter") == 0)
        id_snooze = i + 1;
    }
  g_assert_cmpuint (id_done, !=, 0);
  g_assert_cmpuint (id_snooze, !=, 0);
  expect = (Expect) { store, "fu-left", FU_FOLLOW_UP_STATE_OPEN };
  wait_until (follow_up_notified, &expect, "the follow-ups are marked notified");

  invoke_action (id_done, "done");
  expect = (Expect) { store, "fu-done", FU_FOLLOW_UP_STATE_DONE };
  wait_until (follow_up_in_state, &expect, "Done reaches the follow-up");
  invoke_action (id_snooze, "snooze");
  expect = (Expect) { store, "fu-snooze", FU_FOLLOW_UP_STATE_SNOOZED };
  wait_until (follow_up_in_state, &expect, "Snooze reaches the follow-up");

  done = saved_follow_up (store, "fu-done");
  g_assert_cmpstr (json_object_get_string_member (done, "state"), ==, "done");
  snoozed = saved_follow_up (store, "fu-snooze");
  g_assert_cmpstr (json_object_get_string_member (snoozed, "state"), ==, "snoozed");
  until = g_date_time_new_from_iso8601 (json_object_get_string_member (snoozed, "snoozed_until"), NULL);
  g_assert_nonnull (until);
  /* Snooze is one hour. */
  in_50_min = g_date_time_add_minutes (now, 50);
  {
    g_autoptr(GDateTime) after = g_date_time_new_now_utc ();

    in_61_min = g_date_time_add_minutes (after, 61);
  }
  g_assert_cmpint (g_date_time_compare (until, in_50_min), >, 0);
  g_assert_cmpint (g_date_time_compare (until, in_61_min), <, 0);
  /* The snooze ends in an hour: that is when the timer fires (set once
   * the store's ::changed, emitted from an idle, reaches the notifier). */
  {
    WakeupAt wakeup = { notifier, until };

    wait_until (next_wakeup_is, &wakeup, "the timer is set for the snooze's end");
  }

  /* Quit, and start again on the saved file. */
  fu_notifier_stop (notifier);
  g_clear_object (&notifier);
  g_clear_object (&store);

  store = load_store ();
  /* Something new that is due marks when the restarted notifier has
   * looked at everything. */
  marker = fu_follow_up_new ();
  fu_follow_up_set_kind (marker, FU_FOLLOW_UP_KIND_CUSTOM);
  fu_follow_up_set_job_id (marker, "job-1");
  fu_follow_up_set_title (marker, "Marker");
  fu_follow_up_set_due (marker, past);
  fu_store_add_follow_up (store, marker);
  notifier = fu_notifier_new (NULL, store, settings);
  fu_notifier_start (notifier);

  wait_for_notify_calls (4);
  expect = (Expect) { store, fu_follow_up_get_id (marker), FU_FOLLOW_UP_STATE_OPEN };
  wait_until (follow_up_notified, &expect, "the marker is notified");
  g_clear_pointer (&calls, g_ptr_array_unref);
  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 4);
  for (guint i = 0; i < calls->len; i++)
    {
      g_autofree char *summary = call_string (g_ptr_array_index (calls, i), 3);

      if (g_strcmp0 (summary, "Ask for the timeline") == 0)
        left++;
    }
  g_assert_cmpuint (left, ==, 1);

  fu_notifier_stop (notifier);
  stop_helper ();
}

static FuStore *snooze_store;

static gboolean
notified_after_snooze (gpointer data)
{
  GDateTime *ended = data;
  GDateTime *last = fu_follow_up_get_last_notified (fu_store_find_follow_up (snooze_store, "fu-ended"));

  return last != NULL && g_date_time_compare (last, ended) >= 0;
}

/* A snooze that ended is a new due time: notified again, once; one still
 * running is not. */
static void
test_notify_snooze_ends (void)
{
  g_autoptr(GSettings) settings = test_settings ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) due = g_date_time_add_hours (now, -3);
  g_autoptr(GDateTime) notified = g_date_time_add_hours (now, -2);
  g_autoptr(GDateTime) ended = g_date_time_add_minutes (now, -1);
  g_autoptr(GDateTime) running = g_date_time_add_minutes (now, 30);
  g_autofree char *due_text = iso (due);
  g_autofree char *notified_text = iso (notified);
  g_autofree char *ended_text = iso (ended);
  g_autofree char *running_text = iso (running);
  g_autofree char *json = g_strdup_printf (
    "{\"id\": \"fu-ended\", \"kind\": \"custom\", \"job_id\": \"job-1\", \"due\": \"%s\","
    " \"state\": \"snoozed\", \"snoozed_until\": \"%s\", \"last_notified\": \"%s\","
    " \"origin\": \"user\", \"title\": \"Snooze over\"},"
    "{\"id\": \"fu-running\", \"kind\": \"custom\", \"job_id\": \"job-1\", \"due\": \"%s\","
    " \"state\": \"snoozed\", \"snoozed_until\": \"%s\", \"last_notified\": \"%s\","
    " \"origin\": \"user\", \"title\": \"Still snoozed\"}",
    due_text, ended_text, notified_text, due_text, running_text, notified_text);
  g_autoptr(FuStore) store = NULL;
  g_autoptr(FuNotifier) notifier = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  g_autofree char *summary = NULL;
  GDateTime *last;

  start_mock_server ("actions body body-markup");
  write_data (json);
  store = load_store ();
  snooze_store = store;
  notifier = fu_notifier_new (NULL, store, settings);
  fu_notifier_start (notifier);

  /* The running snooze is what the timer waits for. */
  g_assert_true (g_date_time_equal (fu_notifier_get_next_wakeup (notifier), running));
  wait_for_notify_calls (1);
  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);
  summary = call_string (g_ptr_array_index (calls, 0), 3);
  g_assert_cmpstr (summary, ==, "Snooze over");

  /* Marked for the new due time, the end of the snooze. */
  wait_until (notified_after_snooze, ended, "the follow-up is marked notified again");
  last = fu_follow_up_get_last_notified (fu_store_find_follow_up (store, "fu-running"));
  g_assert_true (g_date_time_equal (last, notified));

  fu_notifier_stop (notifier);
  stop_helper ();
}

/* Five missed while FollowUp was not running: one summary, and all five
 * count as notified. */
static void
test_notify_missed_summary (void)
{
  g_autoptr(GSettings) settings = test_settings ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) first = g_date_time_add_hours (now, -1);
  g_autofree char *all = follow_ups_json (5, "Missed", first, -G_TIME_SPAN_HOUR);
  g_autoptr(FuStore) store = NULL;
  g_autoptr(FuNotifier) notifier = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;

  start_mock_server ("actions body body-markup");
  write_data (all);
  store = load_store ();
  notifier = fu_notifier_new (NULL, store, settings);
  fu_notifier_start (notifier);

  calls = wait_first_notified (store, 5, 1);
  g_assert_cmpuint (calls->len, ==, 1);
  summary = call_string (g_ptr_array_index (calls, 0), 3);
  body = call_string (g_ptr_array_index (calls, 0), 4);
  g_assert_cmpstr (summary, ==, "5 follow-ups are due");
  g_assert_nonnull (strstr (body, "Missed 0"));
  g_assert_nonnull (strstr (body, "2 more"));

  fu_notifier_stop (notifier);
  stop_helper ();
}

/* After an edit the walk over the follow-ups is made in idle slices.
 * An edit between two slices starts it again: here it moves the follow-up
 * whose due time the walk had noted as the next to come.  Each follow-up
 * found due is shown once, and the timer is set for the next one. */
static void
test_notify_edit_in_slices (void)
{
  g_autoptr(GSettings) settings = test_settings ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) past = g_date_time_add_hours (now, -1);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) third = g_date_time_add_days (now, 3);
  /* fu-i is due in i + 1 days. */
  g_autofree char *all = follow_ups_json (30, "Later", tomorrow, G_TIME_SPAN_DAY);
  g_autoptr(FuStore) store = NULL;
  g_autoptr(FuNotifier) notifier = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func (g_free);

  start_mock_server ("actions body body-markup");
  write_data (all);
  store = load_store ();
  notifier = fu_notifier_new (NULL, store, settings);
  fu_notifier_start (notifier);
  fu_notifier_set_scan_slice (notifier, 4);

  fu_follow_up_set_due (fu_store_find_follow_up (store, "fu-0"), past);
  /* A few slices of the walk, which notes fu-1 as the next to come. */
  for (guint i = 0; i < 3; i++)
    g_main_context_iteration (NULL, FALSE);
  fu_follow_up_set_due (fu_store_find_follow_up (store, "fu-1"), past);

  calls = wait_first_notified (store, 2, 2);
  g_assert_cmpuint (calls->len, ==, 2);
  for (guint i = 0; i < calls->len; i++)
    g_ptr_array_add (summaries, call_string (g_ptr_array_index (calls, i), 3));
  g_ptr_array_add (summaries, NULL);
  g_assert_true (g_strv_contains ((const char * const *) summaries->pdata, "Later 0"));
  g_assert_true (g_strv_contains ((const char * const *) summaries->pdata, "Later 1"));
  /* fu-2, due in three days, is the next. */
  g_assert_nonnull (fu_notifier_get_next_wakeup (notifier));
  g_assert_true (g_date_time_equal (fu_notifier_get_next_wakeup (notifier), third));

  fu_notifier_stop (notifier);
  stop_helper ();
}

/* Quiet hours (in the home zone) hold a due follow-up back to their end. */
static void
test_notify_quiet_hours (void)
{
  g_autoptr(GSettings) settings = test_settings ();
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Asia/Kolkata");
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GDateTime) past = g_date_time_add_minutes (now, -5);
  g_autoptr(GDateTime) hour_start = NULL;
  g_autoptr(GDateTime) quiet_end = NULL;
  g_autofree char *one = follow_up_json ("fu-1", WHAT, past);
  g_autoptr(FuStore) store = NULL;
  g_autoptr(FuNotifier) notifier = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  Expect expect;
  int hour = g_date_time_get_hour (now);

  /* Quiet from this hour to the next, in a zone that is not the
   * process's own. */
  g_settings_set_string (settings, "home-time-zone", "Asia/Kolkata");
  g_settings_set_int (settings, "quiet-hours-start", hour);
  g_settings_set_int (settings, "quiet-hours-end", (hour + 1) % 24);
  g_settings_set_boolean (settings, "quiet-hours-enabled", TRUE);
  hour_start = g_date_time_new (zone, g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now), hour, 0, 0);
  quiet_end = g_date_time_add_hours (hour_start, 1);

  start_mock_server ("actions body body-markup");
  write_data (one);
  store = load_store ();
  notifier = fu_notifier_new (NULL, store, settings);
  fu_notifier_start (notifier);

  /* Held back: not asked for, and the timer waits for the end. */
  g_assert_null (fu_follow_up_get_last_notified (fu_store_find_follow_up (store, "fu-1")));
  g_assert_nonnull (fu_notifier_get_next_wakeup (notifier));
  g_assert_true (g_date_time_equal (fu_notifier_get_next_wakeup (notifier), quiet_end));

  /* Quiet hours off: it comes now. */
  g_settings_set_boolean (settings, "quiet-hours-enabled", FALSE);
  wait_for_notify_calls (1);
  expect = (Expect) { store, "fu-1", FU_FOLLOW_UP_STATE_OPEN };
  wait_until (follow_up_notified, &expect, "the follow-up is marked notified");
  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);

  fu_notifier_stop (notifier);
  stop_helper ();
}

/* The path the timer takes on ECANCELED (clock set, resume): a rescan
 * re-arms at the next due time from the data as it is now. */
static void
test_notify_clock_change_rearms (void)
{
  g_autoptr(GSettings) settings = test_settings ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 2);
  g_autoptr(GDateTime) sooner = g_date_time_add_hours (now, 3);
  g_autofree char *one = follow_up_json ("fu-1", WHAT, later);
  g_autoptr(FuStore) store = NULL;
  g_autoptr(FuNotifier) notifier = NULL;
  FuFollowUp *follow_up;

  write_data (one);
  store = load_store ();
  notifier = fu_notifier_new (NULL, store, settings);
  fu_notifier_start (notifier);
  g_assert_true (g_date_time_equal (fu_notifier_get_next_wakeup (notifier), later));

  follow_up = fu_store_find_follow_up (store, "fu-1");
  g_signal_handlers_block_matched (store, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, notifier);
  fu_follow_up_set_due (follow_up, sooner);
  fu_notifier_rescan (notifier);
  g_assert_true (g_date_time_equal (fu_notifier_get_next_wakeup (notifier), sooner));
  g_signal_handlers_unblock_matched (store, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, notifier);

  /* Done: nothing left to wait for. */
  fu_follow_up_set_state (follow_up, FU_FOLLOW_UP_STATE_DONE);
  fu_notifier_rescan (notifier);
  g_assert_null (fu_notifier_get_next_wakeup (notifier));

  fu_notifier_stop (notifier);
}

/* ---- the whole application ------------------------------------------------- */

typedef struct
{
  FuApplication *app;
  guint          step;
  guint          ticks;
  gboolean       saw_message;
  int            waiting_at_quit;
  gboolean       view_switched;
} AppTest;

static GtkWindow *
app_window (AppTest *test)
{
  return gtk_application_get_active_window (GTK_APPLICATION (test->app));
}

static gboolean
window_ready (AppTest *test)
{
  GtkWindow *window = app_window (test);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window)) &&
         fu_store_get_loaded (fu_application_get_store (test->app));
}

static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  AppTest *test = user_data;

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0 &&
        strstr (fields[i].value, "No notification server") != NULL)
      test->saw_message = TRUE;

  return g_log_writer_default (level, fields, n_fields, user_data);
}

static void
on_shutdown_cb (GApplication *app,
                AppTest      *test)
{
  /* Before the application's own shutdown stops the notifier. */
  test->waiting_at_quit = fu_notifier_get_calls_waiting ();
}

/* No server: the application starts, shows the due follow-up's job, says
 * so once in the log (not a warning: warnings are fatal here), quits. */
static gboolean
no_server_tick_cb (gpointer data)
{
  AppTest *test = data;

  test->ticks++;
  g_assert_cmpuint (test->ticks, <, STEP_SECONDS * 10);
  if (!window_ready (test) || !test->saw_message)
    return G_SOURCE_CONTINUE;

  g_action_group_activate_action (G_ACTION_GROUP (test->app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_notify_no_server (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) past = g_date_time_add_hours (now, -1);
  g_autofree char *one = follow_up_json ("fu-1", WHAT, past);
  g_autoptr(GSettings) settings = test_settings ();
  g_autoptr(JsonObject) saved = NULL;
  AppTest test = { 0 };
  char *argv[] = { (char *) "followup", NULL };

  write_data (one);
  g_log_set_writer_func (log_writer, &test, NULL);
  test.app = fu_application_new ();
  g_timeout_add (100, no_server_tick_cb, &test);
  g_assert_cmpint (g_application_run (G_APPLICATION (test.app), 1, argv), ==, 0);
  g_assert_true (test.saw_message);

  /* Not announced, so not marked: the window still lists it as due. */
  saved = saved_follow_up (fu_application_get_store (test.app), "fu-1");
  g_assert_nonnull (saved);
  g_assert_false (json_object_has_member (saved, "last_notified"));
  g_assert_cmpstr (json_object_get_string_member (saved, "state"), ==, "open");
  g_object_unref (test.app);
}

/* A server that never answers: the window keeps handling input while the
 * notifier waits, and Quit returns while that call still waits. */
static gboolean
hung_tick_cb (gpointer data)
{
  AppTest *test = data;
  GtkWindow *window;

  test->ticks++;
  g_assert_cmpuint (test->ticks, <, STEP_SECONDS * 10 * 2);
  switch (test->step)
    {
    case 0:
      if (!window_ready (test) || fu_notifier_get_calls_waiting () == 0)
        return G_SOURCE_CONTINUE;
      window = app_window (test);
      {
        g_autofree char *script = g_strdup_printf ("xdotool windowfocus --sync %lu key ctrl+2",
                                                   (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
        const char *argv[] = { "/bin/sh", "-c", script, NULL };
        g_autoptr(GError) error = NULL;

        g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &error);
        g_assert_no_error (error);
      }
      test->step++;
      return G_SOURCE_CONTINUE;

    case 1:
      {
        GtkWidget *stack = fu_test_ui_find_descendant (GTK_WIDGET (app_window (test)), ADW_TYPE_VIEW_STACK);

        if (stack == NULL ||
            g_strcmp0 (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), "follow-ups") != 0)
          return G_SOURCE_CONTINUE;
      }
      /* The key press was handled while the notifier still waits. */
      test->view_switched = fu_notifier_get_calls_waiting () > 0;
      g_action_group_activate_action (G_ACTION_GROUP (test->app), "quit", NULL);
      return G_SOURCE_REMOVE;

    default:
      g_assert_not_reached ();
    }
}

static void
test_notify_hung_server (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) past = g_date_time_add_hours (now, -1);
  g_autofree char *one = follow_up_json ("fu-1", WHAT, past);
  g_autoptr(GSettings) settings = test_settings ();
  AppTest test = { 0 };
  char *argv[] = { (char *) "followup", NULL };

  start_hung_server ();
  write_data (one);
  test.app = fu_application_new ();
  g_signal_connect (test.app, "shutdown", G_CALLBACK (on_shutdown_cb), &test);
  g_timeout_add (100, hung_tick_cb, &test);
  g_assert_cmpint (g_application_run (G_APPLICATION (test.app), 1, argv), ==, 0);

  g_assert_true (test.view_switched);
  g_assert_cmpint (test.waiting_at_quit, >, 0);
  /* Quit is over, and the call to the server has still not come back. */
  g_assert_cmpint (fu_notifier_get_calls_waiting (), >, 0);
  g_object_unref (test.app);
  stop_helper ();
}

/* Started at login with `--background` and the user's consent: no window,
 * yet the application keeps running (held) and notifies; activating it
 * (a notification, the launcher) shows the window. */
static gboolean
background_tick_cb (gpointer data)
{
  AppTest *test = data;

  test->ticks++;
  g_assert_cmpuint (test->ticks, <, STEP_SECONDS * 10);
  switch (test->step)
    {
    case 0:
      if (!fu_store_get_loaded (fu_application_get_store (test->app)))
        return G_SOURCE_CONTINUE;
      /* Still running after startup and activation, with no window. */
      g_assert_null (gtk_application_get_windows (GTK_APPLICATION (test->app)));
      g_assert_nonnull (fu_application_get_notifier (test->app));
      g_application_activate (G_APPLICATION (test->app));
      test->step++;
      return G_SOURCE_CONTINUE;

    case 1:
      if (!window_ready (test))
        return G_SOURCE_CONTINUE;
      g_action_group_activate_action (G_ACTION_GROUP (test->app), "quit", NULL);
      return G_SOURCE_REMOVE;

    default:
      g_assert_not_reached ();
    }
}

static void
test_notify_background_start (void)
{
  g_autoptr(GSettings) settings = test_settings ();
  g_autofree char *path = fu_background_get_autostart_path ();
  AppTest test = { 0 };
  char *argv[] = { (char *) "followup", (char *) "--background", NULL };

  write_data ("");
  g_settings_set_boolean (settings, "run-in-background", TRUE);
  test.app = fu_application_new ();
  g_timeout_add (100, background_tick_cb, &test);
  g_assert_cmpint (g_application_run (G_APPLICATION (test.app), 2, argv), ==, 0);
  g_assert_cmpuint (test.step, ==, 1);
  /* The consent also makes it start at login. */
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_object_unref (test.app);
}

static guint
count_calls (const char *method)
{
  g_autoptr(GDBusConnection) connection = session ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariantIter) iter = NULL;
  const char *name;
  guint n = 0;

  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.Notifications",
                                       "/org/freedesktop/Notifications",
                                       "org.freedesktop.DBus.Mock", "GetCalls", NULL,
                                       G_VARIANT_TYPE ("(a(tsav))"), G_DBUS_CALL_FLAGS_NONE,
                                       10000, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(a(tsav))", &iter);
  while (g_variant_iter_next (iter, "(t&s@av)", NULL, &name, NULL))
    if (g_strcmp0 (name, method) == 0)
      n++;

  return n;
}

/* A click on the notification's body opens the job in the window; Quit
 * closes the notification, so no dead buttons remain. */
static gboolean
open_job_tick_cb (gpointer data)
{
  AppTest *test = data;
  GtkWidget *page;

  test->ticks++;
  g_assert_cmpuint (test->ticks, <, STEP_SECONDS * 10 * 2);
  switch (test->step)
    {
    case 0:
      if (!window_ready (test) || count_calls ("Notify") == 0)
        return G_SOURCE_CONTINUE;
      invoke_action (1, "default");
      test->step++;
      return G_SOURCE_CONTINUE;

    case 1:
      page = fu_test_ui_find_descendant (GTK_WIDGET (app_window (test)), FU_TYPE_JOB_PAGE);
      if (page == NULL || !gtk_widget_get_mapped (page) || fu_job_page_get_job (FU_JOB_PAGE (page)) == NULL ||
          g_strcmp0 (fu_job_get_id (fu_job_page_get_job (FU_JOB_PAGE (page))), "job-1") != 0)
        return G_SOURCE_CONTINUE;
      test->view_switched = TRUE;
      g_action_group_activate_action (G_ACTION_GROUP (test->app), "quit", NULL);
      return G_SOURCE_REMOVE;

    default:
      g_assert_not_reached ();
    }
}

static void
test_notify_open_job_and_quit (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) past = g_date_time_add_hours (now, -1);
  g_autofree char *one = follow_up_json ("fu-1", WHAT, past);
  g_autoptr(GSettings) settings = test_settings ();
  AppTest test = { 0 };
  char *argv[] = { (char *) "followup", NULL };

  start_mock_server ("actions body body-markup");
  write_data (one);
  test.app = fu_application_new ();
  g_timeout_add (100, open_job_tick_cb, &test);
  g_assert_cmpint (g_application_run (G_APPLICATION (test.app), 1, argv), ==, 0);
  g_assert_true (test.view_switched);

  /* GNOME closes a clicked notification itself, and Quit closes what is
   * still shown: here the mock keeps it, so Quit must have closed it. */
  g_assert_cmpuint (count_calls ("Notify"), ==, 1);
  g_assert_cmpuint (count_calls ("CloseNotification"), ==, 1);
  g_object_unref (test.app);
  stop_helper ();
}

/* Consent on: an autostart entry that starts FollowUp hidden; off: gone. */
static void
test_notify_autostart (void)
{
  g_autoptr(GSettings) settings = test_settings ();
  g_autoptr(FuBackground) background = NULL;
  g_autofree char *path = fu_background_get_autostart_path ();
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;

  g_assert_true (g_str_has_prefix (path, g_get_user_config_dir ()));
  g_assert_true (g_str_has_suffix (path, "/autostart/" APPLICATION_ID ".desktop"));

  background = fu_background_new (NULL, settings);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_settings_set_boolean (settings, "run-in-background", TRUE);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  exec = g_key_file_get_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exec, ==, "followup --background");
  g_assert_cmpstr (g_key_file_get_string (entry, G_KEY_FILE_DESKTOP_GROUP, "Type", NULL), ==, "Application");

  g_settings_set_boolean (settings, "run-in-background", FALSE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

typedef struct
{
  const char *path;
  const char *line;
} LogLine;

static gboolean
log_has_line (gpointer data)
{
  LogLine *expect = data;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (expect->path, &text, NULL, NULL))
    return FALSE;
  lines = g_strsplit (text, "\n", -1);
  return g_strv_contains ((const char * const *) lines, expect->line);
}

/* Inside the Flatpak: the consent goes to the Background portal, with
 * autostart and the command line that starts FollowUp hidden; turning it
 * off asks again without autostart.  No autostart file is written. */
static void
test_notify_background_portal (void)
{
  g_autoptr(GSettings) settings = test_settings ();
  g_autoptr(FuBackground) background = NULL;
  g_autofree char *dir = g_dir_make_tmp ("portal-XXXXXX", NULL);
  g_autofree char *log = g_build_filename (dir, "portal.log", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "notify", "background-portal.py", NULL);
  g_autofree char *path = fu_background_get_autostart_path ();
  const char *argv[] = { "/usr/bin/python3", script, log, NULL };
  LogLine on = { log, "RequestBackground autostart=True commandline=followup --background" };
  LogLine off = { log, "RequestBackground autostart=False commandline=followup --background" };

  spawn_helper_for (argv, "org.freedesktop.portal.Desktop");
  fu_background_set_sandboxed (TRUE);
  background = fu_background_new (NULL, settings);

  g_settings_set_boolean (settings, "run-in-background", TRUE);
  wait_until (log_has_line, &on, "the portal is asked for autostart");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_settings_set_boolean (settings, "run-in-background", FALSE);
  wait_until (log_has_line, &off, "the portal is told to drop autostart");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* The portal said yes both times: the switch stays where the user put it. */
  g_assert_false (g_settings_get_boolean (settings, "run-in-background"));

  g_clear_object (&background);
  stop_helper ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *display = NULL;
  int status;

  fu_test_ui_init (&argc, &argv);

  /* A private bus: only the servers a case starts are on it, nothing is
   * started on demand.  g_test_dbus_up() unsets DISPLAY. */
  display = g_strdup (g_getenv ("DISPLAY"));
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);

  gtk_init ();
  adw_init ();

  g_test_add_func ("/notify/due-once-markup", test_notify_due_once_markup);
  g_test_add_func ("/notify/due-once-plain", test_notify_due_once_plain);
  g_test_add_func ("/notify/actions-and-restart", test_notify_actions_and_restart);
  g_test_add_func ("/notify/missed-summary", test_notify_missed_summary);
  g_test_add_func ("/notify/edit-in-slices", test_notify_edit_in_slices);
  g_test_add_func ("/notify/quiet-hours", test_notify_quiet_hours);
  g_test_add_func ("/notify/clock-change-rearms", test_notify_clock_change_rearms);
  g_test_add_func ("/notify/no-server", test_notify_no_server);
  g_test_add_func ("/notify/hung-server", test_notify_hung_server);
  g_test_add_func ("/notify/autostart", test_notify_autostart);
  g_test_add_func ("/notify/background-start", test_notify_background_start);
  g_test_add_func ("/notify/background-portal", test_notify_background_portal);
  g_test_add_func ("/notify/snooze-ends", test_notify_snooze_ends);
  g_test_add_func ("/notify/open-job-and-quit", test_notify_open_job_and_quit);

  status = g_test_run ();

  stop_helper ();
  /* Not g_test_dbus_down(): it waits for every connection to the bus to
   * go, and a notifier stuck on the hung server keeps one. */
  g_test_dbus_stop (bus);
  return status;
}
