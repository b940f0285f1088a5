/* rp-charts.h — small charts: sparklines, score trends, balance of benefits */
#pragma once

#include "rp-render.h"

G_BEGIN_DECLS

typedef struct {
  double      min_score;
  const char *name;
  const char *action;   /* reward, none, warning, penalty, termination_review */
} RpChartBand;

void rp_chart_sparkline (cairo_t             *cr,
                         const RpRenderStyle *style,
                         double               width,
                         double               height,
                         const double        *values,
                         guint                n);
void rp_chart_trend     (cairo_t             *cr,
                         const RpRenderStyle *style,
                         double               width,
                         double               height,
                         const double        *values,
                         const char *const   *labels,
                         guint                n,
                         const RpChartBand   *bands,
                         guint                n_bands);
void rp_chart_balance   (cairo_t             *cr,
                         const RpRenderStyle *style,
                         double               width,
                         double               height,
                         const int           *customer,
                         const int           *company,
                         guint                n);
const RpRgba *rp_chart_action_color (const RpRenderStyle *style,
                                     const char          *action);

G_END_DECLS
