/*
 * decimal.c — exact sums of decimal numbers, in base 10000.
 *
 * Aggregates over numeric must give what sum(numeric) gives, to the last
 * digit and at any size, so nothing here is floating point and nothing
 * overflows: magnitudes grow limb by limb.  Base 10000 is PostgreSQL's own
 * numeric base, so values arrive and leave as numeric_send/numeric_recv
 * digits with no conversion.
 */
#include <string.h>

#include "zf_core.h"

#define NBASE ZF_DEC_NBASE

void
zf_dec_init(zf_dec *acc)
{
	memset(acc, 0, sizeof(*acc));
}

void
zf_dec_free(zf_dec *acc)
{
	if (acc->pos.limb)
		zf_host_free(acc->pos.limb);
	if (acc->neg.limb)
		zf_host_free(acc->neg.limb);
	zf_dec_init(acc);
}

/* Makes room for limbs [0, n) and, with shift > 0, moves existing limbs up. */
static void
mag_reserve(zf_dec_mag *m, int n, int shift)
{
	int32_t    *limb;

	if (n <= m->nlimbs && shift == 0)
		return;
	if (n < m->nlimbs + shift)
		n = m->nlimbs + shift;
	limb = zf_host_alloc(sizeof(int32_t) * (size_t) n);
	memset(limb, 0, sizeof(int32_t) * (size_t) n);
	if (m->nlimbs)
		memcpy(limb + shift, m->limb, sizeof(int32_t) * (size_t) m->nlimbs);
	if (m->limb)
		zf_host_free(m->limb);
	m->limb = limb;
	m->nlimbs = n;
}

/* More limbs below the point, for both magnitudes. */
static void
widen_frac(zf_dec *acc, int frac)
{
	int			shift = frac - acc->frac;

	if (shift <= 0)
		return;
	if (acc->pos.nlimbs)
		mag_reserve(&acc->pos, acc->pos.nlimbs + shift, shift);
	if (acc->neg.nlimbs)
		mag_reserve(&acc->neg, acc->neg.nlimbs + shift, shift);
	acc->frac = frac;
}

/*
 * Adds v's digits at their place and carries in the same pass, low limb
 * first.  Limbs are always below NBASE, so a limb plus a digit plus a carry
 * is below 2 * NBASE and one subtraction normalises it: no division, which
 * showed in margin's profile.
 */
static void
mag_add_digits(zf_dec_mag *m, int frac, const zf_dec_value *v)
{
	int			top = v->weight + frac,
				low = top - (v->ndigits - 1),
				i;
	int32_t		carry = 0;

	if (m->nlimbs < top + 2)
		mag_reserve(m, top + 2, 0);
	for (i = low; i <= top || carry; i++)
	{
		if (i == m->nlimbs)
			mag_reserve(m, m->nlimbs + 1, 0);
		m->limb[i] += carry + (i <= top ? v->digits[top - i] : 0);
		carry = m->limb[i] >= NBASE;
		if (carry)
			m->limb[i] -= NBASE;
	}
}

static void
add_signed(zf_dec *acc, const zf_dec_value *v, bool neg)
{
	if (v->ndigits == 0)
		return;
	if (v->ndigits - 1 - v->weight > acc->frac)
		widen_frac(acc, v->ndigits - 1 - v->weight);
	mag_add_digits(neg ? &acc->neg : &acc->pos, acc->frac, v);
}

void
zf_dec_add(zf_dec *acc, const zf_dec_value *v)
{
	add_signed(acc, v, v->neg);
	acc->terms++;
	if (v->dscale > acc->dscale)
	{
		acc->dscale = v->dscale;
		acc->dscale_terms = 0;
	}
	if (v->dscale == acc->dscale)
		acc->dscale_terms++;
}

bool
zf_dec_remove(zf_dec *acc, const zf_dec_value *v)
{
	add_signed(acc, v, !v->neg);
	acc->terms--;
	/* as numeric_accum_inv: the scale of the sum may have to shrink, unknowably */
	if (v->dscale == acc->dscale && --acc->dscale_terms == 0 && acc->dscale > 0)
		return false;
	return true;
}

