/* rp-view.h — what the window asks of each area (Overview, Philosophy, …) */
#pragma once

#include <gtk/gtk.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_VIEW (rp_view_get_type ())
G_DECLARE_INTERFACE (RpView, rp_view, RP, VIEW, GtkWidget)

struct _RpViewInterface
{
  GTypeInterface parent_iface;

  void     (*set_store)   (RpView     *self,
                           RpStore    *store);
  /* @tab: the tab to show it on, NULL for the one the record belongs on */
  gboolean (*show_record) (RpView     *self,
                           const char *kind_name,
                           const char *uuid,
                           const char *tab);
};

void     rp_view_set_store   (RpView     *self,
                              RpStore    *store);
gboolean rp_view_show_record (RpView     *self,
                              const char *kind_name,
                              const char *uuid,
                              const char *tab);

G_END_DECLS
