/* rp-company-window.h — the company's own indicators: KPIs with targets, the monthly
 * grid and CSV, and their score month by month */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_COMPANY_WINDOW (rp_company_window_get_type ())
G_DECLARE_FINAL_TYPE (RpCompanyWindow, rp_company_window, RP, COMPANY_WINDOW, AdwWindow)

RpCompanyWindow *rp_company_window_new      (GtkWidget       *parent,
                                             RpStore         *store);
GtkWidget       *rp_company_window_get_kpis (RpCompanyWindow *self);
GtkWidget       *rp_company_window_get_scorecard (RpCompanyWindow *self);

G_END_DECLS
