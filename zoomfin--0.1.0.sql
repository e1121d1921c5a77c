-- zoomfin 0.1.0: SEC EDGAR text filings parsed into typed rows.
-- Every object is schema-qualified, so nothing here depends on search_path.

\echo Use "CREATE EXTENSION zoomfin" to load this file. \quit

-- ---------------------------------------------------------------- scalars

CREATE FUNCTION zoomfin.parse_amount(text) RETURNS numeric
AS 'MODULE_PATHNAME', 'zf_parse_amount_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zoomfin.parse_amount(text) IS
'an amount as printed in a filing ("$ 9,049", "(15,942)", "-", "29.7%") as numeric; blank is NULL, anything else is an error (22P02)';

CREATE FUNCTION zoomfin.parse_date(text) RETURNS date
AS 'MODULE_PATHNAME', 'zf_parse_date_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zoomfin.parse_date(text) IS
'a date as printed in a filing ("April 30, 2004", "03/31/04", "2004-03-31"), independent of DateStyle; anything else is an error (22007)';

-- ------------------------------------------------------------ cover page

CREATE TYPE zoomfin.cover AS (
	form_type text,
	report_date date,
	period_end date,
	company text,
	state text,
	file_number text,
	ein text,
	address text,
	zip text,
	phone text,
	items text[],
	exhibits text[],
	signer text,
	signer_title text,
	signed_on date,
	shares_outstanding numeric,
	shares_as_of date,
	date_of_report date
);
COMMENT ON TYPE zoomfin.cover IS 'the cover page of an 8-K, 10-Q or 10-K, as printed';

CREATE FUNCTION zoomfin.parse_cover(doc text) RETURNS zoomfin.cover
AS 'MODULE_PATHNAME', 'zf_parse_cover_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zoomfin.parse_cover(text) IS
'the cover page of a filing (form, dates, registrant, items, exhibits, signature); NULL when there is none';

CREATE FUNCTION zoomfin.form_type(doc text) RETURNS text
AS 'MODULE_PATHNAME', 'zf_form_type_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zoomfin.form_type(text) IS
'the form of a filing (the SEC header''s submission type, else the cover''s form) as plain text: indexable, and shipped to shards by postgres_fdw';

-- ------------------------------------------------------ submission header

CREATE TYPE zoomfin.submission AS (
	accession_number text,
	submission_type text,
	document_count int,
	period_of_report date,
	filed_as_of date,
	company_name text,
	cik text,
	sic text,
	irs_number text,
	state_of_incorporation text,
	fiscal_year_end text,
	business_street1 text,
	business_street2 text,
	business_city text,
	business_state text,
	business_zip text,
	business_phone text,
	filer_count int
);
COMMENT ON TYPE zoomfin.submission IS 'an EDGAR <SEC-HEADER>: the submission and its first filer';

CREATE FUNCTION zoomfin.parse_submission(doc text) RETURNS zoomfin.submission
AS 'MODULE_PATHNAME', 'zf_parse_submission_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zoomfin.parse_submission(text) IS
'the EDGAR <SEC-HEADER>/<IMS-HEADER> of a submission with its first filer; NULL when there is none';

CREATE TYPE zoomfin.filer AS (
	filer_no int,
	role text,
	company_name text,
	cik text,
	sic text,
	irs_number text,
	state_of_incorporation text,
	fiscal_year_end text,
	form_type text,
	file_number text,
	business_street1 text,
	business_street2 text,
	business_city text,
	business_state text,
	business_zip text,
	business_phone text
);
COMMENT ON TYPE zoomfin.filer IS 'one filer, subject company or reporting owner of an EDGAR header';

CREATE FUNCTION zoomfin.filers(doc text) RETURNS SETOF zoomfin.filer
AS 'MODULE_PATHNAME', 'zf_filers_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2;
COMMENT ON FUNCTION zoomfin.filers(text) IS
'every filer block (FILER, SUBJECT COMPANY, FILED BY, REPORTING-OWNER) of an EDGAR header, in order';

