-- DuckDB peer of demetra-bench's top10_campaigns_by_roi with Demetra's definitions, unlike the shared
-- q3_top_campaigns.sql (which groups by Campaign_ID alone and ranks by the plain AVG(ROI) of the rows):
--   campaign = (Campaign_ID, Company, Campaign_Goal, Duration), the key Demetra's import gives a Kaggle campaign;
--   ROI      = (revenue - spend) / spend over the campaign's rows, revenue = Acquisition_Cost * (1 + ROI),
--              i.e. the spend-weighted ROI, as Demetra's Metric::Roi.
-- Read by tests/bench/duck_queries.js on the database made by /work/shared/bench/duck_load.js (raw columns).
SELECT Campaign_ID, Company, Campaign_Goal, Duration,
       COUNT(*)                                   AS n_rows,
       SUM(Acquisition_Cost)                      AS spend,
       SUM(Acquisition_Cost * (1 + ROI))          AS revenue,
       (SUM(Acquisition_Cost * (1 + ROI)) - SUM(Acquisition_Cost)) / NULLIF(SUM(Acquisition_Cost), 0) AS roi
FROM ads
GROUP BY Campaign_ID, Company, Campaign_Goal, Duration
ORDER BY roi DESC NULLS LAST, Campaign_ID
LIMIT 10;
