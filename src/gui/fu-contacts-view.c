/* fu-contacts-view.c: the Contacts view, searchable and sorted
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * store contacts -> filter (search) -> sort (name or last contacted) ->
 * list view of FuContactRow.  "Last contacted" comes from a
 * FuContactIndex rebuilt once per store change, so sorting costs no
 * lookups; the sorter and the filter are told to run again after it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fu-contact-row.h"
#include "fu-contacts-view.h"
#include "fu-gui.h"

struct _FuContactsView
{
  AdwBin               parent_instance;

  FuStore             *store;
  FuContactIndex      *index;
  GtkCustomFilter     *filter;
  GtkCustomSorter     *sorter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  char                *search;    /* casefolded, or NULL */
  FuContactsSort       sort;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkDropDown         *sort_dropdown;
  GtkStack            *stack;
  GtkListView         *list_view;
};

G_DEFINE_FINAL_TYPE (FuContactsView, fu_contacts_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
fu_contacts_view_new (void)
{
  return g_object_new (FU_TYPE_CONTACTS_VIEW, NULL);
}

FuStore *
fu_contacts_view_get_store (FuContactsView *self)
{
  g_return_val_if_fail (FU_IS_CONTACTS_VIEW (self), NULL);

  return self->store;
}

FuContactIndex *
fu_contacts_view_get_index (FuContactsView *self)
{
  g_return_val_if_fail (FU_IS_CONTACTS_VIEW (self), NULL);

  return self->index;
}

GListModel *
fu_contacts_view_get_model (FuContactsView *self)
{
  g_return_val_if_fail (FU_IS_CONTACTS_VIEW (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  FuContactsView *self = user_data;
  FuContact *contact = item;

  if (self->search == NULL)
    return TRUE;

  return contains_casefold (fu_contact_get_name (contact), self->search) ||
         contains_casefold (fu_contact_get_company (contact), self->search) ||
         contains_casefold (fu_contact_get_email (contact), self->search) ||
         contains_casefold (fu_contact_part_get_title (fu_contact_get_part (contact)), self->search);
}

static int
compare_names (FuContact *a,
               FuContact *b)
{
  g_autofree char *fa = g_utf8_casefold (fu_contact_get_name (a) ? fu_contact_get_name (a) : "", -1);
  g_autofree char *fb = g_utf8_casefold (fu_contact_get_name (b) ? fu_contact_get_name (b) : "", -1);

  return g_utf8_collate (fa, fb);
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  FuContactsView *self = user_data;
  FuContact *ca = (FuContact *) a;
  FuContact *cb = (FuContact *) b;

  /* Newest contact first; people never contacted last; then by name. */
  if (self->sort == FU_CONTACTS_SORT_LAST_CONTACTED)
    {
      GDateTime *ta = fu_contact_index_get_last_contacted (self->index, fu_contact_get_id (ca));
      GDateTime *tb = fu_contact_index_get_last_contacted (self->index, fu_contact_get_id (cb));

      if (ta != NULL && tb != NULL && g_date_time_compare (ta, tb) != 0)
        return g_date_time_compare (tb, ta);
      if ((ta == NULL) != (tb == NULL))
        return ta == NULL ? 1 : -1;
    }

  return compare_names (ca, cb);
}

static void
update_stack (FuContactsView *self)
{
  guint total = self->store != NULL ? g_list_model_get_n_items (fu_store_get_contacts (self->store)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

  if (total == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
on_store_changed_cb (FuContactsView *self)
{
  fu_contact_index_rebuild (self->index, self->store);
  /* Names, companies and contact times may have changed. */
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

void
fu_contacts_view_set_store (FuContactsView *self,
                            FuStore        *store)
{
  g_return_if_fail (FU_IS_CONTACTS_VIEW (self));
  g_return_if_fail (store == NULL || FU_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  gtk_filter_list_model_set_model (self->filter_model,
                                   store != NULL ? fu_store_get_contacts (store) : NULL);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
      on_store_changed_cb (self);
    }
  update_stack (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
fu_contacts_view_set_sort (FuContactsView *self,
                           FuContactsSort  sort)
{
  g_return_if_fail (FU_IS_CONTACTS_VIEW (self));

  gtk_drop_down_set_selected (self->sort_dropdown, sort);
}

static void
on_sort_changed_cb (FuContactsView *self)
{
  self->sort = gtk_drop_down_get_selected (self->sort_dropdown) == FU_CONTACTS_SORT_LAST_CONTACTED
               ? FU_CONTACTS_SORT_LAST_CONTACTED : FU_CONTACTS_SORT_NAME;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
on_search_changed_cb (FuContactsView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search, g_free);
  if (stripped[0] != '\0')
    self->search = g_utf8_casefold (stripped, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_list_activate_cb (FuContactsView *self,
                     guint           position)
{
  g_autoptr(FuContact) contact = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (contact != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-contact", "s", fu_contact_get_id (contact));
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             FuContactsView           *self)
{
  GtkWidget *row = fu_contact_row_new ();

  fu_contact_row_set_index (FU_CONTACT_ROW (row), self->index);
  gtk_list_item_set_child (item, row);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            FuContactsView           *self)
{
  fu_contact_row_set_contact (FU_CONTACT_ROW (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              FuContactsView           *self)
{
  fu_contact_row_set_contact (FU_CONTACT_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
fu_contacts_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FuContactsView *self = FU_CONTACTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_contacts_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FuContactsView *self = FU_CONTACTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fu_contacts_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_contacts_view_dispose (GObject *object)
{
  FuContactsView *self = FU_CONTACTS_VIEW (object);

  fu_contacts_view_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FU_TYPE_CONTACTS_VIEW);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filter);
  g_clear_object (&self->index);

  G_OBJECT_CLASS (fu_contacts_view_parent_class)->dispose (object);
}

static void
fu_contacts_view_finalize (GObject *object)
{
  FuContactsView *self = FU_CONTACTS_VIEW (object);

  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (fu_contacts_view_parent_class)->finalize (object);
}

static void
fu_contacts_view_class_init (FuContactsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = fu_contacts_view_get_property;
  object_class->set_property = fu_contacts_view_set_property;
  object_class->dispose = fu_contacts_view_dispose;
  object_class->finalize = fu_contacts_view_finalize;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         FU_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  fu_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fu-contacts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FuContactsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FuContactsView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FuContactsView, stack);
  gtk_widget_class_bind_template_child (widget_class, FuContactsView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_set_css_name (widget_class, "fucontactsview");
}

/* GTK 4.8's list view builds a row for up to about 200 contacts: not
 * while the view waits hidden at start-up, only once it is shown. */
static void
on_map_cb (FuContactsView *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  if (gtk_list_view_get_model (self->list_view) != NULL)
    return;

  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

static void
fu_contacts_view_init (FuContactsView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->index = fu_contact_index_new ();
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                              GTK_SORTER (g_object_ref (self->sorter)));

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);

  g_signal_connect_object (self->sort_model, "items-changed", G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  update_stack (self);
}
