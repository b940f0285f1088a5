/* rp-selection-standards.h — the company's guidelines for choosing partners, and the
 * candidates ranked on them */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_SELECTION_STANDARDS (rp_selection_standards_get_type ())
G_DECLARE_FINAL_TYPE (RpSelectionStandards, rp_selection_standards, RP, SELECTION_STANDARDS, AdwBin)

void rp_selection_standards_set_store (RpSelectionStandards *self,
                                       RpStore              *store);

G_END_DECLS
