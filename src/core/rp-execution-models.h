/* rp-execution-models.h — the strategies as a tree, each with what is overdue under it */
#pragma once

#include "rp-model.h"
#include "rp-row.h"

G_BEGIN_DECLS

/* Every strategy (RpRow), sub-strategies under their parent with a depth; the count of
 * overdue plan items and reviews as the badge */
#define RP_TYPE_STRATEGY_TREE_MODEL (rp_strategy_tree_model_get_type ())
G_DECLARE_FINAL_TYPE (RpStrategyTreeModel, rp_strategy_tree_model, RP, STRATEGY_TREE_MODEL, RpModel)

RpStrategyTreeModel *rp_strategy_tree_model_get (RpStore *store);

G_END_DECLS
