/* rp-framework-detail.h — one framework: its phases and activities, picture, factors and coverage */
#pragma once

#include "rp-detail-view.h"

G_BEGIN_DECLS

#define RP_TYPE_FRAMEWORK_DETAIL (rp_framework_detail_get_type ())
G_DECLARE_FINAL_TYPE (RpFrameworkDetail, rp_framework_detail, RP, FRAMEWORK_DETAIL, RpDetailView)

G_END_DECLS
