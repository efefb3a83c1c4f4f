/* fu-window.c: the main window
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-board.h"
#include "fu-follow-ups-view.h"
#include "fu-gui.h"
#include "fu-search.h"
#include "fu-job-page.h"
#include "fu-new-job-dialog.h"
#include "fu-window-contacts.h"
#include "fu-window.h"

struct _FuWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  FuStore              *store;
  FuStore              *pending_store;  /* handed to the views after the first frame */
  gboolean              hand_over_queued;
  char                 *dismissed_message;

  /* Template widgets */
  AdwLeaflet           *leaflet;
  AdwViewStack         *view_stack;
  AdwToastOverlay      *toast_overlay;
  FuBoard              *board;
  AdwBin               *follow_ups_bin;
  FuFollowUpsView      *follow_ups_view; /* built after the board shows the jobs */
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *main_box;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  FuSearch             *search;
  GtkFilter            *job_filter;
  AdwBin               *contacts_bin;
  FuJobPage            *job_page;       /* built when first opened */
  gboolean              job_from_contact; /* opened from the contact sheet */
  GtkInfoBar           *info_bar;
  GtkLabel             *info_label;
  GtkWidget            *restore_button;
};

G_DEFINE_FINAL_TYPE (FuWindow, fu_window, ADW_TYPE_APPLICATION_WINDOW)

static void fu_window_set_store (FuWindow *self,
                                 FuStore  *store);
static void ensure_follow_ups_view (FuWindow *self);

/* FOLLOWUP_BENCH=1: print when the first frame and the first frame with
 * the loaded board were drawn (ms since main()), then quit. */
static void
bench_print (const char *name)
{
  g_print ("%s %.1f\n", name, (g_get_monotonic_time () - fu_application_get_start_time ()) / 1000.0);
}

/* "filled" is the first frame drawn after the board was handed the
 * loaded store: the board refreshes (filters, sorts, binds its cards) as
 * it gets it, so that frame shows the jobs. */
static gboolean
bench_filled (FuWindow *self)
{
  return self->store != NULL && fu_store_get_loaded (self->store);
}

static void
on_bench_after_paint_cb (GdkFrameClock *clock,
                         FuWindow      *self)
{
  static gboolean first_done;

  if (!first_done)
    {
      first_done = TRUE;
      bench_print ("first-frame-ms");
      /* The board only gets the store after this frame. */
      return;
    }

  if (!bench_filled (self))
    return;

  g_signal_handlers_disconnect_by_func (clock, on_bench_after_paint_cb, self);
  bench_print ("filled-ms");
  g_application_quit (g_application_get_default ());
}

static void
on_bench_map_cb (FuWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_bench_after_paint_cb), self);
}

static void
on_bench_loaded_cb (FuWindow *self)
{
  /* Make sure a frame follows the load even when nothing else moves. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The first frame never waits for the data: until it is drawn the views
 * have no store (the board shows its loading page), and only then do
 * they get it, loaded or not.  When the load finished before the first
 * frame, its hand-over to the views (building cards and rows) would
 * otherwise run before the window is ever drawn. */
static gboolean
hand_over_store_cb (gpointer user_data)
{
  FuWindow *self = user_data;
  g_autoptr(FuStore) store = g_steal_pointer (&self->pending_store);

  if (store != NULL)
    fu_window_set_store (self, store);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static gboolean
build_follow_ups_cb (gpointer user_data)
{
  ensure_follow_ups_view (user_data);
  return G_SOURCE_REMOVE;
}

/* After the first frame the views get the store; after the first frame
 * that shows the loaded board, the follow-ups view is built (hidden, it
 * only counts today's follow-ups for the badge on its tab).  Both wait
 * out of the paint, so the frame reaches the screen first. */
static void
on_frame_cb (GdkFrameClock *clock,
             FuWindow      *self)
{
  if (self->pending_store != NULL)
    {
      if (!self->hand_over_queued)
        g_idle_add_full (G_PRIORITY_DEFAULT, hand_over_store_cb, g_object_ref (self), g_object_unref);
      self->hand_over_queued = TRUE;
      return;
    }
  if (self->store != NULL && !fu_store_get_loaded (self->store))
    return;

  g_signal_handlers_disconnect_by_func (clock, on_frame_cb, self);
  g_idle_add_full (G_PRIORITY_LOW, build_follow_ups_cb, g_object_ref (self), g_object_unref);
}

static void
on_map_cb (FuWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, on_map_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (on_frame_cb), self, 0);
}

FuWindow *
fu_window_new (FuApplication *application)
{
  FuWindow *self = g_object_new (FU_TYPE_WINDOW,
                                 "application", application,
                                 NULL);
  FuStore *store = fu_application_get_store (application);

  /* A store loaded already (a window opened again) is shown at once. */
  if (store == NULL || fu_store_get_loaded (store))
    fu_window_set_store (self, store);
  else
    self->pending_store = g_object_ref (store);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);

  if (g_getenv ("FOLLOWUP_BENCH") != NULL)
    {
      g_signal_connect (self, "map", G_CALLBACK (on_bench_map_cb), NULL);
      if (store != NULL)
        g_signal_connect_object (store, "notify::loaded", G_CALLBACK (on_bench_loaded_cb),
                                 self, G_CONNECT_SWAPPED);
    }

  return self;
}

