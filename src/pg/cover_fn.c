/*
 * cover_fn.c — zoomfin.parse_cover(text) and zoomfin.parse_submission(text).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "funcapi.h"

#include "zf_pg.h"

PG_FUNCTION_INFO_V1(zf_parse_cover_sql);
PG_FUNCTION_INFO_V1(zf_parse_submission_sql);
PG_FUNCTION_INFO_V1(zf_form_type_sql);

enum
{
	COVER_FORM_TYPE, COVER_REPORT_DATE, COVER_PERIOD_END, COVER_COMPANY,
	COVER_STATE, COVER_FILE_NUMBER, COVER_EIN, COVER_ADDRESS, COVER_ZIP,
	COVER_PHONE, COVER_ITEMS, COVER_EXHIBITS, COVER_SIGNER, COVER_SIGNER_TITLE,
	COVER_SIGNED_ON, COVER_SHARES_OUTSTANDING, COVER_SHARES_AS_OF, COVER_DATE_OF_REPORT, COVER_NATTS
};

Datum
zf_parse_cover_sql(PG_FUNCTION_ARGS)
{
	zf_pg_text	in = zf_pg_text_arg(fcinfo, 0);
	TupleDesc	desc = zf_pg_result_desc(fcinfo);
	Datum		v[COVER_NATTS];
	bool		nulls[COVER_NATTS];
	zf_arena	arena;
	zf_cover	c;
	HeapTuple	tuple;

	zf_arena_init(&arena);
	if (!zf_parse_cover(&arena, in.p, in.n, &c))
	{
		zf_arena_free(&arena);
		PG_RETURN_NULL();
	}
	v[COVER_FORM_TYPE] = zf_pg_cstring_text(c.form_type, &nulls[COVER_FORM_TYPE]);
	v[COVER_REPORT_DATE] = zf_pg_date(c.report_date, &nulls[COVER_REPORT_DATE]);
	v[COVER_PERIOD_END] = zf_pg_date(c.period_end, &nulls[COVER_PERIOD_END]);
	v[COVER_COMPANY] = zf_pg_cstring_text(c.company, &nulls[COVER_COMPANY]);
	v[COVER_STATE] = zf_pg_cstring_text(c.state, &nulls[COVER_STATE]);
	v[COVER_FILE_NUMBER] = zf_pg_cstring_text(c.file_number, &nulls[COVER_FILE_NUMBER]);
	v[COVER_EIN] = zf_pg_cstring_text(c.ein, &nulls[COVER_EIN]);
	v[COVER_ADDRESS] = zf_pg_cstring_text(c.address, &nulls[COVER_ADDRESS]);
	v[COVER_ZIP] = zf_pg_cstring_text(c.zip, &nulls[COVER_ZIP]);
	v[COVER_PHONE] = zf_pg_cstring_text(c.phone, &nulls[COVER_PHONE]);
	v[COVER_ITEMS] = zf_pg_text_array(&c.items, &nulls[COVER_ITEMS]);
	v[COVER_EXHIBITS] = zf_pg_text_array(&c.exhibits, &nulls[COVER_EXHIBITS]);
	/* fields not present are NULL, lists included */
	nulls[COVER_ITEMS] = (c.items.n == 0);
	nulls[COVER_EXHIBITS] = (c.exhibits.n == 0);
	v[COVER_SIGNER] = zf_pg_cstring_text(c.signer, &nulls[COVER_SIGNER]);
	v[COVER_SIGNER_TITLE] = zf_pg_cstring_text(c.signer_title, &nulls[COVER_SIGNER_TITLE]);
	v[COVER_SIGNED_ON] = zf_pg_date(c.signed_on, &nulls[COVER_SIGNED_ON]);
	v[COVER_SHARES_OUTSTANDING] = zf_pg_numeric(c.shares_outstanding, &nulls[COVER_SHARES_OUTSTANDING]);
	v[COVER_SHARES_AS_OF] = zf_pg_date(c.shares_as_of, &nulls[COVER_SHARES_AS_OF]);
	v[COVER_DATE_OF_REPORT] = zf_pg_date(c.date_of_report, &nulls[COVER_DATE_OF_REPORT]);
	tuple = heap_form_tuple(desc, v, nulls);
	zf_arena_free(&arena);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}

