/* rp-store-defaults.c — what every new workspace starts with
 *
 * Default criteria and standing rules have fixed UUIDs and timestamps, so the
 * same defaults in two workspaces are the same records when bundles meet.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-store-private.h"
#include "rp-record-private.h"

#define DEFAULTS_TIMESTAMP "2026-01-01T00:00:00.000Z"

typedef struct {
  const char *uuid;
  const char *scope;
  const char *name;
  const char *description;
  double      weight;
} DefaultCriterion;

static const DefaultCriterion criteria[] = {
  { "2aeb21d7-0fac-41a7-bad1-2b5b85e2da54", "philosophy", N_("Benefit to customers"),
    N_("Is it geared to the greatest benefit of the customers?"), 3 },
  { "7d8ea754-2de7-4b44-bb6a-966844091635", "philosophy", N_("Fit with objectives and mission"),
    N_("Does it serve the company's corporate objectives and mission?"), 3 },
  { "138c45c9-392c-4e25-b579-12b71041b061", "philosophy", N_("Clarity for staff"),
    N_("Can staff at every level understand it without explanation?"), 2 },
  { "53c6bc7d-9e9c-49ac-997d-9a771cbe3e73", "philosophy", N_("Feasibility"),
    N_("Can the company live up to it with the people and means it has?"), 2 },
  { "6424359b-b602-453a-ba77-db8b264a63c9", "philosophy", N_("Technological, political, social and legal balance"),
    N_("Does it keep a sound balance between these issues?"), 2 },
  { "06a8beec-b95a-4267-97c3-28f6b1f3949a", "selection", N_("Capability and experience"),
    N_("Proven ability to deliver the outsourced service at the level we need."), 3 },
  { "fc5f167a-4308-48b3-8106-7ef389a2f610", "selection", N_("Fit with our CRM philosophy"),
    N_("Their attitude towards our customers and objectives is consistent with ours."), 3 },
  { "eea93948-74d6-461e-a4ea-8d0135b0fd2d", "selection", N_("Management system that interfaces with ours"),
    N_("Their reporting, escalation and data exchange can work with our own processes."), 2 },
  { "95de7db5-00ae-4911-96cf-2c770f26a1f5", "selection", N_("Cost and value for money"),
    N_("Total cost against the value and return we expect."), 2 },
  { "b8704924-e5b7-444f-ac3f-b7b4e13a94ff", "selection", N_("Financial stability"),
    N_("Able to serve us for the length of the contract."), 1 },
  { "3daf8ba1-f730-48bb-970f-0fbe496dfe43", "selection", N_("Information security and data protection"),
    N_("Handles our customers' data accurately, securely and lawfully."), 2 },
  { "a89bb5d5-70e4-4f5b-ac00-83698a616592", "proposal", N_("Expected effect on customers"),
    N_("How much the proposal should improve what customers experience."), 3 },
  { "20815a54-593f-479d-8956-97a0c5b55f43", "proposal", N_("Fit with our objectives"),
    N_("How well it serves the company's objectives and strategy."), 2 },
  { "a619cbe1-6c2e-42eb-a658-2d7ab8116c93", "proposal", N_("Cost to put in place"),
    N_("Low cost scores high."), 1 },
  { "d43cdb60-59db-4ed5-8723-413d3da3f21b", "proposal", N_("Measurability"),
    N_("Whether its results can be measured with clear indicators."), 1 },
};

typedef struct {
  const char *uuid;
  const char *name;
  double      min_score;
  const char *action;
} DefaultRule;

static const DefaultRule rules[] = {
  { "f38eda63-7f87-4afb-b732-0c71a4dbd865", N_("Excellent"), 90, "reward" },
  { "7b00cdb9-21a6-45dc-9b7e-d810cb6e0f76", N_("Good"), 75, "none" },
  { "45f55d3d-a200-4e2f-afb0-84072f8cf50c", N_("Watch"), 60, "warning" },
  { "28446e19-a44b-4e57-8ba1-339a2d4672d8", N_("Probation"), 0, "penalty" },
};

void
_rp_store_seed_defaults (RpStore *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (criteria); i++)
    {
      g_autoptr(RpRecord) record = rp_record_new_for (RP_KIND_CRITERION, NULL);

      _rp_record_set_identity (record, criteria[i].uuid, DEFAULTS_TIMESTAMP, DEFAULTS_TIMESTAMP);
      rp_record_set_string (record, RP_CRITERION_SCOPE, criteria[i].scope);
      rp_record_set_string (record, RP_CRITERION_NAME, _(criteria[i].name));
      rp_record_set_string (record, RP_CRITERION_DESCRIPTION, _(criteria[i].description));
      rp_record_set_real (record, RP_CRITERION_WEIGHT, criteria[i].weight);
      rp_record_set_int (record, RP_CRITERION_POSITION, i);
      if (!_rp_store_put (self, record, NULL))
        g_warning ("Could not add the default criterion “%s”", criteria[i].name);
    }
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(RpRecord) record = rp_record_new_for (RP_KIND_STANDING_RULE, NULL);

      _rp_record_set_identity (record, rules[i].uuid, DEFAULTS_TIMESTAMP, DEFAULTS_TIMESTAMP);
      rp_record_set_string (record, RP_STANDING_RULE_NAME, _(rules[i].name));
      rp_record_set_real (record, RP_STANDING_RULE_MIN_SCORE, rules[i].min_score);
      rp_record_set_string (record, RP_STANDING_RULE_RULE_ACTION, rules[i].action);
      rp_record_set_int (record, RP_STANDING_RULE_POSITION, i);
      if (!_rp_store_put (self, record, NULL))
        g_warning ("Could not add the default standing rule “%s”", rules[i].name);
    }
  _rp_store_journal (self, "workspace", NULL, "created", _("Workspace created"), NULL);
}
