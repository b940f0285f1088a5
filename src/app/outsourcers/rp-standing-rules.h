/* rp-standing-rules.h — the thresholds that turn a score into a standing, and what each calls for */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_STANDING_RULES (rp_standing_rules_get_type ())
G_DECLARE_FINAL_TYPE (RpStandingRules, rp_standing_rules, RP, STANDING_RULES, AdwBin)

void rp_standing_rules_set_store (RpStandingRules *self,
                                  RpStore         *store);

G_END_DECLS
