/* rp-outsourcer-actions-tab.c — rewards, warnings and penalties decided (110985L5), with
 * the decision the latest standing still calls for */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-outsourcer-tabs.h"
#include "rp-record-list.h"
#include "rp-scorecard-model.h"
#include "rp-standing-decision.h"

struct _RpOutsourcerActionsTab
{
  RpDetailTab         parent_instance;

  RpStandingDecision *decision;
  RpRecordList       *actions;

  RpScorecardModel   *latest;
};

G_DEFINE_FINAL_TYPE (RpOutsourcerActionsTab, rp_outsourcer_actions_tab, RP_TYPE_DETAIL_TAB)

static void
follow_latest (RpOutsourcerActionsTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  RpRecord *outsourcer = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  const char *period = self->latest ? rp_scorecard_model_get_period (self->latest) : NULL;
  g_autoptr(RpScorecardDetail) scorecard = NULL;

  if (store != NULL && outsourcer != NULL && period != NULL)
    scorecard = rp_scorecard_detail_get (store, rp_record_get_uuid (outsourcer), period);
  rp_standing_decision_set_scorecard (self->decision, scorecard);
}

static void
rp_outsourcer_actions_tab_bind (RpDetailTab *tab,
                                RpStore     *store,
                                RpRecord    *record)
{
  RpOutsourcerActionsTab *self = RP_OUTSOURCER_ACTIONS_TAB (tab);

  if (self->latest != NULL)
    g_signal_handlers_disconnect_by_func (self->latest, follow_latest, self);
  g_clear_object (&self->latest);
  if (store != NULL)
    {
      self->latest = rp_scorecard_model_get (store, NULL);
      g_signal_connect_swapped (self->latest, "notify::loading", G_CALLBACK (follow_latest), self);
    }
  rp_record_list_bind (self->actions, store, RP_VENDOR_ACTION_OUTSOURCER, record ? rp_record_get_uuid (record) : NULL);
  follow_latest (self);
}

static void
rp_outsourcer_actions_tab_dispose (GObject *object)
{
  RpOutsourcerActionsTab *self = RP_OUTSOURCER_ACTIONS_TAB (object);

  if (self->latest != NULL)
    g_signal_handlers_disconnect_by_func (self->latest, follow_latest, self);
  g_clear_object (&self->latest);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_OUTSOURCER_ACTIONS_TAB);
  G_OBJECT_CLASS (rp_outsourcer_actions_tab_parent_class)->dispose (object);
}

static void
rp_outsourcer_actions_tab_class_init (RpOutsourcerActionsTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_outsourcer_actions_tab_dispose;
  tab_class->bind = rp_outsourcer_actions_tab_bind;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  g_type_ensure (RP_TYPE_STANDING_DECISION);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-outsourcer-actions-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerActionsTab, decision);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerActionsTab, actions);
}

static void
rp_outsourcer_actions_tab_init (RpOutsourcerActionsTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