static void
show_toast (FuWindow   *self,
            const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* The store's last problem, shown until it is fixed or dismissed. */
static void
update_info_bar (FuWindow *self)
{
  const char *message = self->store != NULL ? fu_store_get_error_message (self->store) : NULL;
  gboolean backup = self->store != NULL && fu_store_get_backup_exists (self->store);

  if (message == NULL || g_strcmp0 (message, self->dismissed_message) == 0)
    {
      gtk_info_bar_set_revealed (self->info_bar, FALSE);
      return;
    }

  gtk_label_set_text (self->info_label, message);
  gtk_widget_set_visible (self->restore_button, backup);
  gtk_info_bar_set_message_type (self->info_bar,
                                 fu_store_get_read_only (self->store) ? GTK_MESSAGE_WARNING : GTK_MESSAGE_ERROR);
  gtk_info_bar_set_revealed (self->info_bar, TRUE);
}

static void
on_info_bar_response_cb (FuWindow   *self,
                         int         response,
                         GtkInfoBar *info_bar)
{
  if (response != GTK_RESPONSE_CLOSE)
    return;

  g_free (self->dismissed_message);
  self->dismissed_message = g_strdup (self->store != NULL ? fu_store_get_error_message (self->store) : NULL);
  gtk_info_bar_set_revealed (info_bar, FALSE);
}

static void
update_actions (FuWindow *self)
{
  gboolean loaded = self->store != NULL && fu_store_get_loaded (self->store);
  gboolean writable = loaded && !fu_store_get_read_only (self->store);
  GAction *action;

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "new-job");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), writable);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "restore-backup");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               loaded && fu_store_get_backup_exists (self->store));
}

static void
on_store_state_cb (FuWindow *self)
{
  update_info_bar (self);
  update_actions (self);
}

static void
fu_window_set_store (FuWindow *self,
                     FuStore  *store)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_state_cb, self);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      g_signal_connect_object (store, "notify::error-message", G_CALLBACK (on_store_state_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::backup-exists", G_CALLBACK (on_store_state_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::loaded", G_CALLBACK (on_store_state_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::read-only", G_CALLBACK (on_store_state_cb), self, G_CONNECT_SWAPPED);
    }

  fu_board_set_store (self->board, store);
  if (self->follow_ups_view != NULL)
    fu_follow_ups_view_set_store (self->follow_ups_view, store);
  fu_search_set_store (self->search, store);
  fu_window_contacts_set_store (GTK_WINDOW (self), store);
  if (self->job_page != NULL)
    fu_job_page_set_store (self->job_page, store);
  on_store_state_cb (self);
}

static void
on_new_job_created_cb (FuWindow       *self,
                       FuJob          *job,
                       FuNewJobDialog *dialog)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "board");
  /* A new job opens its page, where the rest of it is filled in; going
   * back from there puts the focus on its card. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-job", "s", fu_job_get_id (job));
}

static void
fu_window_new_job_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  FuWindow *self = FU_WINDOW (user_data);
  FuNewJobDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = fu_new_job_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_new_job_created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Toasts live in the overlay, above the board, where the board's own
 * actions cannot be seen: their Undo button goes through the window. */
static void
fu_window_undo_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  FuWindow *self = FU_WINDOW (user_data);

  gtk_widget_activate_action (GTK_WIDGET (self->board), "board.undo", NULL);
}

static void
on_restore_backup_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(FuWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!fu_store_restore_backup_finish (FU_STORE (object), result, &error))
    show_toast (self, error->message);
  else
    show_toast (self, _("The backup was restored; the file it replaced was kept beside it"));
}

static void
on_restore_dialog_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               FuWindow         *self)
{
  if (g_str_equal (response, "restore") && self->store != NULL)
    fu_store_restore_backup_async (self->store, NULL, on_restore_backup_cb, g_object_ref (self));
}

