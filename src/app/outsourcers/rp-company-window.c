/* rp-company-window.c — the company's own indicators (customer satisfaction, complaints,
 * retention, referrals, revenue per customer): the same KPI list, figure grid, CSV import
 * and scorecard as an outsourcer's, bound to the workspace profile that owns them */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-company-window.h"
#include "rp-outsourcer-tabs.h"

struct _RpCompanyWindow
{
  AdwWindow  parent_instance;

  GtkWidget *kpis;
  GtkWidget *scorecard;
};

G_DEFINE_FINAL_TYPE (RpCompanyWindow, rp_company_window, ADW_TYPE_WINDOW)

static void
rp_company_window_class_init (RpCompanyWindowClass *klass)
{
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_company_window_init (RpCompanyWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_view_switcher_title_new ();
  GtkWidget *stack = adw_view_stack_new ();
  GtkWidget *bar = adw_view_switcher_bar_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  AdwViewStackPage *page;

  gtk_window_set_title (GTK_WINDOW (self), _("Company Indicators"));
  gtk_window_set_default_size (GTK_WINDOW (self), 980, 760);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  rp_outsourcer_tabs_ensure_types ();
  self->kpis = g_object_new (RP_TYPE_OUTSOURCER_KPIS_TAB, NULL);
  self->scorecard = g_object_new (RP_TYPE_OUTSOURCER_SCORECARD_TAB, NULL);
  page = adw_view_stack_add_titled (ADW_VIEW_STACK (stack), self->kpis, "kpis", _("KPIs and Figures"));
  adw_view_stack_page_set_icon_name (page, "view-list-symbolic");
  page = adw_view_stack_add_titled (ADW_VIEW_STACK (stack), self->scorecard, "scorecard", _("Scorecard"));
  adw_view_stack_page_set_icon_name (page, "emblem-default-symbolic");
  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (title), ADW_VIEW_STACK (stack));
  adw_view_switcher_title_set_title (ADW_VIEW_SWITCHER_TITLE (title), _("Company Indicators"));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  adw_view_switcher_bar_set_stack (ADW_VIEW_SWITCHER_BAR (bar), ADW_VIEW_STACK (stack));
  g_object_bind_property (title, "title-visible", bar, "reveal", G_BINDING_SYNC_CREATE);
  gtk_widget_set_vexpand (stack, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), stack);
  gtk_box_append (GTK_BOX (box), bar);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), box);
  adw_window_set_content (ADW_WINDOW (self), overlay);
}

RpCompanyWindow *
rp_company_window_new (GtkWidget *parent,
                       RpStore   *store)
{
  RpCompanyWindow *self = g_object_new (RP_TYPE_COMPANY_WINDOW, NULL);
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  rp_detail_tab_bind (RP_DETAIL_TAB (self->kpis), store, profile);
  rp_detail_tab_bind (RP_DETAIL_TAB (self->scorecard), store, profile);
  return self;
}

GtkWidget *
rp_company_window_get_kpis (RpCompanyWindow *self)
{
  return self->kpis;
}

GtkWidget *
rp_company_window_get_scorecard (RpCompanyWindow *self)
{
  return self->scorecard;
}
