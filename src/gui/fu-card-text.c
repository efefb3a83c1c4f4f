/* fu-card-text.c: a card's text, laid out once per width
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card's text of one or more lines, the last one ellipsized.  A
 * wrapping GtkLabel (GTK 4.8) lays its text out anew for every width it
 * is measured at and for its smallest width, each time shaping the text
 * at every break: the follow-up line was a fifth of the work of the frame
 * that first shows the board.  This keeps one layout, laid out again only
 * when the width or the style's font changes.
 */
#include "config.h"

#include <math.h>

#include "fu-card-text.h"

struct _FuCardText
{
  GtkWidget             parent_instance;

  char                 *text;
  int                   lines;         /* 0: as many as the text takes */
  float                 xalign;
  gboolean              ellipsize;     /* else it is never narrower than its text */
  PangoLayout          *layout;        /* NULL until measured */
  PangoFontDescription *font;          /* the layout's, from the style */
  int                   natural_width; /* of the text on one line */
  int                   line_height;   /* of that line */
  gboolean              one_line;      /* no line break in the text */
  int                   cached_width;  /* lines == 0: the last width asked */
  int                   cached_height; /* and the height there */
  guint                 resize_idle;
};

G_DEFINE_FINAL_TYPE (FuCardText, fu_card_text, GTK_TYPE_WIDGET)

static void
fu_card_text_clear (FuCardText *self)
{
  g_clear_object (&self->layout);
  g_clear_pointer (&self->font, pango_font_description_free);
  self->cached_width = -1;
}

static PangoLayout *
fu_card_text_ensure_layout (FuCardText *self)
{
  if (self->layout != NULL)
    return self->layout;

  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
  self->font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (self->layout)));
  if (self->ellipsize && self->lines > 0)
    pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
  if (self->lines != 1)
    pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  if (self->lines > 1)
    pango_layout_set_height (self->layout, -self->lines);
  /* Flush right: each line of a wrapped text too. */
  if (self->xalign >= 1.0)
    pango_layout_set_alignment (self->layout, PANGO_ALIGN_RIGHT);
  pango_layout_get_pixel_size (self->layout, &self->natural_width, &self->line_height);
  self->one_line = pango_layout_get_line_count (self->layout) == 1;

  return self->layout;
}

static void
fu_card_text_set_width (FuCardText *self,
                        int         width)
{
  PangoLayout *layout = fu_card_text_ensure_layout (self);
  int pango_width = width < 0 ? -1 : width * PANGO_SCALE;

  if (pango_layout_get_width (layout) != pango_width)
    pango_layout_set_width (layout, pango_width);
}

/* How tall the text is at @width, without laying it out there: one line
 * if it fits, else as many lines as it may take.  Without a limit on the
 * lines it is laid out at @width, once for as long as the width stays. */
static int
fu_card_text_height_for_width (FuCardText *self,
                               int         width)
{
  fu_card_text_ensure_layout (self);

  if (width < 0 || (self->one_line && self->natural_width <= width))
    return self->line_height;

  if (self->lines == 0)
    {
      if (self->cached_width != width)
        {
          fu_card_text_set_width (self, width);
          pango_layout_get_pixel_size (self->layout, NULL, &self->cached_height);
          self->cached_width = width;
        }
      return self->cached_height;
    }

  return self->line_height * self->lines;
}

static gboolean
resize_idle_cb (gpointer user_data)
{
  FuCardText *self = user_data;

  self->resize_idle = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

void
fu_card_text_set_format (FuCardText *self,
                         int         lines,
                         gboolean    ellipsize,
                         float       xalign)
{
  self->lines = lines;
  self->ellipsize = ellipsize;
  self->xalign = xalign;
  fu_card_text_clear (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
fu_card_text_set_text (FuCardText *self,
                       const char *text)
{
  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  fu_card_text_clear (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
fu_card_text_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  FuCardText *self = FU_CARD_TEXT (widget);

  fu_card_text_ensure_layout (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Any width will do where what does not fit is ellipsized, and
       * text that wraps without a limit breaks between any characters:
       * a few of them are its least. */
      if (self->lines == 0)
        *minimum = MIN (self->natural_width, 4 * self->line_height);
      else
        *minimum = self->ellipsize ? 0 : self->natural_width;
      *natural = self->natural_width;
    }
  else
    *minimum = *natural = fu_card_text_height_for_width (self, for_size);
}

static GtkSizeRequestMode
fu_card_text_get_request_mode (GtkWidget *widget)
{
  return FU_CARD_TEXT (widget)->lines != 1 ? GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
fu_card_text_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  FuCardText *self = FU_CARD_TEXT (widget);
  int laid_out;

  /* A line in a taller fallback font makes the text taller than its
   * lines were guessed: measured again, from the layout now kept. */
  fu_card_text_set_width (self, width);
  pango_layout_get_pixel_size (self->layout, NULL, &laid_out);
  if (self->lines > 0 && laid_out > fu_card_text_height_for_width (self, width))
    {
      self->line_height = (laid_out + self->lines - 1) / self->lines;
      if (self->resize_idle == 0)
        self->resize_idle = g_idle_add (resize_idle_cb, self);
    }
}

static void
fu_card_text_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  FuCardText *self = FU_CARD_TEXT (widget);
  int width = gtk_widget_get_width (widget);
  PangoRectangle logical;

  if (self->text == NULL || self->text[0] == '\0')
    return;

  fu_card_text_set_width (self, width);
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (widget),
                              floor (self->xalign * (width - logical.width)) - logical.x, 0,
                              self->layout);
}

/* A state (hover, selection) restyles the card's every node: the layout
 * goes only when the font changed. */
static void
fu_card_text_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  FuCardText *self = FU_CARD_TEXT (widget);

  GTK_WIDGET_CLASS (fu_card_text_parent_class)->css_changed (widget, change);

  if (self->font != NULL &&
      !pango_font_description_equal (self->font, pango_context_get_font_description (gtk_widget_get_pango_context (widget))))
    {
      fu_card_text_clear (self);
      gtk_widget_queue_resize (widget);
    }
}

static void
fu_card_text_finalize (GObject *object)
{
  FuCardText *self = FU_CARD_TEXT (object);

  fu_card_text_clear (self);
  g_clear_handle_id (&self->resize_idle, g_source_remove);
  g_free (self->text);

  G_OBJECT_CLASS (fu_card_text_parent_class)->finalize (object);
}

static void
fu_card_text_class_init (FuCardTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fu_card_text_finalize;
  widget_class->get_request_mode = fu_card_text_get_request_mode;
  widget_class->measure = fu_card_text_measure;
  widget_class->size_allocate = fu_card_text_size_allocate;
  widget_class->snapshot = fu_card_text_snapshot;
  widget_class->css_changed = fu_card_text_css_changed;
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
fu_card_text_init (FuCardText *self)
{
  self->lines = 2;
  self->ellipsize = TRUE;
  self->cached_width = -1;
}

const char *
fu_card_text_get_text (FuCardText *self)
{
  g_return_val_if_fail (FU_IS_CARD_TEXT (self), NULL);

  return self->text != NULL ? self->text : "";
}
