-- Step 1: the workspace. Every kind of record of the domain, with its references,
-- rules and the indexes the views need. Identifiers match src/core/rp-kinds.c;
-- tests/test-store.c checks that they agree.

CREATE TABLE "profile" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "company_name" TEXT NOT NULL CHECK (length("company_name") > 0),
  "industry" TEXT,
  "mission" TEXT,
  "score_cap" REAL NOT NULL DEFAULT 1 CHECK ("score_cap" IS NULL OR "score_cap" BETWEEN 1 AND 2)
) STRICT;

CREATE TABLE "objective" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "title" TEXT NOT NULL CHECK (length("title") > 0),
  "description" TEXT,
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;

CREATE TABLE "stakeholder_group" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "name" TEXT NOT NULL CHECK (length("name") > 0),
  "description" TEXT,
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;

CREATE TABLE "philosophy" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "title" TEXT NOT NULL CHECK (length("title") > 0),
  "statement" TEXT,
  "staff_edition" TEXT,
  "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'proposed', 'adopted', 'retired')),
  "approved_by" TEXT,
  "adopted_on" TEXT CHECK ("adopted_on" IS NULL OR (length("adopted_on") = 10 AND date("adopted_on") IS "adopted_on")),
  "decision_notes" TEXT
) STRICT;

CREATE TABLE "principle" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "philosophy" TEXT NOT NULL REFERENCES "philosophy" ("uuid") ON DELETE CASCADE,
  "statement" TEXT NOT NULL CHECK (length("statement") > 0),
  "rationale" TEXT,
  "customer_benefit" INTEGER NOT NULL DEFAULT 3 CHECK ("customer_benefit" BETWEEN 1 AND 5),
  "company_benefit" INTEGER NOT NULL DEFAULT 3 CHECK ("company_benefit" BETWEEN 1 AND 5),
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;
CREATE INDEX "principle_philosophy" ON "principle" ("philosophy");

CREATE TABLE "principle_objective" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "principle" TEXT NOT NULL REFERENCES "principle" ("uuid") ON DELETE CASCADE,
  "objective" TEXT NOT NULL REFERENCES "objective" ("uuid") ON DELETE CASCADE,
  UNIQUE ("principle", "objective")
) STRICT;
CREATE INDEX "principle_objective_objective" ON "principle_objective" ("objective");

CREATE TABLE "principle_stakeholder" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "principle" TEXT NOT NULL REFERENCES "principle" ("uuid") ON DELETE CASCADE,
  "stakeholder_group" TEXT NOT NULL REFERENCES "stakeholder_group" ("uuid") ON DELETE CASCADE,
  UNIQUE ("principle", "stakeholder_group")
) STRICT;
CREATE INDEX "principle_stakeholder_stakeholder_group" ON "principle_stakeholder" ("stakeholder_group");

CREATE TABLE "philosophy_event" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "philosophy" TEXT NOT NULL REFERENCES "philosophy" ("uuid") ON DELETE CASCADE,
  "step" TEXT NOT NULL DEFAULT 'proposed' CHECK ("step" IN ('proposed', 'adopted', 'retired', 'withdrawn')),
  "decided_by" TEXT,
  "decided_on" TEXT NOT NULL CHECK ("decided_on" IS NULL OR (length("decided_on") = 10 AND date("decided_on") IS "decided_on")),
  "notes" TEXT
) STRICT;
CREATE INDEX "philosophy_event_philosophy" ON "philosophy_event" ("philosophy");

CREATE TABLE "promotion" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "philosophy" TEXT NOT NULL REFERENCES "philosophy" ("uuid") ON DELETE CASCADE,
  "title" TEXT NOT NULL CHECK (length("title") > 0),
  "audience" TEXT,
  "channel" TEXT,
  "owner" TEXT,
  "due_on" TEXT CHECK ("due_on" IS NULL OR (length("due_on") = 10 AND date("due_on") IS "due_on")),
  "status" TEXT NOT NULL DEFAULT 'planned' CHECK ("status" IN ('planned', 'in_progress', 'done', 'cancelled'))
) STRICT;
CREATE INDEX "promotion_philosophy" ON "promotion" ("philosophy");

