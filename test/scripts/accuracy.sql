-- accuracy.sql — scores zoomfin.line_items() against the facts transcribed by
-- hand in test/data/facts/*.tsv (see the README there).  Run by
-- test/scripts/check-accuracy in a fresh database, with psql's cwd at the
-- project root.  The last line it prints is "accuracy: C/T facts = P%".
--
-- A fact is correct when line_items() of its filing has a row with
--   * the same label after normalisation (lower case, runs of white space
--     folded to one space, leading spaces and trailing ' ', ':' and '.' trimmed),
--   * the same section, normalised the same way — only when the fact gives one,
--   * the same period_end, and the same months (NULL = an instant),
--   * the same value (numerically) and the same unit.
-- Percentages are truncated to one decimal, never rounded up (97.97 % shows as
-- 97.9 %, so a failing run never prints 98.0 %).

\set ON_ERROR_STOP 1
\pset pager off
\pset footer off
SET client_min_messages = warning;

CREATE EXTENSION IF NOT EXISTS zoomfin;
\i test/scripts/load-filings.sql

CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT btrim(rtrim(regexp_replace(lower(t), '\s+', ' ', 'g'), ' :.'), ' ') $$;

-- ---- the facts --------------------------------------------------------------
CREATE TABLE facts (
	fact_no bigserial PRIMARY KEY,
	filing text NOT NULL,
	section text,
	label text NOT NULL,
	period_end date NOT NULL,
	months int CHECK (months IN (3, 6, 9, 12)),
	value numeric NOT NULL,
	unit text NOT NULL CHECK (unit IN ('USD', 'USD/share', 'shares'))
);
-- tail skips each file's header line; check-accuracy has validated the files.
\copy facts (filing, section, label, period_end, months, value, unit) from program 'tail -q -n +2 test/data/facts/*.tsv' with (format text, null '')

DO $$
DECLARE
	missing text;
	dup text;
BEGIN
	SELECT string_agg(DISTINCT filing, ', ') INTO missing
	FROM facts WHERE filing NOT IN (SELECT name FROM filings);
	IF missing IS NOT NULL THEN
		RAISE EXCEPTION 'facts name filings that are not in test/data: %', missing;
	END IF;
	SELECT string_agg(format('%s: %s %s', filing, label, period_end), '; ') INTO dup
	FROM (SELECT filing, min(label) AS label, period_end FROM facts
	      GROUP BY filing, norm(section), norm(label), period_end, months, value, unit
	      HAVING count(*) > 1) d;
	IF dup IS NOT NULL THEN
		RAISE EXCEPTION 'duplicate facts: %', dup;
	END IF;
END $$;

-- ---- what zoomfin reads from those filings ----------------------------------
-- One filing that makes line_items() raise an error scores 0 but does not stop
-- the others from being scored.
CREATE TABLE got AS
SELECT NULL::text AS filing, (NULL::zoomfin.line_item).* WITH NO DATA;
CREATE TABLE got_errors (filing text, message text);

DO $$
DECLARE
	r record;
BEGIN
	FOR r IN SELECT name, raw FROM filings
	         WHERE name IN (SELECT filing FROM facts) ORDER BY name LOOP
		BEGIN
			INSERT INTO got SELECT r.name, li.* FROM zoomfin.line_items(r.raw) li;
		EXCEPTION WHEN OTHERS THEN
			INSERT INTO got_errors VALUES (r.name, SQLERRM);
		END;
	END LOOP;
END $$;

ALTER TABLE got ADD COLUMN nlabel text, ADD COLUMN nsection text;
UPDATE got SET nlabel = norm(label), nsection = norm(section);
CREATE INDEX ON got (filing, nlabel);
ANALYZE got;

-- ---- scoring ----------------------------------------------------------------
CREATE TABLE scored AS
SELECT fa.*,
	EXISTS (SELECT 1 FROM got g
		WHERE g.filing = fa.filing
		  AND g.nlabel = norm(fa.label)
		  AND (fa.section IS NULL OR g.nsection = norm(fa.section))
		  AND g.period_end = fa.period_end
		  AND g.months IS NOT DISTINCT FROM fa.months
		  AND g.value = fa.value
		  AND g.unit = fa.unit) AS correct
FROM facts fa;

\echo
\echo 'Accuracy of zoomfin.line_items() against the hand-transcribed facts'
SELECT coalesce(filing, 'TOTAL') AS filing,
	count(*) AS facts,
	count(*) FILTER (WHERE correct) AS correct,
	to_char(trunc(100.0 * count(*) FILTER (WHERE correct) / count(*), 1), 'FM990.0') || ' %' AS percent
FROM scored
GROUP BY GROUPING SETS ((filing), ())
ORDER BY filing IS NULL, filing;

SELECT count(*) > 0 AS has_errors FROM got_errors \gset
\if :has_errors
\echo
\echo 'line_items() raised an error on these filings (all their facts count as wrong):'
SELECT filing, message FROM got_errors ORDER BY filing;
\endif

SELECT count(*) > 0 AS has_wrong FROM scored WHERE NOT correct \gset
\if :has_wrong
\echo
\echo 'Wrong or missing (40 at most, taking each filing in turn): the fact, then the rows'
\echo 'zoomfin gave for that label'
\echo '(format of "zoomfin gave": [section] period_end months value unit; at most 6 rows)'
SELECT s.filing,
	coalesce(s.section, '') AS section,
	s.label,
	s.period_end,
	coalesce(s.months::text, '') AS months,
	s.value,
	s.unit,
	coalesce((SELECT string_agg(format('[%s] %s %s %s %s', coalesce(g.section, ''),
	                                   coalesce(g.period_end::text, '-'),
	                                   coalesce(g.months::text, '-'), g.value, g.unit),
	                            '; ')
	          FROM (SELECT * FROM got g
	                WHERE g.filing = s.filing AND g.nlabel = norm(s.label)
	                ORDER BY g.table_no, g.row_no, g.col_no LIMIT 6) g),
	         '(no row with this label)') AS zoomfin_gave
FROM (SELECT *, row_number() OVER (PARTITION BY filing ORDER BY fact_no) AS nth
      FROM scored WHERE NOT correct) s
ORDER BY s.nth, s.filing
LIMIT 40;
\endif

\echo
\pset tuples_only on
\pset format unaligned
SELECT format('accuracy: %s/%s facts = %s%%',
	count(*) FILTER (WHERE correct), count(*),
	to_char(trunc(100.0 * count(*) FILTER (WHERE correct) / count(*), 1), 'FM990.0'))
FROM scored;
