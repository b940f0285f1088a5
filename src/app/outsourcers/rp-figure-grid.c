/* rp-figure-grid.c
 *
 * One row a month (newest first), one column a KPI. A cell is an editable label:
 * Enter or a double click edits it, Tab moves on, and the value is checked as it
 * is committed (a number, a 1–5 rating, or n/a). Missing figures show as a dash,
 * never as zero.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-figure-grid.h"
#include "rp-outsourcing.h"
#include "rp-store-watch.h"
#include "rp-ui.h"

struct _RpFigureGrid
{
  GtkWidget      parent_instance;

  GtkWidget     *scroll;
  GtkColumnView *view;
  GListStore    *periods;

  RpStoreWatch   watch;
  char          *outsourcer;
  GPtrArray     *kpis;
  GHashTable    *figures;   /* "kpi period" → RpRecord */
};

G_DEFINE_FINAL_TYPE (RpFigureGrid, rp_figure_grid, GTK_TYPE_WIDGET)

static char *
cell_key (const char *kpi_uuid,
          const char *period)
{
  return g_strdup_printf ("%s %s", kpi_uuid, period);
}

static RpRecord *
find_kpi (RpFigureGrid *self,
          const char   *uuid)
{
  for (guint i = 0; self->kpis != NULL && i < self->kpis->len; i++)
    if (g_str_equal (rp_record_get_uuid (self->kpis->pdata[i]), uuid))
      return self->kpis->pdata[i];
  return NULL;
}

char *
rp_figure_grid_dup_cell (RpFigureGrid *self,
                         const char   *period,
                         const char   *kpi_uuid)
{
  g_autofree char *key = cell_key (kpi_uuid, period);
  RpRecord *figure = g_hash_table_lookup (self->figures, key);

  if (figure == NULL || (!rp_record_get_bool (figure, RP_FIGURE_NOT_APPLICABLE) && !rp_record_is_set (figure, RP_FIGURE_VALUE)))
    return g_strdup ("—");
  if (rp_record_get_bool (figure, RP_FIGURE_NOT_APPLICABLE))
    return g_strdup (_("n/a"));
  return g_strdup_printf ("%g", rp_record_get_real (figure, RP_FIGURE_VALUE));
}

static void
style_cell (GtkWidget  *label,
            const char *text)
{
  gtk_widget_remove_css_class (label, "grid-cell-missing");
  gtk_widget_remove_css_class (label, "grid-cell-na");
  gtk_widget_remove_css_class (label, "error");
  if (g_strcmp0 (text, "—") == 0)
    gtk_widget_add_css_class (label, "grid-cell-missing");
  else if (g_strcmp0 (text, _("n/a")) == 0)
    gtk_widget_add_css_class (label, "grid-cell-na");
}

/* The path every entry takes, typed or tested. */
gboolean
rp_figure_grid_enter (RpFigureGrid  *self,
                      const char    *period,
                      const char    *kpi_uuid,
                      const char    *text,
                      GError       **error)
{
  RpRecord *kpi = find_kpi (self, kpi_uuid);
  g_autofree char *clean = g_strstrip (g_strdup (text ? text : ""));
  double value;
  gboolean na;

  g_return_val_if_fail (kpi != NULL, FALSE);
  if (*clean == '\0' || g_str_equal (clean, "—"))
    return rp_figure_clear (self->watch.store, kpi, period, error);
  if (!rp_figure_parse_value (kpi, clean, &value, &na, error))
    return FALSE;
  return rp_figure_set (self->watch.store, kpi, period, value, na, error);
}

static void
editing_changed_cb (GtkEditableLabel *label,
                    GParamSpec       *pspec,
                    RpFigureGrid     *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (label), "rp-item");
  const char *kpi_uuid = g_object_get_data (G_OBJECT (label), "rp-kpi");
  GtkStringObject *period;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  if (gtk_editable_label_get_editing (label) || item == NULL)
    return;
  period = gtk_list_item_get_item (item);
  if (period == NULL)
    return;
  before = rp_figure_grid_dup_cell (self, gtk_string_object_get_string (period), kpi_uuid);
  if (g_strcmp0 (before, gtk_editable_get_text (GTK_EDITABLE (label))) == 0)
    return;
  if (!rp_figure_grid_enter (self, gtk_string_object_get_string (period), kpi_uuid,
                             gtk_editable_get_text (GTK_EDITABLE (label)), &error))
    {
      /* Stays as typed, marked, so it can be corrected. */
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), error->message);
      rp_ui_toast (GTK_WIDGET (self), error->message);
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               RpFigureGrid             *self)
{
  GtkWidget *label = gtk_editable_label_new ("");

  gtk_editable_set_alignment (GTK_EDITABLE (label), 1.0);
  gtk_editable_set_width_chars (GTK_EDITABLE (label), 8);
  g_object_set_data (G_OBJECT (label), "rp-item", item);
  g_object_set_data_full (G_OBJECT (label), "rp-kpi",
                          g_strdup (g_object_get_data (G_OBJECT (factory), "rp-kpi")), g_free);
  g_signal_connect (label, "notify::editing", G_CALLBACK (editing_changed_cb), self);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              RpFigureGrid             *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  GtkStringObject *period = gtk_list_item_get_item (item);
  g_autofree char *text = rp_figure_grid_dup_cell (self, gtk_string_object_get_string (period),
                                                   g_object_get_data (G_OBJECT (label), "rp-kpi"));

  gtk_editable_set_text (GTK_EDITABLE (label), text);
  gtk_widget_set_tooltip_text (label, NULL);
  style_cell (label, text);
}

