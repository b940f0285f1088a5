/* rp-proposal-pane.h — an outsourcer's CRM proposal: flow, effect, fit with our philosophy, tuning, integration */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_PROPOSAL_PANE (rp_proposal_pane_get_type ())
G_DECLARE_FINAL_TYPE (RpProposalPane, rp_proposal_pane, RP, PROPOSAL_PANE, AdwBin)

RpProposalPane *rp_proposal_pane_new          (void);
void            rp_proposal_pane_set_proposal (RpProposalPane *self,
                                               RpStore        *store,
                                               RpRecord       *proposal);
gboolean        rp_proposal_pane_set_verdict  (RpProposalPane *self,
                                               const char     *principle_uuid,
                                               const char     *verdict,
                                               GError        **error);
gboolean        rp_proposal_pane_move_to      (RpProposalPane *self,
                                               const char     *status,
                                               GError        **error);
guint           rp_proposal_pane_count_conflicts (RpProposalPane *self);

G_END_DECLS
