/*
 * documents_fn.c — zoomfin.documents(text), zoomfin.filers(text) and
 * zoomfin.certifications(text).
 */
#include "postgres.h"

#include "utils/builtins.h"

#include "srf.h"
#include "zf_pg.h"

PG_FUNCTION_INFO_V1(zf_documents_sql);
PG_FUNCTION_INFO_V1(zf_filers_sql);
PG_FUNCTION_INFO_V1(zf_certifications_sql);

enum
{
	DOC_SEQ, DOC_TYPE, DOC_FILENAME, DOC_DESCRIPTION, DOC_BODY, DOC_NATTS
};

Datum
zf_documents_sql(PG_FUNCTION_ARGS)
{
	zf_pg_text	in = zf_pg_text_arg(fcinfo, 0);
	zf_arena	arena;
	zf_document *docs;
	zf_srf		srf;
	int			n,
				i;

	zf_srf_begin(fcinfo, &srf);
	zf_arena_init(&arena);
	n = zf_parse_documents(&arena, in.p, in.n, &docs);
	for (i = 0; i < n; i++)
	{
		Datum		v[DOC_NATTS];
		bool		nulls[DOC_NATTS] = {0};

		zf_srf_row_start(&srf);
		v[DOC_SEQ] = Int32GetDatum(docs[i].seq);
		v[DOC_TYPE] = zf_pg_cstring_text(docs[i].type, &nulls[DOC_TYPE]);
		v[DOC_FILENAME] = zf_pg_cstring_text(docs[i].filename, &nulls[DOC_FILENAME]);
		v[DOC_DESCRIPTION] = zf_pg_cstring_text(docs[i].description, &nulls[DOC_DESCRIPTION]);
		v[DOC_BODY] = PointerGetDatum(cstring_to_text_with_len(in.p + docs[i].body_off,
															   (int) docs[i].body_len));
		zf_srf_row_end(&srf, v, nulls);
	}
	zf_arena_free(&arena);
	zf_srf_end(&srf);
	return (Datum) 0;
}

enum
{
	FILER_NO, FILER_ROLE, FILER_COMPANY, FILER_CIK, FILER_SIC, FILER_IRS,
	FILER_STATE_INC, FILER_FYE, FILER_FORM_TYPE, FILER_FILE_NUMBER,
	FILER_STREET1, FILER_STREET2, FILER_CITY, FILER_STATE, FILER_ZIP,
	FILER_PHONE, FILER_NATTS
};

Datum
zf_filers_sql(PG_FUNCTION_ARGS)
{
	zf_pg_text	in = zf_pg_text_arg(fcinfo, 0);
	zf_arena	arena;
	zf_submission s;
	zf_srf		srf;
	int			i;

	zf_srf_begin(fcinfo, &srf);
	zf_arena_init(&arena);
	if (!zf_parse_submission(&arena, in.p, in.n, &s))
		s.nfilers = 0;
	for (i = 0; i < s.nfilers; i++)
	{
		const zf_filer *f = &s.filers[i];
		Datum		v[FILER_NATTS];
		bool		nulls[FILER_NATTS] = {0};

		zf_srf_row_start(&srf);
		v[FILER_NO] = Int32GetDatum(i + 1);
		v[FILER_ROLE] = zf_pg_cstring_text(f->role, &nulls[FILER_ROLE]);
		v[FILER_COMPANY] = zf_pg_cstring_text(f->company_name, &nulls[FILER_COMPANY]);
		v[FILER_CIK] = zf_pg_cstring_text(f->cik, &nulls[FILER_CIK]);
		v[FILER_SIC] = zf_pg_cstring_text(f->sic, &nulls[FILER_SIC]);
		v[FILER_IRS] = zf_pg_cstring_text(f->irs_number, &nulls[FILER_IRS]);
		v[FILER_STATE_INC] = zf_pg_cstring_text(f->state_of_incorporation, &nulls[FILER_STATE_INC]);
		v[FILER_FYE] = zf_pg_cstring_text(f->fiscal_year_end, &nulls[FILER_FYE]);
		v[FILER_FORM_TYPE] = zf_pg_cstring_text(f->form_type, &nulls[FILER_FORM_TYPE]);
		v[FILER_FILE_NUMBER] = zf_pg_cstring_text(f->file_number, &nulls[FILER_FILE_NUMBER]);
		v[FILER_STREET1] = zf_pg_cstring_text(f->business_street1, &nulls[FILER_STREET1]);
		v[FILER_STREET2] = zf_pg_cstring_text(f->business_street2, &nulls[FILER_STREET2]);
		v[FILER_CITY] = zf_pg_cstring_text(f->business_city, &nulls[FILER_CITY]);
		v[FILER_STATE] = zf_pg_cstring_text(f->business_state, &nulls[FILER_STATE]);
		v[FILER_ZIP] = zf_pg_cstring_text(f->business_zip, &nulls[FILER_ZIP]);
		v[FILER_PHONE] = zf_pg_cstring_text(f->business_phone, &nulls[FILER_PHONE]);
		zf_srf_row_end(&srf, v, nulls);
	}
	zf_arena_free(&arena);
	zf_srf_end(&srf);
	return (Datum) 0;
}

enum
{
	CERT_KIND, CERT_SIGNER, CERT_TITLE, CERT_COMPANY, CERT_FORM_TYPE,
	CERT_PERIOD_END, CERT_SIGNED_ON, CERT_PARAGRAPHS, CERT_COMPLETE, CERT_NATTS
};

Datum
zf_certifications_sql(PG_FUNCTION_ARGS)
{
	zf_pg_text	in = zf_pg_text_arg(fcinfo, 0);
	zf_arena	arena;
	zf_certification *certs;
	zf_srf		srf;
	int			n,
				i;

	zf_srf_begin(fcinfo, &srf);
	zf_arena_init(&arena);
	n = zf_parse_certifications(&arena, in.p, in.n, &certs);
	for (i = 0; i < n; i++)
	{
		const zf_certification *c = &certs[i];
		Datum		v[CERT_NATTS];
		bool		nulls[CERT_NATTS] = {0};

		zf_srf_row_start(&srf);
		v[CERT_KIND] = zf_pg_cstring_text(c->kind, &nulls[CERT_KIND]);
		v[CERT_SIGNER] = zf_pg_cstring_text(c->signer, &nulls[CERT_SIGNER]);
		v[CERT_TITLE] = zf_pg_cstring_text(c->title, &nulls[CERT_TITLE]);
		v[CERT_COMPANY] = zf_pg_cstring_text(c->company, &nulls[CERT_COMPANY]);
		v[CERT_FORM_TYPE] = zf_pg_cstring_text(c->form_type, &nulls[CERT_FORM_TYPE]);
		v[CERT_PERIOD_END] = zf_pg_date(c->period_end, &nulls[CERT_PERIOD_END]);
		v[CERT_SIGNED_ON] = zf_pg_date(c->signed_on, &nulls[CERT_SIGNED_ON]);
		v[CERT_PARAGRAPHS] = zf_pg_text_array(&c->paragraphs, &nulls[CERT_PARAGRAPHS]);
		v[CERT_COMPLETE] = BoolGetDatum(c->complete);
		zf_srf_row_end(&srf, v, nulls);
	}
	zf_arena_free(&arena);
	zf_srf_end(&srf);
	return (Datum) 0;
}
