/* bench-baseline.c: the start-up yardstick for FollowUp's figures: the
 * smallest libadwaita window with a header bar, which prints when its
 * first frame was drawn (ms since main()) and quits.
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

static gint64 start_time;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, app);
  g_print ("first-frame-ms %.1f\n", (g_get_monotonic_time () - start_time) / 1000.0);
  g_application_quit (app);
}

static void
on_map_cb (GtkWidget    *window,
           GApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), app);
}

static void
on_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Baseline");
  gtk_widget_set_vexpand (status, TRUE);
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  start_time = g_get_monotonic_time ();
  app = adw_application_new ("com.example.FollowUp.Baseline", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
