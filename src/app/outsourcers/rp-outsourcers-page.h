/* rp-outsourcers-page.h — the Outsourcers area (100228L4, 110985L5) */
#pragma once

#include "rp-area-page.h"
#include "rp-outsourcer-detail.h"
#include "rp-ranked-scorecard.h"

G_BEGIN_DECLS

#define RP_TYPE_OUTSOURCERS_PAGE (rp_outsourcers_page_get_type ())
G_DECLARE_FINAL_TYPE (RpOutsourcersPage, rp_outsourcers_page, RP, OUTSOURCERS_PAGE, RpAreaPage)

RpOutsourcersPage  *rp_outsourcers_page_new         (void);
void                rp_outsourcers_page_show        (RpOutsourcersPage *self,
                                                     const char        *section);
const char         *rp_outsourcers_page_get_section (RpOutsourcersPage *self);
RpOutsourcerDetail *rp_outsourcers_page_get_detail  (RpOutsourcersPage *self);
RpRankedScorecard  *rp_outsourcers_page_get_ranked  (RpOutsourcersPage *self);

G_END_DECLS
