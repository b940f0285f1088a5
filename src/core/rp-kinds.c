/* rp-kinds.c — every kind of record, described once
 *
 * Kinds are listed parents first: a record only refers to kinds listed before
 * its own (apart from a strategy's parent strategy), which is the order in which
 * imports insert and exports write.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-kind-private.h"

#define F_TEXT(n, l, fl)        { .name = n, .type = RP_FIELD_TEXT, .flags = (fl), .label = l }
#define F_INT(n, l, fl, lo, hi, d) { .name = n, .type = RP_FIELD_INT, .flags = (fl), .label = l, .min = lo, .max = hi, .default_value = d }
#define F_REAL(n, l, fl, lo, hi, d) { .name = n, .type = RP_FIELD_REAL, .flags = (fl), .label = l, .min = lo, .max = hi, .default_value = d }
#define F_BOOL(n, l)            { .name = n, .type = RP_FIELD_BOOL, .label = l, .default_value = "false" }
#define F_DATE(n, l, fl)        { .name = n, .type = RP_FIELD_DATE, .flags = (fl), .label = l }
#define F_PERIOD(n, l, fl)      { .name = n, .type = RP_FIELD_PERIOD, .flags = (fl), .label = l }
#define F_ENUM(n, l, v, d)      { .name = n, .type = RP_FIELD_ENUM, .flags = RP_FIELD_REQUIRED, .label = l, .enum_values = v, .default_value = d }
#define F_REF(n, l, k, fl)      { .name = n, .type = RP_FIELD_REF, .flags = (fl), .label = l, .ref_kind = k }
#define F_OWNER(n, l, k)        F_REF (n, l, k, RP_FIELD_OWNER | RP_FIELD_REQUIRED | RP_FIELD_HIDDEN)
#define F_POSITION              F_INT ("position", N_("Position"), RP_FIELD_HIDDEN, 0, G_MAXINT32, "0")
#define FIELDS(a)               .fields = a, .n_fields = G_N_ELEMENTS (a)
#define LEVEL(n, l)             F_INT (n, l, 0, 0, 5, "0")

/* Enumerations */

static const RpEnumValue philosophy_status[] = {
  { "draft", N_("Draft") }, { "proposed", N_("Proposed") },
  { "adopted", N_("Adopted") }, { "retired", N_("Retired") }, { NULL, NULL } };
static const RpEnumValue philosophy_step[] = {
  { "proposed", N_("Proposed") }, { "adopted", N_("Adopted") },
  { "retired", N_("Retired") }, { "withdrawn", N_("Returned to draft") }, { NULL, NULL } };
static const RpEnumValue promotion_status[] = {
  { "planned", N_("Planned") }, { "in_progress", N_("In progress") },
  { "done", N_("Done") }, { "cancelled", N_("Cancelled") }, { NULL, NULL } };
static const RpEnumValue framework_template[] = {
  { "blank", N_("Blank") }, { "subscription", N_("Subscription service") },
  { "hardware", N_("Hardware or product sale") }, { "ecommerce", N_("E-commerce retail") },
  { NULL, NULL } };
static const RpEnumValue factor_kind[] = {
  { "customer_need", N_("Customer need") },
  { "stakeholder_requirement", N_("Stakeholder requirement") },
  { "resource_constraint", N_("Resource constraint") }, { NULL, NULL } };
static const RpEnumValue activity_category[] = {
  { "marketing", N_("Marketing") }, { "advertising", N_("Advertising") },
  { "information", N_("Information dissemination") }, { "feedback", N_("Feedback mechanism") },
  { "recovery", N_("Service recovery") }, { "post_sale_marketing", N_("Post-sale marketing") },
  { "support", N_("Support") }, { "training", N_("Training") }, { "other", N_("Other") },
  { NULL, NULL } };
static const RpEnumValue strategy_status[] = {
  { "draft", N_("Draft") }, { "endorsed", N_("Endorsed") }, { "active", N_("Active") },
  { "completed", N_("Completed") }, { "suspended", N_("Suspended") }, { NULL, NULL } };
static const RpEnumValue cadence[] = {
  { "monthly", N_("Monthly") }, { "quarterly", N_("Quarterly") },
  { "half_yearly", N_("Half-yearly") }, { "yearly", N_("Yearly") },
  { "days", N_("Every N days") }, { NULL, NULL } };
static const RpEnumValue plan_status[] = {
  { "planned", N_("Planned") }, { "in_progress", N_("In progress") },
  { "done", N_("Done") }, { "blocked", N_("Blocked") }, { NULL, NULL } };
static const RpEnumValue decision[] = {
  { "pending", N_("Pending") }, { "approved", N_("Approved") },
  { "rejected", N_("Rejected") }, { "deferred", N_("Deferred") }, { NULL, NULL } };