static void
fu_window_restore_backup_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  FuWindow *self = FU_WINDOW (user_data);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Restore the Backup?"),
                                                       _("FollowUp goes back to the data as it was before this session’s "
                                                         "first change. The current file is kept beside the backup, so "
                                                         "nothing is lost.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "restore", _("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fu_window_show_view_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  FuWindow *self = FU_WINDOW (user_data);

  adw_view_stack_set_visible_child_name (self->view_stack,
                                         g_variant_get_string (parameter, NULL));
}

static void
fu_window_go_back_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  FuWindow *self = FU_WINDOW (user_data);
  FuJob *job = self->job_page != NULL ? fu_job_page_get_job (self->job_page) : NULL;
  gboolean from_job = g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "job") == 0;

  /* A job opened from a contact's sheet goes back to the sheet (which
   * the leaflet's own order skips). */
  if (from_job && self->job_from_contact)
    {
      self->job_from_contact = FALSE;
      adw_leaflet_set_visible_child_name (self->leaflet, "contact");
      return;
    }
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  /* Back where the user came from: the job's card has the focus. */
  if (from_job && job != NULL && !fu_job_is_closed (job))
    fu_board_focus_job (self->board, job);
}

/* The job page is built the first time a job is opened, so the window's
 * first frame is spent neither building nor laying it out.  It comes
 * last in the leaflet, after the contact sheet (which going back skips). */
static FuJobPage *
ensure_job_page (FuWindow *self)
{
  AdwLeafletPage *page;

  if (self->job_page != NULL)
    return self->job_page;

  self->job_page = FU_JOB_PAGE (fu_job_page_new ());
  page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->job_page));
  adw_leaflet_page_set_name (page, "job");
  fu_job_page_set_store (self->job_page, self->store);

  return self->job_page;
}

static void
fu_window_open_job_action (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  FuWindow *self = FU_WINDOW (user_data);
  FuJob *job = self->store != NULL ? fu_store_find_job (self->store, g_variant_get_string (parameter, NULL)) : NULL;

  if (job == NULL)
    return;

  self->job_from_contact = g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "contact") == 0;
  fu_job_page_set_job (ensure_job_page (self), job);
  adw_leaflet_set_visible_child_name (self->leaflet, "job");
  /* The card that had the focus is gone from view; keys (Escape) go
   * to the page, which starts on its back button. */
  if (gtk_root_get_focus (GTK_ROOT (self)) == NULL ||
      !gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (self)), GTK_WIDGET (self->job_page)))
    gtk_widget_child_focus (GTK_WIDGET (self->job_page), GTK_DIR_TAB_FORWARD);
}

/* The shortcuts window, built the first time it is asked for rather than
 * with the window (as GtkApplication would from gtk/help-overlay.ui). */
static void
fu_window_show_help_overlay_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/fu-help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

/* Search, narrow windows and the badge ------------------------------- */

static gboolean
job_filter_func (gpointer item,
                 gpointer user_data)
{
  FuWindow *self = user_data;

  /* No checked cast: it would read the memory of every job at each letter. */
  return fu_search_match_job (self->search, (FuJob *) item);
}

