-- analytics: wide statements and the margin / growth / cagr aggregates, checked
-- against the figures the seed releases state about themselves.
SET DateStyle = ISO;
CREATE TEMP TABLE income AS
SELECT f.name, s.* FROM filings f, zoomfin.income_statement(f.raw) s WHERE f.name LIKE 'seeds/00%';
CREATE TEMP TABLE balance AS
SELECT f.name, b.* FROM filings f, zoomfin.balance_sheet(f.raw) b WHERE f.name LIKE 'seeds/00%';
SELECT * FROM income ORDER BY name, months, period_end DESC;
SELECT * FROM balance ORDER BY name, as_of DESC;

-- Q1 2004 (seed 000): "net sales ... up 3.4%", "29.7% ... 28.5% of net sales",
-- "Operating expenses ... 36.7% ... 40.7% of net sales", "current ratio was 5.7"
SELECT round(100 * zoomfin.growth(revenue, period_end), 1) AS revenue_growth_pct
FROM income WHERE name = 'seeds/000_1fdb38dce8692cfb.txt' AND months = 3;
SELECT period_end, round(100 * zoomfin.margin(gross_profit, revenue), 1) AS gross_margin_pct,
       round(100 * zoomfin.margin(operating_expenses, revenue), 1) AS opex_pct
FROM income WHERE name = 'seeds/000_1fdb38dce8692cfb.txt' GROUP BY period_end ORDER BY period_end DESC;
SELECT round(zoomfin.margin(current_assets, current_liabilities), 1) AS current_ratio
FROM balance WHERE name = 'seeds/000_1fdb38dce8692cfb.txt' AND as_of = '2004-03-31';

-- Q3 2003 (seed 001): "down 16.3%", "32.5% of net sales", "29.1% ... 28.7% of net sales",
-- "current ratio of 5.4", "net loss for the first nine months of 2003 was $1.4 million".
-- (The release also gives Q3 2002's gross margin as 29.1%; its own figures, 3,171 / 10,878,
-- make 29.15 %, which rounds to 29.2.)
SELECT round(100 * zoomfin.growth(revenue, period_end), 1) AS revenue_growth_pct
FROM income WHERE name = 'seeds/001_4e424375218159ed.txt' AND months = 3;
SELECT period_end, round(100 * zoomfin.margin(gross_profit, revenue), 1) AS gross_margin_pct,
       round(100 * zoomfin.margin(operating_expenses, revenue), 1) AS opex_pct
FROM income WHERE name = 'seeds/001_4e424375218159ed.txt' AND months = 3 GROUP BY period_end ORDER BY period_end DESC;
SELECT round(zoomfin.margin(current_assets, current_liabilities), 1) AS current_ratio
FROM balance WHERE name = 'seeds/001_4e424375218159ed.txt' AND as_of = '2003-09-30';
SELECT net_income FROM income WHERE name = 'seeds/001_4e424375218159ed.txt' AND months = 9 AND period_end = '2003-09-30';
SELECT round(100 * zoomfin.cagr(revenue, period_end), 1) AS nine_month_revenue_cagr_pct
FROM income WHERE name = 'seeds/001_4e424375218159ed.txt' AND months = 9;

-- the NULL rules
SELECT zoomfin.margin(n, d) AS no_rows FROM (VALUES (1::numeric, 1::numeric)) v(n, d) WHERE false;
SELECT zoomfin.margin(n, d) AS zero_denominator FROM (VALUES (1::numeric, 2::numeric), (3, -2)) v(n, d);
SELECT zoomfin.margin(n, d) AS nulls_skipped FROM (VALUES (1::numeric, NULL::numeric), (NULL, 4), (3, 4)) v(n, d);
SELECT zoomfin.growth(v, d) AS one_date FROM (VALUES (1::numeric, DATE '2004-01-01'), (2, '2004-01-01')) x(v, d);
SELECT zoomfin.growth(v, d) AS zero_base FROM (VALUES (0::numeric, DATE '2003-01-01'), (2, '2004-01-01')) x(v, d);
SELECT zoomfin.growth(v, d) AS negative_base FROM (VALUES (-100::numeric, DATE '2003-01-01'), (-50, '2004-01-01')) x(v, d);
SELECT zoomfin.cagr(v, d) AS negative_base_cagr FROM (VALUES (-100::numeric, DATE '2003-01-01'), (50, '2004-01-01')) x(v, d);
SELECT round(zoomfin.cagr(v, d), 6) AS doubling_in_two_years
FROM (VALUES (100::numeric, DATE '2000-01-01'), (200, '2002-01-01')) x(v, d);
-- order of input rows does not matter; ties on a date add up
SELECT zoomfin.growth(v, d ORDER BY v DESC) = zoomfin.growth(v, d ORDER BY v) AS order_free,
       zoomfin.growth(v, d) AS growth
