SET DateStyle = ISO;
-- parse_cover: the cover page of an 8-K, 10-Q or 10-K as printed.
-- Every value below was read against the filing text by hand.

-- the two seed 8-Ks, every column
\x on
SELECT (zoomfin.parse_cover(raw)).* FROM filings WHERE name = 'seeds/000_1fdb38dce8692cfb.txt';
SELECT (zoomfin.parse_cover(raw)).* FROM filings WHERE name = 'seeds/001_4e424375218159ed.txt';
\x off

-- real filings of other companies and layouts, 1994-2025, text and HTML.
-- Notes on values that are not obvious:
-- * report_date is the date printed as the date of report.  Some covers
--   print two: "Date of Report (Date of earliest event reported): March 14,
--   2002 (March 6, 2002)" (Pericom 2002, 2005-056, 2005-2977, Innovative
--   2000-057, ExperTelligence 2009), or "Date of Report: April 30, 2003" over
--   "(date of earliest event reported March 21,2003)" (ExperTelligence 2003).
--   Which one is "the" report date is genuinely ambiguous; we take the date
--   of report, as the ground truth of ExperTelligence 2003 and 2009 does and
--   EDGAR's CONFORMED PERIOD OF REPORT does in four of these five filings.
--   The earliest event's date is used only when no date of report is printed.
-- * Amazon 1998 prints the date above "Date of Report"; Cotelligent 1996-004
--   above "(Date of Report)".
-- * Zurn 1994 prints its captions above the values and no company caption:
--   only file number, EIN and phone are read.  Oasis 2002 prints no caption
--   under its company name, so company is NULL.
-- * Southern Company 2019 is one cover for two registrants, captions above a
--   table: the first registrant's file number and EIN; the combined column
--   "Registrant, State of Incorporation, Address and Telephone Number" is
--   genuinely ambiguous and left NULL.
-- * Food Concepts 1998 prints no commission file number.
CREATE TEMP TABLE sample(name text PRIMARY KEY);
INSERT INTO sample VALUES
	('corpus/text-8k/1000685_8K_1997_0001000685-97-000006.txt'),
	('corpus/text-8k/1000685_8K_1997_0001036050-97-000815.txt'),
	('corpus/text-8k/1000685_8K_1998_0001000685-98-000008.txt'),
	('corpus/text-8k/1000695_8K_2001_0000950117-01-500102.txt'),
	('corpus/text-8k/1001136_8K_2000_0000950124-00-004609.txt'),
	('corpus/text-8k/1001258_8K_2004_0001125282-04-003595.txt'),
	('corpus/text-8k/1001258_8K_2005_0001125282-05-004831.txt'),
	('corpus/text-8k/1001426_8K_2002_0001012870-02-001163.txt'),
	('corpus/text-8k/1001426_8K_2005_0001275287-05-000056.txt'),
	('corpus/text-8k/1001426_8K_2005_0001275287-05-002977.txt'),
	('corpus/text-8k/1001426_8K_2006_0001275287-06-005470.txt'),
	('corpus/text-8k/1002022_8K_1999_0001047469-99-026922.txt'),
	('corpus/text-8k/1002022_8K_2000_0000914260-00-000037.txt'),
	('corpus/text-8k/1002022_8K_2000_0000914260-00-000057.txt'),
	('corpus/text-8k/1002135_8K_1999_0000914760-99-000090.txt'),
	('corpus/text-8k/1002135_8K_1999_0000914760-99-000229.txt'),
	('corpus/text-8k/100240_8K_1994_0000950144-94-000103.txt'),
	('corpus/text-8k/1002682_8K_2006_0000939057-06-000175.txt'),
	('corpus/text-8k/1002682_8K_2008_0000939057-08-000013.txt'),
	('corpus/text-8k/1004963_8K_1996_0000899243-96-000861.txt'),
	('corpus/text-8k/1004963_8K_1996_0001004963-96-000004.txt'),
	('corpus/text-8k/100783_8K_1994_0000950117-94-000182.txt'),
	('corpus/text-8k/109446_8K_1994_0000109446-94-000005.txt'),
	('corpus/amazon_8-K_1998-08-12.txt'),
	('corpus/apple_8-K_1999-09-03.txt'),
	('corpus/apple_8-K_2000-01-19.txt'),
	('corpus/cisco_8-K_1995-09-29.txt'),
	('corpus/expertelligence_8-K_2003-04-30.txt'),
	('corpus/cover/0000703901-98-000003_0000703901-98-000003.txt'),
	('corpus/cover/0001104540-02-000064_0001104540-02-000064.txt'),
	('corpus/cover/0001193125-19-191922_0001193125-19-191922.txt'),
	('corpus/cover/0000320193-19-000032_0000320193-19-000032.txt'),
	('corpus/cover/0000092122-19-000063_0000092122-19-000063.txt'),
	('corpus/cover/0001213900-09-002194_0001213900-09-002194.txt'),
	('corpus/apple-10q/0000320193-97-000011.txt'),
	('corpus/apple-10q/0000320193-99-000004.txt'),
	('corpus/apple-10q/0000912057-00-023442.txt'),
	('corpus/annual/ksb-2007.txt'),
	('corpus/sgml/0000899681-95-000096.txt');
