/*
 * date.c — calendar dates as filings print them, parsed without DateStyle.
 */
#include <string.h>

#include "zf_core.h"

static const char *const month_names[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

int
zf_days_in_month(int y, int m)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool		leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (m < 1 || m > 12)
		return 0;
	return dim[m - 1] + (m == 2 && leap);
}

bool
zf_date_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
		d <= zf_days_in_month(y, m);
}

int
zf_month_name(const char *s, size_t n, size_t *len)
{
	size_t		w = 0;
	char		word[10];
	int			m;

	while (w < n && zf_is_alpha((unsigned char) s[w]))
		w++;
	if (w < 3 || w > 9)
		return 0;
	for (size_t i = 0; i < w; i++)
		word[i] = (char) (s[i] | 0x20);
	word[w] = '\0';
	for (m = 0; m < 12; m++)
	{
		const char *full = month_names[m];

		if (strcmp(word, full) == 0 ||
			(w == 3 && strncmp(word, full, 3) == 0) ||
			(m == 8 && strcmp(word, "sept") == 0))
		{
			*len = w;
			return m + 1;
		}
	}
	return 0;
}

/* Reads up to max digits; returns count read (0 if none). */
static size_t
read_int(const char *s, size_t n, size_t max, int *val)
{
	size_t		i = 0;
	int			v = 0;

	while (i < n && i < max && zf_is_digit((unsigned char) s[i]))
		v = v * 10 + (s[i++] - '0');
	*val = v;
	return i;
}

static int
full_year(int y, size_t ndigits)
{
	if (ndigits == 2)
		return y < 50 ? 2000 + y : 1900 + y;
	return ndigits == 4 ? y : -1;
}

/* A date must not run on into a letter or digit ("9/30/034", "2004x"). */
static bool
ends_cleanly(const char *s, size_t n, size_t pos)
{
	return pos >= n || !(zf_is_digit((unsigned char) s[pos]) || zf_is_alpha((unsigned char) s[pos]));
}

static size_t
finish(const char *s, size_t n, size_t pos, int y, int m, int d, zf_date *out)
{
	if (!zf_date_valid(y, m, d) || !ends_cleanly(s, n, pos))
		return 0;
	out->y = y;
	out->m = m;
	out->d = d;
	return pos;
}

/* "April 30, 2004", "Mar. 31 2004", "January 19,2000" */
static size_t
scan_month_first(const char *s, size_t n, zf_date *out)
{
	size_t		len,
				pos,
				k;
	int			m = zf_month_name(s, n, &len),
				d,
				y;

	if (m == 0)
		return 0;
	pos = len;
	if (pos < n && s[pos] == '.')
		pos++;
	while (pos < n && (s[pos] == ' ' || s[pos] == '\t'))
		pos++;
	k = read_int(s + pos, n - pos, 2, &d);
	if (k == 0 || (pos + k < n && zf_is_digit((unsigned char) s[pos + k])))
		return 0;
	pos += k;
	if (pos < n && s[pos] == ',')
		pos++;
	while (pos < n && (s[pos] == ' ' || s[pos] == '\t'))
		pos++;
	k = read_int(s + pos, n - pos, 4, &y);
	if (k != 4 && k != 2)
		return 0;
	return finish(s, n, pos + k, full_year(y, k), m, d, out);
}

/* "30-Sep-03", "30 September 2003" */
static size_t
scan_day_first(const char *s, size_t n, zf_date *out)
{
	int			d,
				m,
				y;
	size_t		pos = read_int(s, n, 2, &d),
				len,
				k;
	char		sep;

	if (pos == 0 || pos >= n || (s[pos] != '-' && s[pos] != ' '))
		return 0;
	sep = s[pos++];
	m = zf_month_name(s + pos, n - pos, &len);
	if (m == 0)
		return 0;
	pos += len;
	if (pos >= n || s[pos] != sep)
		return 0;
	pos++;
	k = read_int(s + pos, n - pos, 4, &y);
	if (k != 4 && k != 2)
		return 0;
	return finish(s, n, pos + k, full_year(y, k), m, d, out);
}

/* "03/31/04", "9/30/2003", "2004-03-31", "20040331" */
static size_t
scan_numeric(const char *s, size_t n, zf_date *out)
{
	int			a,
				b,
				c;
	size_t		k1 = read_int(s, n, 8, &a),
				pos = k1,
				k2,
				k3;
	char		sep;

	if (k1 == 8 && ends_cleanly(s, n, pos))
		return finish(s, n, pos, a / 10000, a / 100 % 100, a % 100, out);
	if (k1 == 0 || k1 > 4 || pos >= n || (s[pos] != '/' && s[pos] != '-'))
		return 0;
	sep = s[pos++];
	k2 = read_int(s + pos, n - pos, 2, &b);
	if (k2 == 0 || pos + k2 >= n || s[pos + k2] != sep)
		return 0;
	pos += k2 + 1;
	k3 = read_int(s + pos, n - pos, 4, &c);
	pos += k3;
	if (k1 == 4 && sep == '-' && k3 >= 1 && k3 <= 2)
		return finish(s, n, pos, a, b, c, out);
	if (k1 <= 2 && (k3 == 2 || k3 == 4))
		return finish(s, n, pos, full_year(c, k3), a, b, out);
	return 0;
}

size_t
zf_scan_date(const char *s, size_t n, zf_date *out)
{
	size_t		skip = 0,
				k;

	while (skip < n && (s[skip] == ' ' || s[skip] == '\t'))
		skip++;
	s += skip;
	n -= skip;
	if (n == 0)
		return 0;
	if (zf_is_alpha((unsigned char) s[0]))
		k = scan_month_first(s, n, out);
	else if (zf_is_digit((unsigned char) s[0]))
	{
		k = scan_numeric(s, n, out);
		if (k == 0)
			k = scan_day_first(s, n, out);
	}
	else
		k = 0;
	return k ? k + skip : 0;
}

bool
zf_parse_date(const char *s, size_t n, zf_date *out)
{
	size_t		k;
	zf_date		d;

	zf_trim(&s, &n);
	k = zf_scan_date(s, n, &d);
	if (k == 0 || k != n)
		return false;
	*out = d;
	return true;
}

/* Days from civil, after H. Hinnant's algorithm; epoch 2000-01-01. */
int32_t
zf_date_to_pg(zf_date dt)
{
	int			y = dt.y - (dt.m <= 2);
	int			era = (y >= 0 ? y : y - 399) / 400;
	int			yoe = y - era * 400;
	int			doy = (153 * (dt.m + (dt.m > 2 ? -3 : 9)) + 2) / 5 + dt.d - 1;
	int			doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468 - 10957;
}

zf_date
zf_date_add_days(zf_date dt, int days)
{
	int32_t		z = zf_date_to_pg(dt) + days + 719468 + 10957;
	int			era = (z >= 0 ? z : z - 146096) / 146097;
	int			doe = z - era * 146097;
	int			yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int			doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int			mp = (5 * doy + 2) / 153;
	zf_date		r;

	r.d = doy - (153 * mp + 2) / 5 + 1;
	r.m = mp < 10 ? mp + 3 : mp - 9;
	r.y = yoe + era * 400 + (r.m <= 2);
	return r;
}
