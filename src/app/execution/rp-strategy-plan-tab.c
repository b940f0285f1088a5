/* rp-strategy-plan-tab.c — who does what by when: the plan items on a timeline with today
 * marked, and their list */
#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "rp-ack-group.h"
#include "rp-strategy-tabs.h"
#include "rp-chart-view.h"
#include "rp-record-list.h"
#include "rp-record-model.h"
#include "rp-timeline.h"
#include "rp-util.h"

struct _RpStrategyPlanTab
{
  RpDetailTab    parent_instance;

  RpChartView   *timeline_view;
  RpRecordList  *plan;
  RpAckGroup    *acknowledgements;

  RpRecordModel *items;   /* shared with the list */
  RpTimeline    *timeline;
};

G_DEFINE_FINAL_TYPE (RpStrategyPlanTab, rp_strategy_plan_tab, RP_TYPE_DETAIL_TAB)

static void
draw_timeline (cairo_t             *cr,
               const RpRenderStyle *style,
               double               width,
               double               height,
               gpointer             user_data)
{
  RpStrategyPlanTab *self = user_data;

  if (self->timeline != NULL)
    {
      rp_timeline_fit_width (self->timeline, width);
      rp_timeline_draw (self->timeline, cr, style, width, height);
    }
}

static void
draw_again (RpStrategyPlanTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  RpRecord *strategy = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  double width = 0, height = 0;
  GDate today;

  g_clear_pointer (&self->timeline, rp_timeline_free);
  if (store != NULL && strategy != NULL)
    {
      rp_date_set_today (&today);
      self->timeline = rp_timeline_for_strategy (store, strategy, &today);
      /* As tall as its rows; as wide as the page, scrolling only when the days no longer fit */
      width = rp_timeline_fit_width (self->timeline, 0);
      rp_timeline_get_size (self->timeline, NULL, &height);
    }
  if (self->timeline != NULL)
    {
      const char *columns[] = { _("Plan item"), _("Owner"), _("Start"), _("Due"), _("Status"), _("Progress"), NULL };
      g_autofree char *description = rp_timeline_describe (self->timeline);
      g_autoptr(GPtrArray) rows = rp_timeline_table (self->timeline);

      rp_chart_view_set_summary (self->timeline_view, NULL, description);
      rp_chart_view_set_table (self->timeline_view, _("Plan Timeline"), columns, rows);
    }
  else
    rp_chart_view_set_table (self->timeline_view, NULL, NULL, NULL);
  rp_chart_view_set_picture_size (self->timeline_view, (int) ceil (width), (int) ceil (height));
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline_view));
}

static void
rp_strategy_plan_tab_bind (RpDetailTab *tab,
                           RpStore     *store,
                           RpRecord    *record)
{
  RpStrategyPlanTab *self = RP_STRATEGY_PLAN_TAB (tab);
  const char *uuid = record ? rp_record_get_uuid (record) : NULL;

  if (self->items != NULL)
    g_signal_handlers_disconnect_by_func (self->items, draw_again, self);
  g_clear_object (&self->items);
  if (store != NULL && uuid != NULL)
    {
      self->items = rp_record_model_get (store, RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_STRATEGY, uuid);
      g_signal_connect_swapped (self->items, "notify::loading", G_CALLBACK (draw_again), self);
    }
  rp_record_list_bind (self->plan, store, RP_PLAN_ITEM_STRATEGY, uuid);
  rp_ack_group_bind (self->acknowledgements, store, record);
  draw_again (self);
}

static void
rp_strategy_plan_tab_dispose (GObject *object)
{
  RpStrategyPlanTab *self = RP_STRATEGY_PLAN_TAB (object);

  if (self->items != NULL)
    g_signal_handlers_disconnect_by_func (self->items, draw_again, self);
  g_clear_object (&self->items);
  g_clear_pointer (&self->timeline, rp_timeline_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_STRATEGY_PLAN_TAB);
  G_OBJECT_CLASS (rp_strategy_plan_tab_parent_class)->dispose (object);
}

static void
rp_strategy_plan_tab_class_init (RpStrategyPlanTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_strategy_plan_tab_dispose;
  RP_DETAIL_TAB_CLASS (klass)->bind = rp_strategy_plan_tab_bind;
  g_type_ensure (RP_TYPE_CHART_VIEW);
  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/execution/rp-strategy-plan-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpStrategyPlanTab, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, RpStrategyPlanTab, plan);
  gtk_widget_class_bind_template_child (widget_class, RpStrategyPlanTab, acknowledgements);
  g_type_ensure (RP_TYPE_ACK_GROUP);
}

static void
rp_strategy_plan_tab_init (RpStrategyPlanTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_chart_view_set_draw (self->timeline_view, draw_timeline, self, NULL);
}

/* Every tab of the detail, registered before its template names them */
void
rp_strategy_tabs_ensure_types (void)
{
  g_type_ensure (RP_TYPE_STRATEGY_PLAN_TAB);
  g_type_ensure (RP_TYPE_STRATEGY_CHANGES_TAB);
  g_type_ensure (RP_TYPE_STRATEGY_REVIEWS_TAB);
  g_type_ensure (RP_TYPE_STRATEGY_ABOUT_TAB);
}
