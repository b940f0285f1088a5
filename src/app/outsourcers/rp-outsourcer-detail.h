/* rp-outsourcer-detail.h — one outsourcer, on the tabs a vendor manager works through */
#pragma once

#include "rp-detail-view.h"

G_BEGIN_DECLS

#define RP_TYPE_OUTSOURCER_DETAIL (rp_outsourcer_detail_get_type ())
G_DECLARE_FINAL_TYPE (RpOutsourcerDetail, rp_outsourcer_detail, RP, OUTSOURCER_DETAIL, RpDetailView)

G_END_DECLS
