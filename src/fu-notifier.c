/* fu-notifier.c: due follow-ups as desktop notifications
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib-unix.h>
#include <glib/gi18n.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "fu-agenda.h"
#include "fu-model.h"
#include "fu-notifier-private.h"
#include "fu-notifier-thread.h"
#include "fu-rules.h"
#include "fu-templates.h"

/* More follow-ups than this falling due together become one summary. */
#define MAX_SINGLE      3
#define SUMMARY_KEY     "summary"
#define SNOOZE_HOURS    1
/* How long quit may wait for the shown notifications to close. */
#define CLOSE_GRACE_MS  1000

struct _FuNotifier
{
  GObject           parent_instance;

  GtkApplication   *application;  /* weak */
  FuStore          *store;
  GSettings        *settings;

  FuNotifierThread *thread;
  int               timer_fd;
  guint             timer_source;
  GDateTime        *next_wakeup;

  /* follow-up id -> the due time (ISO 8601) a notification was asked
   * for; kept after a failure, so a missing server is tried once. */
  GHashTable       *in_flight;
  /* request number -> GPtrArray of (id, due) pairs, flat */
  GHashTable       *requests;
  /* keys of the notifications on screen */
  GHashTable       *shown;
  /* The follow-ups' stamp at the last rescan, 0 before the first (see
   * on_store_changed_cb()) */
  guint64           scanned_stamp;
  guint             rescan_id;   /* a rescan asked for by ::changed */
  struct Scan      *scan;        /* (nullable) the one it is making */
  guint             scan_slice;  /* follow-ups a slice looks at; 0: by time */
};

G_DEFINE_FINAL_TYPE (FuNotifier, fu_notifier, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_APPLICATION,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

FuNotifier *
fu_notifier_new (GtkApplication *application,
                 FuStore        *store,
                 GSettings      *settings)
{
  return g_object_new (FU_TYPE_NOTIFIER,
                       "application", application,
                       "store", store,
                       "settings", settings,
                       NULL);
}

/* ---- time ------------------------------------------------------------ */

static GTimeZone *
home_zone (FuNotifier *self)
{
  g_autofree char *zone = g_settings_get_string (self->settings, "home-time-zone");
  GTimeZone *tz = zone[0] != '\0' ? g_time_zone_new_identifier (zone) : NULL;

  return tz != NULL ? tz : g_time_zone_new_local ();
}

/* The end of the quiet hours @now is in, or NULL outside them.  The hours
 * are those of the home zone, wherever the machine is. */
static GDateTime *
quiet_hours_end (FuNotifier *self,
                 GDateTime  *now)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) end = NULL;
  int start_hour, end_hour, hour;
  gboolean quiet;

  if (!g_settings_get_boolean (self->settings, "quiet-hours-enabled"))
    return NULL;
  start_hour = g_settings_get_int (self->settings, "quiet-hours-start");
  end_hour = g_settings_get_int (self->settings, "quiet-hours-end");
  if (start_hour == end_hour)
    return NULL;

  zone = home_zone (self);
  local = g_date_time_to_timezone (now, zone);
  hour = g_date_time_get_hour (local);
  if (start_hour < end_hour)
    quiet = hour >= start_hour && hour < end_hour;
  else
    quiet = hour >= start_hour || hour < end_hour;
  if (!quiet)
    return NULL;

  end = g_date_time_new (zone, g_date_time_get_year (local), g_date_time_get_month (local),
                         g_date_time_get_day_of_month (local), end_hour, 0, 0);
  if (g_date_time_compare (end, local) <= 0)
    {
      GDateTime *next = g_date_time_add_days (end, 1);

      g_date_time_unref (end);
      end = next;
    }

  return g_steal_pointer (&end);
}

static void
fu_notifier_arm (FuNotifier *self,
                 GDateTime  *when)
{
  struct itimerspec spec = { 0 };

  g_clear_pointer (&self->next_wakeup, g_date_time_unref);
  if (when != NULL)
    {
      self->next_wakeup = g_date_time_ref (when);
      spec.it_value.tv_sec = g_date_time_to_unix (when);
      spec.it_value.tv_nsec = (long) g_date_time_get_microsecond (when) * 1000;
      /* All zeros would disarm the timer. */
      if (spec.it_value.tv_sec <= 0 && spec.it_value.tv_nsec == 0)
        spec.it_value.tv_nsec = 1;
    }

  if (self->timer_fd >= 0 &&
      timerfd_settime (self->timer_fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, NULL) != 0)
    g_message ("Could not set the follow-up timer: %s", g_strerror (errno));
}

