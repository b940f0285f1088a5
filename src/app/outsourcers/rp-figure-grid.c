/* rp-figure-grid.c
 *
 * One row a month (newest first), one column a KPI, from the core's figure model and
 * the outsourcer's KPIs. A cell is an editable label: Enter or a double click edits it
 * with its value selected (empty for a missing figure) so typing replaces it, Tab moves
 * on, and the value is checked as it is committed (a number, a 1–5 rating, or n/a).
 * Missing figures show as a dash, never as zero.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-figure-grid.h"
#include "rp-outsourcer-models.h"
#include "rp-outsourcing.h"
#include "rp-record-model.h"
#include "rp-ui.h"

struct _RpFigureGrid
{
  GtkWidget      parent_instance;

  GtkWidget     *scroll;
  GtkColumnView *view;
  GtkNoSelection *selection;

  RpStore       *store;
  char          *outsourcer;
  RpFigureModel *months;
  RpRecordModel *kpis;
};

G_DEFINE_FINAL_TYPE (RpFigureGrid, rp_figure_grid, GTK_TYPE_WIDGET)

static RpRecord *
find_kpi (RpFigureGrid *self,
          const char   *uuid)
{
  g_autoptr(RpRow) row = self->kpis ? rp_record_model_find (self->kpis, uuid, NULL) : NULL;

  return row != NULL ? rp_row_get_record (row) : NULL;
}

static RpFigureMonth *
find_month (RpFigureGrid *self,
            const char   *period)
{
  guint n = self->months ? g_list_model_get_n_items (G_LIST_MODEL (self->months)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpFigureMonth) month = g_list_model_get_item (G_LIST_MODEL (self->months), i);

      if (g_strcmp0 (rp_figure_month_get_period (month), period) == 0)
        return month;
    }
  return NULL;
}

static char *
cell_text (RpFigureMonth *month,
           const char    *kpi_uuid)
{
  RpRecord *figure = month ? rp_figure_month_get_figure (month, kpi_uuid) : NULL;

  if (figure == NULL || (!rp_record_get_bool (figure, RP_FIGURE_NOT_APPLICABLE) && !rp_record_is_set (figure, RP_FIGURE_VALUE)))
    return g_strdup ("—");
  if (rp_record_get_bool (figure, RP_FIGURE_NOT_APPLICABLE))
    return g_strdup (_("n/a"));
  return g_strdup_printf ("%g", rp_record_get_real (figure, RP_FIGURE_VALUE));
}

char *
rp_figure_grid_dup_cell (RpFigureGrid *self,
                         const char   *period,
                         const char   *kpi_uuid)
{
  g_return_val_if_fail (RP_IS_FIGURE_GRID (self), NULL);
  return cell_text (find_month (self, period), kpi_uuid);
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
    return rp_figure_clear (self->store, kpi, period, error);
  if (!rp_figure_parse_value (kpi, clean, &value, &na, error))
    return FALSE;
  return rp_figure_set (self->store, kpi, period, value, na, error);
}

static void
editing_changed_cb (GtkEditableLabel *label,
                    GParamSpec       *pspec,
                    RpFigureGrid     *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (label), "rp-item");
  const char *kpi_uuid = g_object_get_data (G_OBJECT (label), "rp-kpi");
  RpFigureMonth *month = item ? gtk_list_item_get_item (item) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  if (month == NULL)
    return;
  before = cell_text (month, kpi_uuid);
  if (gtk_editable_label_get_editing (label))
    {
      /* Typing replaces what was there; a missing figure starts empty, not as a dash. */
      if (g_str_equal (before, "—"))
        gtk_editable_set_text (GTK_EDITABLE (label), "");
      gtk_editable_select_region (GTK_EDITABLE (label), 0, -1);
      return;
    }
  if (g_strcmp0 (before, gtk_editable_get_text (GTK_EDITABLE (label))) == 0 ||
      (g_str_equal (before, "—") && *gtk_editable_get_text (GTK_EDITABLE (label)) == '\0'))
    {
      gtk_editable_set_text (GTK_EDITABLE (label), before);
      return;
    }
  if (!rp_figure_grid_enter (self, rp_figure_month_get_period (month), kpi_uuid,
                             gtk_editable_get_text (GTK_EDITABLE (label)), &error))
    {
      /* Stays as typed, marked, so it can be corrected; the reason is said in place. */
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), error->message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message, -1);
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
  RpFigureMonth *month = gtk_list_item_get_item (item);
  g_autofree char *text = cell_text (month, g_object_get_data (G_OBJECT (label), "rp-kpi"));
  g_autofree char *name = g_strdup_printf ("%s, %s", (const char *) g_object_get_data (G_OBJECT (factory), "rp-title"),
                                           rp_figure_month_get_period (month));

  gtk_editable_set_text (GTK_EDITABLE (label), text);
  gtk_widget_set_tooltip_text (label, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
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
  RpFigureMonth *month = gtk_list_item_get_item (item);
  g_autofree char *label = rp_ui_format_month (rp_figure_month_get_period (month), TRUE);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), label);
}