static void
on_search_changed_cb (FuWindow       *self,
                      GtkSearchEntry *entry)
{
  fu_search_set_text (self->search, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* The results may differ: refilter the board (the follow-ups view
 * listens to the search itself).  Without a search the board has no
 * filter at all, so nothing is paid for it.  A letter typed only narrows
 * and one deleted only widens: told so, each column looks again only at
 * the jobs it shows, or only at those it hides. */
static void
on_search_results_cb (FuWindow *self)
{
  gboolean active = fu_search_is_active (self->search);
  gboolean applied = g_object_get_data (G_OBJECT (self->job_filter), "fu-applied") != NULL;

  G_STATIC_ASSERT ((int) FU_SEARCH_CHANGE_DIFFERENT == (int) GTK_FILTER_CHANGE_DIFFERENT);
  G_STATIC_ASSERT ((int) FU_SEARCH_CHANGE_LESS_STRICT == (int) GTK_FILTER_CHANGE_LESS_STRICT);
  G_STATIC_ASSERT ((int) FU_SEARCH_CHANGE_MORE_STRICT == (int) GTK_FILTER_CHANGE_MORE_STRICT);

  fu_board_set_filter (self->board, active ? self->job_filter : NULL);
  g_object_set_data (G_OBJECT (self->job_filter), "fu-applied", GINT_TO_POINTER (active));
  /* A filter just put on the board was applied as it was put there. */
  if (active && applied)
    gtk_filter_changed (self->job_filter, (GtkFilterChange) fu_search_get_change (self->search));
}

/* Escape (or the search button) closes the bar and shows everything. */
static void
on_search_mode_cb (FuWindow *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
fu_window_search_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  FuWindow *self = FU_WINDOW (user_data);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* When the view switcher no longer fits in the header, the window is
 * narrow (a phone): the switcher moves to the bottom bar and the board
 * shows one stage at a time. */
static void
on_title_visible_cb (FuWindow *self)
{
  fu_board_set_narrow (self->board, adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static void
on_n_due_today_cb (FuWindow *self)
{
  AdwViewStackPage *page = adw_view_stack_get_page (self->view_stack, GTK_WIDGET (self->follow_ups_bin));
  guint n = fu_follow_ups_view_get_n_due_today (self->follow_ups_view);

  adw_view_stack_page_set_badge_number (page, n);
  adw_view_stack_page_set_needs_attention (page, n > 0);
}

/* The views the window opens on another page are built when first
 * wanted, so its first frames are spent neither building nor styling
 * them.  The follow-ups view is also built soon after the board shows
 * the jobs, for its badge. */
static void
ensure_follow_ups_view (FuWindow *self)
{
  /* Also asked from an idle, which may come after the window closed. */
  if (self->follow_ups_view != NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  self->follow_ups_view = fu_follow_ups_view_new ();
  fu_follow_ups_view_set_search (self->follow_ups_view, self->search);
  fu_follow_ups_view_set_store (self->follow_ups_view, self->store);
  g_signal_connect_object (self->follow_ups_view, "notify::n-due-today", G_CALLBACK (on_n_due_today_cb),
                           self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->follow_ups_bin, GTK_WIDGET (self->follow_ups_view));
  on_n_due_today_cb (self);
}

static void
on_visible_view_cb (FuWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (name, "follow-ups") == 0)
    ensure_follow_ups_view (self);
  else if (g_strcmp0 (name, "contacts") == 0)
    fu_window_contacts_ensure_view (GTK_WINDOW (self));
}

static void
fu_window_init_agenda (FuWindow *self)
{
  GtkEventController *shortcuts;

  self->search = fu_search_new ();
  self->job_filter = GTK_FILTER (gtk_custom_filter_new (job_filter_func, self, NULL));
  g_signal_connect_object (self->search, "changed", G_CALLBACK (on_search_results_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (on_search_mode_cb),
                           self, G_CONNECT_SWAPPED);
  /* Typing on the main page (the board, the follow-ups) starts a search;
   * typing on a detail page does not. */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, self->main_box);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.search")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_object (self->switcher_title, "notify::title-visible", G_CALLBACK (on_title_visible_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child", G_CALLBACK (on_visible_view_cb),
                           self, G_CONNECT_SWAPPED);
  on_title_visible_cb (self);
}

static const GActionEntry win_actions[] = {
  { "search", fu_window_search_action },
  { "show-view", fu_window_show_view_action, "s" },
  { "go-back", fu_window_go_back_action },
  { "open-job", fu_window_open_job_action, "s" },
  { "new-job", fu_window_new_job_action },
  { "undo", fu_window_undo_action },
  { "restore-backup", fu_window_restore_backup_action },
  { "show-help-overlay", fu_window_show_help_overlay_action },
};

static void
fu_window_dispose (GObject *object)
{
  FuWindow *self = FU_WINDOW (object);

  fu_window_set_store (self, NULL);
  self->job_page = NULL;
  self->follow_ups_view = NULL;
  g_clear_object (&self->pending_store);
  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->job_filter);
  g_clear_object (&self->search);
  g_clear_pointer (&self->dismissed_message, g_free);

  G_OBJECT_CLASS (fu_window_parent_class)->dispose (object);
}

static void
fu_window_class_init (FuWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_window_dispose;

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FuWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, board);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, follow_ups_bin);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, main_box);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, contacts_bin);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, info_bar);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, info_label);
  gtk_widget_class_bind_template_child (widget_class, FuWindow, restore_button);
  gtk_widget_class_bind_template_callback (widget_class, on_info_bar_response_cb);
}

static void
fu_window_init (FuWindow *self)
{
  g_type_ensure (FU_TYPE_BOARD);
  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
  fu_window_contacts_init (GTK_WINDOW (self), self->leaflet, self->toast_overlay,
                           self->contacts_bin);
  {
    g_autoptr(GPropertyAction) show_closed = g_property_action_new ("show-closed", self->board, "show-closed");
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_closed));
  }
  update_actions (self);
  fu_window_init_agenda (self);

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}