-- ------------------------------------------------------------- documents

CREATE TYPE zoomfin.document AS (
	seq int,
	type text,
	filename text,
	description text,
	body text
);
COMMENT ON TYPE zoomfin.document IS 'one <DOCUMENT> of a submission';

CREATE FUNCTION zoomfin.documents(doc text) RETURNS SETOF zoomfin.document
AS 'MODULE_PATHNAME', 'zf_documents_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION zoomfin.documents(text) IS
'one row per <DOCUMENT> of a submission; text without <DOCUMENT> tags is one document';

-- -------------------------------------------------------- certifications

CREATE TYPE zoomfin.certification AS (
	kind text,
	signer text,
	title text,
	company text,
	form_type text,
	period_end date,
	signed_on date,
	paragraphs text[],
	complete bool
);
COMMENT ON TYPE zoomfin.certification IS 'a SOX 302 or 906 officer certification';

CREATE FUNCTION zoomfin.certifications(doc text) RETURNS SETOF zoomfin.certification
AS 'MODULE_PATHNAME', 'zf_certifications_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2;
COMMENT ON FUNCTION zoomfin.certifications(text) IS
'every SOX 302 / 906 certification in the text, with the paragraphs present and whether a 302 is complete';

-- ------------------------------------------------------------ line items

CREATE TYPE zoomfin.line_item AS (
	table_no int,
	statement text,
	title text,
	audited bool,
	row_no int,
	section text,
	label text,
	concept text,
	col_no int,
	period_start date,
	period_end date,
	months int,
	value numeric,
	unit text,
	scale int,
	raw text,
	is_total bool,
	is_change bool,
	doc_seq int,
	line_no int
);
COMMENT ON TYPE zoomfin.line_item IS 'one numeric cell of a financial table, in real units';

CREATE FUNCTION zoomfin.line_items(doc text) RETURNS SETOF zoomfin.line_item
AS 'MODULE_PATHNAME', 'zf_line_items_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 200;
COMMENT ON FUNCTION zoomfin.line_items(text) IS
'every numeric cell of every financial table in the text, with period, sign, scale and unit';

CREATE TYPE zoomfin.diagnostic AS (
	severity text,
	code text,
	line_no int,
	message text
);
COMMENT ON TYPE zoomfin.diagnostic IS 'something in a filing that does not add up or could not be read';

CREATE FUNCTION zoomfin.diagnostics(doc text) RETURNS SETOF zoomfin.diagnostic
AS 'MODULE_PATHNAME', 'zf_diagnostics_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION zoomfin.diagnostics(text) IS
'totals that do not foot, headers that contradict the fiscal calendar, numbers outside any table';

-- ------------------------------------------------------ statements, wide

CREATE TYPE zoomfin.income_row AS (
	period_start date,
	period_end date,
	months int,
	revenue numeric,
	cost_of_revenue numeric,
	gross_profit numeric,
	operating_expenses numeric,
	operating_income numeric,
	pretax_income numeric,
	income_tax numeric,
	net_income numeric,
	eps_basic numeric,
	eps_diluted numeric,
	shares_basic numeric,
	shares_diluted numeric
);
COMMENT ON TYPE zoomfin.income_row IS 'one period of a statement of operations, in real units';

CREATE FUNCTION zoomfin.income_statement(doc text) RETURNS SETOF zoomfin.income_row
AS 'MODULE_PATHNAME', 'zf_income_statement_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION zoomfin.income_statement(text) IS
'one row per period column of the statements of operations, from the concepts of line_items; GAAP statements win over pro forma ones';

CREATE TYPE zoomfin.balance_row AS (
	as_of date,
	cash numeric,
	receivables numeric,
	inventories numeric,
	current_assets numeric,
	total_assets numeric,
	current_liabilities numeric,
	long_term_debt numeric,
	total_liabilities numeric,
	equity numeric,
	liabilities_and_equity numeric
);
COMMENT ON TYPE zoomfin.balance_row IS 'one date of a balance sheet, in real units';

