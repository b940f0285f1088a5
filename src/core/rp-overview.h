/* rp-overview.h — what management must see now (Overview, notifications, rapport-cli plan overdue) */
#pragma once

#include "rp-finding.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_REVIEW_SOON_DAYS     14
#define RP_CONTRACT_ENDING_DAYS 60
#define RP_PLAN_DUE_DAYS        7

int        rp_plan_item_days_overdue   (RpRecord    *item,
                                        const GDate *today);
GPtrArray *rp_plan_overdue_findings    (RpStore     *store,
                                        const GDate *today);
GPtrArray *rp_strategy_review_findings (RpStore     *store,
                                        const GDate *today,
                                        int          within_days);
GPtrArray *rp_review_findings          (RpStore     *store,
                                        const GDate *today,
                                        int          within_days);
GPtrArray *rp_change_request_findings  (RpStore     *store);
GPtrArray *rp_outsourcer_findings      (RpStore     *store,
                                        const GDate *today);
GPtrArray *rp_overview_findings        (RpStore     *store,
                                        const GDate *today);
GPtrArray *rp_plan_due_findings        (RpStore     *store,
                                        const GDate *today,
                                        int          within_days);
GPtrArray *rp_findings_due_within      (GPtrArray   *findings,
                                        int          days);

G_END_DECLS
