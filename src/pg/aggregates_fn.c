/*
 * aggregates_fn.c — zoomfin.margin, zoomfin.growth and zoomfin.cagr.
 *
 * The sums are kept by the core (decimal.c, aggregate.c), exactly, in
 * numeric's own base-10000 digits: values are read from numeric's stored
 * digits and sums leave through numeric_recv, so the final division is PostgreSQL's own
 * numeric_div and margin equals sum(n)/sum(d) to the last digit.  NaN and
 * infinities are counted beside the sums, as numeric's sum does.
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/numeric.h"

#include "zf_pg.h"

PG_FUNCTION_INFO_V1(zf_margin_sfunc);
PG_FUNCTION_INFO_V1(zf_margin_inv);
PG_FUNCTION_INFO_V1(zf_margin_combine);
PG_FUNCTION_INFO_V1(zf_margin_serialize);
PG_FUNCTION_INFO_V1(zf_margin_deserialize);
PG_FUNCTION_INFO_V1(zf_margin_final);
PG_FUNCTION_INFO_V1(zf_span_sfunc);
PG_FUNCTION_INFO_V1(zf_span_combine);
PG_FUNCTION_INFO_V1(zf_span_serialize_sql);
PG_FUNCTION_INFO_V1(zf_span_deserialize_sql);
PG_FUNCTION_INFO_V1(zf_growth_final);
PG_FUNCTION_INFO_V1(zf_cagr_final);

#define NUMERIC_SEND_POS 0x0000
#define NUMERIC_SEND_NEG 0x4000
#define NUMERIC_SEND_NAN 0xC000
#define NUMERIC_SEND_PINF 0xD000
#define NUMERIC_SEND_NINF 0xF000

/* A sum with its special values counted apart. */
typedef struct sum_state
{
	zf_dec		dec;
	int64		nan;
	int64		pinf;
	int64		ninf;
} sum_state;

typedef struct margin_state
{
	sum_state	num;
	sum_state	den;
	MemoryContext ctx;			/* the aggregate's context, where the sums grow */
} margin_state;

/* Scratch space for one numeric's digits. */
typedef struct digits_buf
{
	int16		d[64];
	int16	   *big;
} digits_buf;

static MemoryContext
agg_context(FunctionCallInfo fcinfo, const char *name)
{
	MemoryContext ctx;

	if (!AggCheckCallContext(fcinfo, &ctx))
		elog(ERROR, "%s called in non-aggregate context", name);
	return ctx;
}

/*
 * numeric's on-disk layout (PostgreSQL's numeric.c, unchanged since 9.1
 * because it is what tables store): a 2-byte header in the short form or a
 * 4-byte one in the long form, then base-10000 digits, most significant
 * first.  Reading it directly costs no allocation per value, unlike
 * numeric_send; the sign word is returned in numeric_send's terms.
 */
#define NUMERIC_SIGN_MASK 0xC000
#define NUMERIC_SHORT 0x8000
#define NUMERIC_SPECIAL 0xC000
#define NUMERIC_EXT_SIGN_MASK 0xF000
#define NUMERIC_SHORT_SIGN_MASK 0x2000
#define NUMERIC_SHORT_DSCALE_MASK 0x1F80
#define NUMERIC_SHORT_DSCALE_SHIFT 7
#define NUMERIC_SHORT_WEIGHT_SIGN_MASK 0x0040
#define NUMERIC_SHORT_WEIGHT_MASK 0x003F
#define NUMERIC_DSCALE_MASK 0x3FFF

