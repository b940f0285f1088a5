/* rp-sample.h — a realistic fictional company to explore Rapport with */
#pragma once

#include "rp-store.h"

G_BEGIN_DECLS

gboolean rp_sample_fill (RpStore  *store,
                         GError  **error);

G_END_DECLS
