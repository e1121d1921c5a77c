/*
 * zf_pg.h — conversions between the parser core's results and Datums.
 */
#ifndef ZF_PG_H
#define ZF_PG_H

#include "postgres.h"
#include "fmgr.h"
#include "access/tupdesc.h"

#include "zf_core.h"

/* The argument's bytes, detoasted once; no copy for short inline values. */
typedef struct zf_pg_text
{
	const char *p;
	size_t		n;
} zf_pg_text;

extern zf_pg_text zf_pg_text_arg(FunctionCallInfo fcinfo, int argno);

/* NULL pointers and zero dates become SQL NULL via *isnull. */
extern Datum zf_pg_cstring_text(const char *s, bool *isnull);
extern Datum zf_pg_date(zf_date d, bool *isnull);
extern Datum zf_pg_numeric(const char *decimal, bool *isnull);
extern Datum zf_pg_text_array(const zf_strlist *list, bool *isnull);

/* Tuple descriptor of the function's declared composite result. */
extern TupleDesc zf_pg_result_desc(FunctionCallInfo fcinfo);

#endif
