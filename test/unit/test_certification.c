/*
 * test_certification.c — SOX 302 / 906 certifications: the seed, the
 * 10-KSB's exhibits, Apple's HTML exhibits, filings without any, variants
 * and bad input.  Every expected value is read off the filing text.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <time.h>

#include "unit.h"

#define SEED "test/data/seeds/002_fc9d1ec793d48a23.txt"
#define KSB "test/data/corpus/annual/ksb-2007.txt"
#define AAPL1 "test/data/corpus/cover/a10-qexhibit31103292025.htm"
#define AAPL2 "test/data/corpus/cover/a10-qexhibit31203292025.htm"

static const char *const ALL302 = "1,2,3,4,4a,4b,4c,4d,5,5a,5b";

static zf_arena arena;

static int
certs(const char *doc, size_t n, zf_certification **out)
{
	zf_arena_free(&arena);
	zf_arena_init(&arena);
	return zf_parse_certifications(&arena, doc, n, out);
}

static int
certs_str(const char *doc, zf_certification **out)
{
	return certs(doc, strlen(doc), out);
}

/* The labels joined with commas (static buffer). */
static const char *
labels(const zf_certification *c)
{
	static char buf[256];
	size_t		o = 0;
	int			i;

	buf[0] = '\0';
	for (i = 0; i < c->paragraphs.n && o + 8 < sizeof(buf); i++)
		o += (size_t) snprintf(buf + o, sizeof(buf) - o, "%s%s", i ? "," : "", c->paragraphs.v[i]);
	return buf;
}

/* Text of a file with every line containing cut removed. */
static char *
without_line(const char *doc, const char *cut)
{
	char	   *out = malloc(strlen(doc) + 1);
	const char *at = strstr(doc, cut);
	const char *eol;

	if (at == NULL)
	{
		strcpy(out, doc);
		return out;
	}
	while (at > doc && at[-1] != '\n')
		at--;
	eol = strchr(at, '\n');
	memcpy(out, doc, (size_t) (at - doc));
	strcpy(out + (at - doc), eol ? eol + 1 : "");
	return out;
}

static void
test_seed(void)
{
	size_t		n;
	char	   *doc = unit_read_file(SEED, &n);
	zf_certification *c;

	CHECK_INT(certs(doc, n, &c), 1);
	CHECK_STR(c[0].kind, "302");
	CHECK_STR(c[0].signer, "Lei Gu");
	CHECK_STR(c[0].title, "Chief Executive Officer");
	CHECK_STR(c[0].company, "Zoom Technologies, Inc.");
	CHECK_STR(c[0].form_type, "10-Q");
	CHECK_DATE(c[0].period_end, 2012, 3, 31);
	CHECK_DATE(c[0].signed_on, 2012, 5, 21);
	CHECK_STR(labels(&c[0]), ALL302);
	CHECK(c[0].complete);
	free(doc);
}

/* Paragraph 4(d) removed: the rest is found, the certification is incomplete. */
static void
test_seed_without_4d(void)
{
	size_t		n;
	char	   *doc = unit_read_file(SEED, &n);
	char	   *cut = without_line(doc, "  - d) disclosed");
	zf_certification *c;

	CHECK(strlen(cut) < n);
	CHECK_INT(certs_str(cut, &c), 1);
	CHECK_STR(labels(&c[0]), "1,2,3,4,4a,4b,4c,5,5a,5b");
	CHECK(!c[0].complete);
	CHECK_STR(c[0].signer, "Lei Gu");
	CHECK_DATE(c[0].signed_on, 2012, 5, 21);
	free(cut);
	free(doc);
}

