/* rp-cadence.h — review rhythms of strategies and outsourcers (ITCSCR508A, 110985L5) */
#pragma once

#include "rp-store.h"

G_BEGIN_DECLS

gboolean rp_cadence_next (const char  *cadence,
                          int          every_days,
                          const GDate *from,
                          GDate       *next);
gboolean rp_review_next_due (RpStore    *store,
                             RpRecord   *subject,
                             GDate      *due,
                             RpRecord  **last_review);

G_END_DECLS
