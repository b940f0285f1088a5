/* rp-detail-tab.c — a tab's content scrolls, clamped to a readable width, unless it
 * is set as the bin's child directly (a grid, a diagram) */
#include "config.h"

#include "rp-detail-tab.h"

typedef struct
{
  RpStore  *store;
  RpRecord *record;
} RpDetailTabPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RpDetailTab, rp_detail_tab, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_RECORD,
  PROP_CONTENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rp_detail_tab_dispose (GObject *object)
{
  RpDetailTab *self = RP_DETAIL_TAB (object);
  RpDetailTabPrivate *priv = rp_detail_tab_get_instance_private (self);

  g_clear_object (&priv->store);
  g_clear_object (&priv->record);
  G_OBJECT_CLASS (rp_detail_tab_parent_class)->dispose (object);
}

static void
rp_detail_tab_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RpDetailTab *self = RP_DETAIL_TAB (object);
  RpDetailTabPrivate *priv = rp_detail_tab_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    case PROP_RECORD:
      g_value_set_object (value, priv->record);
      break;
    case PROP_CONTENT:
      g_value_set_object (value, adw_bin_get_child (ADW_BIN (self)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_detail_tab_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RpDetailTab *self = RP_DETAIL_TAB (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      rp_detail_tab_set_content (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_detail_tab_class_init (RpDetailTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_detail_tab_dispose;
  object_class->get_property = rp_detail_tab_get_property;
  object_class->set_property = rp_detail_tab_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RP_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, RP_TYPE_RECORD,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* What the tab shows, scrolled and clamped to a readable width */
  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_detail_tab_init (RpDetailTab *self)
{
}

RpStore *
rp_detail_tab_get_store (RpDetailTab *self)
{
  RpDetailTabPrivate *priv = rp_detail_tab_get_instance_private (self);

  g_return_val_if_fail (RP_IS_DETAIL_TAB (self), NULL);
  return priv->store;
}

RpRecord *
rp_detail_tab_get_record (RpDetailTab *self)
{
  RpDetailTabPrivate *priv = rp_detail_tab_get_instance_private (self);

  g_return_val_if_fail (RP_IS_DETAIL_TAB (self), NULL);
  return priv->record;
}

/* Called by the detail when the tab comes into view with another record than it shows. */
void
rp_detail_tab_bind (RpDetailTab *self,
                    RpStore     *store,
                    RpRecord    *record)
{
  RpDetailTabPrivate *priv = rp_detail_tab_get_instance_private (self);
  gboolean same = priv->store == store && priv->record == record;

  g_return_if_fail (RP_IS_DETAIL_TAB (self));

  g_set_object (&priv->store, store);
  g_set_object (&priv->record, record);
  if (RP_DETAIL_TAB_GET_CLASS (self)->bind != NULL)
    RP_DETAIL_TAB_GET_CLASS (self)->bind (self, store, record);
  if (!same)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
    }
}

void
rp_detail_tab_record_changed (RpDetailTab *self)
{
  g_return_if_fail (RP_IS_DETAIL_TAB (self));
  if (RP_DETAIL_TAB_GET_CLASS (self)->record_changed != NULL)
    RP_DETAIL_TAB_GET_CLASS (self)->record_changed (self);
}

void
rp_detail_tab_set_content (RpDetailTab *self,
                           GtkWidget   *content)
{
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  g_return_if_fail (RP_IS_DETAIL_TAB (self));

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 980);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 600);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_bin_set_child (ADW_BIN (self), scroll);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}
