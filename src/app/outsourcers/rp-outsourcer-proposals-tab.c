/* rp-outsourcer-proposals-tab.c — the partner's own CRM proposals (110985L5), one of
 * them open below the list */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-outsourcer-tabs.h"
#include "rp-record-list.h"

struct _RpOutsourcerProposalsTab
{
  RpDetailTab     parent_instance;

  RpRecordList   *proposals;
  RpProposalPane *pane;
};

G_DEFINE_FINAL_TYPE (RpOutsourcerProposalsTab, rp_outsourcer_proposals_tab, RP_TYPE_DETAIL_TAB)

static void
proposal_activated_cb (RpRecordList             *list,
                       RpRecord                 *proposal,
                       RpOutsourcerProposalsTab *self)
{
  rp_proposal_pane_set_proposal (self->pane, rp_detail_tab_get_store (RP_DETAIL_TAB (self)), proposal);
}

static void
rp_outsourcer_proposals_tab_bind (RpDetailTab *tab,
                                  RpStore     *store,
                                  RpRecord    *record)
{
  RpOutsourcerProposalsTab *self = RP_OUTSOURCER_PROPOSALS_TAB (tab);
  g_autoptr(RpRecord) first = NULL;

  rp_record_list_bind (self->proposals, store, RP_PROPOSAL_OUTSOURCER, record ? rp_record_get_uuid (record) : NULL);
  /* The latest proposal is open until another is chosen. */
  first = rp_record_list_get_record (self->proposals, 0);
  rp_proposal_pane_set_proposal (self->pane, store, first);
}

RpProposalPane *
rp_outsourcer_proposals_tab_get_pane (RpOutsourcerProposalsTab *self)
{
  g_return_val_if_fail (RP_IS_OUTSOURCER_PROPOSALS_TAB (self), NULL);
  return self->pane;
}

static void
rp_outsourcer_proposals_tab_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_OUTSOURCER_PROPOSALS_TAB);
  G_OBJECT_CLASS (rp_outsourcer_proposals_tab_parent_class)->dispose (object);
}

static void
rp_outsourcer_proposals_tab_class_init (RpOutsourcerProposalsTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_outsourcer_proposals_tab_dispose;
  tab_class->bind = rp_outsourcer_proposals_tab_bind;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  g_type_ensure (RP_TYPE_PROPOSAL_PANE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-outsourcer-proposals-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerProposalsTab, proposals);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerProposalsTab, pane);
  gtk_widget_class_bind_template_callback (widget_class, proposal_activated_cb);
}

static void
rp_outsourcer_proposals_tab_init (RpOutsourcerProposalsTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
