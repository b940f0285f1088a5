/* rp-diagram.c — the swim-lane picture of a framework
 *
 * Time runs left to right, one column a phase, grouped under "before the sale",
 * "the sale" and "after the sale"; each activity category is a lane, and each
 * activity a block in its phase's column. Laid out at a natural size in points
 * and scaled to whatever it is drawn into.
 */
#include "config.h"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-diagram.h"
#include "rp-util.h"
#include "rp-framework.h"

#define MARGIN      16.0
#define TITLE_H     34.0
#define ERA_H       22.0
#define HEADER_H    46.0
#define LANE_W      150.0
#define COLUMN_W    190.0
#define BLOCK_H     38.0
#define BLOCK_GAP   6.0
#define LANE_PAD    8.0
#define LANE_MIN_H  54.0

typedef struct {
  char *name;
  int   start_day;
  int   end_day;
} Phase;

typedef struct {
  char *category;
  char *label;
} Lane;

typedef struct {
  guint    phase;
  guint    lane;
  char    *title;
  gboolean flagged;
} Block;

struct _RpDiagram
{
  char   *title;
  GArray *phases;
  GArray *lanes;
  GArray *blocks;
};

static void
phase_clear (gpointer data)
{
  g_free (((Phase *) data)->name);
}

static void
lane_clear (gpointer data)
{
  g_free (((Lane *) data)->category);
  g_free (((Lane *) data)->label);
}

static void
block_clear (gpointer data)
{
  g_free (((Block *) data)->title);
}

RpDiagram *
rp_diagram_new (const char *title)
{
  RpDiagram *self = g_new0 (RpDiagram, 1);

  self->title = g_strdup (title);
  self->phases = g_array_new (FALSE, TRUE, sizeof (Phase));
  g_array_set_clear_func (self->phases, phase_clear);
  self->lanes = g_array_new (FALSE, TRUE, sizeof (Lane));
  g_array_set_clear_func (self->lanes, lane_clear);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  return self;
}

void
rp_diagram_free (RpDiagram *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_array_unref (self->phases);
  g_array_unref (self->lanes);
  g_array_unref (self->blocks);
  g_free (self);
}

guint
rp_diagram_add_phase (RpDiagram  *self,
                      const char *name,
                      int         start_day,
                      int         end_day)
{
  Phase phase = { g_strdup (name), start_day, end_day };

  g_array_append_val (self->phases, phase);
  return self->phases->len - 1;
}

guint
rp_diagram_add_lane (RpDiagram  *self,
                     const char *category,
                     const char *label)
{
  Lane lane = { g_strdup (category), g_strdup (label) };

  g_array_append_val (self->lanes, lane);
  return self->lanes->len - 1;
}

void
rp_diagram_add_activity (RpDiagram  *self,
                         guint       phase,
                         guint       lane,
                         const char *title,
                         gboolean    flagged)
{
  Block block = { phase, lane, g_strdup (title), flagged };

  g_return_if_fail (phase < self->phases->len && lane < self->lanes->len);
  g_array_append_val (self->blocks, block);
}

guint
rp_diagram_get_n_phases (RpDiagram *self)
{
  return self->phases->len;
}

guint
rp_diagram_get_n_lanes (RpDiagram *self)
{
  return self->lanes->len;
}

guint
rp_diagram_get_n_blocks (RpDiagram *self)
{
  return self->blocks->len;
}

/* The most blocks any one phase has in @lane. */
static guint
lane_depth (RpDiagram *self,
            guint      lane)
{
  g_autofree guint *counts = g_new0 (guint, self->phases->len + 1);
  guint depth = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = &g_array_index (self->blocks, Block, i);

      if (b->lane == lane)
        {
          counts[b->phase]++;
          depth = MAX (depth, counts[b->phase]);
        }
    }
  return depth;
}

static double
lane_height (RpDiagram *self,
             guint      lane)
{
  guint depth = lane_depth (self, lane);

  return MAX (LANE_MIN_H, 2 * LANE_PAD + depth * BLOCK_H + (depth > 0 ? (depth - 1) * BLOCK_GAP : 0));
}

static double
top_of_lanes (RpDiagram *self)
{
  return MARGIN + (self->title ? TITLE_H : 0) + ERA_H + HEADER_H;
}

void
rp_diagram_get_size (RpDiagram *self,
                     double    *width,
                     double    *height)
{
  double h = top_of_lanes (self) + MARGIN;

  for (guint l = 0; l < self->lanes->len; l++)
    h += lane_height (self, l);
  if (self->lanes->len == 0)
    h += LANE_MIN_H;
  if (width != NULL)
    *width = 2 * MARGIN + LANE_W + MAX (self->phases->len, 1) * COLUMN_W;
  if (height != NULL)
    *height = h;
}

