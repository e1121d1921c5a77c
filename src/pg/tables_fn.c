/*
 * tables_fn.c — zoomfin.line_items(text) and zoomfin.diagnostics(text).
 */
#include "postgres.h"

#include "srf.h"
#include "zf_pg.h"

PG_FUNCTION_INFO_V1(zf_line_items_sql);
PG_FUNCTION_INFO_V1(zf_diagnostics_sql);

enum
{
	LI_TABLE_NO, LI_STATEMENT, LI_TITLE, LI_AUDITED, LI_ROW_NO, LI_SECTION,
	LI_LABEL, LI_CONCEPT, LI_COL_NO, LI_PERIOD_START, LI_PERIOD_END, LI_MONTHS,
	LI_VALUE, LI_UNIT, LI_SCALE, LI_RAW, LI_IS_TOTAL, LI_IS_CHANGE, LI_DOC_SEQ,
	LI_LINE_NO, LI_NATTS
};

static int32
scale_multiplier(int exp10)
{
	int32		m = 1;

	while (exp10-- > 0)
		m *= 10;
	return m;
}

Datum
zf_line_items_sql(PG_FUNCTION_ARGS)
{
	zf_pg_text	in = zf_pg_text_arg(fcinfo, 0);
	zf_arena	arena;
	zf_tables	t;
	zf_srf		srf;
	int			i;

	zf_srf_begin(fcinfo, &srf);
	zf_arena_init(&arena);
	zf_parse_tables(&arena, in.p, in.n, &t);
	for (i = 0; i < t.nitems; i++)
	{
		const zf_line_item *li = &t.items[i];
		Datum		v[LI_NATTS];
		bool		nulls[LI_NATTS] = {0};

		zf_srf_row_start(&srf);
		v[LI_TABLE_NO] = Int32GetDatum(li->table_no);
		v[LI_STATEMENT] = zf_pg_cstring_text(zf_statement_name(li->statement), &nulls[LI_STATEMENT]);
		v[LI_TITLE] = zf_pg_cstring_text(li->title, &nulls[LI_TITLE]);
		v[LI_AUDITED] = BoolGetDatum(li->audited == 1);
		nulls[LI_AUDITED] = li->audited < 0;
		v[LI_ROW_NO] = Int32GetDatum(li->row_no);
		v[LI_SECTION] = zf_pg_cstring_text(li->section, &nulls[LI_SECTION]);
		v[LI_LABEL] = zf_pg_cstring_text(li->label, &nulls[LI_LABEL]);
		v[LI_CONCEPT] = zf_pg_cstring_text(li->concept, &nulls[LI_CONCEPT]);
		v[LI_COL_NO] = Int32GetDatum(li->col_no);
		v[LI_PERIOD_START] = zf_pg_date(li->period_start, &nulls[LI_PERIOD_START]);
		v[LI_PERIOD_END] = zf_pg_date(li->period_end, &nulls[LI_PERIOD_END]);
		v[LI_MONTHS] = Int32GetDatum(li->months);
		nulls[LI_MONTHS] = li->months == 0;
		v[LI_VALUE] = zf_pg_numeric(li->value, &nulls[LI_VALUE]);
		v[LI_UNIT] = zf_pg_cstring_text(zf_unit_name(li->unit), &nulls[LI_UNIT]);
		v[LI_SCALE] = Int32GetDatum(scale_multiplier(li->scale_exp));
		v[LI_RAW] = zf_pg_cstring_text(li->raw, &nulls[LI_RAW]);
		v[LI_IS_TOTAL] = BoolGetDatum(li->is_total);
		v[LI_IS_CHANGE] = BoolGetDatum(li->is_change);
		v[LI_DOC_SEQ] = Int32GetDatum(li->doc_seq);
		v[LI_LINE_NO] = Int32GetDatum(li->line_no);
		zf_srf_row_end(&srf, v, nulls);
	}
	zf_arena_free(&arena);
	zf_srf_end(&srf);
	return (Datum) 0;
}

enum
{
	DG_SEVERITY, DG_CODE, DG_LINE_NO, DG_MESSAGE, DG_NATTS
};

Datum
zf_diagnostics_sql(PG_FUNCTION_ARGS)
{
	zf_pg_text	in = zf_pg_text_arg(fcinfo, 0);
	zf_arena	arena;
	zf_tables	t;
	zf_srf		srf;
	int			i;

	zf_srf_begin(fcinfo, &srf);
	zf_arena_init(&arena);
	zf_parse_tables(&arena, in.p, in.n, &t);
	for (i = 0; i < t.ndiags; i++)
	{
		const zf_diagnostic *d = &t.diags[i];
		Datum		v[DG_NATTS];
		bool		nulls[DG_NATTS] = {0};

		zf_srf_row_start(&srf);
		v[DG_SEVERITY] = zf_pg_cstring_text(zf_severity_name(d->severity), &nulls[DG_SEVERITY]);
		v[DG_CODE] = zf_pg_cstring_text(d->code, &nulls[DG_CODE]);
		v[DG_LINE_NO] = Int32GetDatum(d->line_no);
		nulls[DG_LINE_NO] = d->line_no <= 0;
		v[DG_MESSAGE] = zf_pg_cstring_text(d->message, &nulls[DG_MESSAGE]);
		zf_srf_row_end(&srf, v, nulls);
	}
	zf_arena_free(&arena);
	zf_srf_end(&srf);
	return (Datum) 0;
}
