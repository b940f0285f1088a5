/* rp-ranked-scorecard.h — every outsourcer ranked for a month */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_RANKED_SCORECARD (rp_ranked_scorecard_get_type ())
G_DECLARE_FINAL_TYPE (RpRankedScorecard, rp_ranked_scorecard, RP, RANKED_SCORECARD, AdwBin)

void        rp_ranked_scorecard_set_store       (RpRankedScorecard *self,
                                                 RpStore           *store);
GListModel *rp_ranked_scorecard_get_rows        (RpRankedScorecard *self);
void        rp_ranked_scorecard_filter_standing (RpRankedScorecard *self,
                                                 const char        *standing);

G_END_DECLS
