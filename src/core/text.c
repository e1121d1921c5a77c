/*
 * text.c — line iteration and small string helpers shared by every parser.
 *
 * ASCII only on purpose: filings are ASCII, and nothing here may depend on
 * the server's locale (ctype's isspace/tolower do).
 */
#include <stdint.h>
#include <string.h>

#include "zf_core.h"

void
zf_lines_init(zf_lines *it, const char *s, size_t n, int first_no)
{
	it->s = s;
	it->n = n;
	it->pos = 0;
	it->next_cr = 0;
	it->no = first_no - 1;
}

/*
 * Most filings have no '\r' at all, so the next one is looked up once and
 * remembered rather than searched for on every line.
 */
bool
zf_lines_next(zf_lines *it, zf_line *out)
{
	const char *start,
			   *nl;
	size_t		rest,
				len;

	if (it->pos >= it->n)
		return false;
	start = it->s + it->pos;
	rest = it->n - it->pos;
	if (it->next_cr <= it->pos)
	{
		const char *cr = memchr(start, '\r', rest);

		it->next_cr = cr ? (size_t) (cr - it->s) : it->n;
	}
	nl = memchr(start, '\n', rest);
	len = nl ? (size_t) (nl - start) : rest;
	if (it->next_cr < it->pos + len && (it->next_cr + 1 < it->pos + len || nl == NULL))
	{
		/* a lone \r (old Mac files) also ends a line */
		out->n = it->next_cr - it->pos;
		it->pos += out->n + 1;
	}
	else
	{
		out->n = len;
		it->pos += len + (nl != NULL);
		if (nl && len > 0 && start[len - 1] == '\r')
			out->n--;
	}
	out->p = start;
	out->no = ++it->no;
	if ((it->no & 1023) == 0)
		zf_host_check_interrupts();
	return true;
}

/*
 * Line ends in s[0..n) as zf_lines counts them: \n, \r\n and a lone \r.
 * memchr rather than a byte loop: this runs over every byte of a filing.
 */
int
zf_count_lines(const char *s, size_t n)
{
	const char *end = s + n,
			   *p;
	int			lines = 0;

	for (p = s; (p = memchr(p, '\n', end - p)) != NULL; p++)
		lines++;
	for (p = s; (p = memchr(p, '\r', end - p)) != NULL; p++)
		if (p + 1 == end || p[1] != '\n')
			lines++;
	return lines;
}

void
zf_trim(const char **s, size_t *n)
{
	while (*n > 0 && zf_is_space((unsigned char) **s))
	{
		(*s)++;
		(*n)--;
	}
	while (*n > 0 && zf_is_space((unsigned char) (*s)[*n - 1]))
		(*n)--;
}

#define ONES ((uint64_t) 0x0101010101010101)
#define HIGHS (ONES * 0x80)

/*
 * Keyword tests run over every header and label, so candidates for the
 * needle's first byte are found eight bytes at a time: OR-ing 0x20 folds
 * an ASCII letter's case, and a zero byte of (word ^ pattern) is a hit.
 */
long
zf_find_ci(const char *hay, size_t hn, const char *needle)
{
	size_t		nn = strlen(needle),
				i = 0;
	unsigned char first = (unsigned char) zf_lower((unsigned char) needle[0]);
	unsigned char fold = zf_is_alpha(first) ? 0x20 : 0;
	uint64_t	pattern = ONES * first;

	if (nn == 0)
		return 0;
	while (i + nn <= hn)
	{
		size_t		j;

		if (i + nn + 7 <= hn)
		{
			uint64_t	w;

			memcpy(&w, hay + i, sizeof(w));
			w = (w | ONES * fold) ^ pattern;
			if (((w - ONES) & ~w & HIGHS) == 0)
			{
				i += 8;
				continue;
			}
		}
		if (((unsigned char) hay[i] | fold) == first)
		{
			for (j = 1; j < nn; j++)
				if (zf_lower((unsigned char) hay[i + j]) != zf_lower((unsigned char) needle[j]))
					break;
			if (j == nn)
				return (long) i;
		}
		i++;
	}
	return -1;
}

