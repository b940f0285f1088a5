/* rp-framework-models.h — the frameworks as their list shows them, and what one
 * framework does not yet cover */
#pragma once

#include "rp-findings-model.h"
#include "rp-model.h"
#include "rp-row.h"

G_BEGIN_DECLS

/* Every framework (RpRow): its phases and activities, its warnings as the badge and
 * the row's number; read off the main thread */
#define RP_TYPE_FRAMEWORK_LIST_MODEL (rp_framework_list_model_get_type ())
G_DECLARE_FINAL_TYPE (RpFrameworkListModel, rp_framework_list_model, RP, FRAMEWORK_LIST_MODEL, RpModel)

RpFrameworkListModel *rp_framework_list_model_get (RpStore *store);

/* One framework's findings (RpFindingRow), in the order the Coverage tab groups them */
#define RP_TYPE_FRAMEWORK_CHECKS (rp_framework_checks_get_type ())
G_DECLARE_FINAL_TYPE (RpFrameworkChecks, rp_framework_checks, RP, FRAMEWORK_CHECKS, RpModel)

RpFrameworkChecks *rp_framework_checks_get   (RpStore           *store,
                                              const char        *framework_uuid);
guint              rp_framework_checks_count (RpFrameworkChecks *self,
                                              const char        *rule);
const char        *rp_framework_check_heading (const char       *rule);

G_END_DECLS
