-- DuckDB peer of demetra-bench's totals_with_previous (the Overview's KPI cards): the data's date range, the
-- totals of that period and of the equally long period before it. Same measures as Demetra stores for a Kaggle
-- row: spend = Acquisition_Cost, conversions = Clicks * Conversion_Rate, revenue = spend * (1 + ROI).
-- Read by tests/bench/duck_queries.js on the database made by /work/shared/bench/duck_load.js (raw columns).
WITH r AS (SELECT MIN("Date") AS lo, MAX("Date") AS hi FROM ads),
p AS (SELECT lo, hi, lo - CAST(hi - lo + 1 AS INTEGER) AS plo, lo - 1 AS phi FROM r)
SELECT 'current' AS period,
       COUNT(*)                                   AS n_rows,
       SUM(Acquisition_Cost)                      AS spend,
       SUM(Acquisition_Cost * (1 + ROI))          AS revenue,
       SUM(Impressions)                           AS impressions,
       SUM(Clicks)                                AS clicks,
       SUM(Clicks * Conversion_Rate)              AS conversions,
       SUM(Engagement_Score * Impressions)        AS score_imp
FROM ads, p WHERE "Date" BETWEEN p.lo AND p.hi
UNION ALL
SELECT 'previous', COUNT(*), SUM(Acquisition_Cost), SUM(Acquisition_Cost * (1 + ROI)), SUM(Impressions),
       SUM(Clicks), SUM(Clicks * Conversion_Rate), SUM(Engagement_Score * Impressions)
FROM ads, p WHERE "Date" BETWEEN p.plo AND p.phi;
