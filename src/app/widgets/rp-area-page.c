/* rp-area-page.c — what every area shares: the split view, area.back and area.new,
 * and the RpView the window drives */
#include "config.h"

#include "rp-area-page.h"
#include "rp-view.h"

typedef struct
{
  AdwLeaflet *leaflet;
  GtkWidget  *sidebar;
  GtkWidget  *content;
  RpStore    *store;
} RpAreaPagePrivate;

static void rp_area_page_view_init (RpViewInterface *iface);

G_DEFINE_TYPE_WITH_CODE (RpAreaPage, rp_area_page, ADW_TYPE_BIN,
                         G_ADD_PRIVATE (RpAreaPage)
                         G_IMPLEMENT_INTERFACE (RP_TYPE_VIEW, rp_area_page_view_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_SIDEBAR,
  PROP_CONTENT,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rp_area_page_set_store (RpView  *view,
                        RpStore *store)
{
  RpAreaPage *self = RP_AREA_PAGE (view);
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);

  if (priv->store == store)
    return;
  g_set_object (&priv->store, store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.new", store != NULL);
  if (RP_AREA_PAGE_GET_CLASS (self)->store_changed != NULL)
    RP_AREA_PAGE_GET_CLASS (self)->store_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static gboolean
rp_area_page_view_show_record (RpView     *view,
                               const char *kind_name,
                               const char *uuid,
                               const char *tab)
{
  RpAreaPage *self = RP_AREA_PAGE (view);
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);
  g_autoptr(RpRecord) record = NULL;

  if (priv->store == NULL || RP_AREA_PAGE_GET_CLASS (self)->show_record == NULL)
    return FALSE;
  record = rp_store_lookup (priv->store, kind_name, uuid);
  return record != NULL && RP_AREA_PAGE_GET_CLASS (self)->show_record (self, record, tab);
}

static void
rp_area_page_view_init (RpViewInterface *iface)
{
  iface->set_store = rp_area_page_set_store;
  iface->show_record = rp_area_page_view_show_record;
}

static void
folded_cb (RpAreaPage *self)
{
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);

  /* Back buttons (area.back) show only when the list is folded away. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.back", adw_leaflet_get_folded (priv->leaflet));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  rp_area_page_show_sidebar (RP_AREA_PAGE (widget));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RpAreaPage *self = RP_AREA_PAGE (widget);
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);

  if (priv->store != NULL && RP_AREA_PAGE_GET_CLASS (self)->new_record != NULL)
    RP_AREA_PAGE_GET_CLASS (self)->new_record (self);
}

static void
rp_area_page_dispose (GObject *object)
{
  RpAreaPage *self = RP_AREA_PAGE (object);
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);

  g_clear_object (&priv->store);
  G_OBJECT_CLASS (rp_area_page_parent_class)->dispose (object);
}

static void
rp_area_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RpAreaPage *self = RP_AREA_PAGE (object);
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    case PROP_SIDEBAR:
      g_value_set_object (value, priv->sidebar);
      break;
    case PROP_CONTENT:
      g_value_set_object (value, priv->content);
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, rp_area_page_get_folded (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_area_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RpAreaPage *self = RP_AREA_PAGE (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR:
      rp_area_page_set_sidebar (self, g_value_get_object (value));
      break;
    case PROP_CONTENT:
      rp_area_page_set_content (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_area_page_class_init (RpAreaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_area_page_dispose;
  object_class->get_property = rp_area_page_get_property;
  object_class->set_property = rp_area_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RP_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SIDEBAR] =
    g_param_spec_object ("sidebar", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "area.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "area.new", NULL, new_activated);
}

static void
rp_area_page_init (RpAreaPage *self)
{
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);

  priv->leaflet = ADW_LEAFLET (adw_leaflet_new ());
  adw_leaflet_set_can_navigate_back (priv->leaflet, TRUE);
  g_signal_connect_swapped (priv->leaflet, "notify::folded", G_CALLBACK (folded_cb), self);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (priv->leaflet));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.back", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.new", FALSE);
}

RpStore *
rp_area_page_get_store (RpAreaPage *self)
{
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);

  g_return_val_if_fail (RP_IS_AREA_PAGE (self), NULL);
  return priv->store;
}

void
rp_area_page_set_sidebar (RpAreaPage *self,
                          GtkWidget  *sidebar)
{
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);

  g_return_if_fail (RP_IS_AREA_PAGE (self));
  g_return_if_fail (priv->sidebar == NULL);

  priv->sidebar = sidebar;
  adw_leaflet_prepend (priv->leaflet, sidebar);
  if (priv->content != NULL)
    adw_leaflet_page_set_navigatable (adw_leaflet_insert_child_after (priv->leaflet, gtk_separator_new (GTK_ORIENTATION_VERTICAL), sidebar), FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR]);
}

void
rp_area_page_set_content (RpAreaPage *self,
                          GtkWidget  *content)
{
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);

  g_return_if_fail (RP_IS_AREA_PAGE (self));
  g_return_if_fail (priv->content == NULL);

  priv->content = content;
  gtk_widget_set_hexpand (content, TRUE);
  if (priv->sidebar != NULL)
    adw_leaflet_page_set_navigatable (adw_leaflet_append (priv->leaflet, gtk_separator_new (GTK_ORIENTATION_VERTICAL)), FALSE);
  adw_leaflet_append (priv->leaflet, content);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

gboolean
rp_area_page_get_folded (RpAreaPage *self)
{
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);

  g_return_val_if_fail (RP_IS_AREA_PAGE (self), FALSE);
  return adw_leaflet_get_folded (priv->leaflet);
}

/* Brings the content forward on a folded window; nothing happens on a wide one. */
void
rp_area_page_show_content (RpAreaPage *self)
{
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);

  g_return_if_fail (RP_IS_AREA_PAGE (self));
  if (priv->content != NULL)
    adw_leaflet_set_visible_child (priv->leaflet, priv->content);
}

void
rp_area_page_show_sidebar (RpAreaPage *self)
{
  RpAreaPagePrivate *priv = rp_area_page_get_instance_private (self);

  g_return_if_fail (RP_IS_AREA_PAGE (self));
  if (priv->sidebar != NULL)
    adw_leaflet_set_visible_child (priv->leaflet, priv->sidebar);
}