static void
setup_period_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_period_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static void
rebuild (RpFigureGrid *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);
  g_autoptr(GListModel) kpis = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  GtkListItemFactory *factory;
  GtkColumnViewColumn *column;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) c = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->view, c);
    }
  g_list_store_remove_all (self->periods);
  g_hash_table_remove_all (self->figures);
  g_clear_pointer (&self->kpis, g_ptr_array_unref);
  if (self->watch.store == NULL || self->outsourcer == NULL)
    return;

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_period_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_period_cb), NULL);
  column = gtk_column_view_column_new (_("Month"), factory);
  gtk_column_view_append_column (self->view, column);
  g_object_unref (column);

  self->kpis = g_ptr_array_new_with_free_func (g_object_unref);
  kpis = rp_store_list (self->watch.store, RP_KIND_KPI, RP_KPI_OUTSOURCER, self->outsourcer);
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      RpRecord *kpi = g_list_model_get_item (kpis, i);
      g_autoptr(GListModel) figures = rp_store_list (self->watch.store, RP_KIND_FIGURE, RP_FIGURE_KPI, rp_record_get_uuid (kpi));
      const char *unit = rp_record_get_string (kpi, RP_KPI_UNIT);
      g_autofree char *title = unit ? g_strdup_printf ("%s (%s)", rp_record_get_string (kpi, RP_KPI_NAME), unit)
                                    : g_strdup (rp_record_get_string (kpi, RP_KPI_NAME));

      g_ptr_array_add (self->kpis, kpi);
      for (guint f = 0; f < g_list_model_get_n_items (figures); f++)
        {
          RpRecord *figure = g_list_model_get_item (figures, f);

          g_hash_table_insert (self->figures, cell_key (rp_record_get_uuid (kpi), rp_record_get_string (figure, RP_FIGURE_PERIOD)),
                               figure);
        }
      factory = gtk_signal_list_item_factory_new ();
      g_object_set_data_full (G_OBJECT (factory), "rp-kpi", g_strdup (rp_record_get_uuid (kpi)), g_free);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
      column = gtk_column_view_column_new (title, factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }

  /* Newest month on top: that is where the next figures go. */
  periods = rp_outsourcer_periods (self->watch.store, self->outsourcer, 12);
  for (guint i = periods->len; i > 0; i--)
    {
      g_autoptr(GtkStringObject) period = gtk_string_object_new (periods->pdata[i - 1]);

      g_list_store_append (self->periods, period);
    }
}

static const char *const watched_kinds[] = {
  "figure", "kpi", NULL
};

static void
refresh_cb (gpointer user_data)
{
  RpFigureGrid *self = user_data;

  rebuild (self);
}

void
rp_figure_grid_set_outsourcer (RpFigureGrid *self,
                               RpStore      *store,
                               const char   *outsourcer_uuid)
{
  g_return_if_fail (RP_IS_FIGURE_GRID (self));

  rp_store_watch_set_store (&self->watch, store);
  g_free (self->outsourcer);
  self->outsourcer = g_strdup (outsourcer_uuid);
  rebuild (self);
}

static void
rp_figure_grid_dispose (GObject *object)
{
  RpFigureGrid *self = RP_FIGURE_GRID (object);

  rp_store_watch_clear (&self->watch);
  g_clear_pointer (&self->kpis, g_ptr_array_unref);
  g_clear_pointer (&self->scroll, gtk_widget_unparent);
  G_OBJECT_CLASS (rp_figure_grid_parent_class)->dispose (object);
}

static void
rp_figure_grid_finalize (GObject *object)
{
  RpFigureGrid *self = RP_FIGURE_GRID (object);

  g_free (self->outsourcer);
  g_hash_table_unref (self->figures);
  g_object_unref (self->periods);
  G_OBJECT_CLASS (rp_figure_grid_parent_class)->finalize (object);
}

static void
rp_figure_grid_class_init (RpFigureGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_figure_grid_dispose;
  object_class->finalize = rp_figure_grid_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rp_figure_grid_init (RpFigureGrid *self)
{
  GtkNoSelection *selection;

  rp_store_watch_init (&self->watch, watched_kinds, refresh_cb, self);
  self->figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->periods = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->periods)));
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (selection)));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  self->scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroll), GTK_WIDGET (self->view));
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->scroll), 320);
  gtk_widget_set_parent (self->scroll, GTK_WIDGET (self));
}

RpFigureGrid *
rp_figure_grid_new (void)
{
  return g_object_new (RP_TYPE_FIGURE_GRID, NULL);
}
