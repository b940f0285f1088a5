/* rp-window-areas.c — the window's areas: the sidebar, each area built when first shown,
 * and where a record of each kind is opened */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-window-private.h"
#include "rp-company-window.h"
#include "rp-outsourcing.h"
#include "rp-execution-page.h"
#include "rp-framework-page.h"
#include "rp-journal-page.h"
#include "rp-overview-page.h"
#include "rp-outsourcers-page.h"
#include "rp-philosophy-page.h"
#include "rp-ui.h"
#include "rp-view.h"

typedef struct {
  const char *name;
  const char *title;
  const char *icon;
  GtkWidget *(*create) (void);
} Page;

static GtkWidget *overview_new (void)    { return GTK_WIDGET (rp_overview_page_new ()); }
static GtkWidget *philosophy_new (void)  { return GTK_WIDGET (rp_philosophy_page_new ()); }
static GtkWidget *framework_new (void)   { return GTK_WIDGET (rp_framework_page_new ()); }
static GtkWidget *execution_new (void)   { return GTK_WIDGET (rp_execution_page_new ()); }
static GtkWidget *outsourcers_new (void) { return GTK_WIDGET (rp_outsourcers_page_new ()); }
static GtkWidget *journal_new (void)     { return GTK_WIDGET (rp_journal_page_new ()); }

static const Page pages[] = {
  { "overview", N_("Overview"), "go-home-symbolic", overview_new },
  { "philosophy", N_("Philosophy"), "emblem-favorite-symbolic", philosophy_new },
  { "framework", N_("Framework"), "view-list-bullet-symbolic", framework_new },
  { "execution", N_("Execution"), "object-select-symbolic", execution_new },
  { "outsourcers", N_("Outsourcers"), "system-users-symbolic", outsourcers_new },
  { "journal", N_("Journal"), "document-open-recent-symbolic", journal_new },
};

static void
sidebar_row_activated_cb (GtkListBox    *list,
                          GtkListBoxRow *row,
                          RpWindow      *self)
{
  const char *name = g_object_get_data (G_OBJECT (row), "rp-page");

  _rp_window_show_page (self, name);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

void
_rp_window_build_areas (RpWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (_(pages[i].title));

      gtk_box_append (GTK_BOX (box), rp_ui_icon_new (pages[i].icon));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data (G_OBJECT (row), "rp-page", (gpointer) pages[i].name);
      gtk_list_box_append (self->sidebar_list, row);
    }
  g_signal_connect (self->sidebar_list, "row-activated", G_CALLBACK (sidebar_row_activated_cb), self);
}

/* An area is built the first time it is shown, and reads the workspace then: opening
 * a workspace costs only the area in sight. */
GtkWidget *
_rp_window_ensure_view (RpWindow   *self,
                        const char *name)
{
  GtkWidget *child = gtk_stack_get_child_by_name (self->view_stack, name);

  if (child == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      if (g_str_equal (pages[i].name, name))
        {
          GtkStackPage *stack_page;

          child = pages[i].create ();
          stack_page = gtk_stack_add_named (self->view_stack, child, name);
          gtk_stack_page_set_title (stack_page, _(pages[i].title));
          g_object_set_data (G_OBJECT (child), "rp-needs-store", GINT_TO_POINTER (TRUE));
        }
  if (child != NULL && RP_IS_VIEW (child) && g_object_get_data (G_OBJECT (child), "rp-needs-store") != NULL)
    {
      g_object_set_data (G_OBJECT (child), "rp-needs-store", NULL);
      rp_view_set_store (RP_VIEW (child), self->store);
    }
  return child;
}

void
_rp_window_show_page (RpWindow   *self,
                      const char *name)
{
  GtkWidget *child = _rp_window_ensure_view (self, name);
  guint i = 0;

  if (child == NULL)
    return;
  gtk_stack_set_visible_child (self->view_stack, child);
  adw_window_title_set_title (self->content_title,
                              gtk_stack_page_get_title (gtk_stack_get_page (self->view_stack, child)));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       row != NULL; row = gtk_widget_get_next_sibling (row), i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "rp-page"), name) == 0)
      gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (row));
  /* Also when side by side, so that a window made narrow later keeps the page in view */
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