CREATE FUNCTION zoomfin.balance_sheet(doc text) RETURNS SETOF zoomfin.balance_row
AS 'MODULE_PATHNAME', 'zf_balance_sheet_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2;
COMMENT ON FUNCTION zoomfin.balance_sheet(text) IS
'one row per date of the balance sheets, from the concepts of line_items';

-- ------------------------------------------------------------ aggregates
-- Support functions are not STRICT where a NULL state or argument means
-- something; they are IMMUTABLE and PARALLEL SAFE like everything here.

CREATE FUNCTION zoomfin.margin_sfunc(internal, numeric, numeric) RETURNS internal
AS 'MODULE_PATHNAME', 'zf_margin_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION zoomfin.margin_inv(internal, numeric, numeric) RETURNS internal
AS 'MODULE_PATHNAME', 'zf_margin_inv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION zoomfin.margin_combine(internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'zf_margin_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION zoomfin.margin_serialize(internal) RETURNS bytea
AS 'MODULE_PATHNAME', 'zf_margin_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION zoomfin.margin_deserialize(bytea, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'zf_margin_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION zoomfin.margin_final(internal) RETURNS numeric
AS 'MODULE_PATHNAME', 'zf_margin_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE zoomfin.margin(numerator numeric, denominator numeric) (
	SFUNC = zoomfin.margin_sfunc,
	STYPE = internal,
	SSPACE = 128,
	FINALFUNC = zoomfin.margin_final,
	COMBINEFUNC = zoomfin.margin_combine,
	SERIALFUNC = zoomfin.margin_serialize,
	DESERIALFUNC = zoomfin.margin_deserialize,
	MSFUNC = zoomfin.margin_sfunc,
	MINVFUNC = zoomfin.margin_inv,
	MSTYPE = internal,
	MSSPACE = 128,
	MFINALFUNC = zoomfin.margin_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE zoomfin.margin(numeric, numeric) IS
'sum(numerator) / sum(denominator) over rows where both are given, exactly; NULL when no row qualifies or the denominator sums to 0';

CREATE FUNCTION zoomfin.span_sfunc(internal, numeric, date) RETURNS internal
AS 'MODULE_PATHNAME', 'zf_span_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION zoomfin.span_combine(internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'zf_span_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION zoomfin.span_serialize(internal) RETURNS bytea
AS 'MODULE_PATHNAME', 'zf_span_serialize_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION zoomfin.span_deserialize(bytea, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'zf_span_deserialize_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION zoomfin.growth_final(internal) RETURNS numeric
AS 'MODULE_PATHNAME', 'zf_growth_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION zoomfin.cagr_final(internal) RETURNS numeric
AS 'MODULE_PATHNAME', 'zf_cagr_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE zoomfin.growth(value numeric, at date) (
	SFUNC = zoomfin.span_sfunc,
	STYPE = internal,
	SSPACE = 128,
	FINALFUNC = zoomfin.growth_final,
	COMBINEFUNC = zoomfin.span_combine,
	SERIALFUNC = zoomfin.span_serialize,
	DESERIALFUNC = zoomfin.span_deserialize,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE zoomfin.growth(numeric, date) IS
'(sum at the latest date - sum at the earliest) / |sum at the earliest|; NULL with fewer than two dates or a zero base; input order does not matter';

CREATE AGGREGATE zoomfin.cagr(value numeric, at date) (
	SFUNC = zoomfin.span_sfunc,
	STYPE = internal,
	SSPACE = 128,
	FINALFUNC = zoomfin.cagr_final,
	COMBINEFUNC = zoomfin.span_combine,
	SERIALFUNC = zoomfin.span_serialize,
	DESERIALFUNC = zoomfin.span_deserialize,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE zoomfin.cagr(numeric, date) IS
'compound annual growth between the sums at the earliest and latest dates, years of 365.25 days; NULL for a non-positive base or a negative end';
