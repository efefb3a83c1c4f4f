/* fu-job-page.c: everything about one application and its interview rounds
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field edits the job in place: the fields are bound to the job's
 * properties and the store saves by itself, so there is no Save button.
 * What cannot be typed back (a deleted round or interaction, a follow-up
 * marked done) can be undone from a toast or with Ctrl+Z; Ctrl+Z is a
 * page shortcut in the bubble phase, so a focused text field undoes its
 * own text first.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fu-gui.h"
#include "fu-format.h"
#include "fu-interaction-dialog.h"
#include "fu-job-page-private.h"
#include "fu-round-dialog.h"

#define MAX_UNDO 20

typedef enum {
  UNDO_ROUND_ADDED,
  UNDO_ROUND_DELETED,
  UNDO_INTERACTION_DELETED,
  UNDO_FOLLOW_UP_STATE,
} UndoKind;

typedef struct
{
  UndoKind         kind;
  FuJob           *job;
  GObject         *record;
  FuFollowUpState  state;
  GDateTime       *snoozed_until;
} UndoEntry;

G_DEFINE_FINAL_TYPE (FuJobPage, fu_job_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_JOB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
undo_entry_free (gpointer data)
{
  UndoEntry *entry = data;

  g_clear_object (&entry->job);
  g_clear_object (&entry->record);
  g_clear_pointer (&entry->snoozed_until, g_date_time_unref);
  g_free (entry);
}

GtkWidget *
fu_job_page_new (void)
{
  return g_object_new (FU_TYPE_JOB_PAGE, NULL);
}

FuStore *
fu_job_page_get_store (FuJobPage *self)
{
  g_return_val_if_fail (FU_IS_JOB_PAGE (self), NULL);

  return self->store;
}

FuJob *
fu_job_page_get_job (FuJobPage *self)
{
  g_return_val_if_fail (FU_IS_JOB_PAGE (self), NULL);

  return self->job;
}

GTimeZone *
fu_job_page_dup_home_zone (FuJobPage *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "home-time-zone");
  GTimeZone *zone = name[0] != '\0' ? g_time_zone_new_identifier (name) : NULL;

  return zone != NULL ? zone : g_time_zone_new_local ();
}

static void
on_toast_dismissed_cb (FuJobPage *self)
{
  g_clear_weak_pointer (&self->toast);
}

void
fu_job_page_show_toast (FuJobPage  *self,
                        const char *text,
                        gboolean    can_undo)
{
  /* Toast titles are Pango markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast;

  /* As on the board: the toast on show takes the newest text rather
   * than queue stale news behind it. */
  if (self->toast != NULL)
    {
      adw_toast_set_title (self->toast, escaped);
      adw_toast_set_action_name (self->toast, can_undo ? "job-page.undo" : NULL);
      adw_toast_set_button_label (self->toast, can_undo ? _("_Undo") : NULL);
      return;
    }

  toast = adw_toast_new (escaped);
  g_set_weak_pointer (&self->toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  if (can_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "job-page.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
push_undo (FuJobPage *self,
           UndoEntry *entry)
{
  g_queue_push_head (&self->undo, entry);
  while (g_queue_get_length (&self->undo) > MAX_UNDO)
    undo_entry_free (g_queue_pop_tail (&self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-page.undo", TRUE);
}

static UndoEntry *
undo_entry_new (UndoKind  kind,
                FuJob    *job,
                gpointer  record)
{
  UndoEntry *entry = g_new0 (UndoEntry, 1);

  entry->kind = kind;
  entry->job = job != NULL ? g_object_ref (job) : NULL;
  entry->record = record != NULL ? g_object_ref (record) : NULL;
  return entry;
}

void
fu_job_page_set_job (FuJobPage *self,
                     FuJob     *job)
{
  g_return_if_fail (FU_IS_JOB_PAGE (self));
  g_return_if_fail (job == NULL || FU_IS_JOB (job));

  if (self->job == job)
    return;

  fu_job_page_unbind_job (self);
  g_set_object (&self->job, job);
  fu_job_page_bind_job (self);
  fu_job_page_update_state (self);
  fu_job_page_lists_bind (self);
  /* A new job starts at the top, not where the last one was left. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (self->company_row), GTK_TYPE_SCROLLED_WINDOW))), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB]);
}

static void
on_store_changed_cb (FuJobPage *self)
{
  /* The job went away (deleted on the board, or a reload): nothing is
   * left to show here. */
  if (self->job != NULL && fu_store_find_job (self->store, fu_job_get_id (self->job)) != self->job)
    {
      FuJob *same = fu_store_find_job (self->store, fu_job_get_id (self->job));

      fu_job_page_set_job (self, same);
      if (same == NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.go-back", NULL);
    }
  fu_job_page_lists_refresh (self);
}

void
fu_job_page_set_store (FuJobPage *self,
                       FuStore   *store)
{
  g_return_if_fail (FU_IS_JOB_PAGE (self));

  if (self->store == store)
    return;

  fu_job_page_set_job (self, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  g_queue_clear_full (&self->undo, undo_entry_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-page.undo", FALSE);
  fu_job_page_lists_bind (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* ---- actions --------------------------------------------------------- */

static gboolean
writable (FuJobPage *self)
{
  return self->store != NULL && self->job != NULL && !fu_store_get_read_only (self->store);
}

static void
job_page_open_link_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  FuJobPage *self = FU_JOB_PAGE (widget);
  const char *url = self->job != NULL ? fu_job_get_url (self->job) : NULL;
  g_autofree char *uri = NULL;

  if (url == NULL || url[0] == '\0')
    {
      fu_job_page_show_toast (self, _("Paste the advert’s link first"), FALSE);
      return;
    }

  /* A link pasted without its scheme still opens. */
  uri = strstr (url, "://") != NULL || g_str_has_prefix (url, "mailto:") ? g_strdup (url) : g_strconcat ("https://", url, NULL);
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (widget)), uri, GDK_CURRENT_TIME);
}

static void
job_page_reopen_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FuJobPage *self = FU_JOB_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (writable (self) && fu_job_is_closed (self->job))
    fu_job_reopen (self->job, now);
}

static void
on_round_delete_cb (FuJobPage     *self,
                    FuRound       *round,
                    FuRoundDialog *dialog)
{
  g_autoptr(FuRound) keep = g_object_ref (round);

  if (!writable (self) || fu_job_find_round (self->job, fu_round_get_id (round)) != round)
    return;

  fu_job_remove_round (self->job, round);
  push_undo (self, undo_entry_new (UNDO_ROUND_DELETED, self->job, round));
  fu_job_page_show_toast (self, _("Round deleted"), TRUE);
}

static void
open_round (FuJobPage *self,
            FuRound   *round)
{
  GtkWindow *dialog;

  dialog = GTK_WINDOW (fu_round_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                            self->store, self->job, round));
  g_signal_connect_object (dialog, "delete", G_CALLBACK (on_round_delete_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

/* A new round starts tomorrow at ten in the home zone, for an hour:
 * easy to correct, and never in the past (which would make the rules
 * ask for thank-you notes at once). */
static void
job_page_add_round_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  FuJobPage *self = FU_JOB_PAGE (widget);
  g_autoptr(GTimeZone) zone = fu_job_page_dup_home_zone (self);
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(FuRound) round = NULL;

  if (!writable (self))
    return;

  start = g_date_time_new (zone, g_date_time_get_year (tomorrow), g_date_time_get_month (tomorrow),
                           g_date_time_get_day_of_month (tomorrow), 10, 0, 0);
  end = g_date_time_add_hours (start, 1);
  round = fu_round_new ();
  fu_round_set_kind (round, fu_job_get_stage (self->job) <= FU_STAGE_SCREENING
                            ? FU_ROUND_KIND_PHONE_SCREEN : FU_ROUND_KIND_HIRING_MANAGER);
  fu_round_set_start (round, start);
  fu_round_set_end (round, end);
  fu_round_set_time_zone (round, g_time_zone_get_identifier (zone));
  fu_job_add_round (self->job, round);
  push_undo (self, undo_entry_new (UNDO_ROUND_ADDED, self->job, round));
  fu_job_page_show_toast (self, _("Round added"), TRUE);
  open_round (self, round);
}

static void
job_page_edit_round_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  FuJobPage *self = FU_JOB_PAGE (widget);
  FuRound *round;

  if (self->job == NULL)
    return;
  round = fu_job_find_round (self->job, g_variant_get_string (parameter, NULL));
  if (round != NULL)
    open_round (self, round);
}

static void
job_page_log_interaction_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  FuJobPage *self = FU_JOB_PAGE (widget);
  GtkWindow *dialog;

  if (!writable (self))
    return;

  dialog = GTK_WINDOW (fu_interaction_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                  self->store, self->job));
  gtk_window_present (dialog);
}

static void
job_page_delete_interaction_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  FuJobPage *self = FU_JOB_PAGE (widget);
  FuInteraction *interaction;

  if (!writable (self))
    return;
  interaction = fu_store_find_interaction (self->store, g_variant_get_string (parameter, NULL));
  if (interaction == NULL)
    return;

  push_undo (self, undo_entry_new (UNDO_INTERACTION_DELETED, self->job, interaction));
  fu_store_remove (self->store, FU_RECORD (interaction));
  fu_job_page_show_toast (self, _("Entry deleted"), TRUE);
}

static void
set_follow_up_state (FuJobPage       *self,
                     GVariant        *parameter,
                     FuFollowUpState  state,
                     const char      *message)
{
  FuFollowUp *follow_up;
  UndoEntry *entry;

  if (!writable (self))
    return;
  follow_up = fu_store_find_follow_up (self->store, g_variant_get_string (parameter, NULL));
  if (follow_up == NULL)
    return;

  entry = undo_entry_new (UNDO_FOLLOW_UP_STATE, self->job, follow_up);
  entry->state = fu_follow_up_get_state (follow_up);
  if (fu_follow_up_get_snoozed_until (follow_up) != NULL)
    entry->snoozed_until = g_date_time_ref (fu_follow_up_get_snoozed_until (follow_up));
  push_undo (self, entry);

  if (state == FU_FOLLOW_UP_STATE_SNOOZED)
    {
      /* Until the same time tomorrow: the usual "not today". */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) until = g_date_time_add_days (now, 1);

      fu_follow_up_set_snoozed_until (follow_up, until);
    }
  fu_follow_up_set_state (follow_up, state);
  fu_job_page_show_toast (self, message, TRUE);
}

static void
job_page_follow_up_done_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  set_follow_up_state (FU_JOB_PAGE (widget), parameter, FU_FOLLOW_UP_STATE_DONE, _("Marked as done"));
}

