/* fu-rules-runner.c: runs the follow-up engine when it matters
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GLib timeout is enough here: it is re-armed after every run and never
 * longer than an hour, so a suspend or a clock change is caught up within
 * the hour.  The notifier will replace it with a timerfd that follows the
 * wall clock.
 *
 * A run evaluates everything after a load, or after a contact or a rule
 * setting changed: a second at 10,000 jobs.  So a run is a FuRulesPass
 * taken in slices of a few milliseconds in idle callbacks, and its
 * changes are made in slices too, so the window draws its frames in
 * between.  The records are the main thread's, so it all happens there.
 * An edit between two slices of the evaluation is seen by the pass's next
 * step; one between two slices of the changes (which were worked out from
 * the data before it) stops them, and a new pass starts from the data as
 * it is.  A small run (an edit) is done at once, in the first slice.
 */
#include "config.h"

#include "fu-rules.h"
#include "fu-rules-runner.h"

/* The longest wait, so the runner looks again after a suspend. */
#define MAX_WAIT_SECONDS 3600

/* One slice of work: the window has 16 ms for a frame, and its own work
 * to do in them. */
#define SLICE_USEC 5000

struct _FuRulesRunner
{
  GObject          parent_instance;

  FuStore         *store;
  GSettings       *settings;
  FuRulesSettings *rules_settings;
  FuRulesClock     clock;
  gpointer         clock_data;

  GDateTime       *next_wakeup;
  guint            timeout_id;
  guint            n_runs;
  gboolean         running;

  /* The run under way: evaluating (pass), then making its changes. */
  FuRulesPass     *pass;
  GDateTime       *pass_now;
  GPtrArray       *changes;
  guint            n_applied;
  guint64          serial;         /* fu_record_get_last_serial() after our slice */
  gboolean         lists_changed;  /* a record added or removed since */
  guint            idle_id;
  guint            start_id;       /* a run asked for by ::changed */
  gint64           slice_usec;
};

G_DEFINE_FINAL_TYPE (FuRulesRunner, fu_rules_runner, G_TYPE_OBJECT)

static void run_slice (FuRulesRunner *self);

static GDateTime *
runner_now (FuRulesRunner *self)
{
  if (self->clock != NULL)
    return self->clock (self->clock_data);
  return g_date_time_new_now_utc ();
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  FuRulesRunner *self = user_data;

  self->timeout_id = 0;
  fu_rules_runner_run (self);
  return G_SOURCE_REMOVE;
}

static void
arm_timer (FuRulesRunner *self,
           GDateTime     *now)
{
  GTimeSpan wait;
  guint seconds;

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  wait = self->next_wakeup != NULL ? g_date_time_difference (self->next_wakeup, now)
                                   : (GTimeSpan) MAX_WAIT_SECONDS * G_TIME_SPAN_SECOND;
  /* Round up: waking a moment early would find nothing to do. */
  seconds = (guint) CLAMP ((wait + G_TIME_SPAN_SECOND - 1) / G_TIME_SPAN_SECOND, 1, MAX_WAIT_SECONDS);
  self->timeout_id = g_timeout_add_seconds (seconds, on_timeout_cb, self);
}

static gboolean
can_run (FuRulesRunner *self)
{
  /* Before the load, the store is empty and the rules would make
   * follow-ups the file already has; a read-only store keeps nothing. */
  return fu_store_get_loaded (self->store) && !fu_store_get_loading (self->store)
         && !fu_store_get_read_only (self->store);
}

