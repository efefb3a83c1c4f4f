/* fu-list-grower.c: feeds a scrolled list view a little more at a time
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's list view builds a row for up to about 200 items of its model
 * whatever fits on screen, so a long list is shown through a
 * GtkSliceListModel that starts at about a screenful.  It grows while
 * less than a screen is left below the visible part, a few rows at a
 * time from an idle callback: never inside a frame's layout (where a
 * batch of new rows would be built before that frame is drawn), and
 * never more than a frame's worth of work at once, so scrolling keeps
 * its pace while rows are added behind it.
 */
#include "config.h"

#include "fu-list-grower.h"

/* Rows built per idle call: about a frame's budget on a slow machine. */
#define GROW_STEP 3

struct _FuListGrower
{
  GObject            parent_instance;

  GtkSliceListModel *slice;
  GtkAdjustment     *adjustment;
  guint              idle_id;
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

  /* Not laid out yet: nothing is known about what fits. */
  if (page <= 0)
    return FALSE;

  return value + 2 * page >= upper
         && gtk_slice_list_model_get_size (self->slice) < n_available (self);
}

static gboolean
grow_idle_cb (gpointer user_data)
{
  FuListGrower *self = user_data;

  self->idle_id = 0;
  /* The new rows are laid out in the next frame, whose adjustment
   * change asks again if that was not enough. */
  if (wants_more (self))
    gtk_slice_list_model_set_size (self->slice, gtk_slice_list_model_get_size (self->slice) + GROW_STEP);

  return G_SOURCE_REMOVE;
}

static void
on_adjustment_changed_cb (FuListGrower *self)
{
  if (self->idle_id == 0 && wants_more (self))
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, grow_idle_cb, self, NULL);
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

  g_clear_handle_id (&self->idle_id, g_source_remove);
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
  self->adjustment = g_object_ref (gtk_scrolled_window_get_vadjustment (scroller));
  g_signal_connect_swapped (self->adjustment, "value-changed", G_CALLBACK (on_adjustment_changed_cb), self);
  g_signal_connect_swapped (self->adjustment, "changed", G_CALLBACK (on_adjustment_changed_cb), self);

  return self;
}