CREATE TABLE "outsourcer" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "name" TEXT NOT NULL CHECK (length("name") > 0),
  "service_model" TEXT NOT NULL DEFAULT 'other' CHECK ("service_model" IN ('it', 'customer_service', 'marketing', 'logistics', 'other')),
  "status" TEXT NOT NULL DEFAULT 'candidate' CHECK ("status" IN ('candidate', 'active', 'suspended', 'ended')),
  "contact_name" TEXT,
  "contact_email" TEXT,
  "contact_phone" TEXT,
  "notes" TEXT,
  "cadence" TEXT NOT NULL DEFAULT 'quarterly' CHECK ("cadence" IN ('monthly', 'quarterly', 'half_yearly', 'yearly', 'days')),
  "cadence_days" INTEGER NOT NULL DEFAULT 90 CHECK ("cadence_days" BETWEEN 1 AND 3650)
) STRICT;

CREATE TABLE "staff" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "name" TEXT NOT NULL CHECK (length("name") > 0),
  "role" TEXT,
  "outsourcer" TEXT REFERENCES "outsourcer" ("uuid") ON DELETE SET NULL,
  "technical" INTEGER NOT NULL DEFAULT 0 CHECK ("technical" BETWEEN 0 AND 5),
  "business" INTEGER NOT NULL DEFAULT 0 CHECK ("business" BETWEEN 0 AND 5),
  "soft_skills" INTEGER NOT NULL DEFAULT 0 CHECK ("soft_skills" BETWEEN 0 AND 5),
  "email" TEXT
) STRICT;
CREATE INDEX "staff_outsourcer" ON "staff" ("outsourcer");

CREATE TABLE "framework" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "title" TEXT NOT NULL CHECK (length("title") > 0),
  "description" TEXT,
  "template" TEXT NOT NULL DEFAULT 'blank' CHECK ("template" IN ('blank', 'subscription', 'hardware', 'ecommerce'))
) STRICT;

CREATE TABLE "factor" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "framework" TEXT NOT NULL REFERENCES "framework" ("uuid") ON DELETE CASCADE,
  "factor_kind" TEXT NOT NULL DEFAULT 'customer_need' CHECK ("factor_kind" IN ('customer_need', 'stakeholder_requirement', 'resource_constraint')),
  "description" TEXT NOT NULL CHECK (length("description") > 0),
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;
CREATE INDEX "factor_framework" ON "factor" ("framework");

CREATE TABLE "phase" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "framework" TEXT NOT NULL REFERENCES "framework" ("uuid") ON DELETE CASCADE,
  "name" TEXT NOT NULL CHECK (length("name") > 0),
  "start_day" INTEGER NOT NULL DEFAULT 0 CHECK ("start_day" BETWEEN -3650 AND 3650),
  "end_day" INTEGER NOT NULL DEFAULT 0 CHECK ("end_day" BETWEEN -3650 AND 3650),
  "notes" TEXT,
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;
CREATE INDEX "phase_framework" ON "phase" ("framework");

CREATE TABLE "activity" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "phase" TEXT NOT NULL REFERENCES "phase" ("uuid") ON DELETE CASCADE,
  "title" TEXT NOT NULL CHECK (length("title") > 0),
  "category" TEXT NOT NULL DEFAULT 'other' CHECK ("category" IN ('marketing', 'advertising', 'information', 'feedback', 'recovery', 'post_sale_marketing', 'support', 'training', 'other')),
  "description" TEXT,
  "channel" TEXT,
  "timing" TEXT,
  "records_kept" TEXT,
  "business_process" TEXT,
  "need_technical" INTEGER NOT NULL DEFAULT 0 CHECK ("need_technical" BETWEEN 0 AND 5),
  "need_business" INTEGER NOT NULL DEFAULT 0 CHECK ("need_business" BETWEEN 0 AND 5),
  "need_soft_skills" INTEGER NOT NULL DEFAULT 0 CHECK ("need_soft_skills" BETWEEN 0 AND 5),
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;
CREATE INDEX "activity_phase" ON "activity" ("phase");

CREATE TABLE "activity_principle" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "activity" TEXT NOT NULL REFERENCES "activity" ("uuid") ON DELETE CASCADE,
  "principle" TEXT NOT NULL REFERENCES "principle" ("uuid") ON DELETE CASCADE,
  UNIQUE ("activity", "principle")
) STRICT;
CREATE INDEX "activity_principle_principle" ON "activity_principle" ("principle");