static void
drop_run (FuRulesRunner *self)
{
  g_clear_pointer (&self->pass, fu_rules_pass_free);
  g_clear_pointer (&self->pass_now, g_date_time_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_handle_id (&self->idle_id, g_source_remove);
}

static gboolean
on_idle_cb (gpointer user_data)
{
  FuRulesRunner *self = user_data;

  run_slice (self);
  if (self->pass == NULL && self->changes == NULL)
    {
      self->idle_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
start_run (FuRulesRunner *self)
{
  FuRulesData data = {
    fu_store_get_jobs (self->store), fu_store_get_contacts (self->store),
    fu_store_get_interactions (self->store), fu_store_get_follow_ups (self->store),
  };

  drop_run (self);
  self->pass_now = runner_now (self);
  self->pass = fu_rules_pass_new (&data, self->pass_now, self->rules_settings);
  run_slice (self);
  if ((self->pass != NULL || self->changes != NULL) && self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_idle_cb, self, NULL);
}

/* One slice of the run under way: evaluating, then changing. */
static void
run_slice (FuRulesRunner *self)
{
  gint64 deadline = g_get_monotonic_time () + self->slice_usec;
  g_autoptr(GDateTime) now = NULL;

  if (self->running)
    return;
  if (!can_run (self))
    {
      drop_run (self);
      return;
    }

  if (self->pass != NULL)
    {
      if (!fu_rules_pass_step (self->pass, deadline))
        return;
      g_clear_pointer (&self->next_wakeup, g_date_time_unref);
      self->changes = fu_rules_pass_finish (self->pass, &self->next_wakeup);
      g_clear_pointer (&self->pass, fu_rules_pass_free);
      self->n_applied = 0;
    }
  else if (fu_record_get_last_serial () != self->serial || self->lists_changed)
    {
      /* An edit came between two slices of changes worked out before
       * it: what is left may be out of date, so look again. */
      start_run (self);
      return;
    }

  self->running = TRUE;
  while (self->n_applied < self->changes->len)
    {
      FuRulesChange **change = (FuRulesChange **) &g_ptr_array_index (self->changes, self->n_applied++);

      fu_rules_apply_change (self->store, *change);
      /* Freed as it goes: 50,000 at once after a load take a frame. */
      g_clear_pointer (change, fu_rules_change_free);
      if (self->n_applied < self->changes->len && fu_rules_deadline_passed (deadline))
        break;
    }
  self->running = FALSE;
  self->serial = fu_record_get_last_serial ();
  self->lists_changed = FALSE;
  if (self->n_applied < self->changes->len)
    return;

  now = g_steal_pointer (&self->pass_now);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  self->n_runs++;
  arm_timer (self, now);
}

void
fu_rules_runner_run (FuRulesRunner *self)
{
  g_return_if_fail (FU_IS_RULES_RUNNER (self));

  /* A run under way sees the edits itself. */
  if (self->running || self->pass != NULL || self->changes != NULL || !can_run (self))
    return;

  start_run (self);
}

static gboolean
start_idle_cb (gpointer user_data)
{
  FuRulesRunner *self = user_data;

  self->start_id = 0;
  fu_rules_runner_run (self);
  return G_SOURCE_REMOVE;
}

/* The run starts from an idle of its own, not inside ::changed: the
 * views' handlers and the frame that shows the edit come first, and the
 * first slice does not add to their stall. */
static void
on_store_changed_cb (FuStore       *store,
                     FuRulesRunner *self)
{
  if (self->start_id == 0)
    self->start_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, start_idle_cb, self, NULL);
}

static void
on_items_changed_cb (GListModel    *list,
                     guint          position,
                     guint          removed,
                     guint          added,
                     FuRulesRunner *self)
{
  /* Not ours: the changes being made are out of date. */
  if (!self->running)
    self->lists_changed = TRUE;
}

static void
on_settings_changed_cb (GSettings     *settings,
                        const char    *key,
                        FuRulesRunner *self)
{
  g_autoptr(FuRulesSettings) fresh = NULL;

  if (key != NULL && !g_strv_contains ((const char * const *) fu_rules_settings_get_keys (), key))
    return;

  fresh = fu_rules_settings_new_from_gsettings (settings);
  if (fu_rules_settings_equal (fresh, self->rules_settings))
    return;

  g_clear_pointer (&self->rules_settings, fu_rules_settings_free);
  self->rules_settings = g_steal_pointer (&fresh);
  /* A run under way has the old settings. */
  if (!self->running && can_run (self))
    start_run (self);
}

static void
fu_rules_runner_dispose (GObject *object)
{
  FuRulesRunner *self = FU_RULES_RUNNER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_handle_id (&self->start_id, g_source_remove);
  drop_run (self);
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_signal_handlers_disconnect_by_data (fu_store_get_jobs (self->store), self);
      g_signal_handlers_disconnect_by_data (fu_store_get_contacts (self->store), self);
      g_signal_handlers_disconnect_by_data (fu_store_get_interactions (self->store), self);
      g_signal_handlers_disconnect_by_data (fu_store_get_follow_ups (self->store), self);
    }
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fu_rules_runner_parent_class)->dispose (object);
}

