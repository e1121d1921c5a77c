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
