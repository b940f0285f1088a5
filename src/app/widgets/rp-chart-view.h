/* rp-chart-view.h — a widget that draws one of the render layer's pictures in the theme's colours */
#pragma once

#include <gtk/gtk.h>

#include "rp-render.h"

G_BEGIN_DECLS

#define RP_TYPE_CHART_VIEW (rp_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (RpChartView, rp_chart_view, RP, CHART_VIEW, GtkWidget)

typedef void (*RpChartDrawFunc) (cairo_t             *cr,
                                 const RpRenderStyle *style,
                                 double               width,
                                 double               height,
                                 gpointer             user_data);

GtkWidget *rp_chart_view_new        (RpChartDrawFunc  draw,
                                     gpointer         user_data,
                                     GDestroyNotify   destroy);
void       rp_chart_view_set_draw   (RpChartView     *self,
                                     RpChartDrawFunc  draw,
                                     gpointer         user_data,
                                     GDestroyNotify   destroy);
void       rp_chart_view_set_summary (RpChartView    *self,
                                     const char     *name,
                                     const char     *description);
void       rp_chart_view_set_table  (RpChartView        *self,
                                     const char         *title,
                                     const char *const  *columns,
                                     GPtrArray          *rows);
gboolean   rp_chart_view_show_table (RpChartView     *self);
void       rp_chart_view_set_picture_size (RpChartView *self,
                                           int          width,
                                           int          height);
void       rp_ui_render_style       (GtkWidget       *widget,
                                     RpRenderStyle   *style);
GtkWidget *rp_sparkline_new         (const double    *values,
                                     guint            n,
                                     const char      *last_period);
char      *rp_chart_describe_scores (const double    *values,
                                     guint            n,
                                     const char      *last_period);
GPtrArray *rp_chart_score_rows      (const double    *values,
                                     guint            n,
                                     const char      *last_period);

G_END_DECLS