CREATE TABLE "activity_staff" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "activity" TEXT NOT NULL REFERENCES "activity" ("uuid") ON DELETE CASCADE,
  "staff" TEXT NOT NULL REFERENCES "staff" ("uuid") ON DELETE CASCADE,
  UNIQUE ("activity", "staff")
) STRICT;
CREATE INDEX "activity_staff_staff" ON "activity_staff" ("staff");

CREATE TABLE "strategy" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "parent" TEXT REFERENCES "strategy" ("uuid") ON DELETE CASCADE,
  "title" TEXT NOT NULL CHECK (length("title") > 0),
  "description" TEXT,
  "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'endorsed', 'active', 'completed', 'suspended')),
  "endorsed_by" TEXT,
  "endorsed_on" TEXT CHECK ("endorsed_on" IS NULL OR (length("endorsed_on") = 10 AND date("endorsed_on") IS "endorsed_on")),
  "cadence" TEXT NOT NULL DEFAULT 'quarterly' CHECK ("cadence" IN ('monthly', 'quarterly', 'half_yearly', 'yearly', 'days')),
  "cadence_days" INTEGER NOT NULL DEFAULT 90 CHECK ("cadence_days" BETWEEN 1 AND 3650),
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;
CREATE INDEX "strategy_parent" ON "strategy" ("parent");

CREATE TABLE "strategy_principle" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "strategy" TEXT NOT NULL REFERENCES "strategy" ("uuid") ON DELETE CASCADE,
  "principle" TEXT NOT NULL REFERENCES "principle" ("uuid") ON DELETE CASCADE,
  UNIQUE ("strategy", "principle")
) STRICT;
CREATE INDEX "strategy_principle_principle" ON "strategy_principle" ("principle");

CREATE TABLE "plan_item" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "strategy" TEXT NOT NULL REFERENCES "strategy" ("uuid") ON DELETE CASCADE,
  "title" TEXT NOT NULL CHECK (length("title") > 0),
  "owner" TEXT,
  "start_on" TEXT CHECK ("start_on" IS NULL OR (length("start_on") = 10 AND date("start_on") IS "start_on")),
  "due_on" TEXT CHECK ("due_on" IS NULL OR (length("due_on") = 10 AND date("due_on") IS "due_on")),
  "status" TEXT NOT NULL DEFAULT 'planned' CHECK ("status" IN ('planned', 'in_progress', 'done', 'blocked')),
  "progress" INTEGER NOT NULL DEFAULT 0 CHECK ("progress" BETWEEN 0 AND 100),
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;
CREATE INDEX "plan_item_strategy" ON "plan_item" ("strategy");

CREATE TABLE "change_request" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "strategy" TEXT NOT NULL REFERENCES "strategy" ("uuid") ON DELETE CASCADE,
  "plan_item" TEXT REFERENCES "plan_item" ("uuid") ON DELETE SET NULL,
  "what" TEXT NOT NULL CHECK (length("what") > 0),
  "why" TEXT,
  "requested_by" TEXT,
  "requested_on" TEXT CHECK ("requested_on" IS NULL OR (length("requested_on") = 10 AND date("requested_on") IS "requested_on")),
  "decision" TEXT NOT NULL DEFAULT 'pending' CHECK ("decision" IN ('pending', 'approved', 'rejected', 'deferred')),
  "decided_by" TEXT,
  "decided_on" TEXT CHECK ("decided_on" IS NULL OR (length("decided_on") = 10 AND date("decided_on") IS "decided_on")),
  "decision_notes" TEXT
) STRICT;
CREATE INDEX "change_request_strategy" ON "change_request" ("strategy");
CREATE INDEX "change_request_plan_item" ON "change_request" ("plan_item");

CREATE TABLE "channel" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "strategy" TEXT REFERENCES "strategy" ("uuid") ON DELETE SET NULL,
  "audience" TEXT NOT NULL DEFAULT 'all_staff' CHECK ("audience" IN ('frontline_staff', 'supervisors', 'management', 'outsourcers', 'all_staff')),
  "medium" TEXT NOT NULL CHECK (length("medium") > 0),
  "frequency" TEXT,
  "owner" TEXT
) STRICT;
CREATE INDEX "channel_strategy" ON "channel" ("strategy");

CREATE TABLE "competitor_move" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "competitor" TEXT NOT NULL CHECK (length("competitor") > 0),
  "move_made" TEXT NOT NULL CHECK (length("move_made") > 0),
  "observed_on" TEXT CHECK ("observed_on" IS NULL OR (length("observed_on") = 10 AND date("observed_on") IS "observed_on")),
  "impact" TEXT NOT NULL DEFAULT 'medium' CHECK ("impact" IN ('high', 'medium', 'low')),
  "affects" TEXT,
  "response" TEXT
) STRICT;

