/* rp-strategy-detail.h — one strategy: its plan and timeline, change requests, reviews and links */
#pragma once

#include "rp-detail-view.h"

G_BEGIN_DECLS

#define RP_TYPE_STRATEGY_DETAIL (rp_strategy_detail_get_type ())
G_DECLARE_FINAL_TYPE (RpStrategyDetail, rp_strategy_detail, RP, STRATEGY_DETAIL, RpDetailView)

guint rp_strategy_detail_get_n_overdue (RpStrategyDetail *self);

G_END_DECLS
