/* rp-view.c */
#include "config.h"

#include "rp-view.h"

G_DEFINE_INTERFACE (RpView, rp_view, GTK_TYPE_WIDGET)

static void
rp_view_default_init (RpViewInterface *iface)
{
}

void
rp_view_set_store (RpView  *self,
                   RpStore *store)
{
  g_return_if_fail (RP_IS_VIEW (self));
  RP_VIEW_GET_IFACE (self)->set_store (self, store);
}

gboolean
rp_view_show_record (RpView     *self,
                     const char *kind_name,
                     const char *uuid,
                     const char *tab)
{
  RpViewInterface *iface;

  g_return_val_if_fail (RP_IS_VIEW (self), FALSE);
  iface = RP_VIEW_GET_IFACE (self);
  return iface->show_record != NULL && iface->show_record (self, kind_name, uuid, tab);
}
