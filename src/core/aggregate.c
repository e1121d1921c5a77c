/*
 * aggregate.c — the state of zoomfin.growth and zoomfin.cagr: the sum of the
 * values at the earliest date seen and at the latest.
 *
 * Only those two sums matter, so the state is small, independent of input
 * order, and two states combine by keeping the earlier first date and the
 * later last date (adding sums when dates tie): what parallel aggregation
 * needs.
 */
#include <string.h>

#include "zf_core.h"

void
zf_span_init(zf_span *s)
{
	memset(s, 0, sizeof(*s));
	zf_dec_init(&s->first);
	zf_dec_init(&s->last);
}

void
zf_span_free(zf_span *s)
{
	zf_dec_free(&s->first);
	zf_dec_free(&s->last);
	s->any = false;
}

void
zf_span_add(zf_span *s, const zf_dec_value *v, int32_t day)
{
	if (!s->any || day < s->first_day)
	{
		zf_dec_free(&s->first);
		s->first_day = day;
	}
	if (!s->any || day > s->last_day)
	{
		zf_dec_free(&s->last);
		s->last_day = day;
	}
	s->any = true;
	if (day == s->first_day)
		zf_dec_add(&s->first, v);
	if (day == s->last_day)
		zf_dec_add(&s->last, v);
}

/* One end of a merge: keep the end nearer the edge, add when they tie. */
static void
merge_end(zf_dec *mine, int32_t *my_day, const zf_dec *theirs, int32_t their_day, bool earlier_wins)
{
	if (their_day == *my_day)
		zf_dec_merge(mine, theirs);
	else if (earlier_wins ? their_day < *my_day : their_day > *my_day)
	{
		zf_dec_free(mine);
		zf_dec_copy(mine, theirs);
		*my_day = their_day;
	}
}

void
zf_span_merge(zf_span *s, const zf_span *other)
{
	if (!other->any)
		return;
	if (!s->any)
	{
		s->any = true;
		s->first_day = other->first_day;
		s->last_day = other->last_day;
		zf_dec_copy(&s->first, &other->first);
		zf_dec_copy(&s->last, &other->last);
		return;
	}
	merge_end(&s->first, &s->first_day, &other->first, other->first_day, true);
	merge_end(&s->last, &s->last_day, &other->last, other->last_day, false);
}

double
zf_span_years(const zf_span *s)
{
	if (!s->any || s->last_day == s->first_day)
		return 0;
	return (double) (s->last_day - s->first_day) / 365.25;
}

bool
zf_span_growth_defined(zf_span *s)
{
	return s->any && s->last_day != s->first_day && zf_dec_sign(&s->first) != 0;
}

bool
zf_span_cagr_defined(zf_span *s)
{
	return s->any && s->last_day != s->first_day && zf_dec_sign(&s->first) > 0 &&
		zf_dec_sign(&s->last) >= 0;
}

size_t
zf_span_serial_size(const zf_span *s)
{
	return 12 + zf_dec_serial_size(&s->first) + zf_dec_serial_size(&s->last);
}

size_t
zf_span_serialize(const zf_span *s, unsigned char *out)
{
	unsigned char *p = out;
	int32_t		f[3] = {s->any, s->first_day, s->last_day};

	memcpy(p, f, 12);
	p += 12;
	p += zf_dec_serialize(&s->first, p);
	p += zf_dec_serialize(&s->last, p);
	return (size_t) (p - out);
}

bool
zf_span_deserialize(zf_span *s, const unsigned char *in, size_t n)
{
	int32_t		f[3];
	size_t		used1,
				used2;

	zf_span_init(s);
	if (n < 12)
		return false;
	memcpy(f, in, 12);
	s->any = f[0] != 0;
	s->first_day = f[1];
	s->last_day = f[2];
	if (!zf_dec_deserialize(&s->first, in + 12, n - 12, &used1) ||
		!zf_dec_deserialize(&s->last, in + 12 + used1, n - 12 - used1, &used2) ||
		12 + used1 + used2 != n)
	{
		zf_span_free(s);
		return false;
	}
	return true;
}
