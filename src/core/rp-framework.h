/* rp-framework.h — CRM frameworks of activities (ITCSCR603A): templates and checks */
#pragma once

#include "rp-finding.h"
#include "rp-store.h"

G_BEGIN_DECLS

RpRecord   *rp_framework_create_from_template (RpStore     *store,
                                               const char  *template_id,
                                               const char  *title,
                                               GError     **error);
const char *rp_framework_template_describe    (const char  *template_id);

GPtrArray  *rp_activity_staff_findings        (RpRecord    *activity,
                                               GPtrArray   *assigned_staff);
GPtrArray  *rp_activity_list_staff            (RpStore     *store,
                                               RpRecord    *activity);
GPtrArray  *rp_framework_findings             (RpStore     *store,
                                               RpRecord    *framework);
GPtrArray  *rp_framework_list_activities      (RpStore     *store,
                                               RpRecord    *framework);
gboolean    rp_phase_is_post_sale             (RpRecord    *phase);
char       *rp_staff_describe                 (RpStore     *store,
                                               RpRecord    *person);
char       *rp_phase_describe_days            (int          start_day,
                                               int          end_day);
gboolean    rp_activity_move_to_phase         (RpStore     *store,
                                               RpRecord    *activity,
                                               RpRecord    *phase,
                                               GError     **error);

G_END_DECLS
