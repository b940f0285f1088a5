/* rp-timeline.c — plan items as bars from start to due, filled as far as their progress,
 * along a calendar of months, with today as a line a manager can read at a glance */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-timeline.h"
#include "rp-overview.h"
#include "rp-util.h"

#define MARGIN    12.0
#define LABEL_W   230.0
#define AXIS_H    34.0
#define ROW_H     34.0
#define BAR_H     14.0
#define DAY_W     4.0   /* points a day, unless fitted to a width */
#define DAY_W_MIN 1.0
#define DAY_W_MAX 14.0
#define PAD_DAYS  7

typedef struct {
  char    *title;
  char    *owner;
  GDate    start;
  GDate    due;
  char    *status;
  int      progress;
  gboolean overdue;
} Item;

struct _RpTimeline
{
  GDate   today;
  GArray *items;
  double  day_w;
};

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free (item->title);
  g_free (item->owner);
  g_free (item->status);
}

RpTimeline *
rp_timeline_new (const GDate *today)
{
  RpTimeline *self = g_new0 (RpTimeline, 1);

  self->today = *today;
  self->day_w = DAY_W;
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
  return self;
}

void
rp_timeline_free (RpTimeline *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->items);
  g_free (self);
}

void
rp_timeline_add_item (RpTimeline  *self,
                      const char  *title,
                      const char  *owner,
                      const GDate *start,
                      const GDate *due,
                      const char  *status,
                      int          progress,
                      gboolean     overdue)
{
  Item item = { g_strdup (title), g_strdup (owner), { 0 }, { 0 }, g_strdup (status), CLAMP (progress, 0, 100), overdue };

  g_date_clear (&item.start, 1);
  g_date_clear (&item.due, 1);
  if (start != NULL && g_date_valid (start))
    item.start = *start;
  if (due != NULL && g_date_valid (due))
    item.due = *due;
  g_array_append_val (self->items, item);
}

guint
rp_timeline_get_n_items (RpTimeline *self)
{
  return self->items->len;
}

guint
rp_timeline_get_n_overdue (RpTimeline *self)
{
  guint n = 0;

  for (guint i = 0; i < self->items->len; i++)
    n += g_array_index (self->items, Item, i).overdue;
  return n;
}

/* The days shown: every date of every item and today, a week either side. */
static void
date_range (RpTimeline *self,
            GDate      *first,
            GDate      *last)
{
  *first = self->today;
  *last = self->today;
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      const GDate *dates[] = { &item->start, &item->due };

      for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
        {
          if (!g_date_valid (dates[d]))
            continue;
          if (g_date_compare (dates[d], first) < 0)
            *first = *dates[d];
          if (g_date_compare (dates[d], last) > 0)
            *last = *dates[d];
        }
    }
  g_date_subtract_days (first, PAD_DAYS);
  g_date_add_days (last, PAD_DAYS);
}

void
rp_timeline_get_size (RpTimeline *self,
                      double     *width,
                      double     *height)
{
  GDate first, last;

  date_range (self, &first, &last);
  if (width != NULL)
    *width = 2 * MARGIN + LABEL_W + (g_date_days_between (&first, &last) + 1) * self->day_w;
  if (height != NULL)
    *height = 2 * MARGIN + AXIS_H + MAX (self->items->len, 1) * ROW_H;
}

