/* rp-philosophy-detail.h — one candidate philosophy, on the tabs a manager works through */
#pragma once

#include "rp-detail-view.h"

G_BEGIN_DECLS

#define RP_TYPE_PHILOSOPHY_DETAIL (rp_philosophy_detail_get_type ())
G_DECLARE_FINAL_TYPE (RpPhilosophyDetail, rp_philosophy_detail, RP, PHILOSOPHY_DETAIL, RpDetailView)

G_END_DECLS
