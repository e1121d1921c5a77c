-- What zoomfin reads from the bundled filings (run by test/demo.sh).
SET DateStyle = ISO;
CREATE EXTENSION zoomfin;
\i test/scripts/load-filings.sql
\echo
\echo '== The filings table'
SELECT count(*) AS filings, pg_size_pretty(sum(length(raw))::bigint) AS text FROM filings;

\echo
\echo '== Cover pages of the 8-Ks (zoomfin.parse_cover)'
SELECT f.name, c.form_type, c.report_date, c.company, c.state, c.file_number, c.ein, c.items
FROM filings f, zoomfin.parse_cover(f.raw) c
WHERE c.form_type LIKE '8-K%'
ORDER BY f.name;

\echo
\echo '== Submission headers (zoomfin.parse_submission)'
SELECT f.name, s.accession_number, s.submission_type, s.filed_as_of, s.company_name, s.cik, s.sic
FROM filings f, zoomfin.parse_submission(f.raw) s
WHERE s.accession_number IS NOT NULL
ORDER BY s.filed_as_of, f.name
LIMIT 25;

\echo
\echo '== Documents per submission (zoomfin.documents)'
SELECT d.type, count(*) AS documents
FROM filings f, zoomfin.documents(f.raw) d
GROUP BY d.type ORDER BY count(*) DESC, d.type LIMIT 12;

\echo
\echo '== Officers'' certifications (zoomfin.certifications)'
SELECT f.name, c.kind, c.signer, c.title, c.form_type, c.period_end, c.complete
FROM filings f, zoomfin.certifications(f.raw) c ORDER BY f.name, c.kind, c.signer;

\echo
\echo '== Line items of the seed earnings release (zoomfin.line_items)'
SELECT table_no, statement, label, period_end, months, value, unit
FROM zoomfin.line_items((SELECT raw FROM filings WHERE name = 'seeds/000_1fdb38dce8692cfb.txt'))
ORDER BY table_no, row_no, col_no
LIMIT 40;

\echo
\echo '== Line items over the whole corpus, by statement'
SELECT li.statement, count(*) AS cells, count(DISTINCT f.name) AS filings
FROM filings f, zoomfin.line_items(f.raw) li GROUP BY 1 ORDER BY 2 DESC;

\echo
\echo '== Diagnostics over the whole corpus'
SELECT d.severity, d.code, count(*) FROM filings f, zoomfin.diagnostics(f.raw) d GROUP BY 1, 2 ORDER BY 1, 3 DESC;

\echo
\echo '== Analytics: the recipe of the README over the bundled filings'
CREATE MATERIALIZED VIEW filing_items AS
SELECT f.name, li.* FROM filings f, zoomfin.line_items(f.raw) li;
CREATE UNIQUE INDEX ON filing_items (name, table_no, row_no, col_no);
CREATE MATERIALIZED VIEW quarterly_income AS
SELECT f.name, (zoomfin.parse_submission(f.raw)).company_name AS company, s.*
FROM filings f, zoomfin.income_statement(f.raw) s WHERE s.months = 3;
CREATE UNIQUE INDEX ON quarterly_income (name, period_end);
REFRESH MATERIALIZED VIEW CONCURRENTLY filing_items;
REFRESH MATERIALIZED VIEW CONCURRENTLY quarterly_income;

\echo '-- gross and operating margins by company and quarter'
SELECT coalesce(company, name) AS company, period_end,
       round(100 * zoomfin.margin(gross_profit, revenue), 1) AS gross_margin_pct,
       round(100 * zoomfin.margin(operating_income, revenue), 1) AS operating_margin_pct
FROM quarterly_income
GROUP BY 1, period_end HAVING zoomfin.margin(gross_profit, revenue) IS NOT NULL
ORDER BY 1, period_end LIMIT 30;

\echo '-- revenue growth on the same quarter a year earlier, with lag() and with zoomfin.growth'
WITH q AS (
	SELECT DISTINCT ON (coalesce(company, name), period_end) coalesce(company, name) AS company, period_end, revenue
	FROM quarterly_income WHERE revenue IS NOT NULL ORDER BY 1, period_end, name DESC)
SELECT company, period_end, revenue,
       round(100 * (revenue / lag(revenue) OVER w - 1), 1) AS yoy_lag_pct,
       (SELECT round(100 * zoomfin.growth(p.revenue, p.period_end), 1) FROM q p
        WHERE p.company = q.company AND p.period_end IN (q.period_end, (q.period_end - interval '1 year')::date)
        HAVING count(*) = 2) AS yoy_growth_pct
FROM q WINDOW w AS (PARTITION BY company, extract(month FROM period_end) ORDER BY period_end)
ORDER BY company, period_end LIMIT 30;

\echo '-- compound annual growth of quarterly revenue, first to last quarter on file'
SELECT coalesce(company, name) AS company, min(period_end) AS first, max(period_end) AS last,
       round(100 * zoomfin.cagr(revenue, period_end), 1) AS revenue_cagr_pct
FROM quarterly_income GROUP BY 1 HAVING count(DISTINCT period_end) > 1 ORDER BY 1;
