/* rp-outsourcer-models.h — what one outsourcer's tabs show: the figures month by
 * month, the scorecard of a month KPI by KPI, compliance commitment by commitment */
#pragma once

#include "rp-model.h"
#include "rp-row.h"
#include "rp-scorecard.h"

G_BEGIN_DECLS

/* A month of figures: each KPI's figure that month, when there is one */
#define RP_TYPE_FIGURE_MONTH (rp_figure_month_get_type ())
G_DECLARE_FINAL_TYPE (RpFigureMonth, rp_figure_month, RP, FIGURE_MONTH, GObject)

const char *rp_figure_month_get_period (RpFigureMonth *self);
RpRecord   *rp_figure_month_get_figure (RpFigureMonth *self,
                                        const char    *kpi_uuid);

#define RP_TYPE_FIGURE_MODEL (rp_figure_model_get_type ())
G_DECLARE_FINAL_TYPE (RpFigureModel, rp_figure_model, RP, FIGURE_MODEL, RpModel)

RpFigureModel *rp_figure_model_get (RpStore    *store,
                                    const char *outsourcer_uuid);

/* A KPI's line of a month's scorecard */
#define RP_TYPE_KPI_LINE_ROW (rp_kpi_line_row_get_type ())
G_DECLARE_FINAL_TYPE (RpKpiLineRow, rp_kpi_line_row, RP, KPI_LINE_ROW, GObject)

const RpKpiLine *rp_kpi_line_row_get_line (RpKpiLineRow *self);

#define RP_TYPE_SCORECARD_DETAIL (rp_scorecard_detail_get_type ())
G_DECLARE_FINAL_TYPE (RpScorecardDetail, rp_scorecard_detail, RP, SCORECARD_DETAIL, RpModel)

RpScorecardDetail *rp_scorecard_detail_get          (RpStore           *store,
                                                     const char        *outsourcer_uuid,
                                                     const char        *period);
const RpScorecard *rp_scorecard_detail_get_card     (RpScorecardDetail *self);
gboolean           rp_scorecard_detail_needs_decision (RpScorecardDetail *self);
GPtrArray         *rp_scorecard_detail_get_bands    (RpScorecardDetail *self);

/* A standing rule as a band of the trend chart */
typedef struct {
  double  min_score;
  char   *name;
  char   *rule_action;
} RpStandingBand;

#define RP_TYPE_COMPLIANCE_MODEL (rp_compliance_model_get_type ())
G_DECLARE_FINAL_TYPE (RpComplianceModel, rp_compliance_model, RP, COMPLIANCE_MODEL, RpModel)

RpComplianceModel *rp_compliance_model_get   (RpStore           *store,
                                              const char        *outsourcer_uuid);
double             rp_compliance_model_get_rate (RpComplianceModel *self,
                                                 guint             *met,
                                                 guint             *partly_met,
                                                 guint             *missed);

/* The adopted philosophy's principles, each with the proposal's verdict on it as the
 * row's number (an RpVerdict, or -1 when not assessed) and the verdict's note below */
#define RP_TYPE_COMPATIBILITY_MODEL (rp_compatibility_model_get_type ())
G_DECLARE_FINAL_TYPE (RpCompatibilityModel, rp_compatibility_model, RP, COMPATIBILITY_MODEL, RpModel)

RpCompatibilityModel *rp_compatibility_model_get         (RpStore              *store,
                                                          const char           *proposal_uuid);
RpRecord             *rp_compatibility_model_get_adopted (RpCompatibilityModel *self);
guint                 rp_compatibility_model_count       (RpCompatibilityModel *self,
                                                          int                   verdict);

G_END_DECLS
