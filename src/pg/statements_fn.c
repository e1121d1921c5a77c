/*
 * statements_fn.c — zoomfin.income_statement(text) and zoomfin.balance_sheet(text).
 */
#include "postgres.h"

#include "srf.h"
#include "zf_pg.h"

PG_FUNCTION_INFO_V1(zf_income_statement_sql);
PG_FUNCTION_INFO_V1(zf_balance_sheet_sql);

/*
 * Both return the period columns first (income: start, end, months; balance:
 * as_of), then one numeric per field in the core's field order.
 */
static Datum
statement_rows(FunctionCallInfo fcinfo, bool income)
{
	zf_pg_text	in = zf_pg_text_arg(fcinfo, 0);
	zf_arena	arena;
	zf_tables	t;
	zf_statement_row *rows;
	zf_srf		srf;
	int			n,
				i,
				f,
				nfields = income ? ZF_IS_NFIELDS : ZF_BS_NFIELDS,
				lead = income ? 3 : 1;

	zf_srf_begin(fcinfo, &srf);
	zf_arena_init(&arena);
	zf_parse_tables(&arena, in.p, in.n, &t);
	n = income ? zf_income_rows(&arena, &t, &rows) : zf_balance_rows(&arena, &t, &rows);
	for (i = 0; i < n; i++)
	{
		Datum		v[3 + ZF_IS_NFIELDS];
		bool		nulls[3 + ZF_IS_NFIELDS] = {0};

		zf_srf_row_start(&srf);
		if (income)
		{
			v[0] = zf_pg_date(rows[i].start, &nulls[0]);
			v[1] = zf_pg_date(rows[i].end, &nulls[1]);
			v[2] = Int32GetDatum(rows[i].months);
		}
		else
			v[0] = zf_pg_date(rows[i].end, &nulls[0]);
		for (f = 0; f < nfields; f++)
			v[lead + f] = zf_pg_numeric(rows[i].value[f], &nulls[lead + f]);
		zf_srf_row_end(&srf, v, nulls);
	}
	zf_arena_free(&arena);
	zf_srf_end(&srf);
	return (Datum) 0;
}

Datum
zf_income_statement_sql(PG_FUNCTION_ARGS)
{
	return statement_rows(fcinfo, true);
}

Datum
zf_balance_sheet_sql(PG_FUNCTION_ARGS)
{
	return statement_rows(fcinfo, false);
}
