/* rp-outsourcer-detail.h */
#pragma once

#include <adwaita.h>

#include "rp-figure-grid.h"
#include "rp-proposal-pane.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_OUTSOURCER_DETAIL (rp_outsourcer_detail_get_type ())
G_DECLARE_FINAL_TYPE (RpOutsourcerDetail, rp_outsourcer_detail, RP, OUTSOURCER_DETAIL, AdwBin)

RpOutsourcerDetail *rp_outsourcer_detail_new            (void);
void                rp_outsourcer_detail_set_outsourcer (RpOutsourcerDetail *self,
                                                         RpStore            *store,
                                                         RpRecord           *outsourcer);
GtkWidget          *rp_outsourcer_detail_get_back_button (RpOutsourcerDetail *self);
void                rp_outsourcer_detail_show_tab       (RpOutsourcerDetail *self,
                                                         const char         *name);
RpFigureGrid       *rp_outsourcer_detail_get_grid       (RpOutsourcerDetail *self);
RpProposalPane     *rp_outsourcer_detail_get_proposal_pane (RpOutsourcerDetail *self);
const char         *rp_outsourcer_detail_get_score_text (RpOutsourcerDetail *self);
gboolean            rp_outsourcer_detail_has_decision   (RpOutsourcerDetail *self);
void                rp_outsourcer_detail_preview_csv    (RpOutsourcerDetail *self,
                                                         const char         *text,
                                                         gsize               length,
                                                         const char         *file_name);

G_END_DECLS
