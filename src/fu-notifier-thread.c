/* fu-notifier-thread.c: the thread that talks to the notification server
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libnotify/notify.h>

#include "fu-notifier-thread.h"

struct _FuNotifierThread
{
  gatomicrefcount       ref_count;

  /* Set once, read by both threads. */
  GMainContext         *ui_context;
  GMainContext         *context;
  GMainLoop            *loop;
  FuNotifierActionFunc  action_func;
  FuNotifierShownFunc   shown_func;

  /* Creator's thread only. */
  GThread              *thread;
  gpointer              user_data;   /* NULL once stopped */
  guint                 last_request;

  /* Notifier thread only. */
  GHashTable           *shown;       /* key -> NotifyNotification */
  gboolean              told_no_server;

  /* Both threads. */
  int                   busy;        /* atomic */
  gint64                call_started;
  GMutex                lock;
  GCond                 cond;
  gboolean              finished;
};

/* Every thread's calls, for tests that outlive a stopped notifier. */
static int calls_waiting;

/* libnotify's state is global: a thread still stuck on a server when a
 * new notifier starts must not uninit it under the new one. */
static GMutex init_lock;
static guint  init_count;

/* A call older than this when quit comes is stuck on the server. */
#define STUCK_US (G_USEC_PER_SEC / 4)

static void
begin_call (FuNotifierThread *self)
{
  g_mutex_lock (&self->lock);
  self->call_started = g_get_monotonic_time ();
  g_mutex_unlock (&self->lock);
  g_atomic_int_inc (&self->busy);
  g_atomic_int_inc (&calls_waiting);
}

static void
end_call (FuNotifierThread *self)
{
  g_atomic_int_add (&self->busy, -1);
  g_atomic_int_add (&calls_waiting, -1);
}

