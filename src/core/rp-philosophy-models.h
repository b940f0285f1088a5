/* rp-philosophy-models.h — what the checks of ITCSCR601A find in one philosophy */
#pragma once

#include "rp-findings-model.h"
#include "rp-model.h"

G_BEGIN_DECLS

/* One philosophy's findings (RpFindingRow): its fit with the corporate objectives, its
 * balance of benefits and, once adopted, its promotion */
#define RP_TYPE_PHILOSOPHY_CHECKS (rp_philosophy_checks_get_type ())
G_DECLARE_FINAL_TYPE (RpPhilosophyChecks, rp_philosophy_checks, RP, PHILOSOPHY_CHECKS, RpModel)

RpPhilosophyChecks *rp_philosophy_checks_get   (RpStore            *store,
                                                const char         *philosophy_uuid);
guint               rp_philosophy_checks_count (RpPhilosophyChecks *self,
                                                const char         *rule);
gboolean            rp_philosophy_checks_flags (RpPhilosophyChecks *self,
                                                const char         *rule,
                                                const char         *record_uuid);

G_END_DECLS
