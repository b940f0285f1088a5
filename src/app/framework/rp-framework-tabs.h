/* rp-framework-tabs.h — the tabs of a framework's detail */
#pragma once

#include "rp-detail-tab.h"
#include "rp-record-list.h"

G_BEGIN_DECLS

#define RP_TYPE_FRAMEWORK_ACTIVITIES_TAB (rp_framework_activities_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpFrameworkActivitiesTab, rp_framework_activities_tab, RP, FRAMEWORK_ACTIVITIES_TAB, RpDetailTab)

RpRecordList *rp_framework_activities_tab_get_phase (RpFrameworkActivitiesTab *self,
                                                     guint                     index);

#define RP_TYPE_FRAMEWORK_DIAGRAM_TAB (rp_framework_diagram_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpFrameworkDiagramTab, rp_framework_diagram_tab, RP, FRAMEWORK_DIAGRAM_TAB, RpDetailTab)

#define RP_TYPE_FRAMEWORK_FACTORS_TAB (rp_framework_factors_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpFrameworkFactorsTab, rp_framework_factors_tab, RP, FRAMEWORK_FACTORS_TAB, RpDetailTab)

#define RP_TYPE_FRAMEWORK_COVERAGE_TAB (rp_framework_coverage_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpFrameworkCoverageTab, rp_framework_coverage_tab, RP, FRAMEWORK_COVERAGE_TAB, RpDetailTab)

void rp_framework_tabs_ensure_types (void);

G_END_DECLS