static void
show (cairo_t             *cr,
      const RpRenderStyle *style,
      double               x,
      double               y,
      double               width,
      double               size,
      gboolean             bold,
      const RpRgba        *color,
      const char          *text)
{
  PangoLayout *layout = rp_render_layout (cr, style, size, bold, text);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  rp_render_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static const RpRgba *
status_color (const RpRenderStyle *style,
              const Item          *item)
{
  if (item->overdue || g_strcmp0 (item->status, "blocked") == 0)
    return &style->bad;
  if (g_strcmp0 (item->status, "done") == 0)
    return &style->good;
  if (g_strcmp0 (item->status, "planned") == 0)
    return &style->muted;
  return &style->accent;
}

static void
draw_natural (RpTimeline          *self,
              cairo_t             *cr,
              const RpRenderStyle *style,
              double               width,
              double               height)
{
  GDate first, last, month;
  double left = MARGIN + LABEL_W;
  double top = MARGIN + AXIS_H;
  double bottom = top + MAX (self->items->len, 1) * ROW_H;
  double today_x;

  date_range (self, &first, &last);
#define X_OF(date) (left + g_date_days_between (&first, (date)) * self->day_w)

  /* Months along the top, a rule at each first day */
  g_date_clear (&month, 1);
  g_date_set_dmy (&month, 1, g_date_get_month (&first), g_date_get_year (&first));
  cairo_set_line_width (cr, 1);
  while (g_date_compare (&month, &last) <= 0)
    {
      GDate next = month;
      double x0 = MAX (X_OF (&month), left), x1;
      g_autofree char *label = NULL;

      g_date_add_months (&next, 1);
      x1 = MIN (X_OF (&next), width - MARGIN);
      /* The year appears in January and on the first month shown. */
      label = rp_month_format_local (g_date_get_year (&month), g_date_get_month (&month),
                                     g_date_compare (&month, &first) <= 0);
      if (x1 - x0 > 24)
        show (cr, style, x0 + 4, MARGIN + 8, x1 - x0 - 6, 8.5, FALSE, &style->muted, label);
      if (g_date_compare (&month, &first) > 0)
        {
          rp_render_set_color (cr, &style->grid);
          cairo_move_to (cr, floor (x0) + 0.5, MARGIN + 4);
          cairo_line_to (cr, floor (x0) + 0.5, bottom);
          cairo_stroke (cr);
        }
      month = next;
    }
  rp_render_set_color (cr, &style->grid);
  cairo_move_to (cr, MARGIN, floor (top) + 0.5);
  cairo_line_to (cr, width - MARGIN, floor (top) + 0.5);
  cairo_stroke (cr);

  if (self->items->len == 0)
    show (cr, style, MARGIN, top + 10, width - 2 * MARGIN, 10, FALSE, &style->muted, _("No plan items yet."));

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      const RpRgba *color = status_color (style, item);
      double y = top + i * ROW_H;
      double bar_y = y + (ROW_H - BAR_H) / 2;

      if (i % 2 == 1)
        {
          rp_render_set_fill (cr, style, &style->muted, 0.06);
          cairo_rectangle (cr, MARGIN, y, width - 2 * MARGIN, ROW_H);
          cairo_fill (cr);
        }
      show (cr, style, MARGIN + 4, y + 4, LABEL_W - 12, 9, FALSE, &style->foreground, item->title);
      if (item->owner != NULL)
        show (cr, style, MARGIN + 4, y + 18, LABEL_W - 12, 7.5, FALSE, &style->muted, item->owner);

      if (g_date_valid (&item->due) || g_date_valid (&item->start))
        {
          GDate start = g_date_valid (&item->start) ? item->start : item->due;
          GDate due = g_date_valid (&item->due) ? item->due : item->start;
          double x0 = X_OF (&start), x1 = X_OF (&due) + self->day_w;

          rp_render_set_fill (cr, style, color, 0.28);
          rp_render_rounded_rect (cr, x0, bar_y, x1 - x0, BAR_H, 4);
          cairo_fill (cr);
          if (item->progress > 0)
            {
              rp_render_set_color (cr, color);
              rp_render_rounded_rect (cr, x0, bar_y, (x1 - x0) * item->progress / 100.0, BAR_H, 4);
              cairo_fill (cr);
            }
          if (item->overdue)
            {
              /* Overdue: outlined, with how it stands written after the bar */
              rp_render_set_color (cr, &style->bad);
              cairo_set_line_width (cr, 1.5);
              rp_render_rounded_rect (cr, x0, bar_y, x1 - x0, BAR_H, 4);
              cairo_stroke (cr);
              cairo_set_line_width (cr, 1);
              show (cr, style, x1 + 4, bar_y + 1, 80, 7.5, TRUE, &style->bad, _("overdue"));
            }
          else if (g_strcmp0 (item->status, "done") == 0)
            show (cr, style, x1 + 4, bar_y + 1, 80, 7.5, FALSE, &style->good, _("done"));
          else if (g_strcmp0 (item->status, "blocked") == 0)
            show (cr, style, x1 + 4, bar_y + 1, 80, 7.5, TRUE, &style->bad, _("blocked"));
        }
      else
        show (cr, style, left + 4, bar_y + 1, 120, 7.5, FALSE, &style->muted, _("no dates yet"));
    }

  /* Today */
  today_x = floor (X_OF (&self->today) + self->day_w / 2) + 0.5;
  rp_render_set_color (cr, &style->accent);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, today_x, top - 10);
  cairo_line_to (cr, today_x, bottom);
  cairo_stroke (cr);
  show (cr, style, today_x + 3, top - 13, 60, 7.5, TRUE, &style->accent, _("Today"));