/* Where a record of each kind is shown. */
static const char *
page_for_kind (RpWindow   *self,
               const char *kind_name,
               const char *uuid)
{
  static const struct { const char *kind; const char *page; } map[] = {
    { "profile", "overview" }, { "objective", "overview" }, { "stakeholder_group", "overview" },
    { "philosophy", "philosophy" }, { "principle", "philosophy" }, { "promotion", "philosophy" },
    { "philosophy_event", "philosophy" }, { "kpi_principle", "philosophy" }, { "acknowledgement", "philosophy" },
    { "framework", "framework" }, { "phase", "framework" }, { "activity", "framework" },
    { "factor", "framework" }, { "staff", "framework" },
    { "strategy", "execution" }, { "plan_item", "execution" }, { "change_request", "execution" },
    { "channel", "execution" }, { "competitor_move", "execution" },
    { "kpi_activity", "framework" },
    { "outsourcer", "outsourcers" }, { "contract", "outsourcers" }, { "kpi", "outsourcers" },
    { "kpi_target", "outsourcers" }, { "figure", "outsourcers" },
    { "commitment", "outsourcers" }, { "compliance_check", "outsourcers" }, { "proposal", "outsourcers" },
    { "vendor_action", "outsourcers" }, { "standing_rule", "outsourcers" }, { "criterion", "outsourcers" },
    { "journal_entry", "journal" },
  };

  if (g_strcmp0 (kind_name, "review") == 0 && self->store != NULL)
    {
      g_autoptr(RpRecord) review = rp_store_get (self->store, RP_KIND_REVIEW, uuid);

      return review != NULL && rp_record_get_string (review, RP_REVIEW_OUTSOURCER) != NULL ? "outsourcers" : "execution";
    }
  /* An acknowledgement is shown with what it acknowledges */
  if (g_strcmp0 (kind_name, "acknowledgement") == 0 && self->store != NULL)
    {
      g_autoptr(RpRecord) ack = rp_store_get (self->store, RP_KIND_ACKNOWLEDGEMENT, uuid);

      if (ack != NULL && rp_record_is_set (ack, RP_ACKNOWLEDGEMENT_FRAMEWORK))
        return "framework";
      if (ack != NULL && rp_record_is_set (ack, RP_ACKNOWLEDGEMENT_STRATEGY))
        return "execution";
      return "philosophy";
    }
  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i].kind, kind_name) == 0)
      return map[i].page;
  return "journal";
}

/* Whether the record is, or is of, one of the company's own indicators */
static gboolean
is_company_indicator (RpWindow   *self,
                      const char *kind_name,
                      const char *uuid)
{
  g_autoptr(RpRecord) record = NULL;
  g_autoptr(RpRecord) kpi = NULL;
  RpFieldId field;

  if (self->store == NULL || (g_strcmp0 (kind_name, "kpi") != 0 && g_strcmp0 (kind_name, "kpi_target") != 0 &&
                              g_strcmp0 (kind_name, "figure") != 0))
    return FALSE;
  record = rp_store_lookup (self->store, kind_name, uuid);
  if (record == NULL)
    return FALSE;
  field = rp_kind_field_id (rp_record_get_kind (record), "kpi");
  kpi = field == RP_FIELD_NONE ? g_object_ref (record)
                               : rp_store_get (self->store, RP_KIND_KPI, rp_record_get_string (record, field));
  return kpi != NULL && rp_kpi_is_company (kpi);
}

void
_rp_window_open_record (RpWindow   *self,
                        const char *kind_name,
                        const char *uuid,
                        const char *tab)
{
  const char *page;
  GtkWidget *view;

  /* The company's own indicators have their own window, over whichever area is shown */
  if (is_company_indicator (self, kind_name, uuid))
    {
      gtk_window_present (GTK_WINDOW (rp_company_window_new (GTK_WIDGET (self), self->store)));
      return;
    }
  page = page_for_kind (self, kind_name, uuid);
  view = _rp_window_ensure_view (self, page);

  _rp_window_show_page (self, page);
  if (RP_IS_VIEW (view))
    rp_view_show_record (RP_VIEW (view), kind_name, uuid, tab);
}
