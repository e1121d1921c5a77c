SET DateStyle = ISO;
-- documents(): one row per <DOCUMENT> of a submission, a bare text is one row

-- 1. Document counts against the header's PUBLIC DOCUMENT COUNT and the
-- number of <DOCUMENT> tags (a header-only text is one bare row)
CREATE TEMP VIEW doc_counts AS
SELECT name, s.document_count AS header_count,
       (SELECT count(*) FROM zoomfin.documents(raw)) AS documents,
       (length(raw) - length(replace(raw, '<DOCUMENT>', ''))) / length('<DOCUMENT>') AS tags
FROM filings, zoomfin.parse_submission(raw) s
WHERE s.filer_count IS NOT NULL;
SELECT count(*) AS submissions,
       count(*) FILTER (WHERE documents = header_count) AS count_as_header_says,
       count(*) FILTER (WHERE tags = 0) AS header_only,
       count(*) FILTER (WHERE documents <> greatest(tags, 1)) AS rows_not_tags
FROM doc_counts;
SELECT * FROM doc_counts
WHERE name IN ('corpus/apple-10q/0000320193-97-000011.txt',
               'corpus/cover/0000092122-07-000008_0000092122-07-000008.txt',
               'corpus/text-8k/100240_8K_1994_0000950144-94-000103.txt',
               'corpus/text-8k/1001258_8K_2005_0001125282-05-006555.txt',
               'corpus/sgml/0001011438-98-000429.txt',
               'corpus/annual/ksb-2007.txt')
ORDER BY name;
-- where EDGAR's full-text file holds fewer documents than the header counts
-- (no <DOCUMENT> for the missing sequence numbers) or the header has none
SELECT * FROM doc_counts WHERE documents IS DISTINCT FROM header_count ORDER BY name;

SELECT count(*) AS documents FROM filings, zoomfin.documents(raw);

-- 2. Types, file names, descriptions
SELECT name, seq, type, filename, description, length(body) AS body_length
FROM filings, zoomfin.documents(raw)
WHERE name IN ('corpus/apple-10q/0000320193-97-000011.txt',
               'corpus/cover/0000092122-07-000008_0000092122-07-000008.txt',
               'corpus/cover/0000092122-13-000080_0000092122-13-000080.txt',
               'corpus/cover/0001193125-11-009392_0001193125-11-009392.txt',
               'corpus/sgml/0000899681-95-000096.txt',
               'corpus/sgml/0001011438-98-000429.txt')
ORDER BY name, seq;

-- 3. Bodies are exact: from the line after <TEXT> up to </TEXT>
SELECT seq, length(body), left(body, 60), right(body, 12)
FROM filings, zoomfin.documents(raw)
WHERE name = 'corpus/sgml/0001011438-98-000429.txt'
ORDER BY seq;
-- the same, computed another way for every document of every submission
SELECT count(*) AS documents,
       count(*) FILTER (WHERE d.body IS DISTINCT FROM
                        regexp_replace(split_part(split_part(split_part(f.raw, '<DOCUMENT>', d.k::int + 1),
                                                             '<TEXT>', 2), '</TEXT>', 1),
                                       '^[ \t]*\r?\n', '')) AS body_differs
FROM filings f, zoomfin.documents(f.raw) WITH ORDINALITY AS d(seq, type, filename, description, body, k)
WHERE f.raw LIKE '%<DOCUMENT>%';
-- a bare document (the seeds) is one row: seq 1, no type, the whole text
SELECT name, seq, type, filename, description, length(body) = length(raw) AS whole_text,
       length(body), left(body, 60)
FROM filings, zoomfin.documents(raw)
WHERE name LIKE 'seeds/%'
ORDER BY name;

-- 4. Bad input
SELECT (SELECT count(*) FROM zoomfin.documents(NULL)) AS null_in,
       (SELECT count(*) FROM zoomfin.documents('')) AS empty;
SELECT seq, type, length(body), body = repeat(E'\u00e9<DOC\x7fUMENT>\t</TEXT>\r', 1000) AS whole
FROM zoomfin.documents(repeat(E'\u00e9<DOC\x7fUMENT>\t</TEXT>\r', 1000));
SELECT seq, type, description, length(body), left(body, 20)
FROM zoomfin.documents(E'<DOCUMENT>\n<TYPE>EX-99\n<DESCRIPTION>  PRESS   RELEASE\n<TEXT>Text on the tag line\n</TEXT>\n');
-- lower-case tags are text (SVG in HTML has </text>)
SELECT seq, type, body
FROM zoomfin.documents(E'<DOCUMENT>\n<TYPE>EX-1\n<TEXT>\n<svg><text>a</text></svg>\n</TEXT>\n');
-- truncated: the header alone is a bare text; cut inside a document's header
-- or body, the documents so far are kept
SELECT 'first 400' AS cut, seq, type, length(body), left(body, 40)
FROM filings, zoomfin.documents(left(raw, 400))
WHERE name = 'corpus/sgml/0001011438-98-000429.txt'
UNION ALL
SELECT 'in header 2', seq, type, length(body), left(body, 40)
FROM filings, zoomfin.documents(left(raw, strpos(raw, E'<SEQUENCE>2\n') + 11))
WHERE name = 'corpus/sgml/0001011438-98-000429.txt'
UNION ALL
SELECT 'in body 1', seq, type, length(body), left(body, 40)
FROM filings, zoomfin.documents(left(raw, 5000))
WHERE name = 'corpus/sgml/0001011438-98-000429.txt'
ORDER BY 1, 2;
-- every prefix of a two-document submission: no error, never more than two
SELECT count(DISTINCT k) AS prefixes, max(seq) AS max_seq,
       min(k) FILTER (WHERE type = 'EX-20.1') AS second_type_from
FROM filings, generate_series(0, length(raw)) k, zoomfin.documents(left(raw, k))
WHERE name = 'corpus/cisco_8-K_1995-09-29.txt';
-- 50 MB: a PEM-wrapped submission 1192 times: 2 documents each, headers not in bodies
SELECT count(*) AS documents, count(DISTINCT type) AS types, sum(length(body)) AS body_chars,
       1192 * (3017 + 37368) AS expected_chars
FROM (SELECT repeat(raw, 50000000 / length(raw) + 1) AS r FROM filings
      WHERE name = 'corpus/sgml/0001011438-98-000429.txt') x,
     zoomfin.documents(r);

-- 5. Nothing depends on DateStyle
SET DateStyle = 'SQL, DMY';
SELECT seq, type, description, length(body)
FROM filings, zoomfin.documents(raw)
WHERE name = 'corpus/sgml/0001011438-98-000429.txt'
ORDER BY seq;
SELECT count(*) AS documents FROM filings, zoomfin.documents(raw);
RESET DateStyle;