static void
job_page_follow_up_snooze_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  set_follow_up_state (FU_JOB_PAGE (widget), parameter, FU_FOLLOW_UP_STATE_SNOOZED, _("Snoozed until tomorrow"));
}

static void
job_page_follow_up_dismiss_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  set_follow_up_state (FU_JOB_PAGE (widget), parameter, FU_FOLLOW_UP_STATE_DISMISSED, _("Dismissed"));
}

/* The note the job needs now (its open follow-up's, else its stage's),
 * to its main contact: app.compose-contact with no contact. */
static void
job_page_write_note_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  FuJobPage *self = FU_JOB_PAGE (widget);

  if (self->job == NULL)
    return;
  gtk_widget_activate_action (widget, "app.compose-contact", "(ss)", fu_job_get_id (self->job), "");
}

static void
job_page_undo_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FuJobPage *self = FU_JOB_PAGE (widget);
  UndoEntry *entry = g_queue_pop_head (&self->undo);

  gtk_widget_action_set_enabled (widget, "job-page.undo", !g_queue_is_empty (&self->undo));
  if (entry == NULL || self->store == NULL || fu_store_get_read_only (self->store))
    {
      g_clear_pointer (&entry, undo_entry_free);
      return;
    }

  switch (entry->kind)
    {
    case UNDO_ROUND_ADDED:
      if (fu_job_find_round (entry->job, fu_round_get_id (FU_ROUND (entry->record))) != NULL)
        fu_job_remove_round (entry->job, FU_ROUND (entry->record));
      break;
    case UNDO_ROUND_DELETED:
      if (fu_job_find_round (entry->job, fu_round_get_id (FU_ROUND (entry->record))) == NULL)
        fu_job_add_round (entry->job, FU_ROUND (entry->record));
      break;
    case UNDO_INTERACTION_DELETED:
      if (fu_store_find_interaction (self->store, fu_interaction_get_id (FU_INTERACTION (entry->record))) == NULL)
        fu_store_add_interaction (self->store, FU_INTERACTION (entry->record));
      break;
    case UNDO_FOLLOW_UP_STATE:
      fu_follow_up_set_snoozed_until (FU_FOLLOW_UP (entry->record), entry->snoozed_until);
      fu_follow_up_set_state (FU_FOLLOW_UP (entry->record), entry->state);
      break;
    default:
      g_assert_not_reached ();
    }

  undo_entry_free (entry);
  fu_job_page_show_toast (self, _("Undone"), FALSE);
}