static void
fu_rules_runner_finalize (GObject *object)
{
  FuRulesRunner *self = FU_RULES_RUNNER (object);

  g_clear_pointer (&self->rules_settings, fu_rules_settings_free);
  g_clear_pointer (&self->next_wakeup, g_date_time_unref);

  G_OBJECT_CLASS (fu_rules_runner_parent_class)->finalize (object);
}

static void
fu_rules_runner_class_init (FuRulesRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fu_rules_runner_dispose;
  object_class->finalize = fu_rules_runner_finalize;
}

static void
fu_rules_runner_init (FuRulesRunner *self)
{
  self->slice_usec = SLICE_USEC;
}

/**
 * fu_rules_runner_new:
 * @store: the store whose follow-ups to keep up to date
 * @settings: the application's settings (com.example.FollowUp)
 *
 * Runs at once if @store is already loaded, and from then on by itself.
 */
FuRulesRunner *
fu_rules_runner_new (FuStore   *store,
                     GSettings *settings)
{
  FuRulesRunner *self;

  g_return_val_if_fail (FU_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (FU_TYPE_RULES_RUNNER, NULL);
  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);

  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  g_signal_connect (fu_store_get_jobs (store), "items-changed", G_CALLBACK (on_items_changed_cb), self);
  g_signal_connect (fu_store_get_contacts (store), "items-changed", G_CALLBACK (on_items_changed_cb), self);
  g_signal_connect (fu_store_get_interactions (store), "items-changed", G_CALLBACK (on_items_changed_cb), self);
  g_signal_connect (fu_store_get_follow_ups (store), "items-changed", G_CALLBACK (on_items_changed_cb), self);
  /* Connected before the keys are read: some backends only signal
   * changes of keys read with a handler in place. */
  g_signal_connect (settings, "changed", G_CALLBACK (on_settings_changed_cb), self);
  self->rules_settings = fu_rules_settings_new_from_gsettings (settings);

  fu_rules_runner_run (self);

  return self;
}

GDateTime *
fu_rules_runner_get_next_wakeup (FuRulesRunner *self)
{
  g_return_val_if_fail (FU_IS_RULES_RUNNER (self), NULL);

  return self->next_wakeup;
}

guint
fu_rules_runner_get_n_runs (FuRulesRunner *self)
{
  g_return_val_if_fail (FU_IS_RULES_RUNNER (self), 0);

  return self->n_runs;
}

void
fu_rules_runner_set_clock (FuRulesRunner *self,
                           FuRulesClock   clock,
                           gpointer       user_data)
{
  g_return_if_fail (FU_IS_RULES_RUNNER (self));

  self->clock = clock;
  self->clock_data = user_data;
}

/**
 * fu_rules_runner_get_busy:
 *
 * Returns: whether a run is under way, in idle slices
 */
gboolean
fu_rules_runner_get_busy (FuRulesRunner *self)
{
  g_return_val_if_fail (FU_IS_RULES_RUNNER (self), FALSE);

  return self->pass != NULL || self->changes != NULL;
}

void
fu_rules_runner_set_slice (FuRulesRunner *self,
                           guint          usec)
{
  g_return_if_fail (FU_IS_RULES_RUNNER (self));

  self->slice_usec = usec;
}
