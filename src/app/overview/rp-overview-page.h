/* rp-overview-page.h — the company at a glance, and what needs attention now */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_OVERVIEW_PAGE (rp_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (RpOverviewPage, rp_overview_page, RP, OVERVIEW_PAGE, AdwBin)

RpOverviewPage *rp_overview_page_new              (void);

G_END_DECLS