static gboolean
on_timer_cb (int          fd,
             GIOCondition condition,
             gpointer     user_data)
{
  FuNotifier *self = user_data;
  guint64 expirations;

  /* ECANCELED: the clock was set (or the machine resumed with a new
   * time); the timer stays cancelled until it is armed again. */
  if (read (fd, &expirations, sizeof expirations) < 0 && errno != ECANCELED)
    return G_SOURCE_CONTINUE;

  fu_notifier_rescan (self);
  return G_SOURCE_CONTINUE;
}

/* ---- words ----------------------------------------------------------- */

static gboolean
is_set (const char *text)
{
  return text != NULL && text[0] != '\0';
}

/* What to do: the user's own title, or the rule's one-line why. */
static char *
describe_what (FuFollowUp *follow_up)
{
  if (is_set (fu_follow_up_get_title (follow_up)))
    return g_strdup (fu_follow_up_get_title (follow_up));
  if (is_set (fu_follow_up_get_explanation (follow_up)))
    return g_strdup (fu_follow_up_get_explanation (follow_up));
  return g_strdup (_("A follow-up is due"));
}

/* For whom, on which job, at which company; plain text. */
static char *
describe_who (FuNotifier *self,
              FuFollowUp *follow_up)
{
  FuJob *job = fu_store_find_job (self->store, fu_follow_up_get_job_id (follow_up));
  FuContact *contact = fu_store_find_contact (self->store, fu_follow_up_get_contact_id (follow_up));
  const char *person = contact != NULL ? fu_contact_get_name (contact) : NULL;
  const char *title = job != NULL ? fu_job_get_title (job) : NULL;
  const char *company = job != NULL ? fu_job_get_company (job) : NULL;
  g_autofree char *where = NULL;

  if (is_set (title) && is_set (company))
    /* Translators: a job title and a company */
    where = g_strdup_printf (_("%1$s at %2$s"), title, company);
  else if (is_set (title))
    where = g_strdup (title);
  else if (is_set (company))
    where = g_strdup (company);

  if (is_set (person) && where != NULL)
    /* Translators: a person, then "job title at company" */
    return g_strdup_printf (_("%1$s, %2$s"), person, where);
  if (is_set (person))
    return g_strdup (person);
  return where != NULL ? g_steal_pointer (&where) : g_strdup ("");
}

/* ---- showing --------------------------------------------------------- */

static void
remember_request (FuNotifier *self,
                  guint       request,
                  GPtrArray  *pending,
                  GHashTable *dues)
{
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < pending->len; i++)
    {
      const char *id = fu_follow_up_get_id (g_ptr_array_index (pending, i));
      const char *due = g_hash_table_lookup (dues, id);

      g_ptr_array_add (pairs, g_strdup (id));
      g_ptr_array_add (pairs, g_strdup (due));
      g_hash_table_insert (self->in_flight, g_strdup (id), g_strdup (due));
    }
  g_hash_table_insert (self->requests, GUINT_TO_POINTER (request), pairs);
}

static void
show_one (FuNotifier *self,
          FuFollowUp *follow_up,
          GPtrArray  *single,
          GHashTable *dues)
{
  /* A follow-up done by sending a note offers to write it. */
  gboolean note = fu_templates_rule_has_note (fu_follow_up_get_kind (follow_up));
  const char *actions[] = {
    "default", _("Open"),
    note ? "write-note" : "open",
    !note ? _("Open") : fu_follow_up_get_kind (follow_up) == 9 ? _("Prepare call") : _("Write note"),
    "snooze", _("Snooze"),
    "done", _("Done"),
    NULL
  };
  g_autofree char *summary = describe_what (follow_up);
  g_autofree char *body = describe_who (self, follow_up);
  guint request;

  request = fu_notifier_thread_show (self->thread, fu_follow_up_get_id (follow_up),
                                     summary, body, actions);
  remember_request (self, request, single, dues);
}