static const RpEnumValue audience[] = {
  { "frontline_staff", N_("Front-line staff") }, { "supervisors", N_("Supervisors") },
  { "management", N_("Management") }, { "outsourcers", N_("Outsourcers") },
  { "all_staff", N_("All staff") }, { NULL, NULL } };
static const RpEnumValue impact[] = {
  { "high", N_("High") }, { "medium", N_("Medium") }, { "low", N_("Low") }, { NULL, NULL } };
static const RpEnumValue service_model[] = {
  { "it", N_("Information technology") }, { "customer_service", N_("Customer service") },
  { "marketing", N_("Marketing") }, { "logistics", N_("Warehousing and logistics") },
  { "other", N_("Other") }, { NULL, NULL } };
static const RpEnumValue outsourcer_status[] = {
  { "candidate", N_("Candidate") }, { "active", N_("Active") },
  { "suspended", N_("Suspended") }, { "ended", N_("Ended") }, { NULL, NULL } };
static const RpEnumValue party[] = {
  { "vendor", N_("The vendor") }, { "company", N_("The company") }, { NULL, NULL } };
static const RpEnumValue compliance_result[] = {
  { "met", N_("Met") }, { "partly_met", N_("Partly met") }, { "missed", N_("Missed") },
  { NULL, NULL } };
static const RpEnumValue kpi_kind[] = {
  { "measured", N_("Measured") }, { "rated", N_("Rated 1–5 by a person") }, { NULL, NULL } };
static const RpEnumValue direction[] = {
  { "higher", N_("Higher is better") }, { "lower", N_("Lower is better") }, { NULL, NULL } };
static const RpEnumValue proposal_status[] = {
  { "submitted", N_("Submitted") }, { "under_review", N_("Under review") },
  { "revise", N_("Revise") }, { "accepted", N_("Accepted") },
  { "integrated", N_("Integrated") }, { "rejected", N_("Rejected") }, { NULL, NULL } };
static const RpEnumValue verdict[] = {
  { "supports", N_("Supports") }, { "neutral", N_("Neutral") },
  { "conflicts", N_("Conflicts") }, { NULL, NULL } };
static const RpEnumValue tuning_status[] = {
  { "open", N_("Open") }, { "agreed", N_("Agreed") }, { "declined", N_("Declined") },
  { "done", N_("Done") }, { NULL, NULL } };
static const RpEnumValue criterion_scope[] = {
  { "philosophy", N_("Philosophy evaluation") }, { "selection", N_("Partner selection") },
  { "proposal", N_("Proposal effectiveness") }, { NULL, NULL } };
static const RpEnumValue rule_action[] = {
  { "reward", N_("Reward") }, { "none", N_("No action") }, { "warning", N_("Warning") },
  { "penalty", N_("Penalty") }, { "termination_review", N_("Termination review") },
  { NULL, NULL } };
static const RpEnumValue vendor_action_kind[] = {
  { "reward", N_("Reward") }, { "warning", N_("Warning") }, { "penalty", N_("Penalty") },
  { "termination_review", N_("Termination review") }, { NULL, NULL } };

/* Profile */

static const RpField profile_fields[] = {
  F_TEXT ("company_name", N_("Company name"), RP_FIELD_REQUIRED),
  F_TEXT ("industry", N_("Industry"), 0),
  F_TEXT ("mission", N_("Mission"), RP_FIELD_MULTILINE),
  F_REAL ("score_cap", N_("Credit above target (1 = none)"), 0, 1, 2, "1"),
};
static const RpField objective_fields[] = {
  F_TEXT ("title", N_("Objective"), RP_FIELD_REQUIRED),
  F_TEXT ("description", N_("Description"), RP_FIELD_MULTILINE),
  F_POSITION,
};
static const RpField stakeholder_group_fields[] = {
  F_TEXT ("name", N_("Name"), RP_FIELD_REQUIRED),
  F_TEXT ("description", N_("Description"), RP_FIELD_MULTILINE),
  F_POSITION,
};

/* Philosophy */

