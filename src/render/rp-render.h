/* rp-render.h — colours and fonts shared by the drawings of the app, its printouts and the CLI */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct {
  double r, g, b, a;
} RpRgba;

typedef struct {
  RpRgba      foreground;
  RpRgba      muted;
  RpRgba      background;
  RpRgba      grid;
  RpRgba      accent;
  RpRgba      good;
  RpRgba      warning;
  RpRgba      bad;
  double      fill_scale;  /* bands' opacity times this: 1, more in high contrast */
  const char *font_family;
} RpRenderStyle;

void         rp_render_style_init_print (RpRenderStyle *style);
void         rp_render_set_color        (cairo_t       *cr,
                                         const RpRgba  *color);
void         rp_render_set_color_alpha  (cairo_t       *cr,
                                         const RpRgba  *color,
                                         double         alpha);
void         rp_render_set_fill         (cairo_t             *cr,
                                         const RpRenderStyle *style,
                                         const RpRgba        *color,
                                         double               alpha);
PangoLayout *rp_render_layout           (cairo_t             *cr,
                                         const RpRenderStyle *style,
                                         double               size,
                                         gboolean             bold,
                                         const char          *text);
void         rp_render_text             (cairo_t             *cr,
                                         const RpRenderStyle *style,
                                         double               x,
                                         double               y,
                                         double               width,
                                         double               size,
                                         gboolean             bold,
                                         const RpRgba        *color,
                                         PangoAlignment       align,
                                         const char          *text);
void         rp_render_rounded_rect     (cairo_t             *cr,
                                         double               x,
                                         double               y,
                                         double               w,
                                         double               h,
                                         double               radius);

G_END_DECLS
