/* fu-job-card.c: one job on the board
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fu-card-avatar.h"
#include "fu-card-text.h"
#include "fu-format.h"
#include "fu-gui.h"
#include "fu-job-card.h"
#include "fu-rules.h"

struct _FuJobCard
{
  GtkWidget       parent_instance;

  FuJob          *job;
  FuJobIndex     *index;
  gulong          job_notify_id;
  gulong          index_changed_id;

  GtkAdjustment  *hscroll;  /* watched while the card is off screen */
  gulong          hscroll_id;

  /* Template widgets */
  GtkWidget      *card_box;
  FuCardAvatar   *avatar;
  FuCardText     *company_label;
  FuCardText     *title_label;
  FuCardText     *follow_up_label;
  FuCardText     *badge_label;
  FuCardText     *activity_label;
  GtkMenuButton  *menu_button;
};

G_DEFINE_FINAL_TYPE (FuJobCard, fu_job_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_JOB,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *badge_classes[] = { "error", "warning", "accent" };

GtkWidget *
fu_job_card_new (void)
{
  return g_object_new (FU_TYPE_JOB_CARD, NULL);
}

FuJob *
fu_job_card_get_job (FuJobCard *self)
{
  g_return_val_if_fail (FU_IS_JOB_CARD (self), NULL);

  return self->job;
}

FuJobIndex *
fu_job_card_get_index (FuJobCard *self)
{
  g_return_val_if_fail (FU_IS_JOB_CARD (self), NULL);

  return self->index;
}

static const char *
follow_up_text (FuFollowUp *follow_up)
{
  const char *text = fu_follow_up_get_title (follow_up);

  if (text == NULL || text[0] == '\0')
    text = fu_follow_up_get_explanation (follow_up);

  return text != NULL ? text : "";
}

char *
fu_job_card_dup_description (FuJobCard *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *ago = NULL;
  GString *text;
  FuFollowUp *next = NULL;
  const char *company, *title;

  g_return_val_if_fail (FU_IS_JOB_CARD (self), NULL);

  if (self->job == NULL)
    return g_strdup ("");

  company = fu_job_get_company (self->job);
  title = fu_job_get_title (self->job);
  text = g_string_new (NULL);
  g_string_append (text, company != NULL && company[0] ? company : _("Unnamed company"));
  if (title != NULL && title[0])
    g_string_append_printf (text, ", %s", title);
  g_string_append (text, ". ");

  if (fu_job_is_closed (self->job))
    /* Translators: %s is an outcome such as "Rejected" */
    g_string_append_printf (text, _("Closed: %s. "), fu_outcome_get_title (fu_job_get_outcome (self->job)));

  if (self->index != NULL)
    next = fu_job_index_get_next_follow_up (self->index, self->job);
  if (next != NULL)
    {
      FuDueUrgency urgency = fu_due_urgency (fu_rules_effective_due (next), now);

      /* Translators: the first %s is "Overdue", "Today", "Soon" or "Later",
       * the second what to do */
      g_string_append_printf (text, _("Next follow-up, %s: %s. "),
                              fu_due_urgency_get_title (urgency), follow_up_text (next));
    }

  ago = fu_format_time_ago (self->index != NULL ? fu_job_index_get_last_activity (self->index, self->job)
                                                : fu_job_get_created (self->job),
                            now);
  /* Translators: %s is a time such as "3 days ago" */
  g_string_append_printf (text, _("Last activity: %s."), ago);

  return g_string_free (text, FALSE);
}

static void
add_move_items (GMenu *section,
                FuJob *job)
{
  const char *id = fu_job_get_id (job);
  FuStage current = fu_job_get_stage (job);

  for (FuStage stage = FU_STAGE_WISHLIST; stage <= FU_STAGE_OFFER; stage++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (stage == current)
        continue;
      item = g_menu_item_new (fu_stage_get_title (stage), NULL);
      g_menu_item_set_action_and_target (item, "board.move", "(ss)", id, fu_stage_to_string (stage));
      g_menu_append_item (section, item);
    }
}

static GMenuModel *
build_menu (FuJob *job)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) actions = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  const char *id = fu_job_get_id (job);

  if (fu_job_is_closed (job))
    {
      item = g_menu_item_new (_("_Reopen"), NULL);
      g_menu_item_set_action_and_target (item, "board.reopen", "s", id);
      g_menu_append_item (actions, item);
    }
  else
    {
      g_autoptr(GMenu) move = g_menu_new ();

      add_move_items (move, job);
      g_menu_append_submenu (menu, _("_Move To"), G_MENU_MODEL (move));

      item = g_menu_item_new (_("_Close…"), NULL);
      g_menu_item_set_action_and_target (item, "board.close", "s", id);
      g_menu_append_item (actions, item);
    }
  g_clear_object (&item);

  item = g_menu_item_new (_("_Delete"), NULL);
  g_menu_item_set_action_and_target (item, "board.delete", "s", id);
  g_menu_append_item (actions, item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (actions));

  return G_MENU_MODEL (menu);
}

