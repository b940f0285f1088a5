/* rp-handouts.h — the printable handouts, built from the workspace */
#pragma once

#include "rp-document.h"
#include "rp-store.h"

G_BEGIN_DECLS

RpDocument *rp_handout_selection_standards (RpStore  *store);
RpDocument *rp_handout_philosophy          (RpStore  *store,
                                            RpRecord *philosophy);
RpDocument *rp_handout_framework           (RpStore  *store,
                                            RpRecord *framework);

G_END_DECLS
