-- cancellation: every loop of the parser checks for interrupts, so a
-- statement_timeout stops line_items on a 300 MB document promptly.  The
-- timer runs from the statement's start, and building the 300 MB text takes
-- some of it: the test checks that parsing had begun before the deadline and
-- that the cancel came less than a second after it.
CREATE FUNCTION pg_temp.cancel_check(doc_copies int, deadline interval) RETURNS TABLE (mb int, parsing_began_before_deadline bool, cancelled_within_a_second bool)
LANGUAGE plpgsql AS $$
DECLARE
	started timestamptz := clock_timestamp();
	doc text := repeat((SELECT raw FROM filings WHERE name = 'seeds/000_1fdb38dce8692cfb.txt'), doc_copies);
	parse_started timestamptz := clock_timestamp();
BEGIN
	-- parsed again and again (the CASE makes each call depend on g), so that no
	-- machine is fast enough to finish before the deadline
	PERFORM count(*) FROM generate_series(1, 100) g, zoomfin.line_items(CASE WHEN g > 0 THEN doc END);
	RAISE EXCEPTION 'line_items finished before the deadline';
EXCEPTION WHEN query_canceled THEN
	mb := length(doc) / 1000000;
	parsing_began_before_deadline := parse_started - started < deadline;
	cancelled_within_a_second := clock_timestamp() - started < deadline + interval '1 second';
	RETURN NEXT;
END $$;
SET statement_timeout = '3s';
SELECT * FROM pg_temp.cancel_check(20000, '3s');
RESET statement_timeout;
-- the backend is fine afterwards
SELECT count(*) FROM filings f, zoomfin.line_items(f.raw) WHERE f.name LIKE 'seeds/%';