static const RpField philosophy_fields[] = {
  F_TEXT ("title", N_("Title"), RP_FIELD_REQUIRED),
  F_TEXT ("statement", N_("Statement"), RP_FIELD_MULTILINE),
  F_TEXT ("staff_edition", N_("Staff edition"), RP_FIELD_MULTILINE),
  F_ENUM ("status", N_("Status"), philosophy_status, "draft"),
  F_TEXT ("approved_by", N_("Approved by"), RP_FIELD_PERSONAL),
  F_DATE ("adopted_on", N_("Adopted on"), 0),
  F_TEXT ("decision_notes", N_("Decision notes"), RP_FIELD_MULTILINE),
};
static const RpField principle_fields[] = {
  F_OWNER ("philosophy", N_("Philosophy"), "philosophy"),
  F_TEXT ("statement", N_("Principle"), RP_FIELD_REQUIRED | RP_FIELD_MULTILINE),
  F_TEXT ("rationale", N_("Rationale"), RP_FIELD_MULTILINE),
  F_INT ("customer_benefit", N_("Benefit to customers"), 0, 1, 5, "3"),
  F_INT ("company_benefit", N_("Benefit to the company"), 0, 1, 5, "3"),
  F_POSITION,
};
static const RpField principle_objective_fields[] = {
  F_OWNER ("principle", N_("Principle"), "principle"),
  F_OWNER ("objective", N_("Objective"), "objective"),
};
static const RpField principle_stakeholder_fields[] = {
  F_OWNER ("principle", N_("Principle"), "principle"),
  F_OWNER ("stakeholder_group", N_("Stakeholder group"), "stakeholder_group"),
};
static const RpField philosophy_event_fields[] = {
  F_OWNER ("philosophy", N_("Philosophy"), "philosophy"),
  F_ENUM ("step", N_("Step"), philosophy_step, "proposed"),
  F_TEXT ("decided_by", N_("By"), RP_FIELD_PERSONAL),
  F_DATE ("decided_on", N_("On"), RP_FIELD_REQUIRED),
  F_TEXT ("notes", N_("Notes"), RP_FIELD_MULTILINE),
};
static const RpField promotion_fields[] = {
  F_OWNER ("philosophy", N_("Philosophy"), "philosophy"),
  F_TEXT ("title", N_("Activity"), RP_FIELD_REQUIRED),
  F_TEXT ("audience", N_("Audience"), 0),
  F_TEXT ("channel", N_("Channel"), 0),
  F_TEXT ("owner", N_("Owner"), RP_FIELD_PERSONAL),
  F_DATE ("due_on", N_("Due"), 0),
  F_ENUM ("status", N_("Status"), promotion_status, "planned"),
};

/* Outsourcers and staff come before frameworks: staff name their outsourcer. */

static const RpField outsourcer_fields[] = {
  F_TEXT ("name", N_("Name"), RP_FIELD_REQUIRED),
  F_ENUM ("service_model", N_("Service model"), service_model, "other"),
  F_ENUM ("status", N_("Status"), outsourcer_status, "candidate"),
  F_TEXT ("contact_name", N_("Contact"), RP_FIELD_PERSONAL),
  F_TEXT ("contact_email", N_("Contact email"), RP_FIELD_PERSONAL),
  F_TEXT ("contact_phone", N_("Contact phone"), RP_FIELD_PERSONAL),
  F_TEXT ("notes", N_("Notes"), RP_FIELD_MULTILINE),
  F_ENUM ("cadence", N_("Cooperation review rhythm"), cadence, "quarterly"),
  F_INT ("cadence_days", N_("Days between reviews"), 0, 1, 3650, "90"),
};
static const RpField staff_fields[] = {
  F_TEXT ("name", N_("Name"), RP_FIELD_REQUIRED | RP_FIELD_PERSONAL),
  F_TEXT ("role", N_("Role"), 0),
  F_REF ("outsourcer", N_("Outsourcer"), "outsourcer", 0),
  LEVEL ("technical", N_("Technical knowledge")),
  LEVEL ("business", N_("Business know-how")),
  LEVEL ("soft_skills", N_("Soft skills")),
  F_TEXT ("email", N_("Email"), RP_FIELD_PERSONAL),
};

/* Framework */

