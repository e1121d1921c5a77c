SET DateStyle = ISO;
-- parse_amount: every form SPEC.md lists, and the ones filings print besides
SELECT s, zoomfin.parse_amount(s)
FROM unnest(ARRAY['$ 9,049', '(15,942)', '$(0.06)', '$ (504)', '-', '—', '--', '---', '-0-',
                  '29.7%', '(3.4)%', '$.06', '1,234,567.50', '  42  ', '(0)']) AS s;
SELECT zoomfin.parse_amount('') IS NULL AS blank_is_null, zoomfin.parse_amount('   ') IS NULL AS spaces_is_null,
       zoomfin.parse_amount(NULL) IS NULL AS null_is_null;
-- exact, not float: 30 digits survive
SELECT zoomfin.parse_amount('123,456,789,012,345,678,901,234,567,890.123456789');
-- malformed amounts are 22P02 with the text in the message
\set VERBOSITY default
SELECT zoomfin.parse_amount('abc');
SELECT zoomfin.parse_amount('(504');
SELECT zoomfin.parse_amount('1,,000');
SELECT zoomfin.parse_amount('12 34');
\set VERBOSITY sqlstate
SELECT zoomfin.parse_amount('abc');
SELECT zoomfin.parse_amount(repeat('x', 5000));
\set VERBOSITY default
-- 100 000 digits is still a numeric; beyond numeric's range is a clear 22003
SELECT length(zoomfin.parse_amount(repeat('9', 100000))::text) AS digits;
\set VERBOSITY sqlstate
SELECT zoomfin.parse_amount(repeat('9', 200000)) IS NOT NULL;
\set VERBOSITY default

-- parse_date: the SPEC forms and more, independent of DateStyle
SELECT s, zoomfin.parse_date(s)
FROM unnest(ARRAY['April 30, 2004', 'Mar 31, 2004', '03/31/04', '9/30/03', 'September 30, 2003',
                  '2004-03-31', 'January 19,2000', 'Sept. 30, 2003', '30-Sep-03', '20040331',
                  'SEPTEMBER 29, 1995', '2/29/2004']) AS s;
SET DateStyle = 'SQL, DMY';  -- the parse must not change; only the display does
SELECT zoomfin.parse_date('03/31/04')::text AS dmy_style_unchanged, zoomfin.parse_date('9/30/03') = DATE '2003-09-30' AS same;
SET DateStyle = ISO;
SELECT zoomfin.parse_date(NULL) IS NULL AS null_is_null;
SELECT zoomfin.parse_date('February 30, 2004');
SELECT zoomfin.parse_date('0000-01-01');
SELECT zoomfin.parse_date('13/01/04');
SELECT zoomfin.parse_date('');
SELECT zoomfin.parse_date('April 30');
\set VERBOSITY sqlstate
SELECT zoomfin.parse_date('yesterday');