FROM (VALUES (50::numeric, DATE '2003-01-01'), (50, '2003-01-01'), (150, '2005-01-01'), (7, '2004-01-01')) x(v, d);
-- exact: margin equals PostgreSQL's own sum(n) / sum(d), NaN and infinity included
SELECT zoomfin.margin(n, d) = sum(n) / sum(d) AS exact, zoomfin.margin(n, d)
FROM (VALUES (0.1::numeric, 0.3::numeric), (123456789012345678901234567890.12, 7), (-5, 1e-20)) v(n, d);
SELECT zoomfin.margin(n, d) AS with_nan FROM (VALUES (1::numeric, 2::numeric), ('NaN', 1)) v(n, d);
SELECT zoomfin.margin(n, d) AS with_infinity FROM (VALUES (1::numeric, 2::numeric), ('Infinity', 1)) v(n, d);

-- parallel: a few thousand copies of the seeds' income rows, partial aggregates in workers
CREATE TABLE income_copies AS
SELECT i.name || '#' || g AS filing, (g % 7) AS company, i.period_end, i.months, i.revenue, i.gross_profit, i.net_income
FROM income i, generate_series(1, 2000) g;
ANALYZE income_copies;
CREATE TEMP TABLE serial AS
SELECT company, zoomfin.margin(gross_profit, revenue) AS m, zoomfin.growth(revenue, period_end) AS g,
       zoomfin.cagr(revenue, period_end) AS c
FROM income_copies WHERE months = 3 GROUP BY company;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF)
SELECT company, zoomfin.margin(gross_profit, revenue), zoomfin.growth(revenue, period_end),
       zoomfin.cagr(revenue, period_end)
FROM income_copies WHERE months = 3 GROUP BY company;
SELECT count(*) AS groups, bool_and(p.m = s.m AND p.g = s.g AND p.c = s.c) AS parallel_equals_serial
FROM (SELECT company, zoomfin.margin(gross_profit, revenue) AS m, zoomfin.growth(revenue, period_end) AS g,
             zoomfin.cagr(revenue, period_end) AS c
      FROM income_copies WHERE months = 3 GROUP BY company) p JOIN serial s USING (company);
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET enable_hashagg;

-- a moving window: margin over the last 3 rows equals sum/sum, row for row
SELECT count(*) AS rows,
       count(*) FILTER (WHERE m IS NOT DISTINCT FROM s) AS equal
FROM (SELECT zoomfin.margin(gross_profit, revenue) OVER w AS m,
             sum(gross_profit) OVER w / nullif(sum(revenue) OVER w, 0) AS s
      FROM income_copies WINDOW w AS (ORDER BY filing, period_end ROWS 2 PRECEDING)) x;
-- and with decimals whose scale leaves the frame (the inverse cannot undo it: recomputed)
SELECT bool_and(m = s) AS equal_with_scales
FROM (SELECT zoomfin.margin(n, d) OVER w AS m, sum(n) OVER w / sum(d) OVER w AS s
      FROM (VALUES (1, 1.25::numeric, 2::numeric), (2, 3, 4.5), (3, 7, 1), (4, 2.125, 3), (5, 1, 1)) v(i, n, d)
      WINDOW w AS (ORDER BY i ROWS 1 PRECEDING)) x;

-- a materialized view of line items, refreshed concurrently on its natural key
CREATE MATERIALIZED VIEW filing_items AS
SELECT f.name, li.* FROM filings f, zoomfin.line_items(f.raw) li;
CREATE UNIQUE INDEX ON filing_items (name, table_no, row_no, col_no);
REFRESH MATERIALIZED VIEW CONCURRENTLY filing_items;
SELECT count(*) > 10000 AS many_items, count(DISTINCT name) > 15 AS many_filings FROM filing_items;
CREATE MATERIALIZED VIEW quarterly_income AS
SELECT f.name, s.* FROM filings f, zoomfin.income_statement(f.raw) s WHERE s.months = 3;
CREATE UNIQUE INDEX ON quarterly_income (name, period_end);
REFRESH MATERIALIZED VIEW CONCURRENTLY quarterly_income;
SELECT name, period_end, round(100 * zoomfin.margin(gross_profit, revenue), 1) AS gross_margin_pct
FROM quarterly_income WHERE name LIKE 'seeds/%' GROUP BY name, period_end ORDER BY name, period_end;