/* ---- the class ------------------------------------------------------- */

/* Wide windows show the fields beside the rounds and follow-ups, narrow
 * ones one column (AdwBreakpoint is newer than libadwaita 1.2): the
 * surface's width decides, before the page is laid out. */
#define TWO_COLUMNS_WIDTH 960

static void
on_surface_width_cb (FuJobPage *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  gboolean wide = surface != NULL && gdk_surface_get_width (surface) >= TWO_COLUMNS_WIDTH;
  GtkOrientation orientation = wide ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL;

  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->content)) == orientation)
    return;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->content), orientation);
  gtk_box_set_homogeneous (self->content, wide);
}

static void
fu_job_page_realize (GtkWidget *widget)
{
  FuJobPage *self = FU_JOB_PAGE (widget);
  GdkSurface *surface;

  GTK_WIDGET_CLASS (fu_job_page_parent_class)->realize (widget);

  surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  g_signal_connect_object (surface, "notify::width", G_CALLBACK (on_surface_width_cb), self, G_CONNECT_SWAPPED);
  on_surface_width_cb (self);
}

static void
fu_job_page_unrealize (GtkWidget *widget)
{
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));

  g_signal_handlers_disconnect_by_func (surface, on_surface_width_cb, widget);
  GTK_WIDGET_CLASS (fu_job_page_parent_class)->unrealize (widget);
}

