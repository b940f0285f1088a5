/* rp-chart-view.c */
#include "config.h"

#include <adwaita.h>

#include "rp-chart-view.h"
#include "rp-charts.h"

struct _RpChartView
{
  GtkWidget       parent_instance;

  RpChartDrawFunc draw;
  gpointer        user_data;
  GDestroyNotify  destroy;
};

G_DEFINE_FINAL_TYPE (RpChartView, rp_chart_view, GTK_TYPE_WIDGET)

/* The theme's colours, so charts follow the dark style too. */
void
rp_ui_render_style (GtkWidget     *widget,
                    RpRenderStyle *style)
{
  GdkRGBA fg;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  rp_render_style_init_print (style);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  style->foreground = (RpRgba) { fg.red, fg.green, fg.blue, 1 };
  style->muted = (RpRgba) { fg.red, fg.green, fg.blue, 0.6 };
  style->grid = (RpRgba) { fg.red, fg.green, fg.blue, 0.15 };
  style->background = dark ? (RpRgba) { 0.19, 0.19, 0.19, 1 } : (RpRgba) { 1, 1, 1, 1 };
  if (dark)
    {
      style->accent = (RpRgba) { 0.47, 0.68, 0.93, 1 };
      style->good = (RpRgba) { 0.34, 0.89, 0.54, 1 };
      style->warning = (RpRgba) { 0.97, 0.89, 0.36, 1 };
      style->bad = (RpRgba) { 1.0, 0.48, 0.39, 1 };
    }
  style->font_family = "Cantarell, Sans";
}

static void
rp_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  RpChartView *self = RP_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  RpRenderStyle style;
  cairo_t *cr;

  if (self->draw == NULL || width <= 0 || height <= 0)
    return;
  rp_ui_render_style (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  self->draw (cr, &style, width, height, self->user_data);
  cairo_destroy (cr);
}

static void
clear_draw (RpChartView *self)
{
  if (self->destroy != NULL)
    self->destroy (self->user_data);
  self->draw = NULL;
  self->user_data = NULL;
  self->destroy = NULL;
}

static void
rp_chart_view_dispose (GObject *object)
{
  clear_draw (RP_CHART_VIEW (object));
  G_OBJECT_CLASS (rp_chart_view_parent_class)->dispose (object);
}

static void
rp_chart_view_class_init (RpChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_chart_view_dispose;
  widget_class->snapshot = rp_chart_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rp_chart_view_init (RpChartView *self)
{
}

GtkWidget *
rp_chart_view_new (RpChartDrawFunc draw,
                   gpointer        user_data,
                   GDestroyNotify  destroy)
{
  RpChartView *self = g_object_new (RP_TYPE_CHART_VIEW, NULL);

  rp_chart_view_set_draw (self, draw, user_data, destroy);
  return GTK_WIDGET (self);
}

void
rp_chart_view_set_draw (RpChartView     *self,
                        RpChartDrawFunc  draw,
                        gpointer         user_data,
                        GDestroyNotify   destroy)
{
  g_return_if_fail (RP_IS_CHART_VIEW (self));

  clear_draw (self);
  self->draw = draw;
  self->user_data = user_data;
  self->destroy = destroy;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

typedef struct {
  double *values;
  guint   n;
} Series;

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->values);
  g_free (series);
}

static void
draw_sparkline (cairo_t             *cr,
                const RpRenderStyle *style,
                double               width,
                double               height,
                gpointer             user_data)
{
  Series *series = user_data;

  rp_chart_sparkline (cr, style, width, height, series->values, series->n);
}

GtkWidget *
rp_sparkline_new (const double *values,
                  guint         n)
{
  Series *series = g_new0 (Series, 1);
  GtkWidget *widget;

  series->values = g_memdup2 (values, sizeof (double) * n);
  series->n = n;
  widget = rp_chart_view_new (draw_sparkline, series, series_free);
  gtk_widget_set_size_request (widget, 96, 26);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (widget, "sparkline");
  return widget;
}
