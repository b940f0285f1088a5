/* rp-proposal-pane.h — an outsourcer's CRM proposal: its steps, effect, fit with our
 * philosophy, fine-tuning and what it became */
#pragma once

#include <gtk/gtk.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_PROPOSAL_PANE (rp_proposal_pane_get_type ())
G_DECLARE_FINAL_TYPE (RpProposalPane, rp_proposal_pane, RP, PROPOSAL_PANE, GtkBox)

void      rp_proposal_pane_set_proposal (RpProposalPane *self,
                                         RpStore        *store,
                                         RpRecord       *proposal);
RpRecord *rp_proposal_pane_get_proposal (RpProposalPane *self);
guint     rp_proposal_pane_get_n_conflicts (RpProposalPane *self);

G_END_DECLS