static void
mag_add_mag(zf_dec_mag *m, int frac, const zf_dec_mag *o, int ofrac)
{
	int			shift = frac - ofrac,
				i;
	int32_t		carry = 0;

	mag_reserve(m, o->nlimbs + shift + 1, 0);
	for (i = 0; i < m->nlimbs; i++)
	{
		int			j = i - shift;

		m->limb[i] += carry + (j >= 0 && j < o->nlimbs ? o->limb[j] : 0);
		carry = m->limb[i] / NBASE;
		m->limb[i] %= NBASE;
	}
	if (carry)
	{
		mag_reserve(m, m->nlimbs + 1, 0);
		m->limb[m->nlimbs - 1] = carry;
	}
}

void
zf_dec_merge(zf_dec *acc, const zf_dec *other)
{
	widen_frac(acc, other->frac);
	if (other->pos.nlimbs)
		mag_add_mag(&acc->pos, acc->frac, &other->pos, other->frac);
	if (other->neg.nlimbs)
		mag_add_mag(&acc->neg, acc->frac, &other->neg, other->frac);
	acc->terms += other->terms;
	if (other->dscale > acc->dscale)
	{
		acc->dscale = other->dscale;
		acc->dscale_terms = 0;
	}
	if (other->dscale == acc->dscale)
		acc->dscale_terms += other->dscale_terms;
}

void
zf_dec_copy(zf_dec *dst, const zf_dec *src)
{
	zf_dec_init(dst);
	zf_dec_merge(dst, src);
	dst->terms = src->terms;
	dst->dscale = src->dscale;
	dst->dscale_terms = src->dscale_terms;
}

static int
mag_top(const zf_dec_mag *m)
{
	int			i = m->nlimbs - 1;

	while (i >= 0 && m->limb[i] == 0)
		i--;
	return i;
}

static int
mag_cmp(const zf_dec_mag *a, const zf_dec_mag *b)
{
	int			ta = mag_top(a),
				tb = mag_top(b),
				i;

	if (ta != tb)
		return ta > tb ? 1 : -1;
	for (i = ta; i >= 0; i--)
		if (a->limb[i] != b->limb[i])
			return a->limb[i] > b->limb[i] ? 1 : -1;
	return 0;
}

int
zf_dec_sign(zf_dec *acc)
{
	return mag_cmp(&acc->pos, &acc->neg);
}

void
zf_dec_result(zf_dec *acc, zf_dec_value *out, int16_t **buf, int *buflen)
{
	int			cmp = mag_cmp(&acc->pos, &acc->neg),
				n = acc->pos.nlimbs > acc->neg.nlimbs ? acc->pos.nlimbs : acc->neg.nlimbs,
				i,
				top,
				low;
	const zf_dec_mag *big = cmp >= 0 ? &acc->pos : &acc->neg,
			   *small = cmp >= 0 ? &acc->neg : &acc->pos;
	int32_t		borrow = 0;
	int16_t    *d;

	if (*buflen < n + 1)
	{
		if (*buf)
			zf_host_free(*buf);
		*buflen = n + 1;
		*buf = zf_host_alloc(sizeof(int16_t) * (size_t) *buflen);
	}
	d = *buf;
	/* difference, little-endian, into d */
	for (i = 0; i < n; i++)
	{
		int32_t		x = (i < big->nlimbs ? big->limb[i] : 0) - (i < small->nlimbs ? small->limb[i] : 0) - borrow;

		borrow = x < 0;
		d[i] = (int16_t) (x < 0 ? x + NBASE : x);
	}
	top = n - 1;
	while (top >= 0 && d[top] == 0)
		top--;
	low = 0;
	while (low <= top && d[low] == 0)
		low++;
	out->neg = cmp < 0;
	out->dscale = acc->dscale;
	if (top < 0)
	{
		out->neg = false;
		out->weight = 0;
		out->ndigits = 0;
		out->digits = d;
		return;
	}
	/* most significant first */
	for (i = 0; i < (top - low + 1) / 2; i++)
	{
		int16_t		t = d[low + i];

		d[low + i] = d[top - i];
		d[top - i] = t;
	}
	out->weight = top - acc->frac;
	out->ndigits = top - low + 1;
	out->digits = d + low;
}

/* ---- serialisation: fixed-width little-endian fields, then the limbs ---- */

static unsigned char *
put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char) v;
	p[1] = (unsigned char) (v >> 8);
	p[2] = (unsigned char) (v >> 16);
	p[3] = (unsigned char) (v >> 24);
	return p + 4;
}

static uint32_t
get32(const unsigned char *p)
{
	return (uint32_t) p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16 | (uint32_t) p[3] << 24;
}

size_t
zf_dec_serial_size(const zf_dec *acc)
{
	return 4 * 8 + 4 * (size_t) (acc->pos.nlimbs + acc->neg.nlimbs);
}