static uint16
read16(const char *p)
{
	uint16		v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static int
numeric_digits(Datum num, zf_dec_value *v, digits_buf *buf)
{
	struct varlena *b = PG_DETOAST_DATUM_PACKED(num);
	const char *p = VARDATA_ANY(b);
	int			len = VARSIZE_ANY_EXHDR(b),
				head,
				ndigits,
				sign;
	uint16		h = read16(p);
	int16	   *d;

	buf->big = NULL;
	if ((h & NUMERIC_SIGN_MASK) == NUMERIC_SPECIAL)
	{
		v->neg = false;
		v->weight = v->dscale = v->ndigits = 0;
		v->digits = buf->d;
		return h & NUMERIC_EXT_SIGN_MASK;
	}
	if (h & NUMERIC_SHORT)
	{
		head = 2;
		sign = (h & NUMERIC_SHORT_SIGN_MASK) ? NUMERIC_SEND_NEG : NUMERIC_SEND_POS;
		v->dscale = (h & NUMERIC_SHORT_DSCALE_MASK) >> NUMERIC_SHORT_DSCALE_SHIFT;
		v->weight = (h & NUMERIC_SHORT_WEIGHT_SIGN_MASK ? ~NUMERIC_SHORT_WEIGHT_MASK : 0) |
			(h & NUMERIC_SHORT_WEIGHT_MASK);
	}
	else
	{
		head = 4;
		sign = h & NUMERIC_SIGN_MASK;
		v->dscale = h & NUMERIC_DSCALE_MASK;
		v->weight = (int16) read16(p + 2);
	}
	ndigits = (len - head) / 2;
	d = ndigits <= 64 ? buf->d : (buf->big = palloc(sizeof(int16) * ndigits));
	memcpy(d, p + head, sizeof(int16) * ndigits);
	v->neg = (sign == NUMERIC_SEND_NEG);
	v->ndigits = ndigits;
	v->digits = d;
	if ((Pointer) b != DatumGetPointer(num))
		pfree(b);
	return sign;
}

/* Adds (or with remove, takes away) a numeric; false if a removal cannot be undone. */
static bool
sum_apply(sum_state *s, Datum num, bool remove, MemoryContext ctx)
{
	zf_dec_value v;
	digits_buf	buf;
	int			sign = numeric_digits(num, &v, &buf);
	int64		delta = remove ? -1 : 1;
	bool		ok = true;
	MemoryContext old;

	if (sign == NUMERIC_SEND_NAN)
		s->nan += delta;
	else if (sign == NUMERIC_SEND_PINF)
		s->pinf += delta;
	else if (sign == NUMERIC_SEND_NINF)
		s->ninf += delta;
	else
	{
		/* the sum's limbs live as long as the aggregate state */
		old = MemoryContextSwitchTo(ctx);
		if (remove)
			ok = zf_dec_remove(&s->dec, &v);
		else
			zf_dec_add(&s->dec, &v);
		MemoryContextSwitchTo(old);
	}
	if (buf.big)
		pfree(buf.big);
	return ok;
}

/* The sum as a numeric, through numeric_recv. */
static Datum
sum_numeric(sum_state *s)
{
	StringInfoData out;
	zf_dec_value r;
	int16	   *buf = NULL;
	int			buflen = 0,
				i;
	Datum		result;

	initStringInfo(&out);
	if (s->nan > 0 || (s->pinf > 0 && s->ninf > 0))
	{
		pq_sendint16(&out, 0);
		pq_sendint16(&out, 0);
		pq_sendint16(&out, NUMERIC_SEND_NAN);
		pq_sendint16(&out, 0);
	}
	else if (s->pinf > 0 || s->ninf > 0)
	{
		pq_sendint16(&out, 0);
		pq_sendint16(&out, 0);
		pq_sendint16(&out, s->pinf > 0 ? NUMERIC_SEND_PINF : NUMERIC_SEND_NINF);
		pq_sendint16(&out, 0);
	}
	else
	{
		zf_dec_result(&s->dec, &r, &buf, &buflen);
		pq_sendint16(&out, (uint16) r.ndigits);
		pq_sendint16(&out, (uint16) r.weight);
		pq_sendint16(&out, r.neg ? NUMERIC_SEND_NEG : NUMERIC_SEND_POS);
		pq_sendint16(&out, (uint16) r.dscale);
		for (i = 0; i < r.ndigits; i++)
			pq_sendint16(&out, (uint16) r.digits[i]);
	}
	out.cursor = 0;
	result = DirectFunctionCall3(numeric_recv, PointerGetDatum(&out), ObjectIdGetDatum(InvalidOid),
								 Int32GetDatum(-1));
	if (buf)
		pfree(buf);
	pfree(out.data);
	return result;
}

static bool
sum_is_zero(sum_state *s)
{
	return s->nan == 0 && s->pinf == 0 && s->ninf == 0 && zf_dec_sign(&s->dec) == 0;
}

/* ---- margin -------------------------------------------------------------- */

/* The state, made in the aggregate's context on the first call (checked once). */
static margin_state *
margin_state_get(FunctionCallInfo fcinfo)
{
	margin_state *st;
	MemoryContext ctx;

	if (!PG_ARGISNULL(0))
		return (margin_state *) PG_GETARG_POINTER(0);
	ctx = agg_context(fcinfo, "zoomfin.margin");
	st = MemoryContextAllocZero(ctx, sizeof(margin_state));
	zf_dec_init(&st->num.dec);
	zf_dec_init(&st->den.dec);
	st->ctx = ctx;
	return st;
}

Datum
zf_margin_sfunc(PG_FUNCTION_ARGS)
{
	margin_state *st = margin_state_get(fcinfo);

	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
	{
		sum_apply(&st->num, PG_GETARG_DATUM(1), false, st->ctx);
		sum_apply(&st->den, PG_GETARG_DATUM(2), false, st->ctx);
	}
	PG_RETURN_POINTER(st);
}

/* Moving-window inverse: NULL tells the executor to recompute the frame. */
Datum
zf_margin_inv(PG_FUNCTION_ARGS)
{
	margin_state *st = margin_state_get(fcinfo);
	bool		ok = true;

	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
	{
		ok = sum_apply(&st->num, PG_GETARG_DATUM(1), true, st->ctx);
		ok = sum_apply(&st->den, PG_GETARG_DATUM(2), true, st->ctx) && ok;
	}
	if (!ok)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(st);
}

static void
sum_merge(sum_state *s, const sum_state *o)
{
	zf_dec_merge(&s->dec, &o->dec);
	s->nan += o->nan;
	s->pinf += o->pinf;
	s->ninf += o->ninf;
}

Datum
zf_margin_combine(PG_FUNCTION_ARGS)
{
	MemoryContext old;
	margin_state *st;
	margin_state *other;

	if (PG_ARGISNULL(1))
		PG_RETURN_DATUM(PG_ARGISNULL(0) ? (Datum) 0 : PG_GETARG_DATUM(0));
	other = (margin_state *) PG_GETARG_POINTER(1);
	st = margin_state_get(fcinfo);
	old = MemoryContextSwitchTo(st->ctx);
	sum_merge(&st->num, &other->num);
	sum_merge(&st->den, &other->den);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

static void
put_sum(StringInfo out, const sum_state *s)
{
	size_t		n = zf_dec_serial_size(&s->dec);

	pq_sendint64(out, s->nan);
	pq_sendint64(out, s->pinf);
	pq_sendint64(out, s->ninf);
	enlargeStringInfo(out, (int) n);
	out->len += (int) zf_dec_serialize(&s->dec, (unsigned char *) out->data + out->len);
}

static void
get_sum(StringInfo in, sum_state *s)
{
	size_t		used;

	s->nan = pq_getmsgint64(in);
	s->pinf = pq_getmsgint64(in);
	s->ninf = pq_getmsgint64(in);
	if (!zf_dec_deserialize(&s->dec, (unsigned char *) in->data + in->cursor, in->len - in->cursor, &used))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid zoomfin aggregate state")));
	in->cursor += (int) used;
}

Datum
zf_margin_serialize(PG_FUNCTION_ARGS)
{
	margin_state *st = (margin_state *) PG_GETARG_POINTER(0);
	StringInfoData out;

	agg_context(fcinfo, "zoomfin.margin_serialize");
	pq_begintypsend(&out);
	put_sum(&out, &st->num);
	put_sum(&out, &st->den);
	PG_RETURN_BYTEA_P(pq_endtypsend(&out));
}

Datum
zf_margin_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "zoomfin.margin_deserialize");
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData in;
	MemoryContext old = MemoryContextSwitchTo(ctx);
	margin_state *st = palloc0(sizeof(margin_state));

	st->ctx = ctx;
	in.data = VARDATA_ANY(b);
	in.len = VARSIZE_ANY_EXHDR(b);
	in.maxlen = in.len;
	in.cursor = 0;
	get_sum(&in, &st->num);
	get_sum(&in, &st->den);
	if (in.cursor != in.len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid zoomfin aggregate state")));
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

Datum
zf_margin_final(PG_FUNCTION_ARGS)
{
	margin_state *st;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (margin_state *) PG_GETARG_POINTER(0);
	/* no rows at all is an empty, zero, denominator too */
	if (sum_is_zero(&st->den))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_div, sum_numeric(&st->num), sum_numeric(&st->den)));
}