static void
set_badge (FuJobCard    *self,
           FuDueUrgency  urgency)
{
  for (guint i = 0; i < G_N_ELEMENTS (badge_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->badge_label), badge_classes[i]);

  switch (urgency)
    {
    case FU_DUE_OVERDUE:
      gtk_widget_add_css_class (GTK_WIDGET (self->badge_label), "error");
      break;
    case FU_DUE_TODAY:
      gtk_widget_add_css_class (GTK_WIDGET (self->badge_label), "warning");
      break;
    case FU_DUE_SOON:
      gtk_widget_add_css_class (GTK_WIDGET (self->badge_label), "accent");
      break;
    case FU_DUE_LATER:
    case FU_DUE_NONE:
    default:
      break;
    }

  fu_card_text_set_text (self->badge_label, fu_due_urgency_get_title (urgency));
  gtk_widget_set_visible (GTK_WIDGET (self->badge_label),
                          urgency != FU_DUE_NONE && urgency != FU_DUE_LATER);
}

/* Initials from the words of a name, so "AT&T <Labs>" gives "AL" and not
 * "A<". */
static char *
avatar_text (const char *name)
{
  GString *text = g_string_new (NULL);

  for (const char *p = name; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (text, c);
      else if (c == '&' || c == '\'')
        continue;  /* "AT&T" and "O'Neil" are one word */
      else if (text->len > 0 && text->str[text->len - 1] != ' ')
        g_string_append_c (text, ' ');
    }

  return g_string_free (text, FALSE);
}

static void
fu_job_card_render (FuJobCard *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *ago = NULL;
  g_autofree char *description = NULL;
  g_autofree char *initials = NULL;
  FuFollowUp *next = NULL;
  const char *company;

  if (self->job == NULL)
    return;

  now = g_date_time_new_now_local ();
  company = fu_job_get_company (self->job);

  /* User text goes into the card as plain text, and the avatar, as written. */
  initials = avatar_text (company);
  fu_card_avatar_set_text (self->avatar, initials);
  fu_card_text_set_text (self->company_label, company != NULL && company[0] ? company : _("Unnamed company"));
  fu_card_text_set_text (self->title_label, fu_job_get_title (self->job) ? fu_job_get_title (self->job) : "");

  if (self->index != NULL)
    next = fu_job_index_get_next_follow_up (self->index, self->job);
  if (next != NULL && !fu_job_is_closed (self->job))
    {
      fu_card_text_set_text (self->follow_up_label, follow_up_text (next));
      gtk_widget_set_visible (GTK_WIDGET (self->follow_up_label), TRUE);
      set_badge (self, fu_due_urgency (fu_rules_effective_due (next), now));
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->follow_up_label), FALSE);
      set_badge (self, FU_DUE_NONE);
    }

  if (fu_job_is_closed (self->job))
    ago = g_strdup (fu_outcome_get_title (fu_job_get_outcome (self->job)));
  else
    ago = fu_format_time_ago (self->index != NULL ? fu_job_index_get_last_activity (self->index, self->job)
                                                  : fu_job_get_created (self->job),
                              now);
  fu_card_text_set_text (self->activity_label, ago);


  /* A menu built for the job as it was is stale now: drop it. */
  if (gtk_menu_button_get_popover (self->menu_button) != NULL)
    gtk_menu_button_set_menu_model (self->menu_button, NULL);

  description = fu_job_card_dup_description (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
on_job_notify_cb (FuJobCard  *self,
                  GParamSpec *pspec,
                  FuJob      *job)
{
  fu_job_card_render (self);
}

void
fu_job_card_set_job (FuJobCard *self,
                     FuJob     *job)
{
  g_return_if_fail (FU_IS_JOB_CARD (self));
  g_return_if_fail (job == NULL || FU_IS_JOB (job));

  if (self->job == job)
    return;

  if (self->job != NULL)
    g_clear_signal_handler (&self->job_notify_id, self->job);
  g_set_object (&self->job, job);
  if (job != NULL)
    self->job_notify_id = g_signal_connect_object (job, "notify",
                                                   G_CALLBACK (on_job_notify_cb), self,
                                                   G_CONNECT_SWAPPED);

  fu_job_card_render (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB]);
}

