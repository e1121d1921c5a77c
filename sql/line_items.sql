-- line_items: every cell of every table of both seed 8-Ks, read against the
-- filing text by hand.  Columns first (period, months, title), then one row
-- per table row with its cells in column order, in real units.
SET DateStyle = ISO;
CREATE TEMP VIEW seed_items AS
SELECT f.name, li.*
FROM filings f, zoomfin.line_items(f.raw) li
WHERE f.name IN ('seeds/000_1fdb38dce8692cfb.txt', 'seeds/001_4e424375218159ed.txt');

-- the columns: seed 001's "Six Months Ending" columns are nine months (2003-01-01..2003-09-30)
SELECT name, table_no, col_no, statement, title, audited, period_start, period_end, months,
       count(*) AS cells
FROM seed_items
GROUP BY name, table_no, col_no, statement, title, audited, period_start, period_end, months
ORDER BY name, table_no, col_no;

-- the rows of seed 000 (Q1 2004): balance sheet 2004-03-31 | 2003-12-31, operations Q1 2004 | Q1 2003
SELECT table_no AS t, row_no AS r, section, label, unit, min(scale) AS scale, bool_or(is_total) AS total,
       string_agg(value::text, ' | ' ORDER BY col_no) AS "values (real units)",
       string_agg(raw, ' | ' ORDER BY col_no) AS printed, min(line_no) AS line
FROM seed_items WHERE name = 'seeds/000_1fdb38dce8692cfb.txt'
GROUP BY table_no, row_no, section, label, unit ORDER BY 1, 2;

-- the rows of seed 001 (Q3 2003): balance sheet 2003-09-30 | 2002-12-31; operations
-- Q3 2003 | Q3 2002 | 9 months 2003 | 9 months 2002
SELECT table_no AS t, row_no AS r, section, label, unit, min(scale) AS scale, bool_or(is_total) AS total,
       string_agg(value::text, ' | ' ORDER BY col_no) AS "values (real units)",
       string_agg(raw, ' | ' ORDER BY col_no) AS printed, min(line_no) AS line
FROM seed_items WHERE name = 'seeds/001_4e424375218159ed.txt'
GROUP BY table_no, row_no, section, label, unit ORDER BY 1, 2;

-- the issue's examples, by name
SELECT label, period_end, months, value, unit FROM seed_items
WHERE (name, label, period_end) IN (
	('seeds/000_1fdb38dce8692cfb.txt', 'Cash', '2004-03-31'),
	('seeds/000_1fdb38dce8692cfb.txt', 'Treasury stock', '2004-03-31'),
	('seeds/001_4e424375218159ed.txt', 'Net sales', '2003-09-30'),
	('seeds/000_1fdb38dce8692cfb.txt', 'Basic', '2004-03-31'))
   OR (name = 'seeds/000_1fdb38dce8692cfb.txt' AND concept = 'EarningsPerShareDiluted' AND period_end = '2004-03-31')
ORDER BY label, months;

-- concepts, and totals kept apart from their components
SELECT DISTINCT statement, label, concept FROM seed_items WHERE concept IS NOT NULL ORDER BY 1, 3, 2;

-- (table_no, row_no, col_no) is a key of each document's rows; doc_seq of a bare text is 1
SELECT name, count(*) AS cells, count(DISTINCT (table_no, row_no, col_no)) AS distinct_keys,
       min(doc_seq) AS doc_seq, bool_and(is_change = false) AS no_change_columns
FROM seed_items GROUP BY name ORDER BY name;

-- the same under another DateStyle
SET DateStyle = 'SQL, DMY';
SELECT count(*) FILTER (WHERE period_end = DATE '2003-09-30' AND months = 9) AS nine_month_cells
FROM seed_items;
SET DateStyle = ISO;

-- other layouts, a few cells each (the accuracy harness checks 935 of them):
-- Pericom, <TABLE> tags, 52/53-week quarters ("APR 1 2006"), nine months from "NINE MONTHS ENDED"
SELECT label, period_start, period_end, months, value, unit FROM filings f, zoomfin.line_items(f.raw) li
WHERE f.name = 'corpus/text-8k/1001426_8K_2006_0001275287-06-002673.txt'
  AND label IN ('Net revenues', 'Diluted earnings (loss) per share', 'Total assets')
ORDER BY table_no, label, col_no;
-- Apple, "Dollars in millions" with share counts "(in thousands)" in their own heading
SELECT section, label, period_start, period_end, months, value, unit FROM filings f, zoomfin.line_items(f.raw) li
WHERE f.name = 'corpus/apple-10q/0000320193-99-000002.txt' AND table_no = 2
  AND label IN ('Net sales', 'Net income', 'Basic', 'Diluted')
ORDER BY row_no, col_no;
-- Junglee (Amazon 8-K), whole dollars, "--" for zero, year columns dated by the title
SELECT label, period_end, months, value, unit FROM filings f, zoomfin.line_items(f.raw) li
WHERE f.name = 'corpus/amazon_8-K_1998-08-12.txt' AND table_no = 1 AND label = 'Short-term investments'
ORDER BY col_no;
-- a fee computation is not a financial statement
SELECT DISTINCT statement FROM filings f, zoomfin.line_items(f.raw) li
WHERE f.name = 'corpus/commonsensetrust_24F-2NT_1995-10-31.txt';

-- A submission's files are not read as printed text: seed 000's release as
-- plain text and inside an HTML <pre> block is read the same; inside HTML
-- without a preformatted block, as a uuencoded file's lines, or as an XBRL
-- exhibit it gives nothing.
CREATE TEMP TABLE release AS
SELECT body FROM filings f, zoomfin.documents(f.raw) d
WHERE f.name = 'seeds/000_1fdb38dce8692cfb.txt' AND d.seq = 1;
CREATE TEMP TABLE wrapped AS
SELECT string_agg(format(E'<DOCUMENT>\n<TYPE>%s\n<SEQUENCE>%s\n<TEXT>\n%s\n</TEXT>\n</DOCUMENT>\n',
                         kind, seq, replace(wrap, '%', body)), '' ORDER BY seq) AS raw
FROM release, (VALUES (1, 'EX-99.1', '%'),
                      (2, 'EX-99.2', E'<HTML><BODY>\n<PRE>\n%\n</PRE>\n</BODY></HTML>'),
                      (3, 'EX-99.3', E'<html><body>\n%\n</body></html>'),
                      (4, 'GRAPHIC', E'begin 644 logo.jpg\n%\nend'),
                      (5, 'EX-101.INS', '%')) AS k(seq, kind, wrap);
SELECT d.seq, d.type, count(li.*) AS line_items,
       count(li.*) = (SELECT count(*) FROM filings f, zoomfin.line_items(f.raw)
                      WHERE f.name = 'seeds/000_1fdb38dce8692cfb.txt') AS all_of_the_release
FROM wrapped w CROSS JOIN zoomfin.documents(w.raw) d
LEFT JOIN zoomfin.line_items(w.raw) li ON li.doc_seq = d.seq
GROUP BY d.seq, d.type ORDER BY d.seq;