/* Cut in half: fewer paragraphs, no signature, not complete. */
static void
test_seed_truncated(void)
{
	size_t		n,
				k;
	char	   *doc = unit_read_file(SEED, &n);
	zf_certification *c;
	const char *p4 = strstr(doc, "\n4. ");

	CHECK_INT(certs(doc, (size_t) (p4 - doc), &c), 1);
	CHECK_STR(labels(&c[0]), "1,2,3");
	CHECK(!c[0].complete);
	CHECK_STR(c[0].signer, "Lei Gu");
	CHECK_STR(c[0].title, "Chief Executive Officer");	/* from the opening */
	CHECK_DATE(c[0].signed_on, 0, 0, 0);
	CHECK_STR(c[0].company, "Zoom Technologies, Inc.");

	CHECK_INT(certs(doc, n / 2, &c), 1);
	CHECK(c[0].paragraphs.n < 11);
	CHECK(!c[0].complete);

	/* every prefix: at most one row, complete only once 5(b) is in */
	for (k = 0; k <= n; k++)
	{
		int			got = certs(doc, k, &c);

		if (got > 1 || (got == 1 && c[0].complete && k < (size_t) (strstr(doc, "  - b) any fraud") - doc)))
		{
			CHECK(!"prefix");
			fprintf(stderr, "prefix %zu: %d rows\n", k, got);
			break;
		}
	}
	/* before paragraph 1 is in, nothing says which report: no row */
	CHECK_INT(certs(doc, (size_t) (strstr(doc, "1. I have") - doc), &c), 0);
	free(doc);
}

static void
test_ksb(void)
{
	size_t		n;
	char	   *doc = unit_read_file(KSB, &n);
	zf_certification *c;
	int			i;

	CHECK_INT(certs(doc, n, &c), 4);
	/* EX-31.1 and EX-31.2: 302, no period printed in paragraph 1 */
	CHECK_STR(c[0].kind, "302");
	CHECK_STR(c[0].signer, "Arnold P. Kling");
	CHECK_STR(c[0].title, "President");
	CHECK_STR(c[1].kind, "302");
	CHECK_STR(c[1].signer, "Kirk M. Warshaw");	/* "I Kirk M. Warshaw, certify" */
	CHECK_STR(c[1].title, "Chief Financial Officer");
	/* EX-32.1 and EX-32.2: 906 */
	CHECK_STR(c[2].kind, "906");
	CHECK_STR(c[2].signer, "Arnold P. Kling");
	CHECK_STR(c[2].title, "President");
	CHECK_STR(c[3].kind, "906");
	CHECK_STR(c[3].signer, "Kirk M. Warshaw");
	CHECK_STR(c[3].title, "Chief Financial Officer");
	for (i = 0; i < 4; i++)
	{
		CHECK_STR(c[i].company, "24Holdings Inc.");
		CHECK_STR(c[i].form_type, "10-KSB");
		CHECK_DATE(c[i].signed_on, 2008, 2, 19);
		CHECK(c[i].complete);
	}
	CHECK_DATE(c[0].period_end, 0, 0, 0);
	CHECK_DATE(c[1].period_end, 0, 0, 0);
	CHECK_DATE(c[2].period_end, 2007, 12, 31);
	CHECK_DATE(c[3].period_end, 2007, 12, 31);
	CHECK_STR(labels(&c[0]), ALL302);
	CHECK_STR(labels(&c[1]), ALL302);
	CHECK_STR(labels(&c[2]), "1,2");
	CHECK_STR(labels(&c[3]), "1,2");
	free(doc);
}

static void
test_apple_html(void)
{
	size_t		n;
	char	   *doc = unit_read_file(AAPL1, &n);
	zf_certification *c;

	CHECK_INT(certs(doc, n, &c), 1);
	CHECK_STR(c[0].kind, "302");
	CHECK_STR(c[0].signer, "Timothy D. Cook");
	CHECK_STR(c[0].title, "Chief Executive Officer");
	CHECK_STR(c[0].company, "Apple Inc.");
	CHECK_STR(c[0].form_type, "10-Q");
	CHECK_DATE(c[0].period_end, 0, 0, 0);
	CHECK_DATE(c[0].signed_on, 2025, 5, 2);	/* "Date&#58; May&#160;2, 2025" */
	CHECK_STR(labels(&c[0]), ALL302);
	CHECK(c[0].complete);
	free(doc);

	doc = unit_read_file(AAPL2, &n);
	CHECK_INT(certs(doc, n, &c), 1);
	CHECK_STR(c[0].signer, "Kevan Parekh");
	/* "Senior Vice President,<br>Chief Financial Officer" */
	CHECK_STR(c[0].title, "Senior Vice President, Chief Financial Officer");
	CHECK_STR(c[0].company, "Apple Inc.");
	CHECK_DATE(c[0].signed_on, 2025, 5, 2);
	CHECK(c[0].complete);
	free(doc);
}