static void
show_summary (FuNotifier *self,
              GPtrArray  *pending,
              GHashTable *dues)
{
  const char *actions[] = {
    "default", _("Open"),
    "open", _("Open"),
    NULL
  };
  g_autofree char *summary = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  guint request;

  summary = g_strdup_printf (ngettext ("%u follow-up is due", "%u follow-ups are due", pending->len),
                             pending->len);
  for (guint i = 0; i < pending->len && i < MAX_SINGLE; i++)
    {
      g_autofree char *what = describe_what (g_ptr_array_index (pending, i));

      if (body->len > 0)
        g_string_append_c (body, '\n');
      g_string_append (body, what);
    }
  if (pending->len > MAX_SINGLE)
    {
      guint more = pending->len - MAX_SINGLE;

      g_string_append_c (body, '\n');
      g_string_append_printf (body, ngettext ("and %u more", "and %u more", more), more);
    }

  request = fu_notifier_thread_show (self->thread, SUMMARY_KEY, summary, body->str, actions);
  remember_request (self, request, pending, dues);
}

static void
on_shown_cb (gpointer user_data,
             guint    request,
             gboolean shown)
{
  FuNotifier *self = user_data;
  GPtrArray *pairs = g_hash_table_lookup (self->requests, GUINT_TO_POINTER (request));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (pairs == NULL)
    return;

  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      const char *id = g_ptr_array_index (pairs, i);
      const char *due = g_ptr_array_index (pairs, i + 1);
      FuFollowUp *follow_up = fu_store_find_follow_up (self->store, id);

      if (!shown || follow_up == NULL)
        continue;

      /* Stored, so a restart does not announce it again; the in-flight
       * mark goes only once the record says so. */
      fu_follow_up_set_last_notified (follow_up, now);
      if (g_strcmp0 (g_hash_table_lookup (self->in_flight, id), due) == 0)
        g_hash_table_remove (self->in_flight, id);
      g_hash_table_add (self->shown, g_strdup (pairs->len > 2 ? SUMMARY_KEY : id));
    }

  g_hash_table_remove (self->requests, GUINT_TO_POINTER (request));
}

/* ---- scanning -------------------------------------------------------- */

/* @due as the in-flight table writes it: µs since the epoch, in decimal,
 * into @buffer.  Without a notification server everything due stays in
 * flight, and formatting 40,000 ISO 8601 dates to compare them was a
 * third of a store change's work at 10,000 jobs. */
static const char *
due_key (GDateTime *due,
         char       buffer[24])
{
  gint64 key = fu_agenda_time_key (due);
  guint64 v = key < 0 ? 0u - (guint64) key : (guint64) key;
  char *p = buffer + 23;

  *p = '\0';
  do
    *--p = '0' + v % 10;
  while ((v /= 10) != 0);
  if (key < 0)
    *--p = '-';

  return p;
}

static gboolean
is_waiting (FuFollowUp *follow_up,
            GDateTime  *now)
{
  GDateTime *due;

  if (!fu_agenda_is_pending (follow_up))
    return FALSE;
  due = fu_rules_effective_due (follow_up);
  return due != NULL && g_date_time_compare (due, now) <= 0;
}

/* A notification whose follow-up was done, snoozed or deleted meanwhile
 * (in the window, say) would only offer dead buttons. */
static void
close_stale (FuNotifier *self,
             GDateTime  *now)
{
  GHashTableIter iter;
  const char *key;

  g_hash_table_iter_init (&iter, self->shown);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    {
      FuFollowUp *follow_up;

      if (g_strcmp0 (key, SUMMARY_KEY) == 0)
        continue;
      follow_up = fu_store_find_follow_up (self->store, key);
      if (follow_up != NULL && is_waiting (follow_up, now))
        continue;
      fu_notifier_thread_close (self->thread, key);
      g_hash_table_iter_remove (&iter);
    }
}

/* A walk over every follow-up, for what is due (to show) and the next
 * due time to come (for the timer).  After an edit it is made in idle
 * slices: at 10,000 jobs the walk over 45,000 follow-ups was the longest
 * stall an edit caused, 10-14 ms.  A change to the follow-ups meanwhile
 * starts it again. */
