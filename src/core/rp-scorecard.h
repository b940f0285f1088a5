/* rp-scorecard.h — scores of outsourcers for a period, from indexed SQL */
#pragma once

#include "rp-scoring.h"
#include "rp-store.h"

#define RP_SCORE_MIN_COMPLETE_MONTHS 3   /* of the last twelve, for an overall score */
#define RP_SCORE_REPORTING_MONTHS    2   /* a complete month older than this: not reporting */

G_BEGIN_DECLS

typedef struct {
  char          *kpi_uuid;
  char          *name;
  char          *unit;
  gboolean       rated;
  gboolean       lower_is_better;
  double         weight;
  double         target;       /* in force in the period; NAN when none */
  double         value;        /* NAN when missing or not applicable */
  RpFigureState  state;
  double         attainment;
  double         contribution; /* points of the period score */
} RpKpiLine;

typedef struct {
  char      *uuid;
  char      *name;
  char      *service_model;
  char      *status;
  char      *period;
  double     score;                      /* NAN when nothing was measured */
  double     overall;                    /* recent periods weigh more */
  double     series[RP_SCORE_PERIODS];   /* oldest first; the last is @period */
  int        standing_index;             /* into the rules, best first; -1 without a score */
  char      *standing;
  char      *rule_action;
  char      *rule_uuid;
  double     compliance_rate;            /* in @period; NAN without checks */
  guint      n_kpis;
  guint      n_measured;
  guint      n_missing;
  guint      n_not_applicable;
  /* A month is complete when its measured KPIs carry at least the profile's share of the
   * weight of those that apply; only a complete month has a standing and an action. */
  gboolean   complete;                   /* @period is complete */
  double     coverage;                   /* measured share of the weight in @period, 0–1 */
  gboolean   complete_series[RP_SCORE_PERIODS];
  guint      n_complete;                 /* complete months of the twelve */
  char      *latest_complete;            /* the latest complete month of the twelve, or NULL */
  gboolean   not_reporting;              /* no complete month in the last three */
  GPtrArray *kpis;                       /* RpKpiLine, with details only */
} RpScorecard;

GPtrArray *rp_scorecard_compute        (RpStore     *store,
                                        const char  *period,
                                        const char  *outsourcer_uuid,
                                        gboolean     details,
                                        GError     **error);
char      *rp_scorecard_latest_period  (RpStore     *store);
char      *rp_scorecard_default_period (RpStore     *store);
GPtrArray *rp_scorecard_compute_default (RpStore    *store,
                                         gboolean    details,
                                         char      **out_period,
                                         GError    **error);
void       rp_scorecard_free           (RpScorecard *self);
void       rp_scorecard_sort_by_score  (GPtrArray   *scorecards);

G_END_DECLS
