/*
 * scalars.c — zoomfin.parse_amount(text) and zoomfin.parse_date(text).
 *
 * Unlike the document parsers these raise errors: a single value the caller
 * asked to convert either is an amount/date or the query should say so.
 */
#include "postgres.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/numeric.h"

#include "zf_pg.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(zf_parse_amount_sql);
PG_FUNCTION_INFO_V1(zf_parse_date_sql);

/* Quote at most 100 bytes of the offending input in messages. */
static char *
quoted_input(zf_pg_text in)
{
	int			len = pg_mbcliplen(in.p, (int) Min(in.n, 1000), 100);

	return psprintf("%.*s%s", len, in.p, in.n > 100 ? "..." : "");
}

Datum
zf_parse_amount_sql(PG_FUNCTION_ARGS)
{
	zf_pg_text	in = zf_pg_text_arg(fcinfo, 0);
	char	   *buf = palloc(in.n + 3);
	zf_amount	a;
	bool		isnull;

	switch (zf_parse_amount(in.p, in.n, buf, &a))
	{
		case ZF_AMOUNT_OK:
			return zf_pg_numeric(buf, &isnull);
		case ZF_AMOUNT_BLANK:
			PG_RETURN_NULL();
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid amount: \"%s\"", quoted_input(in)),
					 errhint("An amount is digits with optional $, thousands commas, decimal point, "
							 "parentheses or minus for negatives, a trailing %%, or dashes for zero.")));
	}
	PG_RETURN_NULL();			/* not reached */
}

Datum
zf_parse_date_sql(PG_FUNCTION_ARGS)
{
	zf_pg_text	in = zf_pg_text_arg(fcinfo, 0);
	zf_date		d;

	if (!zf_parse_date(in.p, in.n, &d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				 errmsg("invalid date: \"%s\"", quoted_input(in)),
				 errhint("Dates are read as \"April 30, 2004\", \"Mar 31, 2004\", \"03/31/04\", "
						 "\"30-Sep-03\", \"2004-03-31\" or \"20040331\".")));
	PG_RETURN_DATEADT((DateADT) zf_date_to_pg(d));
}