typedef struct Scan
{
  guint64     stamp;        /* the follow-ups' when it began */
  guint       position;
  GDateTime  *now;
  GDateTime  *quiet_end;    /* (nullable) */
  GPtrArray  *pending;      /* FuFollowUp, to show */
  GHashTable *dues;         /* id -> due key, of @pending */
  GDateTime  *next;         /* (nullable) borrowed from a follow-up */
  gboolean    any_pending;
} Scan;

/* Follow-ups looked at between two looks at the clock. */
#define SCAN_CHECK_EVERY 512
/* How long a slice runs. */
#define SCAN_SLICE_USEC  (3 * G_TIME_SPAN_MILLISECOND)

static void
scan_free (Scan *scan)
{
  g_clear_pointer (&scan->now, g_date_time_unref);
  g_clear_pointer (&scan->quiet_end, g_date_time_unref);
  g_clear_pointer (&scan->pending, g_ptr_array_unref);
  g_clear_pointer (&scan->dues, g_hash_table_unref);
  g_free (scan);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Scan, scan_free)

static Scan *
scan_new (FuNotifier *self)
{
  Scan *scan = g_new0 (Scan, 1);

  scan->stamp = fu_store_get_list_stamp (self->store, fu_store_get_follow_ups (self->store));
  scan->now = g_date_time_new_now_utc ();
  /* In quiet hours nothing is shown: what is due is only noted, not
   * gathered (40,000 follow-ups at 10,000 jobs, at every edit). */
  scan->quiet_end = quiet_hours_end (self, scan->now);
  scan->pending = g_ptr_array_new_with_free_func (g_object_unref);
  scan->dues = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  /* What ::changed compares with: a change from here on is seen. */
  self->scanned_stamp = scan->stamp;

  return scan;
}

/* Walks on until the end (TRUE) or, given a @deadline, until it passed
 * (or, for tests, until it looked at @slice follow-ups). */
static gboolean
scan_step (FuNotifier *self,
           Scan       *scan,
           gint64      deadline,
           guint       slice)
{
  GListModel *follow_ups = fu_store_get_follow_ups (self->store);
  guint n = g_list_model_get_n_items (follow_ups);
  guint start = scan->position;

  for (; scan->position < n; scan->position++)
    {
      g_autoptr(FuFollowUp) follow_up = NULL;
      GDateTime *due;
      GDateTime *last;
      char buffer[24];
      const char *key;

      if (slice > 0 && scan->position - start == slice)
        return FALSE;
      if (deadline > 0 && scan->position > 0 && scan->position % SCAN_CHECK_EVERY == 0 &&
          g_get_monotonic_time () > deadline)
        return FALSE;

      follow_up = g_list_model_get_item (follow_ups, scan->position);
      due = fu_rules_effective_due (follow_up);
      last = fu_follow_up_get_last_notified (follow_up);
      if (due == NULL || !fu_agenda_is_pending (follow_up))
        continue;
      if (g_date_time_compare (due, scan->now) > 0)
        {
          if (scan->next == NULL || g_date_time_compare (due, scan->next) < 0)
            scan->next = due;
          continue;
        }
      /* In quiet hours one waiting is as good as all of them. */
      if (scan->quiet_end != NULL && scan->any_pending)
        continue;
      /* Once per due time: a snooze that ended is a new due time. */
      if (last != NULL && g_date_time_compare (last, due) >= 0)
        continue;
      key = due_key (due, buffer);
      if (g_strcmp0 (g_hash_table_lookup (self->in_flight, fu_follow_up_get_id (follow_up)), key) == 0)
        continue;

      scan->any_pending = TRUE;
      if (scan->quiet_end != NULL)
        continue;
      g_hash_table_insert (scan->dues, (gpointer) fu_follow_up_get_id (follow_up), g_strdup (key));
      g_ptr_array_add (scan->pending, g_steal_pointer (&follow_up));
    }

  return TRUE;
}

/* Shows what the walk found waiting and arms the timer for what is to
 * come; nothing changed since the walk began. */