/* Lanes keep one colour wherever the picture appears, so a trainer can point at "the green ones". */
static void
category_color (const char *category,
                RpRgba     *color)
{
  static const struct { const char *category; guint32 rgb; } colors[] = {
    { "marketing", 0x3584e4 }, { "advertising", 0x9141ac }, { "information", 0x1c9a8c },
    { "feedback", 0x26a269 }, { "recovery", 0xe66100 }, { "post_sale_marketing", 0xc061cb },
    { "support", 0x986a44 }, { "training", 0xc88800 },
  };
  guint32 rgb = 0x77767b;

  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    if (g_strcmp0 (colors[i].category, category) == 0)
      rgb = colors[i].rgb;
  color->r = ((rgb >> 16) & 0xff) / 255.0;
  color->g = ((rgb >> 8) & 0xff) / 255.0;
  color->b = (rgb & 0xff) / 255.0;
  color->a = 1;
}

/* Text that wraps to at most @lines lines and ends with "…" beyond them. */
static void
show_text (cairo_t             *cr,
           const RpRenderStyle *style,
           double               x,
           double               y,
           double               width,
           int                  lines,
           double               size,
           gboolean             bold,
           const RpRgba        *color,
           PangoAlignment       align,
           const char          *text)
{
  PangoLayout *layout = rp_render_layout (cr, style, size, bold, text);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -lines);
  pango_layout_set_alignment (layout, align);
  rp_render_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

typedef enum { ERA_BEFORE, ERA_SALE, ERA_AFTER } Era;

static Era
phase_era (const Phase *phase)
{
  if (phase->start_day == 0 && phase->end_day == 0)
    return ERA_SALE;
  return phase->end_day <= 0 ? ERA_BEFORE : ERA_AFTER;
}

static const char *
era_label (Era era)
{
  switch (era)
    {
    case ERA_BEFORE:
      return _("Before the sale");
    case ERA_SALE:
      return _("The sale");
    case ERA_AFTER:
    default:
      return _("After the sale");
    }
}

