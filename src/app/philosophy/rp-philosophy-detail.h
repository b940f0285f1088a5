/* rp-philosophy-detail.h — one candidate philosophy: write, fit, balance, evaluate, adopt, promote */
#pragma once

#include <adwaita.h>

#include "rp-record-list.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_PHILOSOPHY_DETAIL (rp_philosophy_detail_get_type ())
G_DECLARE_FINAL_TYPE (RpPhilosophyDetail, rp_philosophy_detail, RP, PHILOSOPHY_DETAIL, AdwBin)

RpPhilosophyDetail *rp_philosophy_detail_new               (void);
void                rp_philosophy_detail_set_philosophy    (RpPhilosophyDetail *self,
                                                            RpStore            *store,
                                                            RpRecord           *philosophy);
RpRecord           *rp_philosophy_detail_get_philosophy    (RpPhilosophyDetail *self);
GtkWidget          *rp_philosophy_detail_get_back_button   (RpPhilosophyDetail *self);
void                rp_philosophy_detail_show_tab          (RpPhilosophyDetail *self,
                                                            const char         *name);
const char         *rp_philosophy_detail_get_tab           (RpPhilosophyDetail *self);
RpRecordList       *rp_philosophy_detail_get_principles    (RpPhilosophyDetail *self);
GtkTextBuffer      *rp_philosophy_detail_get_staff_buffer  (RpPhilosophyDetail *self);
const char         *rp_philosophy_detail_get_readability   (RpPhilosophyDetail *self);
guint               rp_philosophy_detail_count_highlights  (RpPhilosophyDetail *self,
                                                            const char         *tag_name);
GtkCheckButton     *rp_philosophy_detail_get_fit_check     (RpPhilosophyDetail *self,
                                                            guint               principle,
                                                            guint               objective);
guint               rp_philosophy_detail_count_flags       (RpPhilosophyDetail *self,
                                                            const char         *rule);

G_END_DECLS