static void
scan_finish (FuNotifier *self,
             Scan       *scan)
{
  GDateTime *next = scan->next;

  close_stale (self, scan->now);

  /* Quiet hours matter only to what is waiting to be shown. */
  if (!scan->any_pending)
    g_clear_pointer (&scan->quiet_end, g_date_time_unref);
  if (scan->quiet_end != NULL)
    {
      if (next == NULL || g_date_time_compare (scan->quiet_end, next) < 0)
        next = scan->quiet_end;
    }
  else if (scan->pending->len > MAX_SINGLE)
    {
      show_summary (self, scan->pending, scan->dues);
    }
  else
    {
      for (guint i = 0; i < scan->pending->len; i++)
        {
          g_autoptr(GPtrArray) single = g_ptr_array_new ();

          g_ptr_array_add (single, g_ptr_array_index (scan->pending, i));
          show_one (self, g_ptr_array_index (scan->pending, i), single, scan->dues);
        }
    }

  fu_notifier_arm (self, next);
}

static gboolean
can_scan (FuNotifier *self)
{
  return self->thread != NULL && self->store != NULL && fu_store_get_loaded (self->store);
}

void
fu_notifier_rescan (FuNotifier *self)
{
  g_autoptr(Scan) scan = NULL;

  g_return_if_fail (FU_IS_NOTIFIER (self));

  /* At once: this one sees all the one in slices would have. */
  g_clear_pointer (&self->scan, scan_free);
  g_clear_handle_id (&self->rescan_id, g_source_remove);
  if (!can_scan (self))
    return;

  scan = scan_new (self);
  scan_step (self, scan, 0, 0);
  scan_finish (self, scan);
}

void
fu_notifier_set_scan_slice (FuNotifier *self,
                            guint       n_follow_ups)
{
  g_return_if_fail (FU_IS_NOTIFIER (self));

  self->scan_slice = n_follow_ups;
}

/* ---- buttons --------------------------------------------------------- */

static void
open_in_window (FuNotifier *self,
                const char *action,
                GVariant   *parameter)
{
  GtkWindow *window;

  if (self->application == NULL)
    return;

  /* Presents the window, or makes it when FollowUp ran in the background. */
  g_application_activate (G_APPLICATION (self->application));
  window = gtk_application_get_active_window (self->application);
  if (window != NULL)
    gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter);
}

static void
on_action_cb (gpointer    user_data,
              const char *key,
              const char *action)
{
  FuNotifier *self = user_data;
  FuFollowUp *follow_up;

  g_hash_table_remove (self->shown, key);

  if (g_strcmp0 (key, SUMMARY_KEY) == 0)
    {
      open_in_window (self, "win.show-view", g_variant_new_string ("follow-ups"));
      return;
    }

  follow_up = fu_store_find_follow_up (self->store, key);
  if (follow_up == NULL)
    return;

  if (g_strcmp0 (action, "done") == 0)
    {
      fu_follow_up_set_state (follow_up, FU_FOLLOW_UP_STATE_DONE);
    }
  else if (g_strcmp0 (action, "snooze") == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(GDateTime) until = g_date_time_add_hours (now, SNOOZE_HOURS);

      fu_follow_up_set_snoozed_until (follow_up, until);
      fu_follow_up_set_state (follow_up, FU_FOLLOW_UP_STATE_SNOOZED);
    }
  else if (g_strcmp0 (action, "write-note") == 0)
    {
      open_in_window (self, "app.compose", g_variant_new_string (fu_follow_up_get_id (follow_up)));
    }
  else if (fu_follow_up_get_job_id (follow_up) != NULL)
    {
      open_in_window (self, "win.open-job", g_variant_new_string (fu_follow_up_get_job_id (follow_up)));
    }
}

/* ---- life ------------------------------------------------------------ */

static gboolean
rescan_idle_cb (gpointer user_data)
{
  FuNotifier *self = user_data;
  g_autoptr(Scan) scan = NULL;

  if (!can_scan (self))
    {
      g_clear_pointer (&self->scan, scan_free);
      self->rescan_id = 0;
      return G_SOURCE_REMOVE;
    }
  /* The follow-ups changed since the walk began: from the start. */
  if (self->scan != NULL &&
      fu_store_get_list_stamp (self->store, fu_store_get_follow_ups (self->store)) != self->scan->stamp)
    g_clear_pointer (&self->scan, scan_free);
  if (self->scan == NULL)
    self->scan = scan_new (self);
  if (!scan_step (self, self->scan, g_get_monotonic_time () + SCAN_SLICE_USEC, self->scan_slice))
    return G_SOURCE_CONTINUE;

  /* Done: a change made while showing (or after) asks for another. */
  scan = g_steal_pointer (&self->scan);
  self->rescan_id = 0;
  scan_finish (self, scan);
  return G_SOURCE_REMOVE;
}

