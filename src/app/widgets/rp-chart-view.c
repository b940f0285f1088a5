/* rp-chart-view.c */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <glib/gi18n.h>

#include "rp-chart-view.h"
#include "rp-charts.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpChartView
{
  GtkWidget       parent_instance;

  RpChartDrawFunc draw;
  gpointer        user_data;
  GDestroyNotify  destroy;

  GtkWidget      *table_button;
  char           *name;
  GStrv           columns;
  GPtrArray      *rows;        /* GStrv, one a row */
  int             picture_width;
  int             picture_height;
};

G_DEFINE_FINAL_TYPE (RpChartView, rp_chart_view, GTK_TYPE_WIDGET)

static RpRgba
named_color (GtkWidget  *widget,
             const char *name,
             RpRgba      fallback)
{
  GdkRGBA color = rp_ui_theme_color (widget, name, (GdkRGBA) { fallback.r, fallback.g, fallback.b, fallback.a });

  return (RpRgba) { color.red, color.green, color.blue, color.alpha };
}

/* The theme's named colours, so charts follow the dark style and high contrast; in high
 * contrast text is never dimmed, grid lines are plain and bands are solid enough to see. */
void
rp_ui_render_style (GtkWidget     *widget,
                    RpRenderStyle *style)
{
  GdkRGBA fg;
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  gboolean high_contrast = adw_style_manager_get_high_contrast (manager);

  rp_render_style_init_print (style);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  style->foreground = (RpRgba) { fg.red, fg.green, fg.blue, 1 };
  style->muted = (RpRgba) { fg.red, fg.green, fg.blue, high_contrast ? 1 : 0.6 };
  style->grid = (RpRgba) { fg.red, fg.green, fg.blue, high_contrast ? 0.5 : 0.15 };
  style->background = named_color (widget, "view_bg_color",
                                   dark ? (RpRgba) { 0.19, 0.19, 0.19, 1 } : (RpRgba) { 1, 1, 1, 1 });
  style->accent = named_color (widget, "accent_color", style->accent);
  style->good = named_color (widget, "success_color", style->good);
  style->warning = named_color (widget, "warning_color", style->warning);
  style->bad = named_color (widget, "error_color", style->bad);
  style->fill_scale = high_contrast ? 3.0 : 1.0;
  style->font_family = "Cantarell, Sans";
}

/* Show as Table sits in a strip above the picture, never over it */
static int
button_height (RpChartView *self)
{
  int natural = 0;

  if (!gtk_widget_get_visible (self->table_button))
    return 0;
  gtk_widget_measure (self->table_button, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static void
rp_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  RpChartView *self = RP_CHART_VIEW (widget);
  int child_min = 0, child_nat = 0;

  if (gtk_widget_get_visible (self->table_button))
    gtk_widget_measure (self->table_button, orientation, -1, &child_min, &child_nat, NULL, NULL);
  *minimum = child_min;
  *natural = child_nat;
}

static void
rp_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  RpChartView *self = RP_CHART_VIEW (widget);
  int button_width = 0, h = button_height (self);

  if (h == 0)
    return;
  gtk_widget_measure (self->table_button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_width, NULL, NULL);
  button_width = MIN (button_width, width);
  gtk_widget_allocate (self->table_button, button_width, h, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width - button_width, 0)));
}

static void
rp_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  RpChartView *self = RP_CHART_VIEW (widget);
  int top = button_height (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget) - top;
  RpRenderStyle style;
  cairo_t *cr;

  gtk_widget_snapshot_child (widget, self->table_button, snapshot);
  if (self->draw == NULL || width <= 0 || height <= 0)
    return;
  rp_ui_render_style (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, top, width, height));
  cairo_translate (cr, 0, top);
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
  RpChartView *self = RP_CHART_VIEW (object);

  clear_draw (self);
  g_clear_pointer (&self->table_button, gtk_widget_unparent);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->columns, g_strfreev);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (rp_chart_view_parent_class)->dispose (object);
}

static void
add_column (GtkColumnView *view,
            guint          index,
            const char    *title,
            GPtrArray     *rows);

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              GPtrArray                *rows)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "rp-column"));
  GtkStringObject *object = gtk_list_item_get_item (item);
  guint row = (guint) g_ascii_strtoull (gtk_string_object_get_string (object), NULL, 10);
  GStrv cells = row < rows->len ? rows->pdata[row] : NULL;

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      cells != NULL && column < g_strv_length (cells) ? cells[column] : "");
}

static void
add_column (GtkColumnView *view,
            guint          index,
            const char    *title,
            GPtrArray     *rows)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "rp-column", GUINT_TO_POINTER (index));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cell_cb), g_ptr_array_ref (rows),
                         (GClosureNotify) (void (*) (void)) g_ptr_array_unref, 0);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (view, column);
}

/* The chart's figures as a table a keyboard and a screen reader can walk. */
static void
show_table_cb (RpChartView *self)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autoptr(GtkStringList) indices = gtk_string_list_new (NULL);
  GtkWidget *view;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      char index[16];

      g_snprintf (index, sizeof index, "%u", i);
      gtk_string_list_append (indices, index);
    }
  view = gtk_column_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&indices)))));
  for (guint c = 0; self->columns[c] != NULL; c++)
    add_column (GTK_COLUMN_VIEW (view), c, self->columns[c], self->rows);
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, self->name, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), self->name);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 520);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (view);
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
  widget_class->measure = rp_chart_view_measure;
  widget_class->size_allocate = rp_chart_view_size_allocate;
}

