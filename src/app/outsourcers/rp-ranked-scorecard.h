/* rp-ranked-scorecard.h */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_RANKED_SCORECARD (rp_ranked_scorecard_get_type ())
G_DECLARE_FINAL_TYPE (RpRankedScorecard, rp_ranked_scorecard, RP, RANKED_SCORECARD, AdwBin)

RpRankedScorecard *rp_ranked_scorecard_new             (void);
void               rp_ranked_scorecard_set_store       (RpRankedScorecard *self,
                                                        RpStore           *store);
guint              rp_ranked_scorecard_get_n_rows      (RpRankedScorecard *self);
RpRecord          *rp_ranked_scorecard_get_row         (RpRankedScorecard *self,
                                                        guint              position);
void               rp_ranked_scorecard_filter_standing (RpRankedScorecard *self,
                                                        const char        *standing);

G_END_DECLS
