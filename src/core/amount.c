/*
 * amount.c — money, share counts and percentages as printed in filings.
 *
 * The result is exact decimal text, never a double: the glue hands it to
 * numeric, and scale ("in thousands") is applied by shifting digits.
 */
#include <string.h>

#include "zf_core.h"

static void
skip_blanks(const char *s, size_t n, size_t *i)
{
	while (*i < n && (s[*i] == ' ' || s[*i] == '\t'))
		(*i)++;
}

/* '-', '--', '---', '-0-', U+2014 em dash, U+2013 en dash: a printed zero. */
static bool
is_dash_zero(const char *s, size_t n)
{
	size_t		i;

	if (n == 3 && (memcmp(s, "\xe2\x80\x94", 3) == 0 || memcmp(s, "\xe2\x80\x93", 3) == 0))
		return true;
	if (n == 3 && memcmp(s, "-0-", 3) == 0)
		return true;
	for (i = 0; i < n; i++)
		if (s[i] != '-')
			return false;
	return n > 0 && n <= 8;
}

zf_amount_status
zf_parse_amount(const char *s, size_t n, char *buf, zf_amount *out)
{
	size_t		i = 0,
				int_start,
				o = 0;
	bool		any_nonzero = false;
	int			nint = 0,
				nfrac = 0;
	char	   *digits;

	memset(out, 0, sizeof(*out));
	zf_trim(&s, &n);
	if (n == 0)
		return ZF_AMOUNT_BLANK;
	if (s[0] == '$')
	{
		out->dollar = true;
		i = 1;
		skip_blanks(s, n, &i);
	}
	if (is_dash_zero(s + i, n - i))
	{
		out->dash = true;
		strcpy(buf, "0");
		return ZF_AMOUNT_OK;
	}
	if (i < n && s[i] == '(')
	{
		out->paren = out->neg = true;
		i++;
	}
	else if (i < n && (s[i] == '-' || s[i] == '+'))
		out->neg = (s[i++] == '-');
	skip_blanks(s, n, &i);
	if (i < n && s[i] == '$' && !out->dollar)
	{
		out->dollar = true;
		i++;
		skip_blanks(s, n, &i);
	}

	/* integer part, commas only between digits; normalised digits go to buf+1 */
	digits = buf + 1;
	int_start = i;
	while (i < n && (zf_is_digit((unsigned char) s[i]) || s[i] == ','))
	{
		if (s[i] == ',')
		{
			if (i == int_start || i + 1 >= n || !zf_is_digit((unsigned char) s[i + 1]))
				return ZF_AMOUNT_BAD;
		}
		else
		{
			if (s[i] != '0' || any_nonzero)
			{
				digits[o++] = s[i];
				any_nonzero = true;
			}
			nint++;
		}
		i++;
	}
	if (o == 0)
		digits[o++] = '0';
	if (i < n && s[i] == '.')
	{
		size_t		point = o;

		digits[o++] = '.';
		i++;
		while (i < n && zf_is_digit((unsigned char) s[i]))
		{
			if (s[i] != '0')
				any_nonzero = true;
			digits[o++] = s[i++];
			nfrac++;
		}
		if (nfrac == 0)
			o = point;			/* "12." is 12 */
	}
	if (nint + nfrac == 0)
		return ZF_AMOUNT_BAD;

	skip_blanks(s, n, &i);
	if (i < n && s[i] == '%')
	{
		out->percent = true;
		i++;
		skip_blanks(s, n, &i);
	}
	if (out->paren)
	{
		if (i >= n || s[i] != ')')
			return ZF_AMOUNT_BAD;
		i++;
		skip_blanks(s, n, &i);
		if (i < n && s[i] == '%' && !out->percent)
		{
			out->percent = true;
			i++;
		}
	}
	if (i != n)
		return ZF_AMOUNT_BAD;

	if (!any_nonzero)
		out->neg = false;		/* "(0)" and "-0" are plain zero */
	out->int_digits = nint;
	out->frac_digits = nfrac;
	if (out->neg)
	{
		buf[0] = '-';
		buf[o + 1] = '\0';
	}
	else
	{
		memmove(buf, digits, o);
		buf[o] = '\0';
	}
	return ZF_AMOUNT_OK;
}

void
zf_decimal_shift(const char *num, int exp10, char *out)
{
	bool		neg = (*num == '-');
	const char *ip = num + neg;
	const char *point = strchr(ip, '.');
	size_t		ni = point ? (size_t) (point - ip) : strlen(ip);
	const char *fp = point ? point + 1 : "";
	size_t		nf = strlen(fp);
	size_t		take = nf < (size_t) exp10 ? nf : (size_t) exp10;
	size_t		o = 0,
				start;
	int			pad;

	/* integer digits: old integer part, then the first exp10 fraction digits */
	if (neg)
		out[o++] = '-';
	start = o;
	memcpy(out + o, ip, ni);
	o += ni;
	memcpy(out + o, fp, take);
	o += take;
	for (pad = exp10 - (int) take; pad > 0; pad--)
		out[o++] = '0';
	/* drop leading zeros, keeping one */
	while (o - start > 1 && out[start] == '0')
	{
		memmove(out + start, out + start + 1, o - start - 1);
		o--;
	}
	if (o == start)
		out[o++] = '0';
	if (take < nf)
	{
		out[o++] = '.';
		memcpy(out + o, fp + take, nf - take);
		o += nf - take;
	}
	out[o] = '\0';
	if (neg && strspn(out + 1, "0.") == o - 1)
		memmove(out, out + 1, o);	/* zero is never negative */
}
