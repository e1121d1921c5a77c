/* test_documents.c — splitting a submission into <DOCUMENT>s. */
#include "unit.h"

static zf_arena arena;

/* The body of d as a NUL-terminated copy (arena). */
static const char *
body(const char *text, const zf_document *d)
{
	return zf_arena_strndup(&arena, text + d->body_off, d->body_len);
}

static bool
body_starts(const char *text, const zf_document *d, const char *want)
{
	size_t		wn = strlen(want);

	return d->body_len >= wn && memcmp(text + d->body_off, want, wn) == 0;
}

static bool
body_ends(const char *text, const zf_document *d, const char *want)
{
	size_t		wn = strlen(want);

	return d->body_len >= wn &&
		memcmp(text + d->body_off + d->body_len - wn, want, wn) == 0;
}

static int
parse_str(const char *text, zf_document **docs)
{
	return zf_parse_documents(&arena, text, strlen(text), docs);
}

/* The body's line count, and whether HTML in it has a preformatted block. */
static void
test_preformatted(void)
{
	zf_document *d;
	const char *text =
		"<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n<html><body><PRE>\nSales   1\n</PRE></body></html>\n</TEXT>\n</DOCUMENT>\n"
		"<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n<html><p>no <press> here</p>\n\r\n</TEXT>\n</DOCUMENT>\n"
		"<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n<xmp>\nSales   1\n</TEXT>\n</DOCUMENT>\n";

	CHECK_INT(parse_str(text, &d), 3);
	CHECK_INT(d[0].first_line, 4);
	CHECK_INT(d[0].body_lines, 3);
	CHECK(d[0].preformatted);
	CHECK_INT(d[1].first_line, 12);
	CHECK_INT(d[1].body_lines, 2);
	CHECK(!d[1].preformatted);	/* "<press>" is no <pre> tag */
	CHECK_INT(d[2].first_line, 19);
	CHECK(d[2].preformatted);

	/* a <pre> after </DOCUMENT> is not in the body */
	CHECK_INT(parse_str("<DOCUMENT>\n<TEXT>\n<html>a\n</DOCUMENT>\n<pre>\n", &d), 1);
	CHECK_INT(d[0].body_len, 8);	/* "<html>a\n" */
	CHECK(!d[0].preformatted);
}

/* Blanks after <TEXT> that run into the next document: an empty body, there. */
static void
test_blank_body(void)
{
	zf_document *d;
	const char *text = "<DOCUMENT>\n<TYPE>A\n<TEXT>  \t<DOCUMENT>\n<TYPE>B\n<TEXT>\nbody\n</TEXT>";

	CHECK_INT(parse_str(text, &d), 2);
	CHECK_INT(d[0].body_len, 0);
	CHECK_INT(d[0].body_off, 28);
	CHECK_STR(d[1].type, "B");
	CHECK_STR(body(text, &d[1]), "body\n");
}

static void
test_pem_submission(void)
{
	size_t		n;
	char	   *text = unit_read_file("test/data/corpus/sgml/0001011438-98-000429.txt", &n);
	zf_document *d;

	CHECK_INT(zf_parse_documents(&arena, text, n, &d), 2);
	CHECK_INT(d[0].seq, 1);
	CHECK_STR(d[0].type, "8-K");
	CHECK_STR(d[0].filename, NULL);
	CHECK_STR(d[0].description, "CURRENT REPORT");
	/* lines 56..153 of the file: from the line after <TEXT> to </TEXT> */
	CHECK_INT(d[0].first_line, 56);
	CHECK_INT(d[0].body_lines, 98);
	CHECK(!d[0].preformatted);
	CHECK_INT(d[0].body_len, 3017);
	CHECK(body_starts(text, &d[0], "\n\n                       SECURITIES AND EXCHANGE COMMISSION\n"));
	CHECK(body_ends(text, &d[0], "\n\n"));
	CHECK_INT(d[1].seq, 2);
	CHECK_STR(d[1].type, "EX-20.1");
	CHECK_STR(d[1].description, "STATEMENT TO CERTIFICATEHOLDERS");
	CHECK_INT(d[1].first_line, 161);
	CHECK_INT(d[1].body_len, 37368);
	CHECK(body_ends(text, &d[1], "</TABLE>\n"));
	free(text);
}

