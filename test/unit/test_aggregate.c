/* test_aggregate.c — exact decimal sums and the growth/CAGR state. */
#include "unit.h"

static zf_dec_value
val(const char *s, int16_t *buf)
{
	zf_dec_value v;

	if (!zf_dec_parse(s, &v, buf))
		abort();
	return v;
}

/* The sum as decimal text, built from the base-10000 result. */
static const char *
text(zf_dec *acc)
{
	static char out[512];
	static int16_t *buf;
	static int	buflen;
	zf_dec_value r;
	char		digits[480];
	int			nd = 0,
				i,
				o = 0,
				intdigits,
				start;

	zf_dec_result(acc, &r, &buf, &buflen);
	if (r.ndigits == 0)
	{
		snprintf(out, sizeof(out), "0");
		return out;
	}
	for (i = 0; i < r.ndigits; i++)
		nd += snprintf(digits + nd, sizeof(digits) - nd, "%04d", r.digits[i]);
	/* digits hold 4*(weight+1) integer digits (maybe more or fewer) */
	intdigits = 4 * (r.weight + 1);
	if (r.neg)
		out[o++] = '-';
	if (intdigits <= 0)
	{
		out[o++] = '0';
		out[o++] = '.';
		for (i = 0; i < -intdigits; i++)
			out[o++] = '0';
		for (i = 0; i < nd; i++)
			out[o++] = digits[i];
	}
	else
	{
		start = 0;
		while (start < intdigits - 1 && start < nd && digits[start] == '0')
			start++;
		for (i = start; i < intdigits; i++)
			out[o++] = i < nd ? digits[i] : '0';
		if (nd > intdigits)
		{
			out[o++] = '.';
			for (i = intdigits; i < nd; i++)
				out[o++] = digits[i];
		}
	}
	/* trailing fraction zeros beyond the limbs are not significant here */
	out[o] = '\0';
	while (o > 0 && strchr(out, '.') && out[o - 1] == '0')
		out[--o] = '\0';
	if (o > 0 && out[o - 1] == '.')
		o--;
	out[o] = '\0';
	return out;
}

/* More digits than zf_dec_parse holds are refused, not written past its buffer. */
static void
test_too_many_digits(void)
{
	static char digits[6001];
	static int16_t buf[2000];
	zf_dec_value v;

	memset(digits, '7', sizeof(digits) - 1);
	CHECK(!zf_dec_parse(digits, &v, buf));
	digits[4000] = '\0';
	CHECK(zf_dec_parse(digits, &v, buf));
}

int
main(void)
{
	int16_t		b1[64],
				b2[64];
	zf_dec		a,
				b;
	zf_dec_value v;
	zf_span		s,
				t;

	test_too_many_digits();
	zf_dec_init(&a);
	v = val("7792000", b1);
	zf_dec_add(&a, &v);
	v = val("-0.06", b1);
	zf_dec_add(&a, &v);
	CHECK_STR(text(&a), "7791999.94");
	CHECK_INT(a.dscale, 2);
	v = val("123456789012345678901234567890.5", b1);
	zf_dec_add(&a, &v);
	CHECK_STR(text(&a), "123456789012345678901242359890.44");
	v = val("123456789012345678901234567890.5", b1);
	CHECK(zf_dec_remove(&a, &v));
	CHECK_STR(text(&a), "7791999.94");
	v = val("-0.06", b1);
	CHECK(!zf_dec_remove(&a, &v));	/* the last term of scale 2 left: recompute */
	CHECK_STR(text(&a), "7792000");
	v = val("-7792000", b1);
	zf_dec_add(&a, &v);
	CHECK_INT(zf_dec_sign(&a), 0);
	CHECK_STR(text(&a), "0");

	/* merge and serialise */
	zf_dec_init(&b);
	v = val("-9999.9999", b2);
	zf_dec_add(&b, &v);
	v = val("1", b2);
	zf_dec_add(&a, &v);
	zf_dec_merge(&a, &b);
	CHECK_STR(text(&a), "-9998.9999");
	{
		unsigned char buf[512];
		size_t		n = zf_dec_serialize(&a, buf),
					used;
		zf_dec		c;

		CHECK(n == zf_dec_serial_size(&a));
		CHECK(zf_dec_deserialize(&c, buf, n, &used) && used == n);
		CHECK_STR(text(&c), "-9998.9999");
		zf_dec_free(&c);
		CHECK(!zf_dec_deserialize(&c, buf, 10, &used));
	}
	zf_dec_free(&a);
	zf_dec_free(&b);

	/* growth over (value, date): order does not matter, ties add up */
	zf_span_init(&s);
	zf_span_init(&t);
	v = val("7539", b1);
	zf_span_add(&s, &v, 100);
	CHECK(!zf_span_growth_defined(&s));
	v = val("7792", b1);
	zf_span_add(&t, &v, 465);
	v = val("8", b1);
	zf_span_add(&t, &v, 465);
	zf_span_merge(&s, &t);
	CHECK(zf_span_growth_defined(&s));
	CHECK_STR(text(&s.first), "7539");
	CHECK_STR(text(&s.last), "7800");
	CHECK(zf_span_years(&s) > 0.999 && zf_span_years(&s) < 1.0);
	{
		unsigned char buf[512];
		size_t		n = zf_span_serialize(&s, buf);
		zf_span		u;

		CHECK(n == zf_span_serial_size(&s));
		CHECK(zf_span_deserialize(&u, buf, n));
		CHECK_STR(text(&u.last), "7800");
		zf_span_free(&u);
		CHECK(!zf_span_deserialize(&u, buf, n - 1));
	}
	v = val("-5", b1);
	zf_span_add(&s, &v, 50);	/* a negative base: growth yes, CAGR no */
	CHECK(zf_span_growth_defined(&s));
	CHECK(!zf_span_cagr_defined(&s));
	zf_span_free(&s);
	zf_span_free(&t);
	return unit_report("aggregate");
}
