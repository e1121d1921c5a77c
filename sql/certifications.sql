SET DateStyle = ISO;
-- certifications: SOX 302 (Rule 13a-14(a)/15d-14(a)) and 906 (18 U.S.C. 1350)
-- officer certifications, from text, markdown-like and HTML documents.

-- the seed: one 302 certification of Zoom Technologies' 10-Q, every field
\x
SELECT * FROM zoomfin.certifications((SELECT raw FROM filings WHERE name = 'seeds/002_fc9d1ec793d48a23.txt'));
\x

-- every certification in the corpus, in document order: the seed, the 2007
-- 10-KSB's EX-31.1 / EX-31.2 (302) and EX-32.1 / EX-32.2 (906), Apple's 2025
-- EX-31.1 / EX-31.2 (HTML)
SELECT f.name, c.n, c.kind, c.signer, c.title, c.company, c.form_type, c.period_end, c.signed_on,
       c.paragraphs, c.complete
FROM filings f,
     zoomfin.certifications(f.raw) WITH ORDINALITY
       AS c(kind, signer, title, company, form_type, period_end, signed_on, paragraphs, complete, n)
ORDER BY f.name, c.n;

-- no false positives: 8-Ks, 1997-2000 10-Qs (articles of amendment "certify
-- that:", officers' certificates), SGML headers yield nothing
SELECT regexp_replace(name, '/[^/]*$', '') AS folder, count(*) AS filings,
       sum((SELECT count(*) FROM zoomfin.certifications(raw))) AS certifications
FROM filings GROUP BY 1 ORDER BY 1;

-- paragraph 4(d) removed: the other ten are found, the 302 is not complete
SELECT kind, signer, paragraphs, complete
FROM filings, zoomfin.certifications(regexp_replace(raw, '\n  - d\)[^\n]*', ''))
WHERE name = 'seeds/002_fc9d1ec793d48a23.txt';
-- an early-style 302: paragraphs 4(a)-(c) only and a paragraph 6 -> not complete
SELECT kind, paragraphs, complete
FROM filings, zoomfin.certifications(replace(regexp_replace(raw, '\n  - d\)[^\n]*', ''), E'\n\nDate:',
       E'\n6. The registrant''s other certifying officer and I have indicated in this report whether there were significant changes.\n\nDate:'))
WHERE name = 'seeds/002_fc9d1ec793d48a23.txt';

-- a 906-only text: the company before the form, the date alone under the title
\x
SELECT * FROM zoomfin.certifications($$
CERTIFICATION PURSUANT TO 18 U.S.C. SECTION 1350,
AS ADOPTED PURSUANT TO SECTION 906 OF THE SARBANES-OXLEY ACT OF 2002

In connection with the Quarterly Report of Zoom Technologies, Inc. (the "Company") on
Form 10-Q for the period ended March 31, 2012 as filed with the Securities and Exchange
Commission on the date hereof (the "Report"), I, Lei Gu, Chief Executive Officer of the
Company, certify, pursuant to 18 U.S.C. Section 1350, as adopted pursuant to Section 906
of the Sarbanes-Oxley Act of 2002, that:

(1) The Report fully complies with the requirements of Section 13(a) or 15(d) of the
Securities Exchange Act of 1934; and

(2) The information contained in the Report fairly presents, in all material respects,
the financial condition and results of operations of the Company.

/s/ Lei Gu
Lei Gu
Chief Executive Officer
May 21, 2012
$$);
\x

-- HTML: tags dropped, entities decoded, label and text in separate cells
SELECT kind, signer, title, company, form_type, period_end, signed_on, paragraphs, complete
FROM zoomfin.certifications(
  '<html><body><p>I, Jane&nbsp;Doe, Chief Financial Officer of Foo &amp; Bar, Inc., certify that&#58;</p>'
  '<table><tr><td>1.</td><td>I have reviewed this quarterly report on Form&#160;10-Q of Foo &amp; Bar, Inc. '
  'for the quarter ended June&#160;30, 2004&#59;</td></tr>'
  '<tr><td>2.</td><td>Based on my knowledge &#8230;</td></tr></table>'
  '<p>Date: August 9, 2004</p><p>/s/ Jane Doe<br>Jane Doe<br>Chief Financial Officer</p></body></html>');

-- bad input: no rows, no error
SELECT count(*) AS null_input FROM zoomfin.certifications(NULL);
SELECT count(*) AS empty FROM zoomfin.certifications('');
SELECT count(*) AS junk FROM zoomfin.certifications('I, certify that: 1. 2. 3. <div &#x110000; /s/ Date:');
SELECT count(*) AS hex_junk FROM zoomfin.certifications((SELECT string_agg(md5(i::text), E'\n') FROM generate_series(1, 20000) i));
SELECT count(*) AS article_of_amendment FROM zoomfin.certifications(E'Fred D. Anderson and Nancy R. Heinen certify that:\n\n1. They are the officers.\n');

-- truncations of the seed (left(raw, n))
WITH s AS (SELECT raw FROM filings WHERE name = 'seeds/002_fc9d1ec793d48a23.txt')
SELECT cut, c.paragraphs, c.complete, c.title, c.signed_on
FROM s, LATERAL (VALUES ('before "1. I have"', strpos(raw, '1. I have') - 1),
                        ('before "4. The registrant"', strpos(raw, '4. The registrant') - 1),
                        ('half', length(raw) / 2),
                        ('before "Date:"', strpos(raw, 'Date: May') - 1),
                        ('whole', length(raw))) AS v(cut, n)
LEFT JOIN LATERAL zoomfin.certifications(left(raw, n)) c ON true
ORDER BY n;
-- every prefix: never more than one row; a row once paragraph 1 names the
-- report ("...quarterly report"), complete once the label "b)" of 5(b) is in
WITH s AS (SELECT raw FROM filings WHERE name = 'seeds/002_fc9d1ec793d48a23.txt'),
     p AS (SELECT n, c.complete FROM s, generate_series(0, length(raw)) n,
                  LATERAL zoomfin.certifications(left(raw, n)) c)
SELECT (SELECT count(*) = count(DISTINCT n) FROM p) AS at_most_one_row,
       (SELECT min(n) FROM p) = strpos(raw, 'report on Form') + 5 AS first_row_at_report,
       (SELECT min(n) FROM p WHERE complete) = strpos(raw, '  - b) any fraud') + 5 AS complete_at_5b
FROM s;

-- 50 MB: the seed repeated 15 562 times is 15 562 certifications
SELECT count(*), bool_and(complete) AS all_complete, count(DISTINCT (signer, title, company, period_end, signed_on)) AS distinct_rows
FROM zoomfin.certifications(repeat((SELECT raw FROM filings WHERE name = 'seeds/002_fc9d1ec793d48a23.txt'), 15562));
SELECT count(*) AS junk_50mb FROM zoomfin.certifications(repeat('I, A, certify that: <p>1.</p> &#1', 1600000));

-- dates are zoomfin's own: DateStyle changes only how they are shown
SET DateStyle = 'SQL, DMY';
SELECT kind, signer, period_end, signed_on, period_end = DATE '2012-03-31' AS period_ok,
       signed_on = DATE '2012-05-21' AS signed_ok
FROM filings, zoomfin.certifications(raw) WHERE name = 'seeds/002_fc9d1ec793d48a23.txt';
SELECT f.name, c.kind, c.period_end, c.signed_on
FROM filings f, zoomfin.certifications(f.raw) WITH ORDINALITY
       AS c(kind, signer, title, company, form_type, period_end, signed_on, paragraphs, complete, n)
ORDER BY f.name, c.n;
SET DateStyle = ISO;