static const RpField framework_fields[] = {
  F_TEXT ("title", N_("Title"), RP_FIELD_REQUIRED),
  F_TEXT ("description", N_("Description"), RP_FIELD_MULTILINE),
  F_ENUM ("template", N_("Started from"), framework_template, "blank"),
};
static const RpField factor_fields[] = {
  F_OWNER ("framework", N_("Framework"), "framework"),
  F_ENUM ("factor_kind", N_("Kind"), factor_kind, "customer_need"),
  F_TEXT ("description", N_("Factor"), RP_FIELD_REQUIRED | RP_FIELD_MULTILINE),
  F_POSITION,
};
static const RpField phase_fields[] = {
  F_OWNER ("framework", N_("Framework"), "framework"),
  F_TEXT ("name", N_("Name"), RP_FIELD_REQUIRED),
  F_INT ("start_day", N_("Starts (days from the sale)"), 0, -3650, 3650, "0"),
  F_INT ("end_day", N_("Ends (days from the sale)"), 0, -3650, 3650, "0"),
  F_TEXT ("notes", N_("Presenter notes"), RP_FIELD_MULTILINE),
  F_POSITION,
};
static const RpField activity_fields[] = {
  F_OWNER ("phase", N_("Phase"), "phase"),
  F_TEXT ("title", N_("Title"), RP_FIELD_REQUIRED),
  F_ENUM ("category", N_("Category"), activity_category, "other"),
  F_TEXT ("description", N_("Description"), RP_FIELD_MULTILINE),
  F_TEXT ("channel", N_("Channel"), 0),
  F_TEXT ("timing", N_("Timing"), 0),
  F_TEXT ("records_kept", N_("Records kept"), RP_FIELD_MULTILINE),
  F_TEXT ("business_process", N_("Business process"), RP_FIELD_MULTILINE),
  LEVEL ("need_technical", N_("Technical knowledge needed")),
  LEVEL ("need_business", N_("Business know-how needed")),
  LEVEL ("need_soft_skills", N_("Soft skills needed")),
  F_POSITION,
};
static const RpField activity_principle_fields[] = {
  F_OWNER ("activity", N_("Activity"), "activity"),
  F_OWNER ("principle", N_("Principle"), "principle"),
};
static const RpField activity_staff_fields[] = {
  F_OWNER ("activity", N_("Activity"), "activity"),
  F_OWNER ("staff", N_("Staff member"), "staff"),
};

/* Execution */

static const RpField strategy_fields[] = {
  F_REF ("parent", N_("Part of"), "strategy", RP_FIELD_OWNER | RP_FIELD_HIDDEN),
  F_TEXT ("title", N_("Title"), RP_FIELD_REQUIRED),
  F_TEXT ("description", N_("Description"), RP_FIELD_MULTILINE),
  F_ENUM ("status", N_("Status"), strategy_status, "draft"),
  F_TEXT ("endorsed_by", N_("Endorsed by"), RP_FIELD_PERSONAL),
  F_DATE ("endorsed_on", N_("Endorsed on"), 0),
  F_ENUM ("cadence", N_("Review rhythm"), cadence, "quarterly"),
  F_INT ("cadence_days", N_("Days between reviews"), 0, 1, 3650, "90"),
  F_POSITION,
};
static const RpField strategy_principle_fields[] = {
  F_OWNER ("strategy", N_("Strategy"), "strategy"),
  F_OWNER ("principle", N_("Principle"), "principle"),
};
static const RpField plan_item_fields[] = {
  F_OWNER ("strategy", N_("Strategy"), "strategy"),
  F_TEXT ("title", N_("Title"), RP_FIELD_REQUIRED),
  F_TEXT ("owner", N_("Owner"), RP_FIELD_PERSONAL),
  F_DATE ("start_on", N_("Start"), 0),
  F_DATE ("due_on", N_("Due"), 0),
  F_ENUM ("status", N_("Status"), plan_status, "planned"),
  F_INT ("progress", N_("Progress (%)"), 0, 0, 100, "0"),
  F_POSITION,
};
static const RpField change_request_fields[] = {
  F_OWNER ("strategy", N_("Strategy"), "strategy"),
  F_REF ("plan_item", N_("Plan item"), "plan_item", 0),
  F_TEXT ("what", N_("Change"), RP_FIELD_REQUIRED | RP_FIELD_MULTILINE),
  F_TEXT ("why", N_("Reason"), RP_FIELD_MULTILINE),
  F_TEXT ("requested_by", N_("Requested by"), RP_FIELD_PERSONAL),
  F_DATE ("requested_on", N_("Requested on"), 0),
  F_ENUM ("decision", N_("Decision"), decision, "pending"),
  F_TEXT ("decided_by", N_("Decided by"), RP_FIELD_PERSONAL),
  F_DATE ("decided_on", N_("Decided on"), 0),
  F_TEXT ("decision_notes", N_("Decision notes"), RP_FIELD_MULTILINE),
};
static const RpField channel_fields[] = {
  F_REF ("strategy", N_("Strategy"), "strategy", 0),
  F_ENUM ("audience", N_("Audience"), audience, "all_staff"),
  F_TEXT ("medium", N_("Medium"), RP_FIELD_REQUIRED),
  F_TEXT ("frequency", N_("Frequency"), 0),
  F_TEXT ("owner", N_("Owner"), RP_FIELD_PERSONAL),
};
static const RpField competitor_move_fields[] = {
  F_TEXT ("competitor", N_("Competitor"), RP_FIELD_REQUIRED),
  F_TEXT ("move_made", N_("Move"), RP_FIELD_REQUIRED | RP_FIELD_MULTILINE),
  F_DATE ("observed_on", N_("Observed on"), 0),
  F_ENUM ("impact", N_("Predicted impact"), impact, "medium"),
  F_TEXT ("affects", N_("Products or services affected"), 0),
  F_TEXT ("response", N_("Planned response"), RP_FIELD_MULTILINE),
};