#undef X_OF
}

/* Spreads the days over @width, within limits that keep bars and month names readable;
 * returns the narrowest width the timeline can take. */
double
rp_timeline_fit_width (RpTimeline *self,
                       double      width)
{
  GDate first, last;
  int days;

  date_range (self, &first, &last);
  days = g_date_days_between (&first, &last) + 1;
  self->day_w = CLAMP ((width - 2 * MARGIN - LABEL_W) / days, DAY_W_MIN, DAY_W_MAX);
  return 2 * MARGIN + LABEL_W + days * DAY_W_MIN;
}

/* Scaled to fit @width × @height, keeping its proportions, at the top left. */
void
rp_timeline_draw (RpTimeline          *self,
                  cairo_t             *cr,
                  const RpRenderStyle *style,
                  double               width,
                  double               height)
{
  double natural_w, natural_h, scale;

  rp_timeline_get_size (self, &natural_w, &natural_h);
  scale = MIN (width / natural_w, height / natural_h);
  if (!(scale > 0))
    return;
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  draw_natural (self, cr, style, natural_w, natural_h);
  cairo_restore (cr);
}

/* The strategy's own plan items, in their order. */
RpTimeline *
rp_timeline_for_strategy (RpStore     *store,
                          RpRecord    *strategy,
                          const GDate *today)
{
  RpTimeline *self = rp_timeline_new (today);
  g_autoptr(GListModel) items = rp_store_list (store, RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_STRATEGY, rp_record_get_uuid (strategy));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RpRecord) item = g_list_model_get_item (items, i);
      const char *status = rp_record_get_string (item, RP_PLAN_ITEM_STATUS);
      GDate start, due;

      g_date_clear (&start, 1);
      g_date_clear (&due, 1);
      rp_date_parse (rp_record_get_string (item, RP_PLAN_ITEM_START_ON), &start);
      rp_date_parse (rp_record_get_string (item, RP_PLAN_ITEM_DUE_ON), &due);
      rp_timeline_add_item (self, rp_record_get_string (item, RP_PLAN_ITEM_TITLE), rp_record_get_string (item, RP_PLAN_ITEM_OWNER),
                            &start, &due, status, (int) rp_record_get_int (item, RP_PLAN_ITEM_PROGRESS),
                            rp_plan_item_days_overdue (item, today) > 0);
    }
  return self;
}

/* The picture in words, for screen readers. */
char *
rp_timeline_describe (RpTimeline *self)
{
  guint n_done = 0;

  for (guint i = 0; i < self->items->len; i++)
    n_done += g_strcmp0 (g_array_index (self->items, Item, i).status, "done") == 0;
  /* Translators: "6 plan items, 2 done, 1 overdue" */
  return g_strdup_printf (_("%u plan items, %u done, %u overdue"),
                          self->items->len, n_done, rp_timeline_get_n_overdue (self));
}

/* One row an item: item, owner, start, due, status, progress. */
GPtrArray *
rp_timeline_table (RpTimeline *self)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const RpField *status = rp_kind_get_field (rp_kind_get (RP_KIND_PLAN_ITEM), "status");

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);
      char **row = g_new0 (char *, 7);
      char iso[16] = "";
      const char *label = status ? rp_field_enum_label (status, item->status) : NULL;

      row[0] = g_strdup (item->title);
      row[1] = g_strdup (item->owner ? item->owner : "");
      if (g_date_valid (&item->start))
        g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &item->start);
      row[2] = rp_date_format_local (iso);
      iso[0] = '\0';
      if (g_date_valid (&item->due))
        g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &item->due);
      row[3] = rp_date_format_local (iso);
      /* Translators: a plan item's status in a table, "In progress (overdue)" */
      row[4] = item->overdue ? g_strdup_printf (_("%s (overdue)"), label ? label : "")
                             : g_strdup (label ? label : "");
      row[5] = g_strdup_printf ("%d %%", item->progress);
      g_ptr_array_add (rows, row);
    }
  return rows;
}
