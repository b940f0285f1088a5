/* rp-framework-page.h — the Framework area (SITXCCS008): frameworks, the staff
 * directory, and the framework shown */
#pragma once

#include "rp-area-page.h"
#include "rp-framework-detail.h"

G_BEGIN_DECLS

#define RP_TYPE_FRAMEWORK_PAGE (rp_framework_page_get_type ())
G_DECLARE_FINAL_TYPE (RpFrameworkPage, rp_framework_page, RP, FRAMEWORK_PAGE, RpAreaPage)

RpFrameworkPage   *rp_framework_page_new          (void);
RpFrameworkDetail *rp_framework_page_get_detail   (RpFrameworkPage *self);
const char        *rp_framework_page_get_section  (RpFrameworkPage *self);
void               rp_framework_page_show         (RpFrameworkPage *self,
                                                   const char      *section);

G_END_DECLS