/* A column a KPI: rebuilt when the outsourcer's KPIs change, not when a figure does. */
static void
rebuild_columns (RpFigureGrid *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);
  guint n = self->kpis ? g_list_model_get_n_items (G_LIST_MODEL (self->kpis)) : 0;
  GtkListItemFactory *factory;
  GtkColumnViewColumn *column;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) c = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->view, c);
    }
  if (self->kpis == NULL)
    return;

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_period_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_period_cb), NULL);
  column = gtk_column_view_column_new (_("Month"), factory);
  gtk_column_view_append_column (self->view, column);
  g_object_unref (column);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) kpi = rp_record_model_get_record (self->kpis, i);
      const char *unit = rp_record_get_string (kpi, RP_KPI_UNIT);
      g_autofree char *title = unit ? g_strdup_printf ("%s (%s)", rp_record_get_string (kpi, RP_KPI_NAME), unit)
                                    : g_strdup (rp_record_get_string (kpi, RP_KPI_NAME));

      factory = gtk_signal_list_item_factory_new ();
      g_object_set_data_full (G_OBJECT (factory), "rp-kpi", g_strdup (rp_record_get_uuid (kpi)), g_free);
      g_object_set_data_full (G_OBJECT (factory), "rp-title", g_strdup (title), g_free);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
      column = gtk_column_view_column_new (title, factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }
}

void
rp_figure_grid_set_outsourcer (RpFigureGrid *self,
                               RpStore      *store,
                               const char   *outsourcer_uuid)
{
  g_return_if_fail (RP_IS_FIGURE_GRID (self));

  if (self->kpis != NULL)
    g_signal_handlers_disconnect_by_func (self->kpis, rebuild_columns, self);
  g_clear_object (&self->kpis);
  g_clear_object (&self->months);
  g_set_object (&self->store, store);
  g_free (self->outsourcer);
  self->outsourcer = g_strdup (outsourcer_uuid);
  if (store != NULL && outsourcer_uuid != NULL)
    {
      self->kpis = rp_record_model_get (store, RP_KIND_KPI, rp_kpi_owner_field (store, outsourcer_uuid), outsourcer_uuid);
      self->months = rp_figure_model_get (store, outsourcer_uuid);
      g_signal_connect_swapped (self->kpis, "items-changed", G_CALLBACK (rebuild_columns), self);
    }
  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->months));
  rebuild_columns (self);
}

static void
rp_figure_grid_dispose (GObject *object)
{
  RpFigureGrid *self = RP_FIGURE_GRID (object);

  if (self->kpis != NULL)
    g_signal_handlers_disconnect_by_func (self->kpis, rebuild_columns, self);
  g_clear_object (&self->kpis);
  g_clear_object (&self->months);
  g_clear_object (&self->store);
  g_clear_pointer (&self->scroll, gtk_widget_unparent);
  G_OBJECT_CLASS (rp_figure_grid_parent_class)->dispose (object);
}

static void
rp_figure_grid_finalize (GObject *object)
{
  RpFigureGrid *self = RP_FIGURE_GRID (object);

  g_free (self->outsourcer);
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
  self->selection = gtk_no_selection_new (NULL);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (self->selection)));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Monthly figures"), -1);
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