/* Every file of a folder: no certification (8-Ks, 1997-2000 10-Qs, headers). */
static void
test_none_in(const char *dir)
{
	DIR		   *d = opendir(dir);
	struct dirent *e;
	int			files = 0;

	CHECK(d != NULL);
	while (d && (e = readdir(d)) != NULL)
	{
		char		path[1024];
		size_t		n;
		char	   *doc;
		zf_certification *c;
		int			got;

		if (e->d_name[0] == '.' || strstr(e->d_name, ".txt") == NULL)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		doc = unit_read_file(path, &n);
		got = certs(doc, n, &c);
		if (got != 0)
			fprintf(stderr, "%s: %d certifications\n", path, got);
		CHECK_INT(got, 0);
		files++;
		free(doc);
	}
	if (d)
		closedir(d);
	CHECK(files > 0);
}

static const char *const SOX906 =
"CERTIFICATION PURSUANT TO\n"
"18 U.S.C. SECTION 1350,\n"
"AS ADOPTED PURSUANT TO\n"
"SECTION 906 OF THE SARBANES-OXLEY ACT OF 2002\n"
"\n"
"In connection with the Quarterly Report of Zoom Technologies, Inc. (the \"Company\")\n"
"on Form 10-Q for the period ended March 31, 2012 as filed with the Securities and\n"
"Exchange Commission on the date hereof (the \"Report\"), I, Lei Gu, Chief Executive\n"
"Officer of the Company, certify, pursuant to 18 U.S.C. Section 1350, as adopted\n"
"pursuant to Section 906 of the Sarbanes-Oxley Act of 2002, that:\n"
"\n"
"(1) The Report fully complies with the requirements of Section 13(a) or 15(d) of\n"
"the Securities Exchange Act of 1934; and\n"
"\n"
"(2) The information contained in the Report fairly presents, in all material\n"
"respects, the financial condition and results of operations of the Company.\n"
"\n"
"/s/ Lei Gu\n"
"Lei Gu\n"
"Chief Executive Officer\n"
"May 21, 2012\n";

static void
test_906_only(void)
{
	zf_certification *c;
	char	   *cut;

	CHECK_INT(certs_str(SOX906, &c), 1);
	CHECK_STR(c[0].kind, "906");
	CHECK_STR(c[0].signer, "Lei Gu");
	CHECK_STR(c[0].title, "Chief Executive Officer");
	CHECK_STR(c[0].company, "Zoom Technologies, Inc.");
	CHECK_STR(c[0].form_type, "10-Q");
	CHECK_DATE(c[0].period_end, 2012, 3, 31);
	CHECK_DATE(c[0].signed_on, 2012, 5, 21);
	CHECK_STR(labels(&c[0]), "1,2");
	CHECK(c[0].complete);

	cut = without_line(SOX906, "(2) The information");
	CHECK_INT(certs_str(cut, &c), 1);
	CHECK_STR(labels(&c[0]), "1");
	CHECK(!c[0].complete);
	free(cut);
}

/* An early 302 (2002-2003): 4(a)-(c), a paragraph 6, "Name:"/"Title:" lines. */
static void
test_2002_style(void)
{
	static const char *const doc =
	"                             CERTIFICATIONS\n\n"
	"I, John Q. Public, Jr., President and Chief Executive Officer of Acme\n"
	"Widgets Corp., certify that:\n\n"
	"1. I have reviewed this annual report on Form 10-K of Acme Widgets Corp.;\n\n"
	"2. Based on my knowledge, this annual report does not contain any untrue\n"
	"statement of a material fact;\n\n"
	"3. Based on my knowledge, the financial statements ... fairly present ...;\n\n"
	"4. The registrant's other certifying officers and I are responsible for\n"
	"establishing and maintaining disclosure controls and procedures and we have:\n\n"
	"   a) designed such disclosure controls and procedures;\n\n"
	"   b) evaluated the effectiveness of the disclosure controls; and\n\n"
	"   c) presented in this annual report our conclusions;\n\n"
	"5. The registrant's other certifying officers and I have disclosed:\n\n"
	"   a) all significant deficiencies; and\n\n"
	"   b) any fraud;\n\n"
	"6. The registrant's other certifying officers and I have indicated in this\n"
	"annual report whether or not there were significant changes.\n\n"
	"Date: March 28, 2003\n"
	"                                 By: /s/ John Q. Public, Jr.\n"
	"                                 Name: John Q. Public, Jr.\n"
	"                                 Title: President and Chief Executive Officer\n";
	zf_certification *c;

	CHECK_INT(certs_str(doc, &c), 1);
	CHECK_STR(c[0].kind, "302");
	CHECK_STR(c[0].signer, "John Q. Public, Jr.");
	CHECK_STR(c[0].title, "President and Chief Executive Officer");
	CHECK_STR(c[0].company, "Acme Widgets Corp.");
	CHECK_STR(c[0].form_type, "10-K");
	CHECK_DATE(c[0].signed_on, 2003, 3, 28);
	CHECK_STR(labels(&c[0]), "1,2,3,4,4a,4b,4c,5,5a,5b,6");
	CHECK(!c[0].complete);
}