size_t
zf_dec_serialize(const zf_dec *acc, unsigned char *out)
{
	unsigned char *p = out;
	int			i;

	p = put32(p, (uint32_t) acc->frac);
	p = put32(p, (uint32_t) acc->dscale);
	p = put32(p, (uint32_t) ((uint64_t) acc->dscale_terms >> 32));
	p = put32(p, (uint32_t) acc->dscale_terms);
	p = put32(p, (uint32_t) ((uint64_t) acc->terms >> 32));
	p = put32(p, (uint32_t) acc->terms);
	p = put32(p, (uint32_t) acc->pos.nlimbs);
	p = put32(p, (uint32_t) acc->neg.nlimbs);
	for (i = 0; i < acc->pos.nlimbs; i++)
		p = put32(p, (uint32_t) acc->pos.limb[i]);
	for (i = 0; i < acc->neg.nlimbs; i++)
		p = put32(p, (uint32_t) acc->neg.limb[i]);
	return (size_t) (p - out);
}

static bool
get_mag(zf_dec_mag *m, int n, const unsigned char **p)
{
	int			i;

	mag_reserve(m, n, 0);
	for (i = 0; i < n; i++, *p += 4)
	{
		uint32_t	v = get32(*p);

		if (v >= NBASE)
			return false;
		m->limb[i] = (int32_t) v;
	}
	return true;
}

bool
zf_dec_deserialize(zf_dec *acc, const unsigned char *in, size_t n, size_t *used)
{
	const unsigned char *p = in;
	uint32_t	np,
				nn;

	zf_dec_init(acc);
	if (n < 32)
		return false;
	acc->frac = (int) get32(p);
	acc->dscale = (int) get32(p + 4);
	acc->dscale_terms = (int64_t) ((uint64_t) get32(p + 8) << 32 | get32(p + 12));
	acc->terms = (int64_t) ((uint64_t) get32(p + 16) << 32 | get32(p + 20));
	np = get32(p + 24);
	nn = get32(p + 28);
	p += 32;
	if (acc->frac < 0 || acc->frac > 100000 || acc->dscale < 0 || acc->dscale > 100000 ||
		np > 1000000 || nn > 1000000 || (size_t) (np + nn) * 4 > n - 32)
		return false;
	if (!get_mag(&acc->pos, (int) np, &p) || !get_mag(&acc->neg, (int) nn, &p))
	{
		zf_dec_free(acc);
		return false;
	}
	*used = (size_t) (p - in);
	return true;
}

bool
zf_dec_parse(const char *s, zf_dec_value *v, int16_t *buf)
{
	const char *point,
			   *p;
	int			nint = 0,
				nfrac = 0,
				lead,
				k = 0,
				i;
	char		digits[4096];
	int			nd = 0;		/* digits[] filled so far */

	v->neg = (*s == '-');
	if (*s == '-' || *s == '+')
		s++;
	point = strchr(s, '.');
	for (p = s; *p; p++)
	{
		if (*p == '.')
			continue;
		/* the digits, padded to whole limbs, must fit in digits[] */
		if (*p < '0' || *p > '9' || nint + nfrac >= (int) sizeof(digits) - 8)
			return false;
		if (point && p > point)
			nfrac++;
		else
			nint++;
	}
	/* pad the integer part to whole limbs on the left, the fraction on the right */
	lead = (4 - nint % 4) % 4;
	for (i = 0; i < lead; i++)
		digits[nd++] = 0;
	for (p = s; *p; p++)
		if (*p != '.')
			digits[nd++] = (char) (*p - '0');
	while (nd % 4)
		digits[nd++] = 0;
	for (i = 0; i < nd; i += 4)
		buf[k++] = (int16_t) (digits[i] * 1000 + digits[i + 1] * 100 + digits[i + 2] * 10 + digits[i + 3]);
	v->weight = (nint + lead) / 4 - 1;
	v->dscale = nfrac;
	/* drop leading zero limbs */
	i = 0;
	while (i < k && buf[i] == 0)
	{
		i++;
		v->weight--;
	}
	v->digits = buf + i;
	v->ndigits = k - i;
	while (v->ndigits > 0 && v->digits[v->ndigits - 1] == 0)
		v->ndigits--;
	if (v->ndigits == 0)
	{
		v->weight = 0;
		v->neg = false;
	}
	return nint + nfrac > 0;
}
