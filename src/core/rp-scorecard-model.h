/* rp-scorecard-model.h — every outsourcer's score for a month, read off the main thread */
#pragma once

#include "rp-model.h"
#include "rp-scorecard.h"

G_BEGIN_DECLS

#define RP_TYPE_SCORE_ROW (rp_score_row_get_type ())
G_DECLARE_FINAL_TYPE (RpScoreRow, rp_score_row, RP, SCORE_ROW, GObject)

const RpScorecard *rp_score_row_get_card      (RpScoreRow *self);
const char        *rp_score_row_get_uuid      (RpScoreRow *self);
const char        *rp_score_row_get_name      (RpScoreRow *self);
double             rp_score_row_get_score     (RpScoreRow *self);
const char        *rp_score_row_get_standing  (RpScoreRow *self);
const char        *rp_score_row_get_period    (RpScoreRow *self);

#define RP_TYPE_SCORECARD_MODEL (rp_scorecard_model_get_type ())
G_DECLARE_FINAL_TYPE (RpScorecardModel, rp_scorecard_model, RP, SCORECARD_MODEL, RpModel)

RpScorecardModel *rp_scorecard_model_get        (RpStore          *store,
                                                 const char       *period);
const char       *rp_scorecard_model_get_period (RpScorecardModel *self);
RpScoreRow       *rp_scorecard_model_find       (RpScorecardModel *self,
                                                 const char       *outsourcer_uuid);

G_END_DECLS
