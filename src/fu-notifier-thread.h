/* fu-notifier-thread.h: the thread that talks to the notification server
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libnotify blocks (25 s on a server that never answers) and is not
 * thread-safe, so every libnotify call runs on one thread of its own, in
 * its own GMainContext; its signals (button clicks, closes) arrive there
 * too.  Results come back to the context that created the thread.
 * Internal to FuNotifier.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FuNotifierThread FuNotifierThread;

/* Called in the creator's context, never after fu_notifier_thread_stop(). */
typedef void (*FuNotifierActionFunc) (gpointer    user_data,
                                      const char *key,
                                      const char *action);
typedef void (*FuNotifierShownFunc)  (gpointer    user_data,
                                      guint       request,
                                      gboolean    shown);

FuNotifierThread *fu_notifier_thread_new      (FuNotifierActionFunc  action_func,
                                               FuNotifierShownFunc   shown_func,
                                               gpointer              user_data);
/* Shows (or replaces the one with the same @key) a notification.
 * @actions: pairs of action id and label, NULL-terminated; "default" is
 * the click on the body.  @body is plain text, escaped only for servers
 * that parse markup.  Returns the request number given to shown_func. */
guint             fu_notifier_thread_show     (FuNotifierThread     *self,
                                               const char           *key,
                                               const char           *summary,
                                               const char           *body,
                                               const char * const   *actions);
void              fu_notifier_thread_close    (FuNotifierThread     *self,
                                               const char           *key);
/* Closes the shown notifications and ends the thread, waiting at most
 * @grace_ms and not at all when a call is stuck on the server; a stuck
 * thread finishes on its own later.  Frees @self. */
void              fu_notifier_thread_stop     (FuNotifierThread     *self,
                                               guint                 grace_ms);
/* How many libnotify calls, of any thread, wait for a server right now. */
int               fu_notifier_thread_get_calls_waiting (void);

G_END_DECLS
