SET DateStyle = ISO;
-- parse_submission and filers: the EDGAR <SEC-HEADER> / <IMS-HEADER>

-- 1. Every text-8k filing against EDGAR's own index facts (METADATA.csv).
CREATE TEMP TABLE meta (
	cik bigint, company text, type text, date date, complete_text_file_link text,
	html_index text, filing_date date, period_of_report date, sic text,
	htm_file_link text, state_of_inc text, state_location text, fiscal_year_end text,
	filename text);
\copy meta from 'test/data/corpus/text-8k/METADATA.csv' csv header
CREATE TEMP VIEW meta_vs_parsed AS
SELECT m.filename, x.field, x.parsed, x.edgar
FROM meta m
LEFT JOIN filings f ON f.name = 'corpus/text-8k/' || m.filename
LEFT JOIN LATERAL zoomfin.parse_submission(f.raw) s ON true
CROSS JOIN LATERAL (VALUES
	('accession', s.accession_number, substring(m.filename from '_([0-9]{10}-[0-9]{2}-[0-9]{6})\.txt$')),
	('cik', (CASE WHEN s.cik ~ '^[0-9]{1,18}$' THEN s.cik::bigint END)::text, m.cik::text),
	('company', s.company_name, m.company),
	('form', s.submission_type, m.type),
	('filed', to_char(s.filed_as_of, 'YYYY-MM-DD'), to_char(m.filing_date, 'YYYY-MM-DD')),
	('period', to_char(s.period_of_report, 'YYYY-MM-DD'), to_char(m.period_of_report, 'YYYY-MM-DD')),
	('sic', s.sic, m.sic),
	('state_of_inc', s.state_of_incorporation, m.state_of_inc),
	('fiscal_year_end', s.fiscal_year_end, m.fiscal_year_end)
) AS x(field, parsed, edgar);
SELECT count(DISTINCT filename) AS filings, count(*) AS facts,
       count(*) FILTER (WHERE edgar IS NOT NULL) AS facts_edgar_gives
FROM meta_vs_parsed;
-- mismatches: none
SELECT * FROM meta_vs_parsed WHERE parsed IS DISTINCT FROM edgar ORDER BY filename, field;

-- 2. The parsed header of a handful, field by field (read off the filing text)
\x on
SELECT name, s.*
FROM filings, zoomfin.parse_submission(raw) s
WHERE name IN ('corpus/text-8k/100240_8K_1994_0000950144-94-000103.txt',
               'corpus/text-8k/1002022_8K_2000_0000914260-00-000043.txt',
               'corpus/amazon_8-K_1998-08-12.txt',
               'corpus/apple-10q/0000320193-97-000011.txt',
               'corpus/cover/0001104540-02-000064_0001104540-02-000064.txt',
               'corpus/cover/0001140361-25-017716_0001140361-25-017716.txt')
ORDER BY name;

-- 3. Every sgml/ edge case
SELECT name, s.*
FROM filings, zoomfin.parse_submission(raw) s
WHERE name LIKE 'corpus/sgml/%'
ORDER BY name;
\x off

-- 4. filers(): every block of the multi-filer headers, in order
SELECT name, filer_no, role, company_name, cik, sic, state_of_incorporation AS inc,
       fiscal_year_end AS fye, form_type, file_number
FROM filings, zoomfin.filers(raw)
WHERE name IN ('corpus/sgml/MultipleFilersHeader.txt',
               'corpus/sgml/header_with_double_newlines.txt',
               'corpus/sgml/1990sheader.txt',
               'corpus/sgml/0001094891-00-000193.txt',
               'corpus/cover/0000092122-07-000008_0000092122-07-000008.txt')
ORDER BY name, filer_no;
SELECT name, filer_no, business_street1 AS street1, business_street2 AS street2,
       business_city AS city, business_state AS st, business_zip AS zip, business_phone AS phone
FROM filings, zoomfin.filers(raw)
WHERE name IN ('corpus/sgml/MultipleFilersHeader.txt',
               'corpus/sgml/1990sheader.txt',
               'corpus/sgml/0001094891-00-000193.txt',
               'corpus/cover/0000092122-07-000008_0000092122-07-000008.txt')
ORDER BY name, filer_no;
-- parse_submission is filers() row 1, and filer_count counts filers() rows
SELECT count(*) AS headers,
       count(*) FILTER (WHERE (s.company_name, s.cik, s.sic, s.irs_number, s.state_of_incorporation,
                               s.fiscal_year_end, s.business_street1, s.business_street2,
                               s.business_city, s.business_state, s.business_zip, s.business_phone)
                              IS DISTINCT FROM
                              (f.company_name, f.cik, f.sic, f.irs_number, f.state_of_incorporation,
                               f.fiscal_year_end, f.business_street1, f.business_street2,
                               f.business_city, f.business_state, f.business_zip, f.business_phone)
                              OR s.filer_count <> (SELECT count(*) FROM zoomfin.filers(raw))) AS inconsistent
