-- privileges and search_path: an ordinary role uses every function (setup.sql
-- installed the extension as one), and a hostile search_path that shadows
-- built-ins and zoomfin's own names in public changes nothing.
SET DateStyle = ISO;
CREATE TEMP TABLE reference AS
SELECT f.name, md5(string_agg(li::text, '|' ORDER BY li.table_no, li.row_no, li.col_no)) AS items,
       md5((zoomfin.parse_cover(f.raw))::text || coalesce((zoomfin.parse_submission(f.raw))::text, '')) AS cover
FROM filings f, zoomfin.line_items(f.raw) li GROUP BY f.name;
CREATE SCHEMA hostile;
CREATE FUNCTION hostile.parse_cover(text) RETURNS text LANGUAGE sql AS $$ SELECT 'shadowed' $$;
CREATE FUNCTION hostile.line_items(text) RETURNS SETOF int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION hostile.length(text) RETURNS int LANGUAGE sql AS $$ SELECT 0 $$;
CREATE FUNCTION hostile.numeric_div(numeric, numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT 0::numeric $$;
CREATE FUNCTION hostile.div_numeric(numeric, numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT 0::numeric $$;
CREATE OPERATOR hostile./ (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = hostile.div_numeric);
GRANT USAGE ON SCHEMA hostile TO zoomfin_user;
GRANT SELECT ON filings, reference TO zoomfin_user;
SET ROLE zoomfin_user;
SET search_path = hostile, public, pg_catalog;
SELECT count(*) AS filings,
       count(*) FILTER (WHERE r.items = md5(x.items) AND r.cover IS NOT DISTINCT FROM x.cover) AS unchanged
FROM reference r JOIN (
	SELECT f.name, string_agg(li::text, '|' ORDER BY li.table_no, li.row_no, li.col_no) AS items,
	       md5((zoomfin.parse_cover(f.raw))::text || coalesce((zoomfin.parse_submission(f.raw))::text, '')) AS cover
	FROM filings f, zoomfin.line_items(f.raw) li GROUP BY f.name) x USING (name);
SELECT round(100 * zoomfin.margin(n, d), 1) AS margin_pct FROM (VALUES (2312::numeric, 7792::numeric)) v(n, d);
RESET search_path;
RESET ROLE;
-- nothing in zoomfin is SECURITY DEFINER, runs as another role, or touches files
SELECT count(*) AS functions, count(*) FILTER (WHERE prosecdef) AS security_definer,
       count(*) FILTER (WHERE proconfig IS NOT NULL) AS with_settings
FROM pg_proc WHERE pronamespace = 'zoomfin'::regnamespace;
