/* rp-render.c */
#include "config.h"

#include <math.h>

#include "rp-render.h"

/* Print colours: GNOME's palette on white paper. */
void
rp_render_style_init_print (RpRenderStyle *style)
{
  *style = (RpRenderStyle) {
    .foreground = { 0.14, 0.14, 0.16, 1 },
    .muted = { 0.40, 0.40, 0.44, 1 },
    .background = { 1, 1, 1, 1 },
    .grid = { 0.82, 0.82, 0.85, 1 },
    .accent = { 0.11, 0.44, 0.85, 1 },
    .good = { 0.15, 0.64, 0.41, 1 },
    .warning = { 0.90, 0.60, 0.04, 1 },
    .bad = { 0.75, 0.11, 0.16, 1 },
    .fill_scale = 1,
    .font_family = "Cantarell, Sans",
  };
}

void
rp_render_set_color (cairo_t      *cr,
                     const RpRgba *color)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, color->a);
}

void
rp_render_set_color_alpha (cairo_t      *cr,
                           const RpRgba *color,
                           double        alpha)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, color->a * alpha);
}

/* A band or a box behind text: pale, but never invisible in high contrast. */
void
rp_render_set_fill (cairo_t             *cr,
                    const RpRenderStyle *style,
                    const RpRgba        *color,
                    double               alpha)
{
  /* Stronger, but not so strong that text drawn over it loses its contrast */
  rp_render_set_color_alpha (cr, color, MAX (alpha, MIN (alpha * style->fill_scale, 0.4)));
}

/* Text is set as plain text, never parsed as markup. */
PangoLayout *
rp_render_layout (cairo_t             *cr,
                  const RpRenderStyle *style,
                  double               size,
                  gboolean             bold,
                  const char          *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (style->font_family);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text ? text : "", -1);
  return layout;
}

void
rp_render_text (cairo_t             *cr,
                const RpRenderStyle *style,
                double               x,
                double               y,
                double               width,
                double               size,
                gboolean             bold,
                const RpRgba        *color,
                PangoAlignment       align,
                const char          *text)
{
  PangoLayout *layout = rp_render_layout (cr, style, size, bold, text);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, align);
  rp_render_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

void
rp_render_rounded_rect (cairo_t *cr,
                        double   x,
                        double   y,
                        double   w,
                        double   h,
                        double   radius)
{
  radius = MIN (radius, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}
