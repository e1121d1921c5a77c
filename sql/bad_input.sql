-- bad input: the parsing functions never fail and never crash on text they
-- cannot read; they return NULL or no rows.  (The scalars' errors are in scalars.sql.)
SET DateStyle = ISO;
CREATE TEMP TABLE hostile (what text, doc text);
INSERT INTO hostile VALUES
	('empty', ''),
	('blank lines', repeat(E'\n', 100000)),
	('a 100 000-space indent', repeat(' ', 100000) || '1,234'),
	('printable soup', (SELECT string_agg(chr(32 + (i * 7919 % 95)), '') FROM generate_series(1, 200000) i)),
	('soup of table characters', (SELECT string_agg(substr('$ ( ) , . - 0123456789 %' || E'\n', 1 + (i * 31 % 24), 1), '') FROM generate_series(1, 200000) i)),
	('endless $ ( (', repeat('$ ( (', 40000)),
	('a 100 000-digit number', 'Net sales    ' || repeat('9', 100000) || '    1,234'),
	('beyond numeric range in a table', E'Net sales    1' || repeat('0', 140000) || E'    1\nCost    2    3\n'),
	('invalid dates', E'            February 30, 2004      0000-01-01\nNet sales     1,234      5,678\nCost          1,000      2,000\n'),
	('non-ASCII text', E'Umsatz \u00fcber alles   \u20ac 1.234   \u2014\nKosten   \u2014   \u2014\n'),
	('a table cut in half', left((SELECT raw FROM filings WHERE name = 'seeds/000_1fdb38dce8692cfb.txt'), 13724)),
	('a header cut short', left((SELECT raw FROM filings WHERE name = 'corpus/text-8k/1001426_8K_2003_0000891092-03-001810.txt'), 400)),
	('50 000 table rows', 'Statement of operations' || E'\n              2004     2003\n' || repeat(E'Net sales     1,234    5,678\n', 50000)),
	('every seed, with form feeds', (SELECT string_agg(raw, E'\f' ORDER BY name) FROM filings WHERE name LIKE 'seeds/%'));

-- every parsing function over every kind: no error, no crash
SELECT what, length(doc) AS bytes,
       (zoomfin.parse_cover(doc)).form_type AS form,
       (zoomfin.parse_submission(doc)).accession_number AS accession,
       (SELECT count(*) FROM zoomfin.documents(doc)) AS documents,
       (SELECT count(*) FROM zoomfin.filers(doc)) AS filers,
       (SELECT count(*) FROM zoomfin.certifications(doc)) AS certifications,
       (SELECT count(*) FROM zoomfin.line_items(doc)) AS line_items,
       (SELECT count(*) FROM zoomfin.diagnostics(doc)) AS diagnostics
FROM hostile ORDER BY what;

-- what the tables among them yield
SELECT label, period_end, value FROM hostile h, zoomfin.line_items(h.doc) li
WHERE what IN ('invalid dates', 'non-ASCII text') ORDER BY what, row_no, col_no;
SELECT count(*) AS rows, count(DISTINCT value) AS distinct_values, min(row_no), max(row_no)
FROM hostile h, zoomfin.line_items(h.doc) li WHERE what = '50 000 table rows';
-- seed 000 cut just before "Total operating expenses": the balance sheet whole, the
-- statement of operations up to the cut (6 rows of 2 cells), nothing invented
SELECT table_no, count(*) AS cells, max(row_no) AS rows FROM hostile h, zoomfin.line_items(h.doc) li
WHERE what = 'a table cut in half' GROUP BY table_no ORDER BY 1;

-- NULL in, NULL out (STRICT)
SELECT zoomfin.parse_cover(NULL) IS NULL AS cover, zoomfin.parse_submission(NULL) IS NULL AS submission,
       (SELECT count(*) FROM zoomfin.line_items(NULL)) AS line_items,
       (SELECT count(*) FROM zoomfin.diagnostics(NULL)) AS diagnostics,
       (SELECT count(*) FROM zoomfin.documents(NULL)) AS documents,
       (SELECT count(*) FROM zoomfin.certifications(NULL)) AS certifications;

-- a 50 MB document: 1 700 copies of both seed releases
SELECT count(*) AS line_items, count(DISTINCT (table_no, row_no, col_no)) AS distinct_keys,
       sum(value) FILTER (WHERE label = 'Cash') AS cash
FROM zoomfin.line_items((SELECT repeat(string_agg(raw, '' ORDER BY name), 1700) FROM filings WHERE name LIKE 'seeds/00%'));