CREATE TABLE "contract" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "outsourcer" TEXT NOT NULL REFERENCES "outsourcer" ("uuid") ON DELETE CASCADE,
  "title" TEXT NOT NULL CHECK (length("title") > 0),
  "scope" TEXT,
  "starts_on" TEXT CHECK ("starts_on" IS NULL OR (length("starts_on") = 10 AND date("starts_on") IS "starts_on")),
  "ends_on" TEXT CHECK ("ends_on" IS NULL OR (length("ends_on") = 10 AND date("ends_on") IS "ends_on")),
  "value" REAL CHECK ("value" IS NULL OR "value" BETWEEN 0 AND 1000000000000000),
  "currency" TEXT
) STRICT;
CREATE INDEX "contract_outsourcer" ON "contract" ("outsourcer");

CREATE TABLE "duty" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "contract" TEXT NOT NULL REFERENCES "contract" ("uuid") ON DELETE CASCADE,
  "party" TEXT NOT NULL DEFAULT 'vendor' CHECK ("party" IN ('vendor', 'company')),
  "description" TEXT NOT NULL CHECK (length("description") > 0),
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;
CREATE INDEX "duty_contract" ON "duty" ("contract");

CREATE TABLE "commitment" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "contract" TEXT NOT NULL REFERENCES "contract" ("uuid") ON DELETE CASCADE,
  "description" TEXT NOT NULL CHECK (length("description") > 0),
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;
CREATE INDEX "commitment_contract" ON "commitment" ("contract");

CREATE TABLE "compliance_check" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "commitment" TEXT NOT NULL REFERENCES "commitment" ("uuid") ON DELETE CASCADE,
  "period" TEXT NOT NULL CHECK ("period" IS NULL OR (length("period") = 7 AND date("period" || '-01') IS "period" || '-01')),
  "result" TEXT NOT NULL DEFAULT 'met' CHECK ("result" IN ('met', 'partly_met', 'missed')),
  "evidence" TEXT,
  UNIQUE ("commitment", "period")
) STRICT;

CREATE TABLE "kpi" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "outsourcer" TEXT NOT NULL REFERENCES "outsourcer" ("uuid") ON DELETE CASCADE,
  "name" TEXT NOT NULL CHECK (length("name") > 0),
  "unit" TEXT,
  "kpi_kind" TEXT NOT NULL DEFAULT 'measured' CHECK ("kpi_kind" IN ('measured', 'rated')),
  "direction" TEXT NOT NULL DEFAULT 'higher' CHECK ("direction" IN ('higher', 'lower')),
  "weight" REAL NOT NULL DEFAULT 1 CHECK ("weight" IS NULL OR "weight" BETWEEN 0 AND 1000),
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;
CREATE INDEX "kpi_outsourcer" ON "kpi" ("outsourcer");

CREATE TABLE "kpi_target" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "kpi" TEXT NOT NULL REFERENCES "kpi" ("uuid") ON DELETE CASCADE,
  "from_period" TEXT NOT NULL CHECK ("from_period" IS NULL OR (length("from_period") = 7 AND date("from_period" || '-01') IS "from_period" || '-01')),
  "target" REAL NOT NULL CHECK ("target" IS NULL OR "target" BETWEEN 0 AND 1000000000000),
  UNIQUE ("kpi", "from_period")
) STRICT;

CREATE TABLE "figure" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "kpi" TEXT NOT NULL REFERENCES "kpi" ("uuid") ON DELETE CASCADE,
  "period" TEXT NOT NULL CHECK ("period" IS NULL OR (length("period") = 7 AND date("period" || '-01') IS "period" || '-01')),
  "value" REAL CHECK ("value" IS NULL OR "value" BETWEEN -1000000000000 AND 1000000000000),
  "not_applicable" INTEGER NOT NULL DEFAULT 0 CHECK ("not_applicable" IN (0, 1)),
  UNIQUE ("kpi", "period")
) STRICT;