/* Outsourcer management */

static const RpField contract_fields[] = {
  F_OWNER ("outsourcer", N_("Outsourcer"), "outsourcer"),
  F_TEXT ("title", N_("Title"), RP_FIELD_REQUIRED),
  F_TEXT ("scope", N_("Scope and content"), RP_FIELD_MULTILINE),
  F_DATE ("starts_on", N_("Starts"), 0),
  F_DATE ("ends_on", N_("Ends"), 0),
  F_REAL ("value", N_("Value"), RP_FIELD_NULLABLE, 0, 1e15, NULL),
  F_TEXT ("currency", N_("Currency"), 0),
};
static const RpField duty_fields[] = {
  F_OWNER ("contract", N_("Contract"), "contract"),
  F_ENUM ("party", N_("Whose"), party, "vendor"),
  F_TEXT ("description", N_("Duty or responsibility"), RP_FIELD_REQUIRED | RP_FIELD_MULTILINE),
  F_POSITION,
};
static const RpField commitment_fields[] = {
  F_OWNER ("contract", N_("Contract"), "contract"),
  F_TEXT ("description", N_("Commitment"), RP_FIELD_REQUIRED | RP_FIELD_MULTILINE),
  F_POSITION,
};
static const RpField compliance_check_fields[] = {
  F_OWNER ("commitment", N_("Commitment"), "commitment"),
  F_PERIOD ("period", N_("Period"), RP_FIELD_REQUIRED),
  F_ENUM ("result", N_("Result"), compliance_result, "met"),
  F_TEXT ("evidence", N_("Evidence"), RP_FIELD_MULTILINE),
};
static const RpField kpi_fields[] = {
  F_OWNER ("outsourcer", N_("Outsourcer"), "outsourcer"),
  F_TEXT ("name", N_("Name"), RP_FIELD_REQUIRED),
  F_TEXT ("unit", N_("Unit"), 0),
  F_ENUM ("kpi_kind", N_("Kind"), kpi_kind, "measured"),
  F_ENUM ("direction", N_("Direction"), direction, "higher"),
  F_REAL ("weight", N_("Weight"), 0, 0, 1000, "1"),
  F_POSITION,
};
static const RpField kpi_target_fields[] = {
  F_OWNER ("kpi", N_("KPI"), "kpi"),
  F_PERIOD ("from_period", N_("From period"), RP_FIELD_REQUIRED),
  F_REAL ("target", N_("Target"), RP_FIELD_REQUIRED, 0, 1e12, NULL),
};
static const RpField figure_fields[] = {
  F_OWNER ("kpi", N_("KPI"), "kpi"),
  F_PERIOD ("period", N_("Period"), RP_FIELD_REQUIRED),
  F_REAL ("value", N_("Value"), RP_FIELD_NULLABLE, -1e12, 1e12, NULL),
  F_BOOL ("not_applicable", N_("Not applicable")),
};
static const RpField proposal_fields[] = {
  F_OWNER ("outsourcer", N_("Outsourcer"), "outsourcer"),
  F_TEXT ("title", N_("Title"), RP_FIELD_REQUIRED),
  F_TEXT ("summary", N_("Summary"), RP_FIELD_MULTILINE),
  F_DATE ("submitted_on", N_("Submitted on"), 0),
  F_ENUM ("status", N_("Status"), proposal_status, "submitted"),
  F_TEXT ("attachments", N_("Attached files (one path a line)"), RP_FIELD_MULTILINE),
};
static const RpField compatibility_fields[] = {
  F_OWNER ("proposal", N_("Proposal"), "proposal"),
  F_OWNER ("principle", N_("Principle"), "principle"),
  F_ENUM ("verdict", N_("Verdict"), verdict, "neutral"),
  F_TEXT ("note", N_("Note"), 0),
};
static const RpField fine_tuning_fields[] = {
  F_OWNER ("proposal", N_("Proposal"), "proposal"),
  F_TEXT ("change_asked", N_("Change asked"), RP_FIELD_REQUIRED | RP_FIELD_MULTILINE),
  F_DATE ("requested_on", N_("Requested on"), 0),
  F_ENUM ("status", N_("Status"), tuning_status, "open"),
};
static const RpField proposal_link_fields[] = {
  F_OWNER ("proposal", N_("Proposal"), "proposal"),
  F_REF ("strategy", N_("Strategy"), "strategy", RP_FIELD_OWNER),
  F_REF ("activity", N_("Framework activity"), "activity", RP_FIELD_OWNER),
};
static const RpField review_fields[] = {
  F_REF ("strategy", N_("Strategy"), "strategy", RP_FIELD_OWNER | RP_FIELD_HIDDEN),
  F_REF ("outsourcer", N_("Outsourcer"), "outsourcer", RP_FIELD_OWNER | RP_FIELD_HIDDEN),
  F_DATE ("held_on", N_("Held on"), RP_FIELD_REQUIRED),
  F_TEXT ("attendees", N_("Attendees"), RP_FIELD_PERSONAL),
  F_TEXT ("findings", N_("Findings"), RP_FIELD_MULTILINE),
  F_TEXT ("decisions", N_("Decisions"), RP_FIELD_MULTILINE),
  F_DATE ("next_review_on", N_("Next review"), 0),
};
static const RpField criterion_fields[] = {
  F_ENUM ("scope", N_("Used for"), criterion_scope, "philosophy"),
  F_TEXT ("name", N_("Criterion"), RP_FIELD_REQUIRED),
  F_TEXT ("description", N_("Description"), RP_FIELD_MULTILINE),
  F_REAL ("weight", N_("Weight"), 0, 0, 1000, "1"),
  F_POSITION,
};
static const RpField evaluation_fields[] = {
  F_REF ("philosophy", N_("Philosophy"), "philosophy", RP_FIELD_OWNER | RP_FIELD_HIDDEN),
  F_REF ("outsourcer", N_("Outsourcer"), "outsourcer", RP_FIELD_OWNER | RP_FIELD_HIDDEN),
  F_REF ("proposal", N_("Proposal"), "proposal", RP_FIELD_OWNER | RP_FIELD_HIDDEN),
  F_TEXT ("evaluator", N_("Evaluator"), RP_FIELD_PERSONAL),
  F_DATE ("evaluated_on", N_("Date"), RP_FIELD_REQUIRED),
  F_TEXT ("notes", N_("Notes"), RP_FIELD_MULTILINE),
};
static const RpField score_fields[] = {
  F_OWNER ("evaluation", N_("Evaluation"), "evaluation"),
  F_OWNER ("criterion", N_("Criterion"), "criterion"),
  F_INT ("value", N_("Score"), 0, 1, 5, "3"),
};
static const RpField standing_rule_fields[] = {
  F_TEXT ("name", N_("Standing"), RP_FIELD_REQUIRED),
  F_REAL ("min_score", N_("Minimum score"), 0, 0, 100, "0"),
  F_ENUM ("rule_action", N_("Calls for"), rule_action, "none"),
  F_POSITION,
};
static const RpField vendor_action_fields[] = {
  F_OWNER ("outsourcer", N_("Outsourcer"), "outsourcer"),
  F_PERIOD ("period", N_("For period"), 0),
  F_ENUM ("action_kind", N_("Kind"), vendor_action_kind, "warning"),
  F_REAL ("amount", N_("Amount"), RP_FIELD_NULLABLE, 0, 1e15, NULL),
  F_TEXT ("reason", N_("Reason"), RP_FIELD_REQUIRED | RP_FIELD_MULTILINE),
  F_TEXT ("decided_by", N_("Decided by"), RP_FIELD_PERSONAL),
  F_DATE ("decided_on", N_("Decided on"), RP_FIELD_REQUIRED),
};

