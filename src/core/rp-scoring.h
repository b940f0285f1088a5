/* rp-scoring.h — outsourcer scores, standings and compliance (DESIGN §3 "Scoring")
 *
 * The math is pure functions; rp-scorecard.c feeds them rows from indexed SQL.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RP_SCORE_PERIODS 12

typedef enum {
  RP_FIGURE_STATE_MISSING,        /* nothing entered: shown as missing, never as zero */
  RP_FIGURE_STATE_MEASURED,
  RP_FIGURE_STATE_NOT_APPLICABLE, /* the KPI is left out of that period */
} RpFigureState;

typedef struct {
  double        weight;
  double        attainment; /* 0 … cap, when measured */
  RpFigureState state;
} RpKpiResult;

double   rp_attainment       (double             value,
                              double             target,
                              gboolean           lower_is_better,
                              gboolean           rated,
                              double             cap);
double   rp_period_score     (const RpKpiResult *kpis,
                              guint              n);
double   rp_kpi_contribution (const RpKpiResult *kpis,
                              guint              n,
                              guint              index);
double   rp_overall_score    (const double      *scores,
                              guint              n);
double   rp_overall_score_complete (const double   *scores,
                                    const gboolean *complete,
                                    guint           n,
                                    guint           min_complete);
int      rp_standing_index   (const double      *min_scores,
                              guint              n_rules,
                              double             score);
double   rp_compliance_rate  (guint              met,
                              guint              partly_met,
                              guint              missed);

G_END_DECLS