/* HTML: label and text in separate cells, entities, <br> in the signature. */
static void
test_html_variants(void)
{
	static const char *const doc =
	"<HTML><BODY><!-- a comment with I, Nobody, certify that: -->\n"
	"<STYLE>p { margin: 0 }</STYLE>\n"
	"<P ALIGN=center><B>CERTIFICATION</B></P>\n"
	"<P>I, Jane&nbsp;Doe, Chief Financial\nOfficer of Foo &amp; Bar, Inc., certify that&#58;</P>\n"
	"<TABLE><TR><TD>1.</TD><TD>I have reviewed this quarterly report on Form&nbsp;10-Q of\n"
	"Foo &amp; Bar, Inc. for the quarter ended June&#160;30, 2004&#59;</TD></TR>\n"
	"<TR><TD>2.</TD><TD>Based on my knowledge&#8230;</TD></TR></TABLE>\n"
	"<P>Date: August 9, 2004</P>\n"
	"<P>/s/ Jane Doe<BR>Jane Doe, Chief Financial Officer</P>\n"
	"</BODY></HTML>\n";
	zf_certification *c;

	CHECK_INT(certs_str(doc, &c), 1);
	CHECK_STR(c[0].signer, "Jane Doe");
	CHECK_STR(c[0].title, "Chief Financial Officer");
	CHECK_STR(c[0].company, "Foo & Bar, Inc.");
	CHECK_STR(c[0].form_type, "10-Q");
	CHECK_DATE(c[0].period_end, 2004, 6, 30);
	CHECK_DATE(c[0].signed_on, 2004, 8, 9);
	CHECK_STR(labels(&c[0]), "1,2");
	CHECK(!c[0].complete);

	/* labels glued to their text by inline tags; "a.m." and "13(a)" are no labels */
	CHECK_INT(certs_str("<div>I, A. Smith, certify that:</div>"
						"<div><font>1.</font><font>I have reviewed this annual report on Form 10-K "
						"of X Corp.;</font></div>"
						"<div><font>4.</font><font>The registrant and I have:</font></div>"
						"<div><font>(a)</font><font>designed controls at 9</font></div>"
						"<div>a.m. daily under Rule</div><div>13(a) and 15(d);</div>"
						"<div><font>b)</font><font>evaluated them.</font></div>", &c), 1);
	CHECK_STR(c[0].signer, "A. Smith");
	CHECK_STR(c[0].company, "X Corp.");
	CHECK_STR(labels(&c[0]), "1,4,4a,4b");
	/* &#146; is a Windows-1252 right quote, as filings mean it; a soft hyphen is nothing */
	CHECK_INT(certs_str("<p>I, John O&#146;Brien, certify that:</p>"
						"<p>1. I have reviewed this quarterly report on Form 10-Q of Acme Inc.;</p>"
						"<p>/s/ John O&#146;Bri&shy;en</p><p>Chief Executive Officer</p>", &c), 1);
	CHECK_STR(c[0].signer, "John O\xe2\x80\x99" "Brien");
}

