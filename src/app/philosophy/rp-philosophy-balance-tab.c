/* rp-philosophy-balance-tab.c — the balance of benefits (ITCSCR601A): each principle's
 * benefit to customers drawn beside its benefit to the company, and the principles that
 * favour the company */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-philosophy-tabs.h"
#include "rp-util.h"
#include "rp-chart-view.h"
#include "rp-charts.h"
#include "rp-philosophy.h"
#include "rp-record-model.h"
#include "rp-ui.h"

struct _RpPhilosophyBalanceTab
{
  RpDetailTab         parent_instance;

  RpChartView        *chart;
  GtkListBox         *favouring;

  RpRecordModel      *principles;
  GtkFilterListModel *favour_company;
  GArray             *customer;
  GArray             *company;
};

G_DEFINE_FINAL_TYPE (RpPhilosophyBalanceTab, rp_philosophy_balance_tab, RP_TYPE_DETAIL_TAB)

static void
draw_balance (cairo_t             *cr,
              const RpRenderStyle *style,
              double               width,
              double               height,
              gpointer             user_data)
{
  RpPhilosophyBalanceTab *self = user_data;

  rp_chart_balance (cr, style, width, height, (const int *) self->customer->data, (const int *) self->company->data,
                    self->customer->len);
}

static void
draw_again (RpPhilosophyBalanceTab *self)
{
  guint n = self->principles ? g_list_model_get_n_items (G_LIST_MODEL (self->principles)) : 0;

  const char *columns[] = { _("Principle"), _("Benefit to customers"), _("Benefit to the company"), NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *description = NULL;
  guint n_customer = 0, n_company = 0;

  g_array_set_size (self->customer, 0);
  g_array_set_size (self->company, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) principle = rp_record_model_get_record (self->principles, i);
      int customer = rp_record_get_int (principle, RP_PRINCIPLE_CUSTOMER_BENEFIT);
      int company = rp_record_get_int (principle, RP_PRINCIPLE_COMPANY_BENEFIT);
      char **row = g_new0 (char *, 4);

      g_array_append_val (self->customer, customer);
      g_array_append_val (self->company, company);
      n_customer += customer > company;
      n_company += company > customer;
      row[0] = rp_record_dup_title (principle);
      row[1] = g_strdup_printf ("%d", customer);
      row[2] = g_strdup_printf ("%d", company);
      g_ptr_array_add (rows, row);
    }
  /* Translators: the balance chart for a screen reader, "7 principles: 3 favour customers, 2 favour the company, 2 even" */
  description = g_strdup_printf (_("%u principles: %u favour customers, %u favour the company, %u even"),
                                 n, n_customer, n_company, n - n_customer - n_company);
  rp_chart_view_set_summary (self->chart, NULL, description);
  rp_chart_view_set_table (self->chart, _("Balance of Benefits"), columns, rows);
  gtk_widget_set_visible (GTK_WIDGET (self->chart), n > 0);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

static gboolean
favours_company (gpointer item,
                 gpointer user_data)
{
  return rp_principle_favours_company (rp_row_get_record (item));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RpRecord *principle = rp_row_get_record (item);
  g_autofree char *title = g_strdup_printf ("%u. %s", rp_row_get_position (item), rp_row_get_title (item));
  /* Translators: "Customers 2/5, the company 5/5" */
  g_autofree char *subtitle = rp_text_printf (_("Customers %d/5, the company %d/5"),
                                               (int) rp_record_get_int (principle, RP_PRINCIPLE_CUSTOMER_BENEFIT),
                                               (int) rp_record_get_int (principle, RP_PRINCIPLE_COMPANY_BENEFIT));
  GtkWidget *row = rp_ui_row_new (title, subtitle);
  GtkWidget *icon = rp_ui_icon_new_named ("dialog-warning-symbolic", _("Warning"));

  gtk_widget_add_css_class (icon, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Favours the company over its customers"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static void
rp_philosophy_balance_tab_bind (RpDetailTab *tab,
                                RpStore     *store,
                                RpRecord    *record)
{
  RpPhilosophyBalanceTab *self = RP_PHILOSOPHY_BALANCE_TAB (tab);

  if (self->principles != NULL)
    g_signal_handlers_disconnect_by_func (self->principles, draw_again, self);
  g_clear_object (&self->principles);
  if (store != NULL && record != NULL)
    {
      self->principles = rp_record_model_get (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (record));
      g_signal_connect_swapped (self->principles, "items-changed", G_CALLBACK (draw_again), self);
    }
  gtk_filter_list_model_set_model (self->favour_company, G_LIST_MODEL (self->principles));
  draw_again (self);
}

static void
rp_philosophy_balance_tab_dispose (GObject *object)
{
  RpPhilosophyBalanceTab *self = RP_PHILOSOPHY_BALANCE_TAB (object);

  if (self->principles != NULL)
    g_signal_handlers_disconnect_by_func (self->principles, draw_again, self);
  g_clear_object (&self->principles);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_PHILOSOPHY_BALANCE_TAB);
  g_clear_object (&self->favour_company);
  g_clear_pointer (&self->customer, g_array_unref);
  g_clear_pointer (&self->company, g_array_unref);
  G_OBJECT_CLASS (rp_philosophy_balance_tab_parent_class)->dispose (object);
}

static void
rp_philosophy_balance_tab_class_init (RpPhilosophyBalanceTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_philosophy_balance_tab_dispose;
  RP_DETAIL_TAB_CLASS (klass)->bind = rp_philosophy_balance_tab_bind;
  g_type_ensure (RP_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/philosophy/rp-philosophy-balance-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyBalanceTab, chart);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyBalanceTab, favouring);
}

static void
rp_philosophy_balance_tab_init (RpPhilosophyBalanceTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->customer = g_array_new (FALSE, FALSE, sizeof (int));
  self->company = g_array_new (FALSE, FALSE, sizeof (int));
  rp_chart_view_set_draw (self->chart, draw_balance, self, NULL);
  self->favour_company = gtk_filter_list_model_new (NULL, GTK_FILTER (gtk_custom_filter_new (favours_company, NULL, NULL)));
  gtk_list_box_bind_model (self->favouring, G_LIST_MODEL (self->favour_company), create_row, NULL, NULL);
  gtk_list_box_set_placeholder (self->favouring, rp_ui_list_placeholder (_("No principle favours the company over its customers."), NULL));
}
