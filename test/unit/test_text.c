/*
 * test_text.c — line cutting, line counting and the keyword searches every
 * parser shares (text.c).  The searches are checked against a plain
 * byte-by-byte reference at every length, so the word-at-a-time paths and
 * their tails are all taken.
 */
#include "unit.h"

/* The lines of s joined with '|', and their count in *n. */
static const char *
cut(const char *s, int *n)
{
	static char out[256];
	zf_lines	it;
	zf_line		line;
	size_t		o = 0;

	*n = 0;
	zf_lines_init(&it, s, strlen(s), 1);
	while (zf_lines_next(&it, &line))
	{
		if ((*n)++ > 0)
			out[o++] = '|';
		memcpy(out + o, line.p, line.n);
		o += line.n;
	}
	out[o] = '\0';
	return out;
}

static void
test_lines(void)
{
	static const struct
	{
		const char *text;
		const char *lines;
		int			count;
	}			cases[] = {
		{"", "", 0},
		{"a", "a", 1},
		{"a\n", "a", 1},
		{"a\nb", "a|b", 2},
		{"a\r\nb\r\n", "a|b", 2},
		{"a\rb\r", "a|b", 2},	/* lone \r, old Mac files */
		{"a\r", "a", 1},
		{"\r\r\n", "|", 2},
		{"a\r\r\nb", "a||b", 3},
		{"\n\n", "|", 2},
		{"x\ry\r\nz\n\rw", "x|y|z||w", 5},
	};
	size_t		k;

	for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		int			n;

		CHECK_STR(cut(cases[k].text, &n), cases[k].lines);
		CHECK_INT(n, cases[k].count);
		/* zf_count_lines counts line ends: a last line without one is not counted */
		CHECK_INT(zf_count_lines(cases[k].text, strlen(cases[k].text)),
				  n - (n > 0 && !strchr("\r\n", cases[k].text[strlen(cases[k].text) - 1])));
	}
}

static long
reference_find(const char *hay, size_t hn, const char *needle)
{
	size_t		nn = strlen(needle),
				i,
				j;

	for (i = 0; i + nn <= hn; i++)
	{
		for (j = 0; j < nn && zf_lower((unsigned char) hay[i + j]) == zf_lower((unsigned char) needle[j]); j++)
			;
		if (j == nn)
			return (long) i;
	}
	return -1;
}

static void
test_searches(void)
{
	static const char *const needles[] = {"in thousands", "(000", "In Millions", "x", "%", NULL};
	const char *text = "Net sales (In Thousands) 12% ... in millions, (000's omitted) x";
	size_t		len = strlen(text),
				n;

	/* every prefix of the text, so each search ends at every place in a word */
	for (n = 0; n <= len; n++)
	{
		long		want = -1;
		int			k,
					want_k = -1,
					which = -1;
		uint64_t	want_bits = 0;

		for (k = 0; needles[k]; k++)
		{
			long		at = reference_find(text, n, needles[k]);

			CHECK_INT(zf_find_ci(text, n, needles[k]), at);
			if (at >= 0)
				want_bits |= (uint64_t) 1 << k;
			if (at >= 0 && (want < 0 || at < want))
			{
				want = at;
				want_k = k;
			}
		}
		CHECK_INT(zf_find_any_ci(text, n, needles, &which), want);
		CHECK_INT(which, want < 0 ? -1 : want_k);
		CHECK(zf_which_ci(text, n, needles) == want_bits);
	}
}

int
main(void)
{
	test_lines();
	test_searches();
	return unit_report("test_text");
}