/* Two exhibits of one submission, and stray numbers that must not count. */
static void
test_submission(void)
{
	size_t		n;
	char	   *seed = unit_read_file(SEED, &n);
	char	   *doc = malloc(2 * n + strlen(SOX906) + 1024);

	sprintf(doc,
			"<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>10-Q\n<TEXT>\n"
			"1. Basis of presentation\n2. Inventories\n"
			"</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-31.1\n<TEXT>\n%s\n</TEXT>\n</DOCUMENT>\n"
			"<DOCUMENT>\n<TYPE>EX-32.1\n<TEXT>\n%s</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n",
			seed, SOX906);
	{
		zf_certification *c;

		CHECK_INT(certs_str(doc, &c), 2);
		CHECK_STR(c[0].kind, "302");
		CHECK(c[0].complete);
		CHECK_STR(c[1].kind, "906");
		CHECK(c[1].complete);
	}
	free(doc);
	free(seed);
}

static void
test_bad_input(void)
{
	zf_certification *c = (zf_certification *) 1;
	static const char *const junk[] = {
		"", " ", "\n\n\n", "I,", "I, certify", "I, X, certify that:", "1.", "(a)",
		"I, A, certify that:\n1.\n", "Date:", "/s/", "By:", "<", "<div", "<!--", "&#",
		"&#x110000;", "&#55296;", "<html><p>I, A, certify the report</p><pre>", "<script>",
		"In connection with", "report of ", "Form", "Form 10-Q of", "ended", "\xc2",
		NULL
	};
	int			i;

	CHECK_INT(zf_parse_certifications(&arena, NULL, 0, &c), 0);
	CHECK(c == NULL);
	for (i = 0; junk[i]; i++)
		CHECK(certs_str(junk[i], &c) <= 1);
	/* NUL bytes and binary junk */
	{
		size_t		n = 1 << 20,
					k;
		char	   *buf = malloc(n);
		unsigned	x = 12345;

		for (k = 0; k < n; k++)
		{
			x = x * 1103515245u + 12345u;
			buf[k] = (char) (x >> 16);
		}
		CHECK_INT(certs(buf, n, &c), 0);
		free(buf);
	}
}

/* Repeats pattern to size bytes; returns seconds spent parsing and the count. */
static double
timed(const char *pattern, size_t size, int *count)
{
	size_t		pn = strlen(pattern),
				k;
	char	   *buf = malloc(size);
	clock_t		t0;
	zf_certification *c;

	for (k = 0; k < size; k++)
		buf[k] = pattern[k % pn];
	t0 = clock();
	*count = certs(buf, size, &c);
	free(buf);
	return (double) (clock() - t0) / CLOCKS_PER_SEC;
}

/* 50 MB: linear time, no hang, on real text and on adversarial patterns. */
static void
test_large(void)
{
	size_t		n;
	char	   *seed = unit_read_file(SEED, &n);
	char	   *pat = malloc(n + 2);
	static const char *const adversarial[] = {
		"<", "<a", "<!--", "&#1", "&amp", "1.\n", "(a)\n", "I, A, certify that:\n",
		"I, A, certify the report\n\n1.\n", "Date: May 1, 2012\n", "/s/ A\n",
		"In connection with the report of X on Form 10-Q, I, A B, certify 1350\n",
		"<p>I, A, certify that: report</p><p>1.</p>", "\n", "x", NULL
	};
	size_t		size = 50u << 20;
	int			got,
				i;
	double		secs;

	/* the seed, repeated: one certification per copy */
	memcpy(pat, seed, n);
	pat[n] = '\n';
	pat[n + 1] = '\0';
	secs = timed(pat, size - size % (n + 1), &got);
	CHECK_INT(got, (int) (size / (n + 1)));
	printf("certification: 50 MB of seeds, %d rows, %.2f s\n", got, secs);
	CHECK(secs < 120);
	for (i = 0; adversarial[i]; i++)
	{
		secs = timed(adversarial[i], 10u << 20, &got);
		if (secs > 30)
			fprintf(stderr, "slow: \"%s\" %.2f s\n", adversarial[i], secs);
		CHECK(secs <= 30);
	}
	free(pat);
	free(seed);
}

int
main(void)
{
	zf_arena_init(&arena);
	test_seed();
	test_seed_without_4d();
	test_seed_truncated();
	test_ksb();
	test_apple_html();
	test_none_in("test/data/corpus/apple-10q");
	test_none_in("test/data/corpus/text-8k");
	test_none_in("test/data/corpus/cover");
	test_none_in("test/data/corpus/sgml");
	test_906_only();
	test_2002_style();
	test_html_variants();
	test_submission();
	test_bad_input();
	test_large();
	zf_arena_free(&arena);
	return unit_report("certification");
}