/* Coming to the page, the focus starts on the back button, not in a
 * field whose text a stray key would replace. */
static gboolean
fu_job_page_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  FuJobPage *self = FU_JOB_PAGE (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  if (direction == GTK_DIR_TAB_FORWARD && (focus == NULL || !gtk_widget_is_ancestor (focus, widget)))
    return gtk_widget_grab_focus (GTK_WIDGET (self->back_button));

  return GTK_WIDGET_CLASS (fu_job_page_parent_class)->focus (widget, direction);
}

static void
fu_job_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FuJobPage *self = FU_JOB_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_JOB:
      g_value_set_object (value, self->job);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_job_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FuJobPage *self = FU_JOB_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fu_job_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_JOB:
      fu_job_page_set_job (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_job_page_dispose (GObject *object)
{
  FuJobPage *self = FU_JOB_PAGE (object);
  GtkWidget *child;

  fu_job_page_set_store (self, NULL);
  g_clear_weak_pointer (&self->toast);
  g_queue_clear_full (&self->undo, undo_entry_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_JOB_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->rounds_sorter);
  g_clear_object (&self->follow_ups_filter);
  g_clear_object (&self->follow_ups_sorter);
  g_clear_object (&self->interactions_filter);
  g_clear_object (&self->interactions_sorter);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fu_job_page_parent_class)->dispose (object);
}

