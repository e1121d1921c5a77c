-- diagnostics: what does not add up, and what contradicts the fiscal calendar.
SET DateStyle = ISO;
-- both seed releases foot; seed 001's "Six Months Ending" columns are nine months
SELECT f.name, d.severity, d.code, d.line_no, d.message
FROM filings f, zoomfin.diagnostics(f.raw) d
WHERE f.name LIKE 'seeds/%' ORDER BY f.name, d.line_no, d.message;

-- Change any one number of either seed's tables (its first digit d becomes d+5 mod 10,
-- a printed zero "-" becomes 7) and a diagnostic must appear.
CREATE FUNCTION pg_temp.mutated(cell text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE WHEN cell ~ '[0-9]'
		THEN regexp_replace(cell, '[0-9]', ((substring(cell FROM '[0-9]')::int + 5) % 10)::text)
		ELSE translate(cell, '-', '7') END
$$;
CREATE FUNCTION pg_temp.re_quote(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT regexp_replace(s, '([.$()*+?\[\]{}|^\\-])', '\\\1', 'g')
$$;
CREATE TEMP TABLE seed_cells AS
SELECT f.name, string_to_array(f.raw, E'\n') AS lines, li.table_no, li.row_no, li.col_no,
       li.line_no, li.raw AS cell, li.label,
       count(*) OVER (PARTITION BY f.name, li.line_no, li.raw ORDER BY li.col_no) AS nth,
       count(*) OVER (PARTITION BY f.name, li.line_no, li.raw) AS copies
FROM filings f, zoomfin.line_items(f.raw) li WHERE f.name LIKE 'seeds/00%';
CREATE TEMP TABLE mutations AS
SELECT name, table_no, row_no, col_no, label, cell, pg_temp.mutated(cell) AS changed_to,
       array_to_string(lines[1:line_no - 1]
           || regexp_replace(lines[line_no], pg_temp.re_quote(cell), pg_temp.mutated(cell), 1, nth::int)
           || lines[line_no + 1:], E'\n') AS doc,
       -- the cell's text must occur in its line only as its cells
       regexp_count(lines[line_no], pg_temp.re_quote(cell)) = copies AS unambiguous
FROM seed_cells;
SELECT name, count(*) AS cells, count(*) FILTER (WHERE unambiguous) AS mutated FROM mutations GROUP BY name ORDER BY name;
CREATE TEMP TABLE caught AS
SELECT m.name, m.table_no, m.row_no, m.col_no, m.label, m.cell, m.changed_to,
       (SELECT string_agg(DISTINCT d.code, ',') FROM zoomfin.diagnostics(m.doc) d
        WHERE d.severity IN ('error', 'warning') AND d.code <> 'header_calendar') AS codes
FROM mutations m WHERE unambiguous;
-- every mutation is caught
SELECT name, count(*) AS mutations, count(codes) AS caught FROM caught GROUP BY name ORDER BY name;
SELECT name, table_no, row_no, col_no, label, cell, changed_to FROM caught WHERE codes IS NULL;
-- and by what: footing, the balance, gross profit, operating income, EPS
SELECT codes, count(*) FROM caught GROUP BY codes ORDER BY codes;
-- one of them in full: Inventories 5,568 -> 0,568 in seed 000
SELECT d.severity, d.code, d.line_no, d.message
FROM mutations m, zoomfin.diagnostics(m.doc) d
WHERE m.name = 'seeds/000_1fdb38dce8692cfb.txt' AND m.label = 'Inventories, net' AND m.col_no = 1
ORDER BY d.line_no, d.code;

-- numbers outside any table
SELECT d.severity, d.code, d.line_no, d.message
FROM zoomfin.diagnostics(E'Some text first.\n\n   Revenue these days          1,234      5,678\n\nMore text after.\n') d;

-- the Pericom releases: no footing errors, as none are in the filings
SELECT count(*) AS releases, count(*) FILTER (WHERE e > 0) AS with_errors FROM (
	SELECT f.name, (SELECT count(*) FROM zoomfin.diagnostics(f.raw) d WHERE d.severity = 'error') AS e
	FROM filings f WHERE f.name LIKE 'corpus/text-8k/1001426_%') p;
