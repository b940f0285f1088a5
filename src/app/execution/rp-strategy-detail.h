/* rp-strategy-detail.h — one strategy: its plan and timeline, change requests, reviews and links */
#pragma once

#include <adwaita.h>

#include "rp-record-list.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_STRATEGY_DETAIL (rp_strategy_detail_get_type ())
G_DECLARE_FINAL_TYPE (RpStrategyDetail, rp_strategy_detail, RP, STRATEGY_DETAIL, AdwBin)

RpStrategyDetail *rp_strategy_detail_new              (void);
void              rp_strategy_detail_set_strategy     (RpStrategyDetail *self,
                                                       RpStore          *store,
                                                       RpRecord         *strategy);
RpRecord         *rp_strategy_detail_get_strategy     (RpStrategyDetail *self);
GtkWidget        *rp_strategy_detail_get_back_button  (RpStrategyDetail *self);
void              rp_strategy_detail_show_tab         (RpStrategyDetail *self,
                                                       const char       *name);
RpRecordList     *rp_strategy_detail_get_plan         (RpStrategyDetail *self);
RpRecordList     *rp_strategy_detail_get_reviews      (RpStrategyDetail *self);
RpRecordList     *rp_strategy_detail_get_changes      (RpStrategyDetail *self);
guint             rp_strategy_detail_get_n_overdue    (RpStrategyDetail *self);
const char       *rp_strategy_detail_get_review_text  (RpStrategyDetail *self);

G_END_DECLS
