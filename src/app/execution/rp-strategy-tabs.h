/* rp-strategy-tabs.h — the tabs of a strategy's detail */
#pragma once

#include "rp-detail-tab.h"

G_BEGIN_DECLS

#define RP_TYPE_STRATEGY_PLAN_TAB (rp_strategy_plan_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpStrategyPlanTab, rp_strategy_plan_tab, RP, STRATEGY_PLAN_TAB, RpDetailTab)

#define RP_TYPE_STRATEGY_CHANGES_TAB (rp_strategy_changes_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpStrategyChangesTab, rp_strategy_changes_tab, RP, STRATEGY_CHANGES_TAB, RpDetailTab)

#define RP_TYPE_STRATEGY_REVIEWS_TAB (rp_strategy_reviews_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpStrategyReviewsTab, rp_strategy_reviews_tab, RP, STRATEGY_REVIEWS_TAB, RpDetailTab)

#define RP_TYPE_STRATEGY_ABOUT_TAB (rp_strategy_about_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpStrategyAboutTab, rp_strategy_about_tab, RP, STRATEGY_ABOUT_TAB, RpDetailTab)

void rp_strategy_tabs_ensure_types (void);

G_END_DECLS
