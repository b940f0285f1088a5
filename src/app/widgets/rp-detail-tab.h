/* rp-detail-tab.h — one tab of a record's detail: given the record, it shows its
 * part from the core's models */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_DETAIL_TAB (rp_detail_tab_get_type ())
G_DECLARE_DERIVABLE_TYPE (RpDetailTab, rp_detail_tab, RP, DETAIL_TAB, AdwBin)

struct _RpDetailTabClass
{
  AdwBinClass parent_class;

  /* Show @record of @store (both may be NULL: show nothing and let go of models). */
  void (*bind)           (RpDetailTab *self,
                          RpStore     *store,
                          RpRecord    *record);
  /* The same record was read again: its fields may differ. */
  void (*record_changed) (RpDetailTab *self);
};

RpStore   *rp_detail_tab_get_store   (RpDetailTab *self);
RpRecord  *rp_detail_tab_get_record  (RpDetailTab *self);
void       rp_detail_tab_bind        (RpDetailTab *self,
                                      RpStore     *store,
                                      RpRecord    *record);
void       rp_detail_tab_record_changed (RpDetailTab *self);
void       rp_detail_tab_set_content (RpDetailTab *self,
                                      GtkWidget   *content);

G_END_DECLS
