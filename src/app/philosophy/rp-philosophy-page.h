/* rp-philosophy-page.h — the Philosophy area (ITCSCR601A): candidate philosophies and the
 * one shown */
#pragma once

#include "rp-area-page.h"
#include "rp-philosophy-detail.h"

G_BEGIN_DECLS

#define RP_TYPE_PHILOSOPHY_PAGE (rp_philosophy_page_get_type ())
G_DECLARE_FINAL_TYPE (RpPhilosophyPage, rp_philosophy_page, RP, PHILOSOPHY_PAGE, RpAreaPage)

RpPhilosophyPage   *rp_philosophy_page_new        (void);
RpPhilosophyDetail *rp_philosophy_page_get_detail (RpPhilosophyPage *self);

G_END_DECLS