static FuNotifierThread *
fu_notifier_thread_ref (FuNotifierThread *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

static void
fu_notifier_thread_unref (FuNotifierThread *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_main_context_unref (self->ui_context);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  g_free (self);
}

/* ---- back in the creator's context ---------------------------------- */

typedef struct
{
  FuNotifierThread *self;
  char             *key;
  char             *action;
  guint             request;
  gboolean          shown;
} Reply;

static void
reply_free (gpointer data)
{
  Reply *reply = data;

  fu_notifier_thread_unref (reply->self);
  g_free (reply->key);
  g_free (reply->action);
  g_free (reply);
}

static gboolean
deliver_reply_cb (gpointer data)
{
  Reply *reply = data;
  FuNotifierThread *self = reply->self;

  /* After stop the owner is gone: a late click or result is dropped. */
  if (self->user_data == NULL)
    return G_SOURCE_REMOVE;

  if (reply->action != NULL)
    self->action_func (self->user_data, reply->key, reply->action);
  else
    self->shown_func (self->user_data, reply->request, reply->shown);

  return G_SOURCE_REMOVE;
}

static void
send_reply (FuNotifierThread *self,
            Reply            *reply)
{
  reply->self = fu_notifier_thread_ref (self);
  g_main_context_invoke_full (self->ui_context, G_PRIORITY_DEFAULT,
                              deliver_reply_cb, reply, reply_free);
}

/* ---- on the notifier thread ----------------------------------------- */

static void
on_action_cb (NotifyNotification *notification,
              char               *action,
              gpointer            user_data)
{
  FuNotifierThread *self = user_data;
  Reply *reply = g_new0 (Reply, 1);

  reply->key = g_strdup (g_object_get_data (G_OBJECT (notification), "fu-key"));
  reply->action = g_strdup (action);
  send_reply (self, reply);
}

static void
on_closed_cb (NotifyNotification *notification,
              gpointer            user_data)
{
  FuNotifierThread *self = user_data;
  const char *key = g_object_get_data (G_OBJECT (notification), "fu-key");

  if (g_hash_table_lookup (self->shown, key) == notification)
    g_hash_table_remove (self->shown, key);
}

/* Whether a server answers, and whether it parses markup in the body.
 * notify_get_server_caps() logs a warning when there is no server, so it
 * is only asked once the server has answered notify_get_server_info(). */
static gboolean
query_server (FuNotifierThread *self,
              gboolean         *markup,
              gboolean         *actions)
{
  g_autofree char *name = NULL;
  gboolean ok;
  GList *caps;

  *markup = FALSE;
  *actions = FALSE;

  begin_call (self);
  ok = notify_get_server_info (&name, NULL, NULL, NULL);
  end_call (self);
  if (!ok)
    {
      /* Not a warning: a desktop without notifications is a choice, and
       * the due follow-ups still show in the window. */
      if (!self->told_no_server)
        g_message ("%s", "No notification server answers; due follow-ups are only shown in the window");
      self->told_no_server = TRUE;
      return FALSE;
    }
  self->told_no_server = FALSE;

  begin_call (self);
  caps = notify_get_server_caps ();
  end_call (self);
  for (GList *l = caps; l != NULL; l = l->next)
    {
      if (g_strcmp0 (l->data, "body-markup") == 0)
        *markup = TRUE;
      else if (g_strcmp0 (l->data, "actions") == 0)
        *actions = TRUE;
    }
  g_list_free_full (caps, g_free);

  return TRUE;
}

typedef struct
{
  FuNotifierThread *self;
  guint             request;
  char             *key;
  char             *summary;
  char             *body;
  GStrv             actions;
} ShowData;

static void
show_data_free (gpointer data)
{
  ShowData *show = data;

  fu_notifier_thread_unref (show->self);
  g_free (show->key);
  g_free (show->summary);
  g_free (show->body);
  g_strfreev (show->actions);
  g_free (show);
}

static gboolean
show_cb (gpointer data)
{
  ShowData *show = data;
  FuNotifierThread *self = show->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  NotifyNotification *notification;
  Reply *reply = g_new0 (Reply, 1);
  gboolean markup, actions;

  reply->request = show->request;

  if (!query_server (self, &markup, &actions))
    {
      send_reply (self, reply);
      return G_SOURCE_REMOVE;
    }

  body = markup ? g_markup_escape_text (show->body, -1) : g_strdup (show->body);

  notification = g_hash_table_lookup (self->shown, show->key);
  if (notification != NULL)
    {
      notify_notification_update (notification, show->summary, body, NULL);
      notify_notification_clear_actions (notification);
    }
  else
    {
      notification = notify_notification_new (show->summary, body, NULL);
      g_object_set_data_full (G_OBJECT (notification), "fu-key", g_strdup (show->key), g_free);
      g_signal_connect (notification, "closed", G_CALLBACK (on_closed_cb), self);
      g_hash_table_insert (self->shown, g_strdup (show->key), notification);
    }

  notify_notification_set_hint_string (notification, "desktop-entry", APPLICATION_ID);
  if (actions)
    for (guint i = 0; show->actions[i] != NULL && show->actions[i + 1] != NULL; i += 2)
      notify_notification_add_action (notification, show->actions[i], show->actions[i + 1],
                                      on_action_cb, self, NULL);

  begin_call (self);
  reply->shown = notify_notification_show (notification, &error);
  end_call (self);
  if (!reply->shown)
    {
      g_message ("Could not show a notification: %s", error->message);
      g_hash_table_remove (self->shown, show->key);
    }

  send_reply (self, reply);
  return G_SOURCE_REMOVE;
}

static gboolean
close_cb (gpointer data)
{
  ShowData *show = data;
  FuNotifierThread *self = show->self;
  NotifyNotification *notification = g_hash_table_lookup (self->shown, show->key);

  if (notification != NULL)
    {
      begin_call (self);
      notify_notification_close (notification, NULL);
      end_call (self);
      g_hash_table_remove (self->shown, show->key);
    }

  return G_SOURCE_REMOVE;
}

/* On quit no notification stays behind with buttons nobody answers. */
static gboolean
quit_cb (gpointer data)
{
  FuNotifierThread *self = data;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->shown);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_signal_handlers_disconnect_by_data (value, self);
      begin_call (self);
      notify_notification_close (NOTIFY_NOTIFICATION (value), NULL);
      end_call (self);
    }

  g_main_loop_quit (self->loop);
  return G_SOURCE_REMOVE;
}