/* A hash of two bytes, case folded, into 256 bits: small, as it is cleared per call. */
static inline unsigned
pair_hash(unsigned char a, unsigned char b)
{
	return ((unsigned) (a | 0x20) * 31 + (unsigned) (b | 0x20)) & 255;
}

/*
 * A bitmap of the needles' first byte pairs, for the scans below.  Returns
 * whether a needle is shorter than two bytes: then any place may start one,
 * the last byte of hay too.
 */
static bool
needle_pairs(const char *const *needles, uint64_t pairs[4])
{
	bool		short_ones = false;
	int			k;

	pairs[0] = pairs[1] = pairs[2] = pairs[3] = 0;
	for (k = 0; needles[k] && k < 64; k++)
	{
		const unsigned char *nd = (const unsigned char *) needles[k];
		unsigned	h;

		if (nd[0] == '\0' || nd[1] == '\0')
		{
			/* a needle of one byte: any place may start it */
			pairs[0] = pairs[1] = pairs[2] = pairs[3] = ~(uint64_t) 0;
			short_ones = true;
			continue;
		}
		h = pair_hash(nd[0], nd[1]);
		pairs[h >> 6] |= (uint64_t) 1 << (h & 63);
	}
	return short_ones;
}

/*
 * Whether some needle may start at hay[i] (i + 1 < hn), by the bitmap of
 * first byte pairs.  (OR-ing 0x20 folds more than case, so the bitmap
 * admits a few extra places; the comparison decides.)
 */
static inline bool
pair_may_start(const uint64_t pairs[4], const char *hay, size_t i)
{
	unsigned	h = pair_hash((unsigned char) hay[i], (unsigned char) hay[i + 1]);

	return (pairs[h >> 6] >> (h & 63)) & 1;
}

/* The needles that start at hay[i], as bits (needle k is bit k); the first listed only when first_only. */
static inline uint64_t
needles_at(const char *hay, size_t hn, size_t i, const char *const *needles, bool first_only)
{
	uint64_t	found = 0;
	int			k;

	for (k = 0; needles[k] && k < 64; k++)
		if (zf_lower((unsigned char) hay[i]) == zf_lower((unsigned char) needles[k][0]) &&
			zf_starts_with_ci(hay + i, hn - i, needles[k]))
		{
			found |= (uint64_t) 1 << k;
			if (first_only)
				break;
		}
	return found;
}

/* The index of the lowest bit set in found (not 0). */
static int
lowest_bit(uint64_t found)
{
	int			k = 0;

	while (!(found & 1))
	{
		found >>= 1;
		k++;
	}
	return k;
}

/*
 * The earliest place in hay where any of the NULL-terminated needles (not
 * empty, at most 64; more are not looked for) starts, ignoring ASCII case; at one
 * place the first needle listed wins.  One pass over hay instead of one per
 * needle: keyword lists run over every column header, title and label.
 */
long
zf_find_any_ci(const char *hay, size_t hn, const char *const *needles, int *which)
{
	uint64_t	pairs[4],
				found = 0;
	bool		short_ones = needle_pairs(needles, pairs);
	size_t		i;

	for (i = 0; i + 1 < hn; i++)
		if (pair_may_start(pairs, hay, i) && (found = needles_at(hay, hn, i, needles, true)) != 0)
			break;
	if (found == 0 && short_ones && i < hn)
		found = needles_at(hay, hn, i, needles, true);	/* the last byte */
	if (found == 0)
		return -1;
	if (which)
		*which = lowest_bit(found);
	return (long) i;
}

/*
 * Which of the NULL-terminated needles (not empty, at most 64; more are
 * not looked for) occur anywhere in hay, ignoring ASCII case: bit k for needles[k].
 * One pass answers for several keyword lists at once.
 */
uint64_t
zf_which_ci(const char *hay, size_t hn, const char *const *needles)
{
	uint64_t	pairs[4],
				found = 0;
	bool		short_ones = needle_pairs(needles, pairs);
	size_t		i;

	for (i = 0; i + 1 < hn; i++)
		if (pair_may_start(pairs, hay, i))
			found |= needles_at(hay, hn, i, needles, false);
	if (short_ones && hn > 0)
		found |= needles_at(hay, hn, hn - 1, needles, false);
	return found;
}

