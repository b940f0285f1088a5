/* rp-standing-decision.h — the decision a month's standing calls for, until a person
 * records what was decided */
#pragma once

#include <gtk/gtk.h>

#include "rp-outsourcer-models.h"

G_BEGIN_DECLS

#define RP_TYPE_STANDING_DECISION (rp_standing_decision_get_type ())
G_DECLARE_FINAL_TYPE (RpStandingDecision, rp_standing_decision, RP, STANDING_DECISION, GtkBox)

RpScorecardDetail *rp_standing_decision_get_scorecard (RpStandingDecision *self);
void               rp_standing_decision_set_scorecard (RpStandingDecision *self,
                                                       RpScorecardDetail  *scorecard);

G_END_DECLS
