/* fu-card-avatar.c: the avatar of a card on the board
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The card's avatar: libadwaita's look (an "avatar" node with its color
 * classes, picked from the text as AdwAvatar picks them) with the
 * initials drawn at one size.  AdwAvatar fits its font to each text's
 * width, so every card on the board loaded and rasterised a font of its
 * own size: a fifth of the work of the frame that first shows the board.
 */
#include "config.h"

#include "fu-card-avatar.h"

#define AVATAR_SIZE 36
#define AVATAR_FONT_PX 14
#define AVATAR_N_COLORS 14

struct _FuCardAvatar
{
  GtkWidget    parent_instance;

  char        *initials;
  PangoLayout *layout;  /* made when first drawn */
  guint        color;
};

G_DEFINE_FINAL_TYPE (FuCardAvatar, fu_card_avatar, GTK_TYPE_WIDGET)

/* The first letter of the first and of the last word, in capitals. */
static char *
initials_of (const char *text)
{
  g_autofree char *upper = g_utf8_strup (text, -1);
  g_autofree char *normal = g_utf8_normalize (g_strstrip (upper), -1, G_NORMALIZE_DEFAULT_COMPOSE);
  GString *initials = g_string_new (NULL);
  const char *last_space;

  if (normal == NULL || normal[0] == '\0')
    return g_string_free (initials, FALSE);

  g_string_append_unichar (initials, g_utf8_get_char (normal));
  last_space = g_utf8_strrchr (normal, -1, ' ');
  if (last_space != NULL && last_space[1] != '\0')
    g_string_append_unichar (initials, g_utf8_get_char (last_space + 1));

  return g_string_free (initials, FALSE);
}

void
fu_card_avatar_set_text (FuCardAvatar *self,
                         const char   *text)
{
  g_autofree char *initials = initials_of (text != NULL ? text : "");
  guint color = g_str_hash (text != NULL ? text : "") % AVATAR_N_COLORS + 1;

  if (color != self->color)
    {
      g_autofree char *old_class = g_strdup_printf ("color%u", self->color);
      g_autofree char *new_class = g_strdup_printf ("color%u", color);

      gtk_widget_remove_css_class (GTK_WIDGET (self), old_class);
      gtk_widget_add_css_class (GTK_WIDGET (self), new_class);
      self->color = color;
    }

  if (g_strcmp0 (initials, self->initials) == 0)
    return;

  g_free (self->initials);
  self->initials = g_steal_pointer (&initials);
  g_clear_object (&self->layout);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
fu_card_avatar_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  FuCardAvatar *self = FU_CARD_AVATAR (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  PangoRectangle logical;

  if (self->initials == NULL || self->initials[0] == '\0')
    return;

  if (self->layout == NULL)
    {
      PangoAttrList *attributes = pango_attr_list_new ();

      self->layout = gtk_widget_create_pango_layout (widget, self->initials);
      pango_attr_list_insert (attributes, pango_attr_size_new_absolute (AVATAR_FONT_PX * PANGO_SCALE));
      pango_layout_set_attributes (self->layout, attributes);
      pango_attr_list_unref (attributes);
    }

  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  gtk_snapshot_render_layout (snapshot, context,
                              (gtk_widget_get_width (widget) - logical.width) / 2.0 - logical.x,
                              (gtk_widget_get_height (widget) - logical.height) / 2.0 - logical.y,
                              self->layout);
}

/* The font comes from the style: a new style, a new layout. */
static void
fu_card_avatar_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  FuCardAvatar *self = FU_CARD_AVATAR (widget);

  GTK_WIDGET_CLASS (fu_card_avatar_parent_class)->css_changed (widget, change);
  g_clear_object (&self->layout);
}

static void
fu_card_avatar_finalize (GObject *object)
{
  FuCardAvatar *self = FU_CARD_AVATAR (object);

  g_clear_object (&self->layout);
  g_free (self->initials);

  G_OBJECT_CLASS (fu_card_avatar_parent_class)->finalize (object);
}

static void
fu_card_avatar_class_init (FuCardAvatarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fu_card_avatar_finalize;
  widget_class->snapshot = fu_card_avatar_snapshot;
  widget_class->css_changed = fu_card_avatar_css_changed;
  gtk_widget_class_set_css_name (widget_class, "avatar");
  /* The card's own label says whose job it is. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
fu_card_avatar_init (FuCardAvatar *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self), AVATAR_SIZE, AVATAR_SIZE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}