static void
draw_natural (RpDiagram           *self,
              cairo_t             *cr,
              const RpRenderStyle *style,
              double               width,
              double               height)
{
  double y = MARGIN;
  double left = MARGIN + LANE_W;
  double top = top_of_lanes (self);
  guint n_phases = self->phases->len;
  g_autofree guint *seen = g_new0 (guint, (gsize) (n_phases + 1) * (self->lanes->len + 1));

  if (self->title != NULL)
    {
      show_text (cr, style, MARGIN, y, width - 2 * MARGIN, 1, 15, TRUE, &style->foreground, PANGO_ALIGN_LEFT,
                 self->title);
      y += TITLE_H;
    }

  /* The eras: runs of phases before, at and after the sale */
  for (guint p = 0; p < n_phases;)
    {
      Era era = phase_era (&g_array_index (self->phases, Phase, p));
      guint q = p;

      while (q < n_phases && phase_era (&g_array_index (self->phases, Phase, q)) == era)
        q++;
      rp_render_set_fill (cr, style, era == ERA_SALE ? &style->accent : &style->muted, era == ERA_SALE ? 0.16 : 0.10);
      rp_render_rounded_rect (cr, left + p * COLUMN_W + 2, y, (q - p) * COLUMN_W - 4, ERA_H - 4, 4);
      cairo_fill (cr);
      show_text (cr, style, left + p * COLUMN_W + 8, y + 2, (q - p) * COLUMN_W - 16, 1, 8.5, TRUE,
                 era == ERA_SALE ? &style->accent : &style->muted, PANGO_ALIGN_CENTER, era_label (era));
      p = q;
    }
  y += ERA_H;

  /* Phase headers */
  for (guint p = 0; p < n_phases; p++)
    {
      Phase *phase = &g_array_index (self->phases, Phase, p);
      g_autofree char *days = rp_phase_describe_days (phase->start_day, phase->end_day);
      double x = left + p * COLUMN_W;

      show_text (cr, style, x + 8, y + 4, COLUMN_W - 16, 1, 10.5, TRUE, &style->foreground, PANGO_ALIGN_LEFT, phase->name);
      show_text (cr, style, x + 8, y + 22, COLUMN_W - 16, 1, 8.5, FALSE, &style->muted, PANGO_ALIGN_LEFT, days);
    }

  if (n_phases == 0 || self->lanes->len == 0)
    {
      show_text (cr, style, MARGIN, top + 16, width - 2 * MARGIN, 2, 10, FALSE, &style->muted, PANGO_ALIGN_CENTER,
                 n_phases == 0 ? _("This framework has no phases yet.") : _("No activities yet."));
      return;
    }

  /* Lanes and their blocks */
  y = top;
  for (guint l = 0; l < self->lanes->len; l++)
    {
      Lane *lane = &g_array_index (self->lanes, Lane, l);
      double h = lane_height (self, l);
      RpRgba color;

      category_color (lane->category, &color);
      if (l % 2 == 0)
        {
          rp_render_set_fill (cr, style, &style->muted, 0.06);
          cairo_rectangle (cr, MARGIN, y, width - 2 * MARGIN, h);
          cairo_fill (cr);
        }
      rp_render_set_color (cr, &color);
      rp_render_rounded_rect (cr, MARGIN, y + 6, 4, h - 12, 2);
      cairo_fill (cr);
      show_text (cr, style, MARGIN + 12, y + LANE_PAD + 4, LANE_W - 20, 3, 9.5, TRUE, &style->foreground,
                 PANGO_ALIGN_LEFT, lane->label);

      for (guint i = 0; i < self->blocks->len; i++)
        {
          Block *b = &g_array_index (self->blocks, Block, i);
          guint slot;
          double bx, by;

          if (b->lane != l)
            continue;
          slot = seen[(gsize) b->phase * self->lanes->len + l]++;
          bx = left + b->phase * COLUMN_W + 6;
          by = y + LANE_PAD + slot * (BLOCK_H + BLOCK_GAP);
          rp_render_set_fill (cr, style, &color, 0.16);
          rp_render_rounded_rect (cr, bx, by, COLUMN_W - 12, BLOCK_H, 5);
          cairo_fill (cr);
          rp_render_set_color (cr, &color);
          rp_render_rounded_rect (cr, bx, by, 4, BLOCK_H, 2);
          cairo_fill (cr);
          show_text (cr, style, bx + 10, by + 4, COLUMN_W - 12 - (b->flagged ? 36 : 18), 2, 8.5, FALSE,
                     &style->foreground, PANGO_ALIGN_LEFT, b->title);
          if (b->flagged)
            {
              /* A staffing warning: the trainer sees where people fall short. */
              double cx = bx + COLUMN_W - 12 - 12, cy = by + 12;

              rp_render_set_color (cr, &style->warning);
              cairo_arc (cr, cx, cy, 7, 0, 2 * G_PI);
              cairo_fill (cr);
              show_text (cr, style, cx - 7, cy - 7, 14, 1, 8, TRUE, &style->background, PANGO_ALIGN_CENTER, "!");
            }
        }
      y += h;
    }

  /* Column rules, drawn last so they stay visible over the lane shading */
  rp_render_set_color (cr, &style->grid);
  cairo_set_line_width (cr, 1);
  for (guint p = 0; p <= n_phases; p++)
    {
      double x = floor (left + p * COLUMN_W) + 0.5;

      cairo_move_to (cr, x, top_of_lanes (self) - HEADER_H);
      cairo_line_to (cr, x, y);
    }
  cairo_move_to (cr, MARGIN, floor (top) + 0.5);
  cairo_line_to (cr, width - MARGIN, floor (top) + 0.5);
  cairo_stroke (cr);
}