/* ---- growth and cagr ----------------------------------------------------- */

static zf_span *
span_get(FunctionCallInfo fcinfo, MemoryContext ctx)
{
	zf_span    *s;

	if (!PG_ARGISNULL(0))
		return (zf_span *) PG_GETARG_POINTER(0);
	s = MemoryContextAlloc(ctx, sizeof(zf_span));
	zf_span_init(s);
	return s;
}

Datum
zf_span_sfunc(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "zoomfin.growth");
	MemoryContext old;
	zf_span    *s = span_get(fcinfo, ctx);

	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
	{
		zf_dec_value v;
		digits_buf	buf;
		DateADT		day = PG_GETARG_DATEADT(2);

		if (numeric_digits(PG_GETARG_DATUM(1), &v, &buf) >= NUMERIC_SEND_NAN)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("zoomfin.growth and zoomfin.cagr take finite values, not NaN or infinity")));
		if (DATE_NOT_FINITE(day))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("zoomfin.growth and zoomfin.cagr take finite dates")));
		old = MemoryContextSwitchTo(ctx);
		zf_span_add(s, &v, day);
		MemoryContextSwitchTo(old);
		if (buf.big)
			pfree(buf.big);
	}
	PG_RETURN_POINTER(s);
}

Datum
zf_span_combine(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "zoomfin.growth");
	MemoryContext old;
	zf_span    *s;

	if (PG_ARGISNULL(1))
		PG_RETURN_DATUM(PG_ARGISNULL(0) ? (Datum) 0 : PG_GETARG_DATUM(0));
	old = MemoryContextSwitchTo(ctx);
	s = span_get(fcinfo, ctx);
	zf_span_merge(s, (zf_span *) PG_GETARG_POINTER(1));
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(s);
}

