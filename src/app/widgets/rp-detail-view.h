/* rp-detail-view.h — a record shown on tabs under a header; tabs read only when shown */
#pragma once

#include <adwaita.h>

#include "rp-detail-header.h"
#include "rp-detail-tab.h"
#include "rp-row.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_DETAIL_VIEW (rp_detail_view_get_type ())
G_DECLARE_DERIVABLE_TYPE (RpDetailView, rp_detail_view, RP, DETAIL_VIEW, AdwBin)

struct _RpDetailViewClass
{
  AdwBinClass parent_class;

  RpKindId kind;   /* the kind of record it shows */

  /* The record shown was set, or read again (the header follows it). */
  void (*record_changed) (RpDetailView *self);
};

RpStore        *rp_detail_view_get_store    (RpDetailView *self);
RpRecord       *rp_detail_view_get_record   (RpDetailView *self);
RpRow          *rp_detail_view_get_row      (RpDetailView *self);
void            rp_detail_view_set_record   (RpDetailView *self,
                                             RpStore      *store,
                                             RpRecord     *record);
RpDetailHeader *rp_detail_view_get_header   (RpDetailView *self);
AdwViewStack   *rp_detail_view_get_stack    (RpDetailView *self);
void            rp_detail_view_show_tab     (RpDetailView *self,
                                             const char   *name);
const char     *rp_detail_view_get_visible_tab (RpDetailView *self);
RpDetailTab    *rp_detail_view_get_tab      (RpDetailView *self,
                                             const char   *name);

G_END_DECLS
