-- Step 3: the share of KPI weight a month needs to be complete (it then has a standing).
ALTER TABLE "profile" ADD COLUMN "complete_share" REAL NOT NULL DEFAULT 0.75
  CHECK ("complete_share" IS NULL OR "complete_share" BETWEEN 0.05 AND 1);
