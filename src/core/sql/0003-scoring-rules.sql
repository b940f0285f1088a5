-- Step 3: complete months (the share of KPI weight a month needs) and which KPIs take negative figures.
ALTER TABLE "profile" ADD COLUMN "complete_share" REAL NOT NULL DEFAULT 0.75
  CHECK ("complete_share" IS NULL OR "complete_share" BETWEEN 0.05 AND 1);

-- A KPI whose negative figures mean something (a net balance, a change); others refuse them.
ALTER TABLE "kpi" ADD COLUMN "negatives" INTEGER NOT NULL DEFAULT 0 CHECK ("negatives" IN (0, 1));