FROM filings, zoomfin.parse_submission(raw) s
LEFT JOIN LATERAL zoomfin.filers(raw) f ON f.filer_no = 1
WHERE s.filer_count IS NOT NULL;
-- the filings without any header: bare documents and non-EDGAR files
SELECT name FROM filings WHERE zoomfin.parse_submission(raw) IS NULL ORDER BY name;

-- 5. Bad input: NULL, no header, junk, truncated, huge
SELECT zoomfin.parse_submission(NULL) IS NULL AS null_in,
       zoomfin.parse_submission('') IS NULL AS empty,
       zoomfin.parse_submission('   ') IS NULL AS blank,
       zoomfin.parse_submission('<SEC-HEADER>') IS NULL AS bare_tag,
       zoomfin.parse_submission(repeat(E'<SEC-HEADER\x7f]:\t\u00e9[<</', 5000)) IS NULL AS junk,
       zoomfin.parse_submission(repeat(E'FILER:\u2014:\r<>', 5000)) IS NULL AS junk2,
       (SELECT count(*) FROM zoomfin.filers(NULL)) AS filers_null,
       (SELECT count(*) FROM zoomfin.filers('')) AS filers_empty,
       (SELECT count(*) FROM zoomfin.filers(repeat(E'<REPORTING-OWNER>\u00e9\n', 5000))) AS filers_junk;
-- junk inside a header tag: no fields, so no header
SELECT zoomfin.parse_submission(E'<SEC-HEADER>\n' || repeat(E'\u00e9\u00e9:[]\t<x>\n', 1000)) IS NULL AS junk_header;
-- truncated: the first 400 characters of a header still give what they hold
\x on
SELECT s.* FROM filings, zoomfin.parse_submission(left(raw, 400)) s
WHERE name = 'corpus/sgml/1990sheader.txt';
\x off
SELECT f.filer_no, f.role, f.company_name, f.cik, f.sic
FROM filings, zoomfin.filers(left(raw, 400)) f
WHERE name = 'corpus/sgml/1990sheader.txt';
-- every prefix of two headers: no error; a field appears once its value has
-- begun (accession value at offset 122 / 55, the second filer's heading
-- complete at 1007 / 965 characters)
SELECT name, count(*) AS prefixes,
       count(s.accession_number) AS with_accession,
       min(k) FILTER (WHERE s.filer_count = 2) AS both_filers_from,
       max(s.filer_count) AS max_filers
FROM filings, generate_series(0, length(raw)) k, zoomfin.parse_submission(left(raw, k)) s
WHERE name IN ('corpus/sgml/1990sheader.txt', 'corpus/sgml/MultipleFilersHeader.txt')
GROUP BY name ORDER BY name;
-- 50 MB: a submission repeated (its header ends at the first <DOCUMENT>) ...
SELECT length(r) >= 50000000 AS big, s.accession_number, s.company_name, s.filer_count
FROM (SELECT repeat(raw, (50000000 / length(raw)) + 1) AS r FROM filings
      WHERE name = 'corpus/text-8k/100240_8K_1994_0000950144-94-000103.txt') x,
     zoomfin.parse_submission(r) s;
-- ... and a tagless header repeated: one header, at most 10000 filer blocks
SELECT length(r) >= 50000000 AS big, s.accession_number, s.filer_count,
       (SELECT count(*) FROM zoomfin.filers(r)) AS filers
FROM (SELECT repeat(raw || E'\n', (50000000 / length(raw)) + 1) AS r FROM filings
      WHERE name = 'corpus/sgml/MultipleFilersHeader.txt') x,
     zoomfin.parse_submission(r) s;

-- 6. Nothing depends on DateStyle
CREATE TEMP TABLE iso_results AS
SELECT name, to_char(s.period_of_report, 'YYYY-MM-DD') AS period,
       to_char(s.filed_as_of, 'YYYY-MM-DD') AS filed, s.accession_number
FROM filings, zoomfin.parse_submission(raw) s;
SET DateStyle = 'SQL, DMY';
SELECT name, to_char(s.period_of_report, 'YYYY-MM-DD') AS period,
       to_char(s.filed_as_of, 'YYYY-MM-DD') AS filed, s.accession_number
FROM filings, zoomfin.parse_submission(raw) s
EXCEPT SELECT * FROM iso_results;
SELECT * FROM meta_vs_parsed WHERE parsed IS DISTINCT FROM edgar;
SELECT s.period_of_report, s.filed_as_of
FROM filings, zoomfin.parse_submission(raw) s
WHERE name = 'corpus/sgml/1990sheader.txt';
RESET DateStyle;