/* Only a follow-up brings a notification: after an edit that changed
 * none (a job's notes, a contact) there is nothing new to show, and the
 * times still to come are the timer's.  Otherwise the walk over every
 * follow-up (45,000 at 10,000 jobs, a third of an edit's stall) waits
 * for an idle of its own, after the frame that shows the edit, and is
 * made in slices (see Scan).  Its
 * priority is below the other idles', as the main loop runs all the
 * ready sources of one priority at once: stalls would add up. */
static void
on_store_changed_cb (FuNotifier *self)
{
  if (fu_store_get_list_stamp (self->store, fu_store_get_follow_ups (self->store)) == self->scanned_stamp)
    return;
  if (self->rescan_id == 0)
    self->rescan_id = g_idle_add_full (G_PRIORITY_LOW, rescan_idle_cb, self, NULL);
}

static void
on_settings_changed_cb (FuNotifier *self)
{
  fu_notifier_rescan (self);
}

void
fu_notifier_start (FuNotifier *self)
{
  g_return_if_fail (FU_IS_NOTIFIER (self));
  g_return_if_fail (self->store != NULL && self->settings != NULL);

  if (self->thread != NULL)
    return;

  self->thread = fu_notifier_thread_new (on_action_cb, on_shown_cb, self);

  self->timer_fd = timerfd_create (CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
  if (self->timer_fd >= 0)
    self->timer_source = g_unix_fd_add (self->timer_fd, G_IO_IN, on_timer_cb, self);
  else
    g_message ("Could not make the follow-up timer: %s", g_strerror (errno));

  /* A load ends with ::changed too, from an idle: the rescan it needs
   * waits there, not in the window's first frame. */
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed_cb),
                           self, G_CONNECT_SWAPPED);

  fu_notifier_rescan (self);
}

void
fu_notifier_stop (FuNotifier *self)
{
  g_return_if_fail (FU_IS_NOTIFIER (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_handle_id (&self->timer_source, g_source_remove);
  g_clear_handle_id (&self->rescan_id, g_source_remove);
  g_clear_pointer (&self->scan, scan_free);
  if (self->timer_fd >= 0)
    close (self->timer_fd);
  self->timer_fd = -1;
  g_clear_pointer (&self->next_wakeup, g_date_time_unref);

  if (self->thread != NULL)
    fu_notifier_thread_stop (g_steal_pointer (&self->thread), CLOSE_GRACE_MS);
  g_hash_table_remove_all (self->shown);
}

GDateTime *
fu_notifier_get_next_wakeup (FuNotifier *self)
{
  g_return_val_if_fail (FU_IS_NOTIFIER (self), NULL);

  return self->next_wakeup;
}

int
fu_notifier_get_calls_waiting (void)
{
  return fu_notifier_thread_get_calls_waiting ();
}

static void
fu_notifier_dispose (GObject *object)
{
  FuNotifier *self = FU_NOTIFIER (object);

  fu_notifier_stop (self);
  g_clear_weak_pointer (&self->application);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fu_notifier_parent_class)->dispose (object);
}

static void
fu_notifier_finalize (GObject *object)
{
  FuNotifier *self = FU_NOTIFIER (object);

  g_hash_table_unref (self->in_flight);
  g_hash_table_unref (self->requests);
  g_hash_table_unref (self->shown);

  G_OBJECT_CLASS (fu_notifier_parent_class)->finalize (object);
}

static void
fu_notifier_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FuNotifier *self = FU_NOTIFIER (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_notifier_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FuNotifier *self = FU_NOTIFIER (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_set_weak_pointer (&self->application, g_value_get_object (value));
      break;
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_notifier_class_init (FuNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fu_notifier_dispose;
  object_class->finalize = fu_notifier_finalize;
  object_class->get_property = fu_notifier_get_property;
  object_class->set_property = fu_notifier_set_property;

  properties[PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL,
                         GTK_TYPE_APPLICATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         FU_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fu_notifier_init (FuNotifier *self)
{
  self->timer_fd = -1;
  self->in_flight = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->requests = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}