Datum
zf_span_serialize_sql(PG_FUNCTION_ARGS)
{
	zf_span    *s = (zf_span *) PG_GETARG_POINTER(0);
	size_t		n = zf_span_serial_size(s);
	bytea	   *b = palloc(VARHDRSZ + n);

	agg_context(fcinfo, "zoomfin.growth_serialize");
	SET_VARSIZE(b, VARHDRSZ + zf_span_serialize(s, (unsigned char *) VARDATA(b)));
	PG_RETURN_BYTEA_P(b);
}

Datum
zf_span_deserialize_sql(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "zoomfin.growth_deserialize");
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	MemoryContext old = MemoryContextSwitchTo(ctx);
	zf_span    *s = palloc(sizeof(zf_span));

	if (!zf_span_deserialize(s, (unsigned char *) VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid zoomfin aggregate state")));
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(s);
}

static Datum
span_sum(zf_dec *d)
{
	sum_state	s = {0};

	s.dec = *d;
	return sum_numeric(&s);
}

/* (last - first) / |first|: for a positive base, last / first - 1. */
Datum
zf_growth_final(PG_FUNCTION_ARGS)
{
	zf_span    *s;
	Datum		first,
				last;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (zf_span *) PG_GETARG_POINTER(0);
	if (!zf_span_growth_defined(s))
		PG_RETURN_NULL();
	first = span_sum(&s->first);
	last = span_sum(&s->last);
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_div,
										DirectFunctionCall2(numeric_sub, last, first),
										DirectFunctionCall1(numeric_abs, first)));
}

/* (last / first) ^ (1 / years) - 1, years of 365.25 days. */
Datum
zf_cagr_final(PG_FUNCTION_ARGS)
{
	zf_span    *s;
	Datum		ratio,
				exponent,
				one = DirectFunctionCall1(int4_numeric, Int32GetDatum(1));

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (zf_span *) PG_GETARG_POINTER(0);
	if (!zf_span_cagr_defined(s))
		PG_RETURN_NULL();
	ratio = DirectFunctionCall2(numeric_div, span_sum(&s->last), span_sum(&s->first));
	/* 1 / years exactly as a numeric: 365.25 / days */
	exponent = DirectFunctionCall2(numeric_div,
								   DirectFunctionCall3(numeric_in, CStringGetDatum("365.25"),
													   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)),
								   DirectFunctionCall1(int4_numeric, Int32GetDatum(s->last_day - s->first_day)));
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_sub, DirectFunctionCall2(numeric_power, ratio, exponent), one));
}