/* Journal */

static const RpField journal_entry_fields[] = {
  F_TEXT ("who", N_("Who"), RP_FIELD_PERSONAL),
  F_TEXT ("record_kind", N_("Record kind"), RP_FIELD_REQUIRED),
  F_TEXT ("record_uuid", N_("Record"), 0),
  F_TEXT ("action", N_("Action"), RP_FIELD_REQUIRED),
  F_TEXT ("summary", N_("Summary"), RP_FIELD_MULTILINE),
};

static const char *const evaluation_subjects[] = { "philosophy", "outsourcer", "proposal", NULL };
static const char *const review_subjects[] = { "strategy", "outsourcer", NULL };
static const char *const link_targets[] = { "strategy", "activity", NULL };

static const char *const principle_objective_unique[] = { "principle", "objective", NULL };
static const char *const principle_stakeholder_unique[] = { "principle", "stakeholder_group", NULL };
static const char *const activity_principle_unique[] = { "activity", "principle", NULL };
static const char *const activity_staff_unique[] = { "activity", "staff", NULL };
static const char *const strategy_principle_unique[] = { "strategy", "principle", NULL };
static const char *const compatibility_unique[] = { "proposal", "principle", NULL };
static const char *const score_unique[] = { "evaluation", "criterion", NULL };
static const char *const figure_unique[] = { "kpi", "period", NULL };
static const char *const kpi_target_unique[] = { "kpi", "from_period", NULL };
static const char *const compliance_check_unique[] = { "commitment", "period", NULL };