/* Scaled to fit @width × @height, keeping its proportions, at the top left. */
void
rp_diagram_draw (RpDiagram           *self,
                 cairo_t             *cr,
                 const RpRenderStyle *style,
                 double               width,
                 double               height)
{
  double natural_w, natural_h, scale;

  rp_diagram_get_size (self, &natural_w, &natural_h);
  scale = MIN (width / natural_w, height / natural_h);
  if (!(scale > 0))
    return;
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  draw_natural (self, cr, style, natural_w, natural_h);
  cairo_restore (cr);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* An SVG (vector, any size) or a PNG (@scale pixels a point), chosen by the file's
 * extension; written in one step so a failure leaves an earlier file as it was. */
gboolean
rp_diagram_write (RpDiagram   *self,
                  const char  *path,
                  double       scale,
                  GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *lower = g_ascii_strdown (path, -1);
  gboolean svg = g_str_has_suffix (lower, ".svg");
  RpRenderStyle style;
  double width, height;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (!svg && !g_str_has_suffix (lower, ".png"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” does not end in .svg or .png: say which kind of picture to write."), path);
      return FALSE;
    }
  rp_render_style_init_print (&style);
  rp_diagram_get_size (self, &width, &height);
  if (svg)
    surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale), (int) ceil (height * scale));
  cr = cairo_create (surface);
  if (!svg)
    {
      /* A PNG gets the page colour behind it; an SVG stays transparent for slides. */
      rp_render_set_color (cr, &style.background);
      cairo_paint (cr);
      cairo_scale (cr, scale, scale);
    }
  draw_natural (self, cr, &style, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (!svg)
    status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot draw “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return rp_write_file (path, (const char *) bytes->data, bytes->len, error);
}

/* The kind's own string for a category, so lanes can be keyed by pointer; unknown ones are "other". */
static const char *
canonical_category (const RpField *field,
                    const char    *value)
{
  for (guint i = 0; field->enum_values[i].nick != NULL; i++)
    if (g_strcmp0 (field->enum_values[i].nick, value) == 0)
      return field->enum_values[i].nick;
  return "other";
}

/* The picture of @framework; an activity whose staffing falls short is marked. */
RpDiagram *
rp_diagram_for_framework (RpStore  *store,
                          RpRecord *framework,
                          gboolean  with_title)
{
  RpDiagram *self = rp_diagram_new (with_title ? rp_record_get_string (framework, RP_FRAMEWORK_TITLE) : NULL);
  const RpField *category = rp_field_get (RP_ACTIVITY_CATEGORY);
  g_autoptr(GListModel) phases = rp_store_list (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework));
  guint n_phases = g_list_model_get_n_items (phases);
  g_autoptr(GPtrArray) per_phase = g_ptr_array_new_with_free_func ((GDestroyNotify) g_object_unref);
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) lanes = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint p = 0; p < n_phases; p++)
    {
      g_autoptr(RpRecord) phase = g_list_model_get_item (phases, p);
      GListModel *activities = rp_store_list (store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase));

      rp_diagram_add_phase (self, rp_record_get_string (phase, RP_PHASE_NAME), rp_record_get_int (phase, RP_PHASE_START_DAY),
                            rp_record_get_int (phase, RP_PHASE_END_DAY));
      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(RpRecord) activity = g_list_model_get_item (activities, a);

          g_hash_table_add (used, (gpointer) canonical_category (category, rp_record_get_string (activity, RP_ACTIVITY_CATEGORY)));
        }
      g_ptr_array_add (per_phase, activities);
    }
  /* Lanes in the categories' own order, only those in use */
  for (guint i = 0; category->enum_values[i].nick != NULL; i++)
    if (g_hash_table_contains (used, category->enum_values[i].nick))
      g_hash_table_insert (lanes, (gpointer) category->enum_values[i].nick,
                           GUINT_TO_POINTER (rp_diagram_add_lane (self, category->enum_values[i].nick,
                                                                  _(category->enum_values[i].label))));
  for (guint p = 0; p < n_phases; p++)
    {
      GListModel *activities = per_phase->pdata[p];

      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(RpRecord) activity = g_list_model_get_item (activities, a);
          g_autoptr(GPtrArray) staff = rp_activity_list_staff (store, activity);
          g_autoptr(GPtrArray) findings = rp_activity_staff_findings (activity, staff);
          const char *nick = canonical_category (category, rp_record_get_string (activity, RP_ACTIVITY_CATEGORY));

          rp_diagram_add_activity (self, p, GPOINTER_TO_UINT (g_hash_table_lookup (lanes, nick)),
                                   rp_record_get_string (activity, RP_ACTIVITY_TITLE), findings->len > 0);
        }
    }
  return self;
}

/* The picture in words, for screen readers: how many phases, lanes and activities. */
char *
rp_diagram_describe (RpDiagram *self)
{
  guint n_flagged = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    n_flagged += g_array_index (self->blocks, Block, i).flagged;
  /* Translators: "4 phases, 5 lanes, 12 activities, 2 flagged" */
  return g_strdup_printf (_("%u phases, %u lanes, %u activities, %u flagged"),
                          self->phases->len, self->lanes->len, self->blocks->len, n_flagged);
}

/* One row an activity: phase, lane, activity, flagged. */
GPtrArray *
rp_diagram_table (RpDiagram *self)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint p = 0; p < self->phases->len; p++)
    for (guint i = 0; i < self->blocks->len; i++)
      {
        const Block *b = &g_array_index (self->blocks, Block, i);
        char **row;

        if (b->phase != p)
          continue;
        row = g_new0 (char *, 5);
        row[0] = g_strdup (g_array_index (self->phases, Phase, b->phase).name);
        row[1] = g_strdup (b->lane < self->lanes->len ? g_array_index (self->lanes, Lane, b->lane).label : "");
        row[2] = g_strdup (b->title);
        row[3] = g_strdup (b->flagged ? _("Flagged") : "");
        g_ptr_array_add (rows, row);
      }
  return rows;
}