enum
{
	SUB_ACCESSION, SUB_TYPE, SUB_DOCUMENT_COUNT, SUB_PERIOD, SUB_FILED,
	SUB_COMPANY, SUB_CIK, SUB_SIC, SUB_IRS, SUB_STATE_INC, SUB_FYE,
	SUB_STREET1, SUB_STREET2, SUB_CITY, SUB_STATE, SUB_ZIP, SUB_PHONE,
	SUB_NFILERS, SUB_NATTS
};

Datum
zf_parse_submission_sql(PG_FUNCTION_ARGS)
{
	zf_pg_text	in = zf_pg_text_arg(fcinfo, 0);
	TupleDesc	desc = zf_pg_result_desc(fcinfo);
	Datum		v[SUB_NATTS];
	bool		nulls[SUB_NATTS];
	zf_arena	arena;
	zf_submission s;
	zf_filer	none = {0};
	const zf_filer *f;
	HeapTuple	tuple;

	zf_arena_init(&arena);
	if (!zf_parse_submission(&arena, in.p, in.n, &s))
	{
		zf_arena_free(&arena);
		PG_RETURN_NULL();
	}
	f = s.nfilers > 0 ? &s.filers[0] : &none;
	v[SUB_ACCESSION] = zf_pg_cstring_text(s.accession_number, &nulls[SUB_ACCESSION]);
	v[SUB_TYPE] = zf_pg_cstring_text(s.submission_type, &nulls[SUB_TYPE]);
	v[SUB_DOCUMENT_COUNT] = Int32GetDatum(s.document_count);
	nulls[SUB_DOCUMENT_COUNT] = s.document_count < 0;
	v[SUB_PERIOD] = zf_pg_date(s.period_of_report, &nulls[SUB_PERIOD]);
	v[SUB_FILED] = zf_pg_date(s.filed_as_of, &nulls[SUB_FILED]);
	v[SUB_COMPANY] = zf_pg_cstring_text(f->company_name, &nulls[SUB_COMPANY]);
	v[SUB_CIK] = zf_pg_cstring_text(f->cik, &nulls[SUB_CIK]);
	v[SUB_SIC] = zf_pg_cstring_text(f->sic, &nulls[SUB_SIC]);
	v[SUB_IRS] = zf_pg_cstring_text(f->irs_number, &nulls[SUB_IRS]);
	v[SUB_STATE_INC] = zf_pg_cstring_text(f->state_of_incorporation, &nulls[SUB_STATE_INC]);
	v[SUB_FYE] = zf_pg_cstring_text(f->fiscal_year_end, &nulls[SUB_FYE]);
	v[SUB_STREET1] = zf_pg_cstring_text(f->business_street1, &nulls[SUB_STREET1]);
	v[SUB_STREET2] = zf_pg_cstring_text(f->business_street2, &nulls[SUB_STREET2]);
	v[SUB_CITY] = zf_pg_cstring_text(f->business_city, &nulls[SUB_CITY]);
	v[SUB_STATE] = zf_pg_cstring_text(f->business_state, &nulls[SUB_STATE]);
	v[SUB_ZIP] = zf_pg_cstring_text(f->business_zip, &nulls[SUB_ZIP]);
	v[SUB_PHONE] = zf_pg_cstring_text(f->business_phone, &nulls[SUB_PHONE]);
	v[SUB_NFILERS] = Int32GetDatum(s.nfilers);
	nulls[SUB_NFILERS] = false;
	tuple = heap_form_tuple(desc, v, nulls);
	zf_arena_free(&arena);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}

/*
 * The form of a filing as a plain text value: the header's submission type,
 * else the cover's form.  A scalar, unlike a field of parse_cover's
 * composite, can back an expression index and be shipped to a shard by
 * postgres_fdw (PostgreSQL 15 does not ship field selections).
 */
Datum
zf_form_type_sql(PG_FUNCTION_ARGS)
{
	zf_pg_text	in = zf_pg_text_arg(fcinfo, 0);
	zf_arena	arena;
	zf_submission s;
	zf_cover	c;
	const char *form = NULL;
	bool		isnull;
	Datum		result;

	zf_arena_init(&arena);
	if (zf_parse_submission(&arena, in.p, in.n, &s) && s.submission_type)
		form = s.submission_type;
	else if (zf_parse_cover(&arena, in.p, in.n, &c))
		form = c.form_type;
	result = zf_pg_cstring_text(form, &isnull);
	zf_arena_free(&arena);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}