void
fu_job_card_set_index (FuJobCard  *self,
                       FuJobIndex *index)
{
  g_return_if_fail (FU_IS_JOB_CARD (self));

  if (self->index == index)
    return;

  if (self->index != NULL)
    g_clear_signal_handler (&self->index_changed_id, self->index);
  g_set_object (&self->index, index);
  if (index != NULL)
    self->index_changed_id = g_signal_connect_object (index, "changed",
                                                      G_CALLBACK (fu_job_card_render), self,
                                                      G_CONNECT_SWAPPED);

  fu_job_card_render (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEX]);
}

/* A popover per card costs more than the rest of the card: the menu is
 * only built when it is opened. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  FuJobCard *self = FU_JOB_CARD (user_data);
  g_autoptr(GMenuModel) menu = NULL;

  if (self->job == NULL)
    return;

  menu = build_menu (self->job);
  gtk_menu_button_set_menu_model (button, menu);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    FuJobCard     *self)
{
  if (self->job == NULL || fu_job_is_closed (self->job))
    return NULL;

  return gdk_content_provider_new_typed (G_TYPE_STRING, fu_job_get_id (self->job));
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  FuJobCard     *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

/* GTK 4.8's cairo renderer (no GPU) draws every card on screen again
 * at each frame of a scroll, and a card's blurred shadows are most of
 * that.  GTK keeps a card's render node until the card changes: the
 * node made here holds a picture of the card drawn once, so a frame only
 * copies it.  The GL renderer draws shadows on the GPU and gets the
 * plain node. */
static void
stop_watching_hscroll (FuJobCard *self)
{
  if (self->hscroll != NULL)
    g_clear_signal_handler (&self->hscroll_id, self->hscroll);
  g_clear_object (&self->hscroll);
}

static void
on_hscroll_cb (FuJobCard *self)
{
  stop_watching_hscroll (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Whether the card is inside the board's scrolled area: at the window's
 * usual width the last column starts off screen. */
static gboolean
on_screen (FuJobCard *self)
{
  GtkWidget *viewport = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_VIEWPORT);
  graphene_rect_t bounds;

  if (viewport == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (self), viewport, &bounds))
    return TRUE;

  if (graphene_rect_intersection (&bounds,
                                  &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (viewport), gtk_widget_get_height (viewport)),
                                  NULL))
    return TRUE;

  /* Drawn as it is until it is scrolled to, then drawn again. */
  if (self->hscroll == NULL)
    {
      self->hscroll = g_object_ref (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (viewport)));
      self->hscroll_id = g_signal_connect_object (self->hscroll, "value-changed",
                                                  G_CALLBACK (on_hscroll_cb), self, G_CONNECT_SWAPPED);
    }

  return FALSE;
}