static void
test_no_header(void)
{
	size_t		n;
	char	   *text = unit_read_file("test/data/corpus/sgml/0000899681-95-000096.txt", &n);
	zf_document *d;

	CHECK_INT(zf_parse_documents(&arena, text, n, &d), 2);
	CHECK_STR(d[0].type, "S-3/A");
	CHECK_INT(d[0].first_line, 5);
	CHECK_INT(d[0].body_len, 38396);
	CHECK_STR(d[1].type, "EX-99");
	CHECK_INT(d[1].seq, 2);
	CHECK_INT(d[1].first_line, 964);
	CHECK_INT(d[1].body_len, 515);
	CHECK(body_starts(text, &d[1], "\n                                              Exhibit 23(b)\n"));
	free(text);
}

static void
test_filenames(void)
{
	size_t		n;
	char	   *text = unit_read_file("test/data/corpus/sgml/0001564590-20-004475-minimal.txt", &n);
	zf_document *d;

	CHECK_INT(zf_parse_documents(&arena, text, n, &d), 2);
	CHECK_STR(d[0].type, "10-K");
	CHECK_STR(d[0].filename, "tsla-10k_20191231.htm");
	CHECK_STR(d[0].description, "10-K");
	CHECK(body_starts(text, &d[0], "<XBRL>\n<?xml "));
	CHECK_STR(d[1].type, "EX-21.1");
	CHECK_STR(d[1].filename, "tsla-ex211_20191231.htm");
	CHECK_STR(d[1].description, "EX-21.1 SUBSIDIARIES");
	free(text);
}

static void
test_wrapped_description(void)
{
	size_t		n;
	char	   *text = unit_read_file("test/data/corpus/apple-10q/0000320193-97-000011.txt", &n);
	zf_document *d;
	const char *t;

	CHECK_INT(zf_parse_documents(&arena, text, n, &d), 6);
	CHECK_STR(d[0].type, "10-Q");
	CHECK_STR(d[0].description, NULL);
	CHECK_STR(d[5].type, "EX-27");
	CHECK_INT(d[5].seq, 6);
	/* "<DESCRIPTION>ART. 5 FDS FOR FY97 " over "FORM 10-K", then <FLAWED> */
	CHECK_STR(d[5].description, "ART. 5 FDS FOR FY97 FORM 10-K");
	free(text);

	/* without <TEXT> the lines after the description are the body's */
	t = "<DOCUMENT>\n<DESCRIPTION>A\r\n B\r\n\r\nC\n<TEXT>\nx\n";
	CHECK_INT(parse_str(t, &d), 1);
	CHECK_STR(d[0].description, "A B");
	t = "<DOCUMENT>\n<DESCRIPTION>A\nB\n";
	CHECK_INT(parse_str(t, &d), 1);
	CHECK_STR(d[0].description, "A");
}

static void
test_bare(void)
{
	size_t		n;
	char	   *text = unit_read_file("test/data/seeds/000_1fdb38dce8692cfb.txt", &n);
	zf_document *d;

	CHECK_INT(zf_parse_documents(&arena, text, n, &d), 1);
	CHECK_INT(d[0].seq, 1);
	CHECK_STR(d[0].type, NULL);
	CHECK_INT(d[0].body_off, 0);
	CHECK_INT(d[0].body_len, n);
	CHECK_INT(d[0].first_line, 1);
	free(text);

	CHECK_INT(parse_str("", &d), 0);
	CHECK_INT(zf_parse_documents(&arena, NULL, 0, &d), 0);
	CHECK_INT(parse_str(" ", &d), 1);
	/* a header without documents (a truncated submission) is bare text */
	CHECK_INT(parse_str("<SEC-HEADER>\nACCESSION NUMBER: 1\n", &d), 1);
	/* tags are upper case: lower case ones are text */
	CHECK_INT(parse_str("<document>\n<text>\nx\n</text>\n", &d), 1);
}