#define BY_POSITION "position, rowid"

const RpKindDef _rp_kind_defs[] = {
  { { "profile", "profile", "RpProfile", N_("Workspace profile"), N_("Workspace profile"),
      FIELDS (profile_fields), "company_name", "rowid", RP_KIND_SINGLETON } },
  { { "objective", "objectives", "RpObjective", N_("Corporate objective"), N_("Corporate objectives"),
      FIELDS (objective_fields), "title", BY_POSITION, RP_KIND_ORDERED } },
  { { "stakeholder_group", "stakeholder_groups", "RpStakeholderGroup", N_("Stakeholder group"), N_("Stakeholder groups"),
      FIELDS (stakeholder_group_fields), "name", BY_POSITION, RP_KIND_ORDERED } },
  { { "philosophy", "philosophies", "RpPhilosophy", N_("Philosophy"), N_("Philosophies"),
      FIELDS (philosophy_fields), "title", "title COLLATE NOCASE, rowid", 0 } },
  { { "principle", "principles", "RpPrinciple", N_("Principle"), N_("Principles"),
      FIELDS (principle_fields), "statement", BY_POSITION, RP_KIND_ORDERED } },
  { { "principle_objective", "principle_objectives", "RpPrincipleObjective", N_("Objective served"), N_("Objectives served"),
      FIELDS (principle_objective_fields), NULL, "rowid", RP_KIND_LINK },
    NULL, principle_objective_unique },
  { { "principle_stakeholder", "principle_stakeholders", "RpPrincipleStakeholder", N_("Stakeholder group touched"), N_("Stakeholder groups touched"),
      FIELDS (principle_stakeholder_fields), NULL, "rowid", RP_KIND_LINK },
    NULL, principle_stakeholder_unique },
  { { "philosophy_event", "philosophy_events", "RpPhilosophyEvent", N_("Adoption step"), N_("Adoption history"),
      FIELDS (philosophy_event_fields), "step", "decided_on, rowid", 0 } },
  { { "promotion", "promotions", "RpPromotion", N_("Promotion activity"), N_("Promotion activities"),
      FIELDS (promotion_fields), "title", "due_on IS NULL, due_on, rowid", 0 } },
  { { "outsourcer", "outsourcers", "RpOutsourcer", N_("Outsourcer"), N_("Outsourcers"),
      FIELDS (outsourcer_fields), "name", "name COLLATE NOCASE, rowid", 0 } },
  { { "staff", "staff", "RpStaff", N_("Staff member"), N_("Staff"),
      FIELDS (staff_fields), "name", "name COLLATE NOCASE, rowid", 0 } },
  { { "framework", "frameworks", "RpFramework", N_("Framework"), N_("Frameworks"),
      FIELDS (framework_fields), "title", "title COLLATE NOCASE, rowid", 0 } },
  { { "factor", "factors", "RpFactor", N_("Factor"), N_("Factors"),
      FIELDS (factor_fields), "description", BY_POSITION, RP_KIND_ORDERED } },
  { { "phase", "phases", "RpPhase", N_("Phase"), N_("Phases"),
      FIELDS (phase_fields), "name", BY_POSITION, RP_KIND_ORDERED } },
  { { "activity", "activities", "RpActivity", N_("Activity"), N_("Activities"),
      FIELDS (activity_fields), "title", BY_POSITION, RP_KIND_ORDERED } },
  { { "activity_principle", "activity_principles", "RpActivityPrinciple", N_("Principle served"), N_("Principles served"),
      FIELDS (activity_principle_fields), NULL, "rowid", RP_KIND_LINK },
    NULL, activity_principle_unique },
  { { "activity_staff", "activity_staff", "RpActivityStaff", N_("Assignment"), N_("Assignments"),
      FIELDS (activity_staff_fields), NULL, "rowid", RP_KIND_LINK },
    NULL, activity_staff_unique },
  { { "strategy", "strategies", "RpStrategy", N_("Strategy"), N_("Strategies"),
      FIELDS (strategy_fields), "title", BY_POSITION, RP_KIND_ORDERED } },
  { { "strategy_principle", "strategy_principles", "RpStrategyPrinciple", N_("Principle carried out"), N_("Principles carried out"),
      FIELDS (strategy_principle_fields), NULL, "rowid", RP_KIND_LINK },
    NULL, strategy_principle_unique },
  { { "plan_item", "plan_items", "RpPlanItem", N_("Plan item"), N_("Plan items"),
      FIELDS (plan_item_fields), "title", BY_POSITION, RP_KIND_ORDERED } },
  { { "change_request", "change_requests", "RpChangeRequest", N_("Change request"), N_("Change requests"),
      FIELDS (change_request_fields), "what", "requested_on IS NULL, requested_on DESC, rowid", 0 } },
  { { "channel", "channels", "RpChannel", N_("Communication channel"), N_("Communication channels"),
      FIELDS (channel_fields), "medium", "rowid", 0 } },
  { { "competitor_move", "competitor_moves", "RpCompetitorMove", N_("Competitor move"), N_("Competitor moves"),
      FIELDS (competitor_move_fields), "competitor", "observed_on IS NULL, observed_on DESC, rowid", 0 } },
  { { "contract", "contracts", "RpContract", N_("Contract"), N_("Contracts"),
      FIELDS (contract_fields), "title", "starts_on, rowid", 0 } },
  { { "duty", "duties", "RpDuty", N_("Duty"), N_("Duties and responsibilities"),
      FIELDS (duty_fields), "description", BY_POSITION, RP_KIND_ORDERED } },
  { { "commitment", "commitments", "RpCommitment", N_("Commitment"), N_("Commitments"),
      FIELDS (commitment_fields), "description", BY_POSITION, RP_KIND_ORDERED } },
  { { "compliance_check", "compliance_checks", "RpComplianceCheck", N_("Compliance check"), N_("Compliance checks"),
      FIELDS (compliance_check_fields), "period", "period, rowid", 0 },
    NULL, compliance_check_unique },
  { { "kpi", "kpis", "RpKpi", N_("KPI"), N_("KPIs"),
      FIELDS (kpi_fields), "name", BY_POSITION, RP_KIND_ORDERED } },
  { { "kpi_target", "kpi_targets", "RpKpiTarget", N_("Target"), N_("Targets"),
      FIELDS (kpi_target_fields), "from_period", "from_period, rowid", 0 },
    NULL, kpi_target_unique },
  { { "figure", "figures", "RpFigure", N_("Figure"), N_("Figures"),
      FIELDS (figure_fields), "period", "period, rowid", 0 },
    NULL, figure_unique },
  { { "proposal", "proposals", "RpProposal", N_("Proposal"), N_("Proposals"),
      FIELDS (proposal_fields), "title", "submitted_on DESC, rowid", 0 } },
  { { "compatibility", "compatibilities", "RpCompatibility", N_("Compatibility verdict"), N_("Compatibility verdicts"),
      FIELDS (compatibility_fields), NULL, "rowid", RP_KIND_LINK },
    NULL, compatibility_unique },
  { { "fine_tuning", "fine_tunings", "RpFineTuning", N_("Fine-tuning request"), N_("Fine-tuning requests"),
      FIELDS (fine_tuning_fields), "change_asked", "rowid", 0 } },
  { { "proposal_link", "proposal_links", "RpProposalLink", N_("Integration"), N_("Integrations"),
      FIELDS (proposal_link_fields), NULL, "rowid", RP_KIND_LINK },
    link_targets },
  { { "review", "reviews", "RpReview", N_("Review"), N_("Reviews"),
      FIELDS (review_fields), "held_on", "held_on DESC, rowid DESC", 0 },
    review_subjects },
  { { "criterion", "criteria", "RpCriterion", N_("Criterion"), N_("Criteria"),
      FIELDS (criterion_fields), "name", BY_POSITION, RP_KIND_ORDERED } },
  { { "evaluation", "evaluations", "RpEvaluation", N_("Evaluation"), N_("Evaluations"),
      FIELDS (evaluation_fields), "evaluated_on", "evaluated_on DESC, rowid DESC", 0 },
    evaluation_subjects },
  { { "score", "scores", "RpScore", N_("Score"), N_("Scores"),
      FIELDS (score_fields), NULL, "rowid", RP_KIND_LINK },
    NULL, score_unique },
  { { "standing_rule", "standing_rules", "RpStandingRule", N_("Standing rule"), N_("Standing rules"),
      FIELDS (standing_rule_fields), "name", "min_score DESC, rowid", 0 } },
  { { "vendor_action", "vendor_actions", "RpVendorAction", N_("Decided action"), N_("Decided actions"),
      FIELDS (vendor_action_fields), "reason", "decided_on DESC, rowid DESC", 0 } },
  { { "journal_entry", "journal", "RpJournalEntry", N_("Journal entry"), N_("Journal"),
      FIELDS (journal_entry_fields), "summary", "id DESC", RP_KIND_APPEND_ONLY } },
};

const guint _rp_n_kind_defs = G_N_ELEMENTS (_rp_kind_defs);