static void
fu_job_card_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  FuJobCard *self = FU_JOB_CARD (widget);
  GtkNative *native = gtk_widget_get_native (widget);
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *card_snapshot;
  graphene_rect_t bounds;
  cairo_surface_t *surface;
  cairo_t *cr;
  double x, y, width, height;
  int scale;

  /* A picture is only worth it for a card on screen: one off screen is
   * not drawn by the renderer. */
  if (native == NULL || !GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (native)) || !on_screen (self))
    {
      GTK_WIDGET_CLASS (fu_job_card_parent_class)->snapshot (widget, snapshot);
      return;
    }

  card_snapshot = gtk_snapshot_new ();
  gtk_widget_snapshot_child (widget, self->card_box, card_snapshot);
  node = gtk_snapshot_free_to_node (card_snapshot);
  if (node == NULL)
    return;

  /* The bounds take in the shadow; whole pixels, so the copy is exact. */
  gsk_render_node_get_bounds (node, &bounds);
  x = floor (bounds.origin.x);
  y = floor (bounds.origin.y);
  width = ceil (bounds.origin.x + bounds.size.width) - x;
  height = ceil (bounds.origin.y + bounds.size.height) - y;
  if (width <= 0 || height <= 0)
    return;

  scale = gtk_widget_get_scale_factor (widget);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  cairo_translate (cr, -x, -y);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, y, width, height));
  cairo_set_source_surface (cr, surface, x, y);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
fu_job_card_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FuJobCard *self = FU_JOB_CARD (object);

  switch (prop_id)
    {
    case PROP_JOB:
      g_value_set_object (value, self->job);
      break;

    case PROP_INDEX:
      g_value_set_object (value, self->index);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_job_card_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FuJobCard *self = FU_JOB_CARD (object);

  switch (prop_id)
    {
    case PROP_JOB:
      fu_job_card_set_job (self, g_value_get_object (value));
      break;

    case PROP_INDEX:
      fu_job_card_set_index (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_job_card_dispose (GObject *object)
{
  FuJobCard *self = FU_JOB_CARD (object);

  if (self->job != NULL)
    g_clear_signal_handler (&self->job_notify_id, self->job);
  if (self->index != NULL)
    g_clear_signal_handler (&self->index_changed_id, self->index);
  g_clear_object (&self->job);
  g_clear_object (&self->index);
  stop_watching_hscroll (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_JOB_CARD);
  /* Template children without an id are not unparented by GTK 4.8. */
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }

  G_OBJECT_CLASS (fu_job_card_parent_class)->dispose (object);
}

static void
fu_job_card_class_init (FuJobCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fu_job_card_dispose;
  object_class->get_property = fu_job_card_get_property;
  object_class->set_property = fu_job_card_set_property;
  widget_class->snapshot = fu_job_card_snapshot;

  properties[PROP_JOB] =
    g_param_spec_object ("job", NULL, NULL,
                         FU_TYPE_JOB,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_INDEX] =
    g_param_spec_object ("index", NULL, NULL,
                         FU_TYPE_JOB_INDEX,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FU_TYPE_CARD_AVATAR);
  g_type_ensure (FU_TYPE_CARD_TEXT);
  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-job-card.ui");
  gtk_widget_class_bind_template_child (widget_class, FuJobCard, card_box);
  gtk_widget_class_bind_template_child (widget_class, FuJobCard, avatar);
  gtk_widget_class_bind_template_child (widget_class, FuJobCard, company_label);
  gtk_widget_class_bind_template_child (widget_class, FuJobCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, FuJobCard, follow_up_label);
  gtk_widget_class_bind_template_child (widget_class, FuJobCard, badge_label);
  gtk_widget_class_bind_template_child (widget_class, FuJobCard, activity_label);
  gtk_widget_class_bind_template_child (widget_class, FuJobCard, menu_button);

  gtk_widget_class_set_css_name (widget_class, "fujobcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fu_job_card_init (FuJobCard *self)
{
  GtkDragSource *drag;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Each text is one line, laid out once per width (see fu-card-text.c). */
  fu_card_text_set_format (self->company_label, 1, TRUE, 0);
  fu_card_text_set_format (self->title_label, 1, TRUE, 0);
  fu_card_text_set_format (self->badge_label, 1, FALSE, 0);
  fu_card_text_set_format (self->activity_label, 1, FALSE, 1);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_popup_cb, self, NULL);

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}
