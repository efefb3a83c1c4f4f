/* fu-rules-runner.c: runs the follow-up engine when it matters
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GLib timeout is enough here: it is re-armed after every run and never
 * longer than an hour, so a suspend or a clock change is caught up within
 * the hour.  The notifier will replace it with a timerfd that follows the
 * wall clock.
 */
#include "config.h"

#include "fu-rules.h"
#include "fu-rules-runner.h"

/* The longest wait, so the runner looks again after a suspend. */
#define MAX_WAIT_SECONDS 3600

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
};

G_DEFINE_FINAL_TYPE (FuRulesRunner, fu_rules_runner, G_TYPE_OBJECT)

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

void
fu_rules_runner_run (FuRulesRunner *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (FU_IS_RULES_RUNNER (self));

  /* Applying changes emits FuStore::changed, which brings us back here:
   * that second pass finds nothing to do, so one level is enough. */
  if (self->running)
    return;

  /* Before the load, the store is empty and the rules would make
   * follow-ups the file already has; a read-only store keeps nothing. */
  if (!fu_store_get_loaded (self->store) || fu_store_get_loading (self->store)
      || fu_store_get_read_only (self->store))
    return;

  now = runner_now (self);
  g_clear_pointer (&self->next_wakeup, g_date_time_unref);

  self->running = TRUE;
  fu_rules_run (self->store, now, self->rules_settings, &self->next_wakeup);
  self->running = FALSE;
  self->n_runs++;

  arm_timer (self, now);
}

static void
on_store_changed_cb (FuStore       *store,
                     FuRulesRunner *self)
{
  fu_rules_runner_run (self);
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
  fu_rules_runner_run (self);
}

static void
fu_rules_runner_dispose (GObject *object)
{
  FuRulesRunner *self = FU_RULES_RUNNER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
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
