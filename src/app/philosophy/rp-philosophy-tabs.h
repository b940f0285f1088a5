/* rp-philosophy-tabs.h — the tabs of a philosophy's detail */
#pragma once

#include "rp-ack-group.h"
#include "rp-detail-tab.h"

G_BEGIN_DECLS

#define RP_TYPE_PHILOSOPHY_WRITE_TAB (rp_philosophy_write_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpPhilosophyWriteTab, rp_philosophy_write_tab, RP, PHILOSOPHY_WRITE_TAB, RpDetailTab)

GtkTextBuffer *rp_philosophy_write_tab_get_staff_buffer   (RpPhilosophyWriteTab *self);
guint          rp_philosophy_write_tab_count_highlights   (RpPhilosophyWriteTab *self,
                                                           const char           *tag_name);

#define RP_TYPE_PHILOSOPHY_FIT_TAB (rp_philosophy_fit_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpPhilosophyFitTab, rp_philosophy_fit_tab, RP, PHILOSOPHY_FIT_TAB, RpDetailTab)

GtkCheckButton *rp_philosophy_fit_tab_get_check (RpPhilosophyFitTab *self,
                                                 guint               principle,
                                                 guint               objective);

#define RP_TYPE_PHILOSOPHY_BALANCE_TAB (rp_philosophy_balance_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpPhilosophyBalanceTab, rp_philosophy_balance_tab, RP, PHILOSOPHY_BALANCE_TAB, RpDetailTab)

#define RP_TYPE_PHILOSOPHY_EVALUATE_TAB (rp_philosophy_evaluate_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpPhilosophyEvaluateTab, rp_philosophy_evaluate_tab, RP, PHILOSOPHY_EVALUATE_TAB, RpDetailTab)

#define RP_TYPE_PHILOSOPHY_ADOPTION_TAB (rp_philosophy_adoption_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpPhilosophyAdoptionTab, rp_philosophy_adoption_tab, RP, PHILOSOPHY_ADOPTION_TAB, RpDetailTab)

#define RP_TYPE_PHILOSOPHY_PROMOTE_TAB (rp_philosophy_promote_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpPhilosophyPromoteTab, rp_philosophy_promote_tab, RP, PHILOSOPHY_PROMOTE_TAB, RpDetailTab)

#define RP_TYPE_PHILOSOPHY_LIVING_TAB (rp_philosophy_living_tab_get_type ())
G_DECLARE_FINAL_TYPE (RpPhilosophyLivingTab, rp_philosophy_living_tab, RP, PHILOSOPHY_LIVING_TAB, RpDetailTab)
guint              rp_philosophy_living_tab_get_n_principles     (RpPhilosophyLivingTab *self);
guint              rp_philosophy_living_tab_get_n_flags          (RpPhilosophyLivingTab *self);
RpAckGroup        *rp_philosophy_living_tab_get_acknowledgements (RpPhilosophyLivingTab *self);

void rp_philosophy_tabs_ensure_types (void);

G_END_DECLS
