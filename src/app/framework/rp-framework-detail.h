/* rp-framework-detail.h — one framework: its phases and activities, picture, factors and coverage */
#pragma once

#include <adwaita.h>

#include "rp-record-list.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_FRAMEWORK_DETAIL (rp_framework_detail_get_type ())
G_DECLARE_FINAL_TYPE (RpFrameworkDetail, rp_framework_detail, RP, FRAMEWORK_DETAIL, AdwBin)

RpFrameworkDetail *rp_framework_detail_new                (void);
void               rp_framework_detail_set_framework      (RpFrameworkDetail *self,
                                                           RpStore           *store,
                                                           RpRecord          *framework);
RpRecord          *rp_framework_detail_get_framework      (RpFrameworkDetail *self);
GtkWidget         *rp_framework_detail_get_back_button    (RpFrameworkDetail *self);
void               rp_framework_detail_show_tab           (RpFrameworkDetail *self,
                                                           const char        *name);
RpRecordList      *rp_framework_detail_get_phases         (RpFrameworkDetail *self);
RpRecordList      *rp_framework_detail_get_activities     (RpFrameworkDetail *self,
                                                           guint              phase);
guint              rp_framework_detail_count_flags        (RpFrameworkDetail *self,
                                                           const char        *rule);
double             rp_framework_detail_get_zoom           (RpFrameworkDetail *self);
GtkWidget         *rp_framework_detail_get_diagram_view   (RpFrameworkDetail *self);

G_END_DECLS
