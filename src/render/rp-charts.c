/* rp-charts.c */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-charts.h"

const RpRgba *
rp_chart_action_color (const RpRenderStyle *style,
                       const char          *action)
{
  if (g_strcmp0 (action, "reward") == 0)
    return &style->good;
  if (g_strcmp0 (action, "none") == 0)
    return &style->accent;
  if (g_strcmp0 (action, "warning") == 0)
    return &style->warning;
  return &style->bad;
}

/* Scores 0–100, oldest first; months without a score leave a gap. */
void
rp_chart_sparkline (cairo_t             *cr,
                    const RpRenderStyle *style,
                    double               width,
                    double               height,
                    const double        *values,
                    guint                n)
{
  double step = n > 1 ? (width - 4) / (n - 1) : 0;
  gboolean drawing = FALSE;
  int last = -1;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  rp_render_set_color (cr, &style->accent);
  for (guint i = 0; i < n; i++)
    {
      double x = 2 + i * step, y;

      if (isnan (values[i]))
        {
          if (drawing)
            cairo_stroke (cr);
          drawing = FALSE;
          continue;
        }
      y = 2 + (height - 4) * (1 - CLAMP (values[i], 0, 100) / 100);
      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
      last = (int) i;
    }
  if (drawing)
    cairo_stroke (cr);
  if (last >= 0)
    {
      cairo_arc (cr, 2 + last * step, 2 + (height - 4) * (1 - CLAMP (values[last], 0, 100) / 100), 2.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

/* A line of scores over the months, on the coloured bands of the standing rules. */
void
rp_chart_trend (cairo_t             *cr,
                const RpRenderStyle *style,
                double               width,
                double               height,
                const double        *values,
                const char *const   *labels,
                guint                n,
                const RpChartBand   *bands,
                guint                n_bands)
{
  double left = 40, right = 12, top = 12, bottom = 28;
  double plot_w = width - left - right, plot_h = height - top - bottom;
  double step = n > 1 ? plot_w / (n - 1) : plot_w;
  gboolean drawing = FALSE;

  if (plot_w <= 10 || plot_h <= 10)
    return;
  cairo_save (cr);

  /* Bands: each rule from its minimum up to the next rule's */
  for (guint b = 0; b < n_bands; b++)
    {
      double hi = 100;

      for (guint o = 0; o < n_bands; o++)
        if (bands[o].min_score > bands[b].min_score && bands[o].min_score < hi)
          hi = bands[o].min_score;
      rp_render_set_fill (cr, style, rp_chart_action_color (style, bands[b].action), 0.10);
      cairo_rectangle (cr, left, top + plot_h * (1 - hi / 100), plot_w,
                       plot_h * (hi - bands[b].min_score) / 100);
      cairo_fill (cr);
      rp_render_text (cr, style, left + plot_w - 120, top + plot_h * (1 - hi / 100) + 2, 116, 9, FALSE,
                      &style->muted, PANGO_ALIGN_RIGHT, bands[b].name);
    }

  /* Grid and scale */
  cairo_set_line_width (cr, 1);
  for (int v = 0; v <= 100; v += 25)
    {
      double y = top + plot_h * (1 - v / 100.0);
      char label[8];

      rp_render_set_color (cr, &style->grid);
      cairo_move_to (cr, left, floor (y) + 0.5);
      cairo_line_to (cr, left + plot_w, floor (y) + 0.5);
      cairo_stroke (cr);
      g_snprintf (label, sizeof label, "%d", v);
      rp_render_text (cr, style, 0, y - 7, left - 8, 10, FALSE, &style->muted, PANGO_ALIGN_RIGHT, label);
    }
  for (guint i = 0; i < n; i++)
    if (labels != NULL && labels[i] != NULL && (n <= 12 || i % 2 == (n - 1) % 2))
      rp_render_text (cr, style, left + i * step - 30, top + plot_h + 6, 60, 9, FALSE, &style->muted,
                      PANGO_ALIGN_CENTER, labels[i]);

  /* The scores; a missing month breaks the line rather than dropping to zero */
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  rp_render_set_color (cr, &style->accent);
  for (guint i = 0; i < n; i++)
    {
      double x = left + i * step, y;

      if (isnan (values[i]))
        {
          if (drawing)
            cairo_stroke (cr);
          drawing = FALSE;
          continue;
        }
      y = top + plot_h * (1 - CLAMP (values[i], 0, 100) / 100);
      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
    }
  if (drawing)
    cairo_stroke (cr);
  for (guint i = 0; i < n; i++)
    if (!isnan (values[i]))
      {
        cairo_arc (cr, left + i * step, top + plot_h * (1 - CLAMP (values[i], 0, 100) / 100), 3.5, 0, 2 * G_PI);
        cairo_fill (cr);
      }
  cairo_restore (cr);
}

/* For each principle, the benefit to customers beside the benefit to the company (1–5). */
void
rp_chart_balance (cairo_t             *cr,
                  const RpRenderStyle *style,
                  double               width,
                  double               height,
                  const int           *customer,
                  const int           *company,
                  guint                n)
{
  double left = 24, bottom = 40, top = 8;
  double plot_h = height - bottom - top;
  double group = n > 0 ? (width - left) / n : 0;
  double bar = MIN (group * 0.3, 28);

  if (n == 0 || plot_h <= 10)
    return;
  cairo_save (cr);
  cairo_set_line_width (cr, 1);
  for (int v = 1; v <= 5; v++)
    {
      double y = top + plot_h * (1 - v / 5.0);
      char label[4];

      rp_render_set_color (cr, &style->grid);
      cairo_move_to (cr, left, floor (y) + 0.5);
      cairo_line_to (cr, width, floor (y) + 0.5);
      cairo_stroke (cr);
      g_snprintf (label, sizeof label, "%d", v);
      rp_render_text (cr, style, 0, y - 7, left - 6, 10, FALSE, &style->muted, PANGO_ALIGN_RIGHT, label);
    }
  for (guint i = 0; i < n; i++)
    {
      double cx = left + group * (i + 0.5);
      gboolean favours_company = company[i] > customer[i];
      char label[8];

      rp_render_set_color (cr, &style->accent);
      rp_render_rounded_rect (cr, cx - bar - 2, top + plot_h * (1 - customer[i] / 5.0), bar,
                              plot_h * customer[i] / 5.0, 3);
      cairo_fill (cr);
      rp_render_set_color (cr, favours_company ? &style->bad : &style->muted);
      rp_render_rounded_rect (cr, cx + 2, top + plot_h * (1 - company[i] / 5.0), bar,
                              plot_h * company[i] / 5.0, 3);
      cairo_fill (cr);
      g_snprintf (label, sizeof label, "%u", i + 1);
      rp_render_text (cr, style, cx - 20, top + plot_h + 4, 40, 11, TRUE,
                      favours_company ? &style->bad : &style->foreground, PANGO_ALIGN_CENTER, label);
    }
  /* Legend */
  rp_render_set_color (cr, &style->accent);
  cairo_rectangle (cr, left, height - 14, 10, 10);
  cairo_fill (cr);
  rp_render_text (cr, style, left + 14, height - 17, 140, 10, FALSE, &style->foreground, PANGO_ALIGN_LEFT,
                  _("Customers"));
  rp_render_set_color (cr, &style->muted);
  cairo_rectangle (cr, left + 110, height - 14, 10, 10);
  cairo_fill (cr);
  rp_render_text (cr, style, left + 124, height - 17, 140, 10, FALSE, &style->foreground, PANGO_ALIGN_LEFT,
                  _("The company"));
  rp_render_set_color (cr, &style->bad);
  cairo_rectangle (cr, left + 230, height - 14, 10, 10);
  cairo_fill (cr);
  rp_render_text (cr, style, left + 244, height - 17, 260, 10, FALSE, &style->foreground, PANGO_ALIGN_LEFT,
                  _("Favours the company"));
  cairo_restore (cr);
}
