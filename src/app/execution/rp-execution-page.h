/* rp-execution-page.h — the Execution area (ITCSCR508A): the strategy tree, channels,
 * competitor watch */
#pragma once

#include "rp-area-page.h"
#include "rp-strategy-detail.h"

G_BEGIN_DECLS

#define RP_TYPE_EXECUTION_PAGE (rp_execution_page_get_type ())
G_DECLARE_FINAL_TYPE (RpExecutionPage, rp_execution_page, RP, EXECUTION_PAGE, RpAreaPage)

RpExecutionPage  *rp_execution_page_new         (void);
RpStrategyDetail *rp_execution_page_get_detail  (RpExecutionPage *self);
const char       *rp_execution_page_get_section (RpExecutionPage *self);
void              rp_execution_page_show        (RpExecutionPage *self,
                                                 const char      *section);

G_END_DECLS
