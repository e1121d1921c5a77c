-- What a user writes without zoomfin: split the text into lines and take the
-- label and the numbers at the end of each line with regular expressions.
-- (No periods, no scale, no sections, no negatives in parentheses, no totals.)
CREATE OR REPLACE VIEW regex_items AS
SELECT f.name, n AS line_no, m[1] AS label, v[1] AS raw_value
FROM bench_filings f,
     LATERAL regexp_split_to_table(f.raw, E'\n') WITH ORDINALITY AS l(line, n),
     LATERAL regexp_match(l.line, '^\s*([A-Za-z][A-Za-z ,.''&()/-]*?)\s{2,}(\$?\s*\(?[0-9][0-9,.]*\)?(\s+\$?\s*\(?[0-9][0-9,.]*\)?)*)\s*$') AS m,
     LATERAL regexp_matches(m[2], '\(?[0-9][0-9,.]*\)?', 'g') AS v;