CREATE TABLE "proposal" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "outsourcer" TEXT NOT NULL REFERENCES "outsourcer" ("uuid") ON DELETE CASCADE,
  "title" TEXT NOT NULL CHECK (length("title") > 0),
  "summary" TEXT,
  "submitted_on" TEXT CHECK ("submitted_on" IS NULL OR (length("submitted_on") = 10 AND date("submitted_on") IS "submitted_on")),
  "status" TEXT NOT NULL DEFAULT 'submitted' CHECK ("status" IN ('submitted', 'under_review', 'revise', 'accepted', 'integrated', 'rejected')),
  "attachments" TEXT
) STRICT;
CREATE INDEX "proposal_outsourcer" ON "proposal" ("outsourcer");

CREATE TABLE "compatibility" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "proposal" TEXT NOT NULL REFERENCES "proposal" ("uuid") ON DELETE CASCADE,
  "principle" TEXT NOT NULL REFERENCES "principle" ("uuid") ON DELETE CASCADE,
  "verdict" TEXT NOT NULL DEFAULT 'neutral' CHECK ("verdict" IN ('supports', 'neutral', 'conflicts')),
  "note" TEXT,
  UNIQUE ("proposal", "principle")
) STRICT;
CREATE INDEX "compatibility_principle" ON "compatibility" ("principle");

CREATE TABLE "fine_tuning" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "proposal" TEXT NOT NULL REFERENCES "proposal" ("uuid") ON DELETE CASCADE,
  "change_asked" TEXT NOT NULL CHECK (length("change_asked") > 0),
  "requested_on" TEXT CHECK ("requested_on" IS NULL OR (length("requested_on") = 10 AND date("requested_on") IS "requested_on")),
  "status" TEXT NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'agreed', 'declined', 'done'))
) STRICT;
CREATE INDEX "fine_tuning_proposal" ON "fine_tuning" ("proposal");

CREATE TABLE "proposal_link" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "proposal" TEXT NOT NULL REFERENCES "proposal" ("uuid") ON DELETE CASCADE,
  "strategy" TEXT REFERENCES "strategy" ("uuid") ON DELETE CASCADE,
  "activity" TEXT REFERENCES "activity" ("uuid") ON DELETE CASCADE,
  CHECK (("strategy" IS NOT NULL) + ("activity" IS NOT NULL) = 1)
) STRICT;
CREATE INDEX "proposal_link_proposal" ON "proposal_link" ("proposal");
CREATE INDEX "proposal_link_strategy" ON "proposal_link" ("strategy");
CREATE INDEX "proposal_link_activity" ON "proposal_link" ("activity");

CREATE TABLE "review" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "strategy" TEXT REFERENCES "strategy" ("uuid") ON DELETE CASCADE,
  "outsourcer" TEXT REFERENCES "outsourcer" ("uuid") ON DELETE CASCADE,
  "held_on" TEXT NOT NULL CHECK ("held_on" IS NULL OR (length("held_on") = 10 AND date("held_on") IS "held_on")),
  "attendees" TEXT,
  "findings" TEXT,
  "decisions" TEXT,
  "next_review_on" TEXT CHECK ("next_review_on" IS NULL OR (length("next_review_on") = 10 AND date("next_review_on") IS "next_review_on")),
  CHECK (("strategy" IS NOT NULL) + ("outsourcer" IS NOT NULL) = 1)
) STRICT;
CREATE INDEX "review_strategy" ON "review" ("strategy");
CREATE INDEX "review_outsourcer" ON "review" ("outsourcer");

CREATE TABLE "criterion" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "scope" TEXT NOT NULL DEFAULT 'philosophy' CHECK ("scope" IN ('philosophy', 'selection', 'proposal')),
  "name" TEXT NOT NULL CHECK (length("name") > 0),
  "description" TEXT,
  "weight" REAL NOT NULL DEFAULT 1 CHECK ("weight" IS NULL OR "weight" BETWEEN 0 AND 1000),
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;

CREATE TABLE "evaluation" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "philosophy" TEXT REFERENCES "philosophy" ("uuid") ON DELETE CASCADE,
  "outsourcer" TEXT REFERENCES "outsourcer" ("uuid") ON DELETE CASCADE,
  "proposal" TEXT REFERENCES "proposal" ("uuid") ON DELETE CASCADE,
  "evaluator" TEXT,
  "evaluated_on" TEXT NOT NULL CHECK ("evaluated_on" IS NULL OR (length("evaluated_on") = 10 AND date("evaluated_on") IS "evaluated_on")),
  "notes" TEXT,
  CHECK (("philosophy" IS NOT NULL) + ("outsourcer" IS NOT NULL) + ("proposal" IS NOT NULL) = 1)
) STRICT;
CREATE INDEX "evaluation_philosophy" ON "evaluation" ("philosophy");
CREATE INDEX "evaluation_outsourcer" ON "evaluation" ("outsourcer");
CREATE INDEX "evaluation_proposal" ON "evaluation" ("proposal");