static void
fu_job_page_finalize (GObject *object)
{
  FuJobPage *self = FU_JOB_PAGE (object);

  g_clear_pointer (&self->bindings, g_ptr_array_unref);

  G_OBJECT_CLASS (fu_job_page_parent_class)->finalize (object);
}

static void
fu_job_page_class_init (FuJobPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = fu_job_page_get_property;
  object_class->set_property = fu_job_page_set_property;
  object_class->dispose = fu_job_page_dispose;
  object_class->finalize = fu_job_page_finalize;
  widget_class->focus = fu_job_page_focus;
  widget_class->realize = fu_job_page_realize;
  widget_class->unrealize = fu_job_page_unrealize;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_JOB] =
    g_param_spec_object ("job", NULL, NULL, FU_TYPE_JOB,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FU_TYPE_DATE_ENTRY);
  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-job-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FuJobPage, name)
  BIND (back_button);
  BIND (window_title);
  BIND (toast_overlay);
  BIND (content);
  BIND (company_row);
  BIND (title_row);
  BIND (stage_row);
  BIND (closed_row);
  BIND (url_row);
  BIND (location_row);
  BIND (remote_switch);
  BIND (offer_group);
  BIND (offer_deadline_entry);
  BIND (offer_view);
  BIND (rounds_list);
  BIND (follow_ups_list);
  BIND (people_list);
  BIND (interactions_list);
  BIND (history_list);
  BIND (salary_min_row);
  BIND (salary_max_row);
  BIND (currency_row);
  BIND (source_row);
  BIND (agency_row);
  BIND (apply_by_entry);
  BIND (applied_entry);
  BIND (cv_row);
  BIND (cover_letter_row);
  BIND (tags_row);
  BIND (notes_view);
  BIND (description_view);
#undef BIND

  gtk_widget_class_install_action (widget_class, "job-page.open-link", NULL, job_page_open_link_action);
  gtk_widget_class_install_action (widget_class, "job-page.reopen", NULL, job_page_reopen_action);
  gtk_widget_class_install_action (widget_class, "job-page.add-round", NULL, job_page_add_round_action);
  gtk_widget_class_install_action (widget_class, "job-page.edit-round", "s", job_page_edit_round_action);
  gtk_widget_class_install_action (widget_class, "job-page.log-interaction", NULL, job_page_log_interaction_action);
  gtk_widget_class_install_action (widget_class, "job-page.delete-interaction", "s", job_page_delete_interaction_action);
  gtk_widget_class_install_action (widget_class, "job-page.follow-up-done", "s", job_page_follow_up_done_action);
  gtk_widget_class_install_action (widget_class, "job-page.follow-up-snooze", "s", job_page_follow_up_snooze_action);
  gtk_widget_class_install_action (widget_class, "job-page.follow-up-dismiss", "s", job_page_follow_up_dismiss_action);
  gtk_widget_class_install_action (widget_class, "job-page.undo", NULL, job_page_undo_action);
  gtk_widget_class_install_action (widget_class, "job-page.write-note", NULL, job_page_write_note_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "fujobpage");
}

static void
fu_job_page_init (FuJobPage *self)
{
  GtkEventController *shortcuts;
  g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  g_queue_init (&self->undo);
  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->settings = g_settings_new (APPLICATION_ID);

  for (FuStage stage = FU_STAGE_WISHLIST; stage <= FU_STAGE_OFFER; stage++)
    gtk_string_list_append (stages, fu_stage_get_title (stage));
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (stages));
  g_signal_connect_object (self->stage_row, "notify::selected", G_CALLBACK (fu_job_page_on_stage_selected), self, G_CONNECT_SWAPPED);

  /* Local scope, bubble phase: a focused text field has its own Ctrl+Z
   * and Escape first. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("job-page.undo")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("win.go-back")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-page.undo", FALSE);
  fu_job_page_lists_init (self);
  fu_job_page_update_state (self);
}