static gpointer
thread_func (gpointer data)
{
  FuNotifierThread *self = data;

  /* libnotify creates its D-Bus proxy in the thread-default context of
   * its first caller, and delivers the server's signals there. */
  g_main_context_push_thread_default (self->context);
  g_mutex_lock (&init_lock);
  if (init_count++ == 0)
    notify_init (g_get_application_name () != NULL ? g_get_application_name () : "FollowUp");
  g_mutex_unlock (&init_lock);
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  g_main_loop_run (self->loop);

  g_clear_pointer (&self->shown, g_hash_table_unref);
  g_mutex_lock (&init_lock);
  if (--init_count == 0)
    notify_uninit ();
  g_mutex_unlock (&init_lock);
  /* Drops what is still queued (their data holds references). */
  while (g_main_context_iteration (self->context, FALSE))
    ;
  g_main_context_pop_thread_default (self->context);

  g_mutex_lock (&self->lock);
  self->finished = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->lock);

  fu_notifier_thread_unref (self);
  return NULL;
}

/* ---- the creator's side ---------------------------------------------- */

FuNotifierThread *
fu_notifier_thread_new (FuNotifierActionFunc action_func,
                        FuNotifierShownFunc  shown_func,
                        gpointer             user_data)
{
  FuNotifierThread *self = g_new0 (FuNotifierThread, 1);

  g_return_val_if_fail (user_data != NULL, NULL);

  g_atomic_ref_count_init (&self->ref_count);
  self->ui_context = g_main_context_ref_thread_default ();
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->action_func = action_func;
  self->shown_func = shown_func;
  self->user_data = user_data;
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);

  self->thread = g_thread_new ("fu-notifier", thread_func, fu_notifier_thread_ref (self));

  return self;
}

guint
fu_notifier_thread_show (FuNotifierThread   *self,
                         const char         *key,
                         const char         *summary,
                         const char         *body,
                         const char * const *actions)
{
  ShowData *show = g_new0 (ShowData, 1);

  show->self = fu_notifier_thread_ref (self);
  show->request = ++self->last_request;
  show->key = g_strdup (key);
  show->summary = g_strdup (summary);
  show->body = g_strdup (body != NULL ? body : "");
  show->actions = g_strdupv ((char **) actions);
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, show_cb, show, show_data_free);

  return show->request;
}

void
fu_notifier_thread_close (FuNotifierThread *self,
                          const char       *key)
{
  ShowData *show = g_new0 (ShowData, 1);

  show->self = fu_notifier_thread_ref (self);
  show->key = g_strdup (key);
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, close_cb, show, show_data_free);
}

int
fu_notifier_thread_get_calls_waiting (void)
{
  return g_atomic_int_get (&calls_waiting);
}

void
fu_notifier_thread_stop (FuNotifierThread *self,
                         guint             grace_ms)
{
  gboolean finished, stuck;
  gint64 deadline;

  self->user_data = NULL;
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, quit_cb,
                              fu_notifier_thread_ref (self),
                              (GDestroyNotify) fu_notifier_thread_unref);

  /* A call that has been waiting on the server for a while will wait
   * there for up to 25 s: leave the thread, it finishes by itself.
   * Otherwise give the closes a moment (at most @grace_ms), so no button
   * outlives the app. */
  g_mutex_lock (&self->lock);
  stuck = g_atomic_int_get (&self->busy) > 0 &&
          g_get_monotonic_time () - self->call_started > STUCK_US;
  deadline = g_get_monotonic_time () + (gint64) grace_ms * G_TIME_SPAN_MILLISECOND;
  while (!self->finished && !stuck)
    if (!g_cond_wait_until (&self->cond, &self->lock, deadline))
      break;
  finished = self->finished;
  g_mutex_unlock (&self->lock);

  if (finished)
    g_thread_join (self->thread);
  else
    g_thread_unref (self->thread);
  self->thread = NULL;

  fu_notifier_thread_unref (self);
}
