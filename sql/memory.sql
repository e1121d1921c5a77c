-- memory: parsing thousands of documents in one query does not grow the
-- backend's memory.  Each row reads the backend's memory total while the
-- scan is under way; the readings after 200 and after 3 000 documents match.
CREATE TEMP TABLE readings AS
SELECT n,
       (SELECT count(*) FROM zoomfin.line_items(f.raw)) AS items,
       (SELECT count(*) FROM zoomfin.diagnostics(f.raw)) AS diagnostics,
       (zoomfin.parse_cover(f.raw)).form_type IS NOT NULL AS has_cover,
       (SELECT sum(total_bytes) FROM pg_backend_memory_contexts) AS backend_bytes
FROM generate_series(1, 25) n, filings f;
SELECT count(*) >= 3000 AS documents, sum(items) > 300000 AS line_items
FROM readings;
SELECT abs((SELECT max(backend_bytes) FROM readings WHERE n = 25)
         - (SELECT max(backend_bytes) FROM readings WHERE n = 2)) < 1024 * 1024 AS flat_within_1_mb;
