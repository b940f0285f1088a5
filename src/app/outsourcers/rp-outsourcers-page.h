/* rp-outsourcers-page.h — the Outsourcers area */
#pragma once

#include <adwaita.h>

#include "rp-outsourcer-detail.h"
#include "rp-ranked-scorecard.h"

G_BEGIN_DECLS

#define RP_TYPE_OUTSOURCERS_PAGE (rp_outsourcers_page_get_type ())
G_DECLARE_FINAL_TYPE (RpOutsourcersPage, rp_outsourcers_page, RP, OUTSOURCERS_PAGE, AdwBin)

RpOutsourcersPage  *rp_outsourcers_page_new        (void);
void                rp_outsourcers_page_show       (RpOutsourcersPage *self,
                                                    const char        *section);
const char         *rp_outsourcers_page_get_section (RpOutsourcersPage *self);
RpOutsourcerDetail *rp_outsourcers_page_get_detail (RpOutsourcersPage *self);
RpRankedScorecard  *rp_outsourcers_page_get_ranked (RpOutsourcersPage *self);
guint               rp_outsourcers_page_get_n_listed (RpOutsourcersPage *self);

G_END_DECLS
