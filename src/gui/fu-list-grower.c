/* fu-list-grower.c: feeds a scrolled list view a little more at a time
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's list view builds a row for up to about 200 items of its model
 * whatever fits on screen, so a long list is shown through a
 * GtkSliceListModel that starts at about a screenful.  It grows while
 * less than a screen is left below the visible part, by a couple of rows
 * per frame (a tick callback, before the frame's layout): never a batch
 * of rows built inside one frame, and never waiting for an idle moment
 * that a list scrolled without pause would not leave.
 */
#include "config.h"

#include "fu-list-grower.h"

/* Rows added per frame: fast scrolling (three wheel notches a frame)
 * moves about one card a frame, with two screens built ahead, and
 * building one costs a few ms. */
#define GROW_STEP 1

struct _FuListGrower
{
  GObject            parent_instance;

  GtkSliceListModel *slice;
  GtkWidget         *scroller;  /* weak */
  GtkAdjustment     *adjustment;
  guint              tick_id;
};

G_DEFINE_FINAL_TYPE (FuListGrower, fu_list_grower, G_TYPE_OBJECT)

static guint
n_available (FuListGrower *self)
{
  GListModel *model = gtk_slice_list_model_get_model (self->slice);

  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

static gboolean
wants_more (FuListGrower *self)
{
  double value = gtk_adjustment_get_value (self->adjustment);
  double page = gtk_adjustment_get_page_size (self->adjustment);
  double upper = gtk_adjustment_get_upper (self->adjustment);

  /* Not laid out yet: nothing is known about what fits.  Off screen
   * (another page, a column not shown) the adjustment stays as it was
   * last laid out, and rows would be added at every frame for nothing. */
  if (page <= 0 || self->scroller == NULL || !gtk_widget_get_mapped (self->scroller))
    return FALSE;

  return value + 2 * page >= upper
         && gtk_slice_list_model_get_size (self->slice) < n_available (self);
}

static gboolean
grow_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  FuListGrower *self = user_data;

  /* The rows added now are laid out in this frame; the adjustment then
   * tells whether that was enough. */
  if (!wants_more (self))
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  gtk_slice_list_model_set_size (self->slice, gtk_slice_list_model_get_size (self->slice) + GROW_STEP);
  return G_SOURCE_CONTINUE;
}

static void
on_adjustment_changed_cb (FuListGrower *self)
{
  if (self->tick_id == 0 && self->scroller != NULL && wants_more (self))
    self->tick_id = gtk_widget_add_tick_callback (self->scroller, grow_tick_cb, self, NULL);
}

/* At once, for a row that must be there now (one to focus). */
void
fu_list_grower_ensure (FuListGrower *self,
                       guint         at_least)
{
  g_return_if_fail (FU_IS_LIST_GROWER (self));

  if (gtk_slice_list_model_get_size (self->slice) < at_least)
    gtk_slice_list_model_set_size (self->slice, at_least);
}

static void
fu_list_grower_dispose (GObject *object)
{
  FuListGrower *self = FU_LIST_GROWER (object);

  if (self->tick_id != 0 && self->scroller != NULL)
    gtk_widget_remove_tick_callback (self->scroller, self->tick_id);
  self->tick_id = 0;
  g_clear_weak_pointer (&self->scroller);
  if (self->adjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->adjustment, self);
  g_clear_object (&self->adjustment);
  g_clear_object (&self->slice);

  G_OBJECT_CLASS (fu_list_grower_parent_class)->dispose (object);
}

static void
fu_list_grower_class_init (FuListGrowerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fu_list_grower_dispose;
}

static void
fu_list_grower_init (FuListGrower *self)
{
}

/**
 * fu_list_grower_new:
 * @slice: the slice the list view shows, at its first size
 * @scroller: the scrolled window around the list view
 *
 * Grows @slice as @scroller's list nears its end.
 */
FuListGrower *
fu_list_grower_new (GtkSliceListModel *slice,
                    GtkScrolledWindow *scroller)
{
  FuListGrower *self;

  g_return_val_if_fail (GTK_IS_SLICE_LIST_MODEL (slice), NULL);
  g_return_val_if_fail (GTK_IS_SCROLLED_WINDOW (scroller), NULL);

  self = g_object_new (FU_TYPE_LIST_GROWER, NULL);
  self->slice = g_object_ref (slice);
  g_set_weak_pointer (&self->scroller, GTK_WIDGET (scroller));
  self->adjustment = g_object_ref (gtk_scrolled_window_get_vadjustment (scroller));
  g_signal_connect_swapped (self->adjustment, "value-changed", G_CALLBACK (on_adjustment_changed_cb), self);
  g_signal_connect_swapped (self->adjustment, "changed", G_CALLBACK (on_adjustment_changed_cb), self);
  g_signal_connect_object (scroller, "map", G_CALLBACK (on_adjustment_changed_cb), self, G_CONNECT_SWAPPED);

  return self;
}