static void
rp_chart_view_init (RpChartView *self)
{
  self->table_button = gtk_button_new_with_mnemonic (_("Show as _Table"));
  gtk_widget_add_css_class (self->table_button, "flat");
  gtk_widget_add_css_class (self->table_button, "caption");
  gtk_widget_set_halign (self->table_button, GTK_ALIGN_END);
  gtk_widget_set_valign (self->table_button, GTK_ALIGN_START);
  gtk_widget_set_visible (self->table_button, FALSE);
  g_signal_connect_swapped (self->table_button, "clicked", G_CALLBACK (show_table_cb), self);
  gtk_widget_set_parent (self->table_button, GTK_WIDGET (self));
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

/* What a screen reader says of the picture: a sentence of its data, and its name unless
 * @name is NULL (the template's stays). */
void
rp_chart_view_set_summary (RpChartView *self,
                           const char  *name,
                           const char  *description)
{
  g_return_if_fail (RP_IS_CHART_VIEW (self));

  if (name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "", -1);
}

/* The figures behind the picture, shown by Show as Table; @rows holds a GStrv a row.
 * No rows hides the button. */
void
rp_chart_view_set_table (RpChartView        *self,
                         const char         *title,
                         const char *const  *columns,
                         GPtrArray          *rows)
{
  g_return_if_fail (RP_IS_CHART_VIEW (self));

  g_free (self->name);
  self->name = g_strdup (title);
  g_clear_pointer (&self->columns, g_strfreev);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  if (columns != NULL && rows != NULL && rows->len > 0)
    {
      self->columns = g_strdupv ((char **) columns);
      self->rows = g_ptr_array_ref (rows);
    }
  gtk_widget_set_visible (self->table_button, self->rows != NULL);
  if (self->picture_height > 0)
    rp_chart_view_set_picture_size (self, self->picture_width, self->picture_height);
  if (self->rows != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("Show %s as a table"), self->name ? self->name : "");

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->table_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

/* The picture's own size; the strip of Show as Table comes on top. */
void
rp_chart_view_set_picture_size (RpChartView *self,
                                int          width,
                                int          height)
{
  g_return_if_fail (RP_IS_CHART_VIEW (self));

  self->picture_width = width;
  self->picture_height = height;
  gtk_widget_set_size_request (GTK_WIDGET (self), width, height > 0 ? height + button_height (self) : height);
}

/* Opens the table, as the button does. */
gboolean
rp_chart_view_show_table (RpChartView *self)
{
  g_return_val_if_fail (RP_IS_CHART_VIEW (self), FALSE);

  if (self->rows == NULL)
    return FALSE;
  show_table_cb (self);
  return TRUE;
}

/* A score series in a sentence: "Score 50 in Nov 2026, down from 72 in Dec 2025". */
char *
rp_chart_describe_scores (const double *values,
                          guint         n,
                          const char   *last_period)
{
  int first = -1, last = -1;
  g_autofree char *first_month = NULL;
  g_autofree char *last_month = NULL;
  g_autofree char *first_period = NULL;
  g_autofree char *last_p = NULL;

  for (guint i = 0; i < n; i++)
    if (!isnan (values[i]))
      {
        if (first < 0)
          first = (int) i;
        last = (int) i;
      }
  if (last < 0)
    return g_strdup (_("No score in these months"));
  first_period = rp_period_add (last_period, -(int) (n - 1 - (guint) first));
  last_p = rp_period_add (last_period, -(int) (n - 1 - (guint) last));
  first_month = rp_period_format_local (first_period);
  last_month = rp_period_format_local (last_p);
  if (first == last)
    return rp_text_printf (_("Score %.0f in %s"), values[last], last_month);
  if (round (values[last]) > round (values[first]))
    return rp_text_printf (_("Score %.0f in %s, up from %.0f in %s"), values[last], last_month, values[first], first_month);
  if (round (values[last]) < round (values[first]))
    return rp_text_printf (_("Score %.0f in %s, down from %.0f in %s"), values[last], last_month, values[first], first_month);
  return rp_text_printf (_("Score %.0f in %s, as in %s"), values[last], last_month, first_month);
}

/* The rows of a score series' table: month, score (— when none). */
GPtrArray *
rp_chart_score_rows (const double *values,
                     guint         n,
                     const char   *last_period)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *period = rp_period_add (last_period, -(int) (n - 1 - i));
      char **row = g_new0 (char *, 3);

      row[0] = rp_period_format_local (period);
      row[1] = isnan (values[i]) ? g_strdup ("—") : g_strdup_printf ("%.0f", values[i]);
      g_ptr_array_add (rows, row);
    }
  return rows;
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
                  guint         n,
                  const char   *last_period)
{
  g_autofree char *description = rp_chart_describe_scores (values, n, last_period);
  Series *series = g_new0 (Series, 1);
  GtkWidget *widget;

  series->values = g_memdup2 (values, sizeof (double) * n);
  series->n = n;
  widget = rp_chart_view_new (draw_sparkline, series, series_free);
  rp_chart_view_set_summary (RP_CHART_VIEW (widget), _("Score trend"), description);
  gtk_widget_set_size_request (widget, 96, 26);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (widget, "sparkline");
  return widget;
}
