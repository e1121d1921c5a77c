/*
 * zf_pg.c — host hooks for the core and Datum conversions shared by the glue.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/numeric.h"

#include "zf_pg.h"

/*
 * The core allocates arena blocks in CurrentMemoryContext; HUGE because a
 * 300 MB filing can need blocks past palloc's 1 GB request limit in total.
 */
void *
zf_host_alloc(size_t size)
{
	return palloc_extended(size, MCXT_ALLOC_HUGE);
}

void
zf_host_free(void *ptr)
{
	pfree(ptr);
}

void
zf_host_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

zf_pg_text
zf_pg_text_arg(FunctionCallInfo fcinfo, int argno)
{
	text	   *t = PG_GETARG_TEXT_PP(argno);
	zf_pg_text r;

	r.p = VARDATA_ANY(t);
	r.n = VARSIZE_ANY_EXHDR(t);
	return r;
}

Datum
zf_pg_cstring_text(const char *s, bool *isnull)
{
	*isnull = (s == NULL);
	return s ? PointerGetDatum(cstring_to_text(s)) : (Datum) 0;
}

Datum
zf_pg_date(zf_date d, bool *isnull)
{
	*isnull = (d.y == 0);
	return d.y ? DateADTGetDatum((DateADT) zf_date_to_pg(d)) : (Datum) 0;
}

/*
 * The core's decimals ("-1234.56") as an int64 of their digits and the
 * number of digits after the point; false when they do not fit.
 */
static bool
decimal_digits(const char *s, int64 *digits, int *scale)
{
	bool		neg = (*s == '-');
	int64		v = 0;
	int			n = 0,
				frac = -1;

	for (s += neg; *s; s++)
	{
		if (*s == '.' && frac < 0)
		{
			frac = 0;
			continue;
		}
		if (*s < '0' || *s > '9' || ++n > 18)
			return false;
		v = v * 10 + (*s - '0');
		if (frac >= 0)
			frac++;
	}
	if (n == 0)
		return false;
	*digits = neg ? -v : v;
	*scale = frac < 0 ? 0 : frac;
	return true;
}

/*
 * numeric from the core's exact decimal text.  Up to 18 digits go straight
 * from an integer, as numeric_in would give them (same digits, same display
 * scale) without its string parsing, which showed in line_items' profile.
 */
Datum
zf_pg_numeric(const char *decimal, bool *isnull)
{
	int64		digits;
	int			scale;

	*isnull = (decimal == NULL);
	if (decimal == NULL)
		return (Datum) 0;
	if (decimal_digits(decimal, &digits, &scale))
		return NumericGetDatum(int64_div_fast_to_numeric(digits, scale));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(decimal),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

Datum
zf_pg_text_array(const zf_strlist *list, bool *isnull)
{
	Datum	   *elems;
	int			i;

	*isnull = false;
	elems = palloc(sizeof(Datum) * (list->n ? list->n : 1));
	for (i = 0; i < list->n; i++)
		elems[i] = PointerGetDatum(cstring_to_text(list->v[i]));
	return PointerGetDatum(construct_array(elems, list->n, TEXTOID, -1, false, TYPALIGN_INT));
}

TupleDesc
zf_pg_result_desc(FunctionCallInfo fcinfo)
{
	TupleDesc	desc;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning a record called in a context that cannot accept it")));
	return BlessTupleDesc(desc);
}
