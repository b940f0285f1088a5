/* rp-outsourcer-tabs.h — the tabs of an outsourcer's detail */
#pragma once

#include "rp-detail-tab.h"
#include "rp-figure-grid.h"
#include "rp-proposal-pane.h"

G_BEGIN_DECLS

#define RP_TYPE_OUTSOURCER_PROFILE_TAB (rp_outsourcer_profile_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpOutsourcerProfileTab, rp_outsourcer_profile_tab, RP, OUTSOURCER_PROFILE_TAB, RpDetailTab)

#define RP_TYPE_OUTSOURCER_CONTRACTS_TAB (rp_outsourcer_contracts_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpOutsourcerContractsTab, rp_outsourcer_contracts_tab, RP, OUTSOURCER_CONTRACTS_TAB, RpDetailTab)

#define RP_TYPE_OUTSOURCER_KPIS_TAB (rp_outsourcer_kpis_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpOutsourcerKpisTab, rp_outsourcer_kpis_tab, RP, OUTSOURCER_KPIS_TAB, RpDetailTab)

RpFigureGrid *rp_outsourcer_kpis_tab_get_grid    (RpOutsourcerKpisTab *self);
void          rp_outsourcer_kpis_tab_preview_csv (RpOutsourcerKpisTab *self,
                                                  const char          *text,
                                                  gsize                length,
                                                  const char          *file_name);

#define RP_TYPE_OUTSOURCER_SCORECARD_TAB (rp_outsourcer_scorecard_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpOutsourcerScorecardTab, rp_outsourcer_scorecard_tab, RP, OUTSOURCER_SCORECARD_TAB, RpDetailTab)

const char *rp_outsourcer_scorecard_tab_get_period (RpOutsourcerScorecardTab *self);
void        rp_outsourcer_scorecard_tab_set_period (RpOutsourcerScorecardTab *self,
                                                    const char               *period);

#define RP_TYPE_OUTSOURCER_COMPLIANCE_TAB (rp_outsourcer_compliance_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpOutsourcerComplianceTab, rp_outsourcer_compliance_tab, RP, OUTSOURCER_COMPLIANCE_TAB, RpDetailTab)

#define RP_TYPE_OUTSOURCER_PROPOSALS_TAB (rp_outsourcer_proposals_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpOutsourcerProposalsTab, rp_outsourcer_proposals_tab, RP, OUTSOURCER_PROPOSALS_TAB, RpDetailTab)

RpProposalPane *rp_outsourcer_proposals_tab_get_pane (RpOutsourcerProposalsTab *self);

#define RP_TYPE_OUTSOURCER_REVIEWS_TAB (rp_outsourcer_reviews_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpOutsourcerReviewsTab, rp_outsourcer_reviews_tab, RP, OUTSOURCER_REVIEWS_TAB, RpDetailTab)

#define RP_TYPE_OUTSOURCER_ACTIONS_TAB (rp_outsourcer_actions_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpOutsourcerActionsTab, rp_outsourcer_actions_tab, RP, OUTSOURCER_ACTIONS_TAB, RpDetailTab)

void rp_outsourcer_tabs_ensure_types (void);

G_END_DECLS
