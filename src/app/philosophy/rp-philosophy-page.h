/* rp-philosophy-page.h — the Philosophy area: candidate philosophies and the one shown */
#pragma once

#include <adwaita.h>

#include "rp-philosophy-detail.h"

G_BEGIN_DECLS

#define RP_TYPE_PHILOSOPHY_PAGE (rp_philosophy_page_get_type ())
G_DECLARE_FINAL_TYPE (RpPhilosophyPage, rp_philosophy_page, RP, PHILOSOPHY_PAGE, AdwBin)

RpPhilosophyPage   *rp_philosophy_page_new          (void);
RpPhilosophyDetail *rp_philosophy_page_get_detail   (RpPhilosophyPage *self);
guint               rp_philosophy_page_get_n_listed (RpPhilosophyPage *self);
void                rp_philosophy_page_set_search   (RpPhilosophyPage *self,
                                                     const char       *text);
void                rp_philosophy_page_set_status_filter (RpPhilosophyPage *self,
                                                          const char       *status);

G_END_DECLS