/*
 * The length phrase matches at the start of s[0..n), or 0.  A space in
 * phrase matches a run of one or more blanks, as justified text doubles
 * them ("area  code"); other bytes match as given, or with fold ignoring
 * ASCII case.
 */
size_t
zf_phrase_at(const char *s, size_t n, const char *phrase, bool fold)
{
	size_t		i = 0;

	for (; *phrase; phrase++)
	{
		if (*phrase == ' ')
		{
			size_t		j = i;

			while (j < n && (s[j] == ' ' || s[j] == '\t'))
				j++;
			if (j == i)
				return 0;
			i = j;
		}
		else if (i < n && (fold ? zf_lower((unsigned char) s[i]) == zf_lower((unsigned char) *phrase)
						   : s[i] == *phrase))
			i++;
		else
			return 0;
	}
	return i;
}

bool
zf_starts_with_ci(const char *s, size_t n, const char *prefix)
{
	size_t		i;

	/* no strlen: this runs for every keyword candidate */
	for (i = 0; prefix[i]; i++)
		if (i >= n || zf_lower((unsigned char) s[i]) != zf_lower((unsigned char) prefix[i]))
			return false;
	return true;
}
/* Windows-1252 punctuation written as &#146; and friends */
static uint32_t
cp1252(uint32_t cp)
{
	static const uint16_t map[32] = {
		0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
		0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178
	};

	return (cp >= 0x80 && cp < 0xA0) ? map[cp - 0x80] : cp;
}

/*
 * An HTML entity at s ('&'): its code point and length, 0 when it is none.
 * Numeric entities in 128..159 are read as Windows-1252, which is what
 * filings mean by &#146; (a right quote).
 */
size_t
zf_html_entity(const char *s, size_t n, uint32_t *cp)
{
	static const struct
	{
		const char *name;
		uint32_t	cp;
	}			names[] =
	{
		{"nbsp", 0xA0}, {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'},
		{"apos", '\''}, {"mdash", 0x2014}, {"ndash", 0x2013}, {"rsquo", 0x2019},
		{"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C}, {"sect", 0xA7},
		{"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"bull", 0x2022},
		{"middot", 0xB7}, {"hellip", 0x2026}, {"shy", 0xAD}, {"ensp", 0x2002},
		{"emsp", 0x2003}, {"thinsp", 0x2009}
	};
	size_t		i,
				k,
				end;
	uint32_t	v = 0;

	if (n > 12)
		n = 12;
	for (end = 1; end < n && s[end] != ';'; end++)
		;
	if (end >= n || end < 2)
		return 0;
	if (s[1] == '#')
	{
		bool		hex = end > 2 && zf_lower((unsigned char) s[2]) == 'x';

		for (i = hex ? 3 : 2; i < end; i++)
		{
			int			c = zf_lower((unsigned char) s[i]);
			int			d = zf_is_digit(c) ? c - '0' :
				(hex && c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;

			if (d < 0 || v > 0x10FFFF)
				return 0;
			v = v * (hex ? 16 : 10) + (uint32_t) d;
		}
		if (i == (hex ? 3u : 2u) || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
			return 0;
		*cp = cp1252(v);
		return end + 1;
	}
	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (strlen(names[k].name) == end - 1 && memcmp(names[k].name, s + 1, end - 1) == 0)
		{
			*cp = names[k].cp;
			return end + 1;
		}
	return 0;
}

/* cp as UTF-8 into out; returns its length (1 to 4). */
size_t
zf_utf8(uint32_t cp, char out[4])
{
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | cp >> 6);
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | cp >> 12);
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | cp >> 18);
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

char *
zf_squeeze(zf_arena *a, const char *s, size_t n)
{
	char	   *out = zf_arena_alloc_uninit(a, n + 1);
	size_t		o = 0;
	bool		gap = false;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (zf_is_space(c) || c == '\0')
		{
			gap = (o > 0);
			continue;
		}
		if (gap)
			out[o++] = ' ';
		gap = false;
		out[o++] = (char) c;
	}
	out[o] = '\0';
	return out;
}
