/* fu-test-ui.h: set-up and helpers shared by the tests that need a display
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A UI test runs the real application and walks it through steps: every
 * tick (FU_TEST_UI_TICK_MS) the current step is called until it returns
 * TRUE, then the next one; after the last the application quits.  Steps
 * drive the app with real input (xdotool against the X window) and poll
 * for the outcome, so they never depend on how fast the machine is.
 */
#pragma once

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

#include "fu-store.h"

G_BEGIN_DECLS

#define FU_TEST_UI_TICK_MS   100
/* Thirty seconds per step before a test gives up: generous, for a loaded
 * machine.  A step may set its run's ticks to 1000 when it enters a second
 * phase, which restarts the limit (ticks count modulo 1000). */
#define FU_TEST_UI_MAX_TICKS 300

typedef gboolean (*FuTestUiStep) (gpointer test);

/* Put first in a test's own state, so the state is also a FuTestUiRun. */
typedef struct {
  GApplication       *app;
  const FuTestUiStep *steps;   /* NULL-terminated */
  const char         *what;    /* names the test in a failure */
  guint               step;
  guint               ticks;   /* since the step began */
} FuTestUiRun;

void        fu_test_ui_init                (int          *argc,
                                            char       ***argv);

/* Runs run->app until every step is done; fails the test if a step does
 * not complete in time or the app exits before the last step. */
void        fu_test_ui_run                 (FuTestUiRun  *run);

GtkWidget  *fu_test_ui_find_descendant     (GtkWidget    *root,
                                            GType         type);
void        fu_test_ui_collect_descendants (GtkWidget    *root,
                                            GType         type,
                                            GPtrArray    *found);
/* The row of @type (an AdwPreferencesRow) titled @title, as the user
 * reads it, or NULL. */
GtkWidget  *fu_test_ui_find_row            (GtkWidget    *root,
                                            GType         type,
                                            const char   *title);
/* A mapped toplevel window of @type, or NULL. */
GtkWindow  *fu_test_ui_find_window         (GType         type);
/* A label (or card text) under @root has @text; mapped, if @shown_only. */
gboolean    fu_test_ui_has_text            (GtkWidget    *root,
                                            const char   *text,
                                            gboolean      shown_only);
/* A mapped label (or card text) under @root shows @text. */
gboolean    fu_test_ui_shows_text          (GtkWidget    *root,
                                            const char   *text);
/* The X window of @window (xdotool's window id). */
gulong      fu_test_ui_xid                 (GtkWindow    *window);
/* Runs xdotool against @window without blocking the main loop (a drag
 * needs the app to answer the X server between its steps). */
void        fu_test_ui_xdotool             (GtkWindow    *window,
                                            const char   *commands);
/* The data file as it is on disk once the store has written every edit
 * (json_object_unref). */
JsonObject *fu_test_ui_saved_root          (FuStore      *store);
/* The object of @array whose string @member is @value, or NULL. */
JsonObject *fu_test_ui_find_by_member      (JsonArray    *array,
                                            const char   *member,
                                            const char   *value);

G_END_DECLS
