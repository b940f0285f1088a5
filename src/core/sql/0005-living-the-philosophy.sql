-- Step 5: the company's own indicators, what a KPI measures, and acknowledgements.

-- A KPI belongs to an outsourcer or to the company (the workspace profile). SQLite
-- cannot relax NOT NULL in place, so the table is rebuilt; this step runs with
-- foreign keys off (the targets and figures that refer to it must not cascade away)
-- and is checked with foreign_key_check before it commits.
CREATE TABLE "kpi_rebuilt" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "outsourcer" TEXT REFERENCES "outsourcer" ("uuid") ON DELETE CASCADE,
  "name" TEXT NOT NULL CHECK (length("name") > 0),
  "unit" TEXT,
  "kpi_kind" TEXT NOT NULL DEFAULT 'measured' CHECK ("kpi_kind" IN ('measured', 'rated')),
  "direction" TEXT NOT NULL DEFAULT 'higher' CHECK ("direction" IN ('higher', 'lower')),
  "weight" REAL NOT NULL DEFAULT 1 CHECK ("weight" IS NULL OR "weight" BETWEEN 0 AND 1000),
  "position" INTEGER NOT NULL DEFAULT 0 CHECK ("position" BETWEEN 0 AND 2147483647),
  "negatives" INTEGER NOT NULL DEFAULT 0 CHECK ("negatives" IN (0, 1)),
  "profile" TEXT REFERENCES "profile" ("uuid") ON DELETE CASCADE,
  CHECK (("outsourcer" IS NOT NULL) + ("profile" IS NOT NULL) = 1)
) STRICT;
INSERT INTO "kpi_rebuilt" ("uuid", "created_at", "updated_at", "outsourcer", "name", "unit", "kpi_kind",
                           "direction", "weight", "position", "negatives")
  SELECT "uuid", "created_at", "updated_at", "outsourcer", "name", "unit", "kpi_kind",
         "direction", "weight", "position", "negatives" FROM "kpi";
DROP TABLE "kpi";
ALTER TABLE "kpi_rebuilt" RENAME TO "kpi";
CREATE INDEX "kpi_outsourcer" ON "kpi" ("outsourcer");
CREATE INDEX "kpi_profile" ON "kpi" ("profile");

-- The principles a KPI shows and the activities whose customers' reaction it measures.
CREATE TABLE "kpi_principle" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "kpi" TEXT NOT NULL REFERENCES "kpi" ("uuid") ON DELETE CASCADE,
  "principle" TEXT NOT NULL REFERENCES "principle" ("uuid") ON DELETE CASCADE,
  UNIQUE ("kpi", "principle")
) STRICT;
CREATE INDEX "kpi_principle_principle" ON "kpi_principle" ("principle");

CREATE TABLE "kpi_activity" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "kpi" TEXT NOT NULL REFERENCES "kpi" ("uuid") ON DELETE CASCADE,
  "activity" TEXT NOT NULL REFERENCES "activity" ("uuid") ON DELETE CASCADE,
  UNIQUE ("kpi", "activity")
) STRICT;
CREATE INDEX "kpi_activity_activity" ON "kpi_activity" ("activity");

-- Someone received, understood and accepts a philosophy, a framework or a strategy's
-- plan; "version" is the digest of its content then, so a later change shows.
CREATE TABLE "acknowledgement" (
  "uuid" TEXT NOT NULL PRIMARY KEY CHECK (length("uuid") = 36),
  "created_at" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL,
  "philosophy" TEXT REFERENCES "philosophy" ("uuid") ON DELETE CASCADE,
  "framework" TEXT REFERENCES "framework" ("uuid") ON DELETE CASCADE,
  "strategy" TEXT REFERENCES "strategy" ("uuid") ON DELETE CASCADE,
  "acknowledged_by" TEXT NOT NULL CHECK (length("acknowledged_by") > 0),
  "acknowledged_on" TEXT NOT NULL CHECK ("acknowledged_on" IS NULL OR (length("acknowledged_on") = 10 AND date("acknowledged_on") IS "acknowledged_on")),
  "comment" TEXT,
  "version" TEXT NOT NULL CHECK (length("version") > 0),
  CHECK (("philosophy" IS NOT NULL) + ("framework" IS NOT NULL) + ("strategy" IS NOT NULL) = 1)
) STRICT;
CREATE INDEX "acknowledgement_philosophy" ON "acknowledgement" ("philosophy");
CREATE INDEX "acknowledgement_framework" ON "acknowledgement" ("framework");
CREATE INDEX "acknowledgement_strategy" ON "acknowledgement" ("strategy");