CREATE TABLE "score" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "evaluation" TEXT NOT NULL REFERENCES "evaluation" ("uuid") ON DELETE CASCADE,
  "criterion" TEXT NOT NULL REFERENCES "criterion" ("uuid") ON DELETE CASCADE,
  "value" INTEGER NOT NULL DEFAULT 3 CHECK ("value" BETWEEN 1 AND 5),
  UNIQUE ("evaluation", "criterion")
) STRICT;
CREATE INDEX "score_criterion" ON "score" ("criterion");

CREATE TABLE "standing_rule" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "name" TEXT NOT NULL CHECK (length("name") > 0),
  "min_score" REAL NOT NULL DEFAULT 0 CHECK ("min_score" IS NULL OR "min_score" BETWEEN 0 AND 100),
  "rule_action" TEXT NOT NULL DEFAULT 'none' CHECK ("rule_action" IN ('reward', 'none', 'warning', 'penalty', 'termination_review')),
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647)
) STRICT;

CREATE TABLE "vendor_action" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "outsourcer" TEXT NOT NULL REFERENCES "outsourcer" ("uuid") ON DELETE CASCADE,
  "period" TEXT CHECK ("period" IS NULL OR (length("period") = 7 AND date("period" || '-01') IS "period" || '-01')),
  "action_kind" TEXT NOT NULL DEFAULT 'warning' CHECK ("action_kind" IN ('reward', 'warning', 'penalty', 'termination_review')),
  "amount" REAL CHECK ("amount" IS NULL OR "amount" BETWEEN 0 AND 1000000000000000),
  "reason" TEXT NOT NULL CHECK (length("reason") > 0),
  "decided_by" TEXT,
  "decided_on" TEXT NOT NULL CHECK ("decided_on" IS NULL OR (length("decided_on") = 10 AND date("decided_on") IS "decided_on"))
) STRICT;
CREATE INDEX "vendor_action_outsourcer" ON "vendor_action" ("outsourcer");

CREATE TABLE "journal_entry" (
  "id" INTEGER PRIMARY KEY,
  "uuid" TEXT NOT NULL UNIQUE CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "who" TEXT,
  "record_kind" TEXT NOT NULL CHECK (length("record_kind") > 0),
  "record_uuid" TEXT,
  "action" TEXT NOT NULL CHECK (length("action") > 0),
  "summary" TEXT
) STRICT;

-- At most one adopted philosophy at a time.
CREATE UNIQUE INDEX "philosophy_one_adopted" ON "philosophy" ("status") WHERE "status" = 'adopted';

-- What the views ask for most.
CREATE INDEX "figure_period" ON "figure" ("period");
CREATE INDEX "kpi_target_lookup" ON "kpi_target" ("kpi", "from_period" DESC, "target");
CREATE INDEX "plan_item_due_on" ON "plan_item" ("due_on") WHERE "status" != 'done';
CREATE INDEX "promotion_due_on" ON "promotion" ("due_on");
CREATE INDEX "review_held_on" ON "review" ("held_on");
CREATE INDEX "contract_ends_on" ON "contract" ("ends_on");
CREATE INDEX "compliance_check_period" ON "compliance_check" ("period", "result");
CREATE INDEX "journal_entry_created_at" ON "journal_entry" ("created_at");
CREATE INDEX "journal_entry_record_kind" ON "journal_entry" ("record_kind", "created_at");
CREATE INDEX "journal_entry_who" ON "journal_entry" ("who", "created_at");
CREATE INDEX "journal_entry_record_uuid" ON "journal_entry" ("record_uuid");

-- The journal is the check-back record: never edited, never deleted.
CREATE TRIGGER "journal_entry_no_update" BEFORE UPDATE ON "journal_entry"
BEGIN
  SELECT RAISE (ABORT, 'the journal is append-only');
END;
CREATE TRIGGER "journal_entry_no_delete" BEFORE DELETE ON "journal_entry"
BEGIN
  SELECT RAISE (ABORT, 'the journal is append-only');
END;