static void
test_synthetic(void)
{
	const char *t;
	zf_document *d;

	/* text on the <TEXT> line itself; SVG's "</text>" does not end the body */
	t = "<DOCUMENT>\n<TYPE>EX-1\n<TEXT><svg><text>a</text></svg>\n</TEXT>\n</DOCUMENT>\n";
	CHECK_INT(parse_str(t, &d), 1);
	CHECK_STR(body(t, &d[0]), "<svg><text>a</text></svg>\n");
	CHECK_INT(d[0].first_line, 3);

	/* lone CR line ends */
	t = "<DOCUMENT>\r<TYPE>8-K\r<SEQUENCE>7\r<TEXT>\rbody\r</TEXT>\r</DOCUMENT>\r";
	CHECK_INT(parse_str(t, &d), 1);
	CHECK_STR(d[0].type, "8-K");
	CHECK_INT(d[0].seq, 7);
	CHECK_STR(body(t, &d[0]), "body\r");
	CHECK_INT(d[0].first_line, 5);

	/* CRLF; missing or junk <SEQUENCE> falls back to the position */
	t = "<DOCUMENT>\r\n<TYPE> EX-99 \r\n<SEQUENCE>x\r\n<TEXT>\r\nA\r\n</TEXT>\r\n</DOCUMENT>\r\n"
		"<DOCUMENT>\r\n<DESCRIPTION>  two   words \r\n<TEXT>  \r\nB\r\n</DOCUMENT>\r\n";
	CHECK_INT(parse_str(t, &d), 2);
	CHECK_STR(d[0].type, "EX-99");
	CHECK_INT(d[0].seq, 1);
	CHECK_STR(body(t, &d[0]), "A\r\n");
	CHECK_INT(d[0].first_line, 5);
	CHECK_INT(d[1].seq, 2);
	CHECK_STR(d[1].type, NULL);
	CHECK_STR(d[1].description, "two words");
	CHECK_STR(body(t, &d[1]), "B\r\n");
	CHECK_INT(d[1].first_line, 11);

	/* truncated: inside the body, inside a header, right after <TEXT> */
	t = "<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nabc\n<DOCUMENT>\n<TYPE>EX";
	CHECK_INT(parse_str(t, &d), 2);
	CHECK_STR(body(t, &d[0]), "abc\n");
	CHECK_STR(d[1].type, "EX");
	CHECK_INT(d[1].body_len, 0);
	t = "<DOCUMENT>\n<TYPE>8-K\n<TEXT>";
	CHECK_INT(parse_str(t, &d), 1);
	CHECK_INT(d[0].body_len, 0);
	CHECK_INT(d[0].body_off, strlen(t));
	t = "<DOCUMENT>";
	CHECK_INT(parse_str(t, &d), 1);
	CHECK_INT(d[0].body_len, 0);
	CHECK_STR(d[0].type, NULL);
}

/* Many <DOCUMENT>s: linear time, capped count. */
static void
test_big(void)
{
	static const char unit_text[] = "<DOCUMENT>";
	size_t		un = strlen(unit_text);
	size_t		size = 20 * 1024 * 1024;
	char	   *buf = malloc(size);
	zf_arena	a;
	zf_document *d;
	size_t		i;

	for (i = 0; i + un <= size; i += un)
		memcpy(buf + i, unit_text, un);
	memset(buf + i, '<', size - i);
	zf_arena_init(&a);
	CHECK_INT(zf_parse_documents(&a, buf, size, &d), 100000);
	CHECK_INT(d[99999].seq, 100000);
	zf_arena_free(&a);
	memset(buf, '<', size);
	zf_arena_init(&a);
	CHECK_INT(zf_parse_documents(&a, buf, size, &d), 1);
	zf_arena_free(&a);
	free(buf);
}

/* Every prefix, in an exact-size buffer so ASan sees any over-read. */
static void
test_prefixes(const char *path)
{
	size_t		n,
				k;
	char	   *full = unit_read_file(path, &n);
	int			bad = 0;

	for (k = 0; k <= n; k++)
	{
		char	   *cut = malloc(k ? k : 1);
		zf_arena	a;
		zf_document *d;
		int			nd,
					i;

		memcpy(cut, full, k);
		zf_arena_init(&a);
		nd = zf_parse_documents(&a, cut, k, &d);
		for (i = 0; i < nd; i++)
			if (d[i].body_off + d[i].body_len > k)
				bad++;
		if ((k == 0) != (nd == 0))
			bad++;
		zf_arena_free(&a);
		free(cut);
	}
	CHECK_INT(bad, 0);
	free(full);
}

int
main(void)
{
	zf_arena_init(&arena);
	test_pem_submission();
	test_no_header();
	test_filenames();
	test_wrapped_description();
	test_bare();
	test_synthetic();
	test_preformatted();
	test_blank_body();
	test_big();
	test_prefixes("test/data/corpus/apple_8-K_1999-09-03.txt");
	test_prefixes("test/data/corpus/sgml/0001094891-00-000193.txt");
	zf_arena_free(&arena);
	return unit_report("test_documents");
}