CREATE TEMP VIEW sample_cover AS
SELECT regexp_replace(f.name, '^corpus/', '') AS filing, c.*
FROM filings f JOIN sample USING (name), LATERAL zoomfin.parse_cover(f.raw) c;

-- who filed what, and when
SELECT filing, form_type, report_date, company, state, file_number, ein
FROM sample_cover ORDER BY filing;
-- where
SELECT filing, address, zip, phone FROM sample_cover ORDER BY filing;
-- items, exhibits and signature.  Notes: Cotelligent 1996-861 enumerates
-- "1." and "2." under Item 7 but its exhibit index numbers them 99.1 and
-- 99.2; Pericom 2002's index numbers its exhibits "4." and "99."; Horizon
-- 2006-175 carries exhibit 99.1's agreement text (sections "2.1", "2.2")
-- inline after the signature; the ASTA 2004/2005 signatures have no "/s/"
-- ("By:" over the typed name, and "By: // Mitchell Cohen"); the S-3 of 1995
-- numbers its Part II exhibits "*5.", "23(a)." like an enumeration, which a
-- list in the body is not read as (see Cotelligent), so it shows none.
SELECT filing, items, exhibits, signer, signer_title, signed_on
FROM sample_cover ORDER BY filing;
-- periodic reports: the period covered and the shares outstanding
SELECT filing, form_type, period_end, shares_outstanding, shares_as_of
FROM sample_cover WHERE form_type !~ '^8-K' ORDER BY filing;

-- bad input: NULL, nothing, junk, a header cut short
SELECT zoomfin.parse_cover(NULL) IS NULL AS null_in_null_out;
SELECT zoomfin.parse_cover('') IS NULL AS empty, zoomfin.parse_cover('   ') IS NULL AS blank,
       zoomfin.parse_cover('hello world') IS NULL AS prose;
SELECT zoomfin.parse_cover(string_agg(chr(1 + (i * 7919) % 2000), '')) IS NULL AS junk
FROM generate_series(1, 200000) AS i;
SELECT zoomfin.parse_cover(convert_from(decode(string_agg(lpad(to_hex(1 + (i * 37) % 255), 2, '0'), ''), 'hex'),
                                        'LATIN1')) IS NULL AS bytes
FROM generate_series(1, 100000) AS i;
-- the first 300 bytes of a seed: "FORM 8-K" is there, the date line is cut
SELECT (zoomfin.parse_cover(left(raw, 300))).*
FROM filings WHERE name = 'seeds/000_1fdb38dce8692cfb.txt';
-- 50 MB: the seed repeated (its cover is the first copy's), and a soup of
-- cover words, both parsed in linear time
SELECT length(doc) > 50000000 AS big, (c).company, (c).items, (c).signed_on,
       clock_timestamp() - t0 < interval '20 seconds' AS quick
FROM (SELECT repeat(raw, 4600) AS doc, clock_timestamp() AS t0
      FROM filings WHERE name = 'seeds/000_1fdb38dce8692cfb.txt') d,
     LATERAL (SELECT zoomfin.parse_cover(doc) AS c) p;
SELECT zoomfin.parse_cover(doc) IS NULL AS no_cover,
       clock_timestamp() - t0 < interval '20 seconds' AS quick
FROM (SELECT repeat(E'(Commission File Number)  (I.R.S. Employer Identification No.)  Item 7.  99.1  /s/ x\n',
                    600000) AS doc, clock_timestamp() AS t0) d;

-- parsing does not depend on DateStyle
CREATE TEMP TABLE cover_iso AS SELECT name, (zoomfin.parse_cover(raw)).* FROM filings;
SET DateStyle = 'SQL, DMY';
SELECT count(*) AS differing
FROM (SELECT name, (zoomfin.parse_cover(raw)).* FROM filings EXCEPT SELECT * FROM cover_iso) d;
SELECT report_date, signed_on, shares_as_of FROM sample_cover
WHERE filing IN ('amazon_8-K_1998-08-12.txt', 'apple-10q/0000320193-97-000011.txt') ORDER BY filing;
RESET DateStyle;
