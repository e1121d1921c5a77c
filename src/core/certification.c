/*
 * certification.c — SOX 302 and 906 officer certifications.
 *
 * A certification is recognised by its opening sentence: "I, NAME, ...
 * certify that:" (302), or a sentence that certifies under 18 U.S.C. 1350 /
 * Section 906 ("In connection with the Quarterly Report of ..., I, NAME ...
 * certify ... that:").  Its numbered paragraphs follow, then the signature
 * block (date, "/s/ NAME", printed name, title).
 *
 * Each EDGAR document is read on its own, first reduced to plain text lines
 * (HTML loses its tags and entities), so one reader serves text, markdown-
 * like and HTML exhibits.  The reader makes one pass over the lines:
 *
 *  - lines group into blocks (a paragraph, ending at a blank line, at a
 *    paragraph label that fits the certification being read, or at a line
 *    that may open a new certification); a block is judged when it ends:
 *    that is where openings are recognised and paragraph 1 is kept;
 *  - labels ("1.", "(a)", "- b)") are taken as their lines arrive, only in
 *    ascending order, so stray numbers in other text do not count;
 *  - after the first date or signature line the signature block is read
 *    line by line until it has a date and a title, or gives up.
 *
 * Form, company and period come from the sentence that names the report
 * (the opening for a 906, paragraph 1 for a 302); a certification without
 * such a sentence is not reported at all, which keeps articles of
 * amendment, officers' certificates and the like out.
 */
#include <string.h>

#include "zf_core.h"

#define MAX_STATEMENT 4096		/* longest opening / paragraph 1 we read */
#define MAX_NAME 80
#define MAX_TITLE 160
#define MAX_COMPANY 200
#define MAX_TRAILER 12			/* signature-block lines read at most */
#define MAX_IDLE 6				/* unlabelled blocks before a reading ends */
#define MAX_LABEL 20			/* highest paragraph number we believe */

static inline bool
is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

/* ======================================================================
 * Plain text: HTML documents lose tags and entities; text is kept as is.
 * ====================================================================== */

typedef struct plain
{
	char	   *out;
	size_t		o;
	bool		pre;			/* inside <pre>: source line breaks count */
	bool		no_gt;			/* no '>' left: every later '<' is literal */
} plain;

/* Tags that end a paragraph; <br> ends only a line. */
static const char *const block_tags[] = {
	"p", "div", "tr", "table", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
	"h3", "h4", "h5", "h6", "hr", "blockquote", "center", "pre", "title",
	"body", "html", "section", "article", NULL
};

static bool
in_list(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(name, *list) == 0)
			return true;
	return false;
}

/*
 * Ends the output with (at least) k line breaks.  Every tag that calls this
 * is at least k + 1 bytes long, so the output never outgrows the input.
 */
static void
put_breaks(plain *pl, int k)
{
	int			have = 0;

	while (have < k && (size_t) have < pl->o && pl->out[pl->o - 1 - have] == '\n')
		have++;
	for (; have < k; have++)
		pl->out[pl->o++] = '\n';
}

/* Length of the comment starting at s ("<!--"), to its "-->" or the end. */
static size_t
comment_len(const char *s, size_t n)
{
	size_t		i;

	for (i = 4; i + 2 < n; i++)
		if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>')
			return i + 3;
	return n;
}

/* Reads the tag name after '<' or '</' into name (lower case, "" if odd). */
static size_t
tag_name(const char *s, size_t n, size_t i, char *name, size_t size)
{
	size_t		k = 0;

	while (i < n && zf_is_alnum((unsigned char) s[i]))
	{
		if (k + 1 < size)
			name[k] = (char) zf_lower((unsigned char) s[i]);
		k++;
		i++;
	}
	name[k < size ? k : 0] = '\0';
	return i;
}

/*
 * s[0] is '<'.  Returns the length of the markup starting there (writing
 * the break it stands for), or 0 when the '<' is literal text.
 */
static size_t
html_markup(plain *pl, const char *s, size_t n)
{
	char		name[12];
	bool		closing = (n > 1 && s[1] == '/');
	size_t		i = closing ? 2 : 1;
	const char *gt;
	size_t		len;

	if (n >= 4 && memcmp(s, "<!--", 4) == 0)
		return comment_len(s, n);
	if (pl->no_gt || i >= n || !(zf_is_alpha((unsigned char) s[i]) || s[i] == '!' || s[i] == '?'))
		return 0;
	gt = memchr(s, '>', n);
	if (gt == NULL)
	{
		pl->no_gt = true;
		return 0;
	}
	len = (size_t) (gt - s) + 1;
	tag_name(s, n, i, name, sizeof(name));
	if (strcmp(name, "br") == 0)
		put_breaks(pl, 1);
	else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)
		pl->out[pl->o++] = ' ';
	else if (in_list(name, block_tags))
		put_breaks(pl, 2);
	if (strcmp(name, "pre") == 0)
		pl->pre = !closing;
	if (!closing && (strcmp(name, "script") == 0 || strcmp(name, "style") == 0))
	{
		/* their content is not text: resume at the closing tag */
		long		end = zf_find_ci(s + len, n - len, "</");

		len = end < 0 ? n : len + (size_t) end;
	}
	return len;
}

/*
 * Appends code point cp.  No-break and fixed-width spaces and controls read
 * as a space; soft hyphens and zero-width spaces as nothing.
 */
static void
put_codepoint(plain *pl, uint32_t cp)
{
	if (cp == 0xA0 || cp == 0x2002 || cp == 0x2003 || cp == 0x2007 || cp == 0x2009 || cp == 0x202F ||
		cp < 0x20 || cp == 0x7F)
		pl->out[pl->o++] = ' ';
	else if (cp != 0xAD && cp != 0x200B)
		pl->o += zf_utf8(cp, pl->out + pl->o);
}

/*
 * s[0] is '&'.  Returns the length of the entity (writing what it stands
 * for), or 0 when the '&' is literal.  No character is longer in UTF-8 than
 * its entity, so the output never outgrows the input.
 */
static size_t
html_entity(plain *pl, const char *s, size_t n)
{
	uint32_t	cp;
	size_t		len = zf_html_entity(s, n, &cp);

	if (len > 0)
		put_codepoint(pl, cp);
	return len;
}

/* Markup in the opening of a document says it is HTML. */
static bool
looks_like_html(const char *s, size_t n)
{
	static const char *const marks[] = {
		"<html", "<body", "<div", "<p>", "<p ", "<font", "<br", NULL
	};
	size_t		head = n < 8192 ? n : 8192;
	int			i;

	for (i = 0; marks[i]; i++)
		if (zf_find_ci(s, head, marks[i]) >= 0)
			return true;
	return false;
}

/*
 * The document as plain text lines, in the arena.  HTML: tags dropped,
 * block tags made line breaks, source line breaks made spaces (except in
 * <pre>), entities decoded.  Both: no-break spaces and NULs made spaces.
 */
static char *
plain_text(zf_arena *a, const char *s, size_t n, size_t *out_n)
{
	bool		html = looks_like_html(s, n);
	plain		pl = {zf_arena_alloc(a, n + 1), 0, false, false};
	size_t		i = 0;
	unsigned	steps = 0;

	while (i < n)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		used = 0;

		if ((++steps & 0xFFFF) == 0)
			zf_host_check_interrupts();
		if (html && c == '<')
			used = html_markup(&pl, s + i, n - i);
		else if (html && c == '&')
			used = html_entity(&pl, s + i, n - i);
		else if (c == 0xC2 && i + 1 < n && (unsigned char) s[i + 1] == 0xA0)
		{
			pl.out[pl.o++] = ' ';
			used = 2;
		}
		if (used == 0)
		{
			bool		space = (c == '\0' || (html && !pl.pre && zf_is_space(c)));

			pl.out[pl.o++] = space ? ' ' : (char) c;
			used = 1;
		}
		i += used;
	}
	*out_n = pl.o;
	return pl.out;
}

/* ======================================================================
 * Small readers over one line or one squeezed sentence.
 * ====================================================================== */

/* Skips leading markdown and list decoration: "**", "> ", "- ", "• ". */
static void
skip_decor(const char **s, size_t *n)
{
	while (*n > 0)
	{
		unsigned char c = (unsigned char) **s;
		size_t		k = 0;

		if (c == ' ' || c == '\t' || c == '*' || c == '_' || c == '>' || c == '#')
			k = 1;
		else if (c == '-' && *n > 1 && ((*s)[1] == ' ' || (*s)[1] == '\t'))
			k = 2;
		else if (*n >= 3 && memcmp(*s, "\xe2\x80\xa2", 3) == 0)
			k = 3;
		else if (*n >= 2 && memcmp(*s, "\xc2\xb7", 2) == 0)
			k = 2;
		else
			break;
		*s += k;
		*n -= k;
	}
}

/* c is one of the characters of set (never the terminating NUL). */
static bool
in_set(int c, const char *set)
{
	return c != '\0' && strchr(set, c) != NULL;
}

/* Trims trailing blanks, markdown emphasis and the given punctuation. */
static void
trim_end(const char *s, size_t *n, const char *also)
{
	while (*n > 0)
	{
		char		c = s[*n - 1];

		if (!zf_is_space((unsigned char) c) && c != '*' && c != '_' && !in_set(c, also))
			break;
		(*n)--;
	}
}

/* A rule under a signature: "-----", "- ------", "_____". */
static bool
is_rule(const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (!in_set(s[i], "-_=* \t"))
			return false;
	return n > 0;
}

/* Offset of word w (case-insensitive, not inside a longer word) or -1. */
static long
find_word(const char *s, size_t n, const char *w)
{
	size_t		wn = strlen(w);
	size_t		from = 0;

	while (from < n)
	{
		long		k = zf_find_ci(s + from, n - from, w);
		size_t		at;

		if (k < 0)
			return -1;
		at = from + (size_t) k;
		if ((at == 0 || !zf_is_alnum((unsigned char) s[at - 1])) &&
			(at + wn == n || !zf_is_alnum((unsigned char) s[at + wn])))
			return (long) at;
		from = at + 1;
	}
	return -1;
}

static bool
has_word(const char *s, size_t n, const char *w)
{
	return find_word(s, n, w) >= 0;
}

/* Strips prefix p (case-insensitive) and the blanks after it. */
static bool
strip_prefix(const char **s, size_t *n, const char *p)
{
	size_t		k = strlen(p);

	if (!zf_starts_with_ci(*s, *n, p))
		return false;
	*s += k;
	*n -= k;
	zf_trim(s, n);
	return true;
}

static char *
copy_trimmed(zf_arena *a, const char *s, size_t n, size_t max)
{
	zf_trim(&s, &n);
	trim_end(s, &n, ",;:");
	return (n > 0 && n <= max) ? zf_squeeze(a, s, n) : NULL;
}

/* ======================================================================
 * Line classification
 * ====================================================================== */

typedef struct label
{
	int			num;			/* 1..99, or 0 for a letter */
	int			sub;			/* 'a'..'z', or 0 for a number */
} label;

/*
 * A paragraph label at the start of a line: "1.", "1)", "(1)", "a)", "(a)",
 * "a.", after any decoration ("- a)", "**1.**").  HTML can leave the text
 * glued on ("1.I have", "(a)designed"), so no blank is needed after the
 * label; but never a digit ("1.5 million", "13(a)"), and after a '.' only a
 * blank, emphasis or a capital ("a.m." is no label).  *rest_empty tells
 * whether anything follows the label on its line.
 */
static bool
read_label(const char *s, size_t n, label *lab, bool *rest_empty)
{
	size_t		i;
	bool		paren;
	char		close;
	unsigned char c;

	skip_decor(&s, &n);
	paren = (n > 0 && s[0] == '(');
	i = paren ? 1 : 0;
	lab->num = lab->sub = 0;
	while (i < n && zf_is_digit((unsigned char) s[i]) && lab->num < 100)
		lab->num = lab->num * 10 + (s[i++] - '0');
	if (lab->num == 0 && i < n && zf_is_alpha((unsigned char) s[i]))
		lab->sub = zf_lower((unsigned char) s[i++]);
	if ((lab->num == 0) == (lab->sub == 0) || lab->num > 99 || i >= n)
		return false;
	close = s[i++];
	if (!(close == ')' || (!paren && close == '.')))
		return false;
	c = i < n ? (unsigned char) s[i] : ' ';
	if (zf_is_digit(c) || (close == '.' && !(c == ' ' || c == '\t' || c == '*' || c == '_' || is_upper(c))))
		return false;
	s += i;
	n -= i;
	skip_decor(&s, &n);
	*rest_empty = (n == 0);
	return true;
}


/*
 * A line that may open a certification: "I, NAME", "I NAME", "In
 * connection with", "Pursuant to".  Such a line always starts a new block.
 */
static bool
opens_sentence(const char *s, size_t n)
{
	skip_decor(&s, &n);
	if (n >= 3 && s[0] == 'I' && (s[1] == ',' || (s[1] == ' ' && is_upper((unsigned char) s[2]))))
		return true;
	/* capitalised as given: the opening of the statement, not a phrase inside it */
	return zf_phrase_at(s, n, "In connection with", false) > 0 || zf_phrase_at(s, n, "Pursuant to", false) > 0;
}

/*
 * "Date: May 21, 2012", "Dated: February 19, 2008", "**Date:** ...", or a
 * date alone on its line.
 */
static bool
date_line(const char *s, size_t n, zf_date *d)
{
	size_t		i = 4;

	skip_decor(&s, &n);
	trim_end(s, &n, "");
	if (!zf_starts_with_ci(s, n, "date"))
		return zf_parse_date(s, n, d);
	if (i < n && (s[i] == 'd' || s[i] == 'D'))
		i++;
	while (i < n && in_set(s[i], " \t:*_"))
		i++;
	return i > 4 && zf_scan_date(s + i, n - i, d) > 0;
}

/* "/s/ Lei Gu", "By: /s/ Timothy D. Cook", "By:": *s, *n become the name. */
static bool
strip_signature(const char **s, size_t *n)
{
	bool		by;

	skip_decor(s, n);
	by = strip_prefix(s, n, "By:");
	if (strip_prefix(s, n, "/s/"))
		return true;
	return by;
}

static bool
starts_trailer(const char *s, size_t n)
{
	zf_date		d;

	return date_line(s, n, &d) || strip_signature(&s, &n);
}

/* ======================================================================
 * Sentences: who certifies, and which report
 * ====================================================================== */

/* Offset just past the first-person "I, " / "I " before a capital, or -1. */
static long
first_person(const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i + 2 < n; i++)
	{
		size_t		j = i + 1;

		if (s[i] != 'I' || (i > 0 && zf_is_alnum((unsigned char) s[i - 1])))
			continue;
		if (s[j] != ',' && s[j] != ' ')
			continue;
		while (j < n && (s[j] == ',' || s[j] == ' '))
			j++;
		if (j < n && (is_upper((unsigned char) s[j]) || (unsigned char) s[j] >= 0x80))
			return (long) j;
	}
	return -1;
}

/* End of the comma-separated segment starting at from ("certify" also ends it). */
static size_t
segment_end(const char *s, size_t n, size_t from)
{
	const char *comma = memchr(s + from, ',', n - from);
	size_t		end = comma ? (size_t) (comma - s) : n;
	long		cert = find_word(s + from, end - from, "certify");

	return cert >= 0 ? from + (size_t) cert : end;
}

static bool
is_name_suffix(const char *s, size_t n)
{
	static const char *const suffixes[] = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", NULL};
	int			i;

	zf_trim(&s, &n);
	for (i = 0; suffixes[i]; i++)
		if (strlen(suffixes[i]) == n && memcmp(s, suffixes[i], n) == 0)
			return true;
	return false;
}

/*
 * "I, Lei Gu, Chief Executive Officer, of Zoom ..., certify": the name, and
 * the title when one follows it ("President of the Company" -> "President").
 */
static void
read_first_person(zf_arena *a, const char *s, size_t n, char **name, char **title)
{
	long		at = first_person(s, n);
	size_t		start,
				end,
				t0,
				t1;
	long		of;

	*name = *title = NULL;
	if (at < 0)
		return;
	start = (size_t) at;
	end = segment_end(s, n, start);
	if (end < n && s[end] == ',' && is_name_suffix(s + end + 1, segment_end(s, n, end + 1) - end - 1))
		end = segment_end(s, n, end + 1);
	*name = copy_trimmed(a, s + start, end - start, MAX_NAME);
	if (end >= n || s[end] != ',')
		return;
	t0 = end + 1;
	t1 = segment_end(s, n, t0);
	of = find_word(s + t0, t1 - t0, "of");
	if (of >= 0)
		t1 = t0 + (size_t) of;
	while (t0 < t1 && s[t0] == ' ')
		t0++;
	if (zf_starts_with_ci(s + t0, t1 - t0, "the "))
		t0 += 4;
	if (zf_starts_with_ci(s + t0, t1 - t0, "hereby") || zf_starts_with_ci(s + t0, t1 - t0, "do "))
		return;
	*title = copy_trimmed(a, s + t0, t1 - t0, MAX_TITLE);
}

/* "Form 10-Q", "Form 10-KSB": the form and the offset just past it. */
static char *
read_form(zf_arena *a, const char *s, size_t n, size_t *after)
{
	long		k;
	size_t		from = 0;

	*after = 0;
	while ((k = find_word(s + from, n - from, "form")) >= 0)
	{
		size_t		i = from + (size_t) k + 4,
					j;
		bool		digit = false;

		while (i < n && s[i] == ' ')
			i++;
		for (j = i; j < n && (zf_is_alnum((unsigned char) s[j]) || s[j] == '-' || s[j] == '/'); j++)
			digit |= zf_is_digit((unsigned char) s[j]);
		while (j > i && (s[j - 1] == '-' || s[j - 1] == '/'))
			j--;
		if (digit)
		{
			*after = j;
			return zf_arena_strndup(a, s + i, j - i);
		}
		from = i;
	}
	return NULL;
}

/*
 * The company named by the sentence: "on Form 10-Q of COMPANY for the
 * ...", "the Annual Report of COMPANY (the "Company") on Form ...".  A
 * defined term ("the Company") is no name.
 */
static char *
read_company(zf_arena *a, const char *s, size_t n, size_t form_end)
{
	static const char *const stops[] = {
		" (", " for ", " on form", ";", " as filed", " filed ", " that ", "\"",
		"\xe2\x80\x9c", NULL
	};
	size_t		start,
				len;
	long		k;
	int			i;

	if (form_end > 0 && zf_starts_with_ci(s + form_end, n - form_end, " of "))
		start = form_end + 4;
	else if ((k = zf_find_ci(s, n, "report of ")) >= 0)
		start = (size_t) k + 10;
	else
		return NULL;
	len = n - start;
	for (i = 0; stops[i]; i++)
	{
		long		stop = zf_find_ci(s + start, len, stops[i]);

		if (stop >= 0)
			len = (size_t) stop;
	}
	if (zf_starts_with_ci(s + start, len, "the ") && memchr(s + start + 4, ' ', len > 4 ? len - 4 : 0) == NULL)
		return NULL;
	return copy_trimmed(a, s + start, len, MAX_COMPANY);
}

/* "for the quarterly period ended March 31, 2012", "period ending ...". */
static zf_date
read_period(const char *s, size_t n)
{
	zf_date		d = {0, 0, 0};
	size_t		from = 0;
	long		k;

	while ((k = zf_find_ci(s + from, n - from, " end")) >= 0)
	{
		size_t		i = from + (size_t) k + 4;

		if (zf_starts_with_ci(s + i, n - i, "ed "))
			i += 3;
		else if (zf_starts_with_ci(s + i, n - i, "ing "))
			i += 4;
		if (i > from + (size_t) k + 4 && zf_scan_date(s + i, n - i, &d) > 0)
			return d;
		from = i;
	}
	d.y = d.m = d.d = 0;
	return d;
}

/* ======================================================================
 * The reader
 * ====================================================================== */

typedef enum phase
{
	PH_PARAS,					/* opening read; paragraphs follow */
	PH_TRAILER					/* date / signature lines */
} phase;

typedef enum sig_step
{
	SIG_NONE,					/* no signature line yet */
	SIG_NAME,					/* after "/s/": printed name or title next */
	SIG_TITLE,					/* after the printed name */
	SIG_MORE,					/* title ended with ',': it goes on */
	SIG_DONE
} sig_step;

typedef struct span
{
	const char *p;
	size_t		n;
} span;

/* The certification being read. */
typedef struct reading
{
	int			kind;			/* 302 or 906; 0 when none is open */
	span		intro;
	span		para1;
	char	   *signer;			/* from the opening */
	char	   *intro_title;
	zf_vec		labels;			/* char * */
	int			last_num;
	int			last_sub;
	phase		phase;
	int			idle;
	int			trailer_lines;
	sig_step	sig;
	char	   *sig_name;		/* "/s/ NAME" */
	char	   *printed;		/* name printed under the signature */
	char	   *title;			/* title printed under the signature */
	zf_date		signed_on;
} reading;

/* The block (paragraph) being gathered. */
typedef struct block
{
	const char *p;				/* NULL: none */
	const char *end;
	bool		opener;			/* first line may open a certification */
	bool		labelled;		/* starts with a label taken by the reading */
	bool		bare_label;		/* nothing but the label yet */
	bool		is_para1;
} block;

typedef struct scanner
{
	zf_arena   *a;
	zf_vec	   *out;			/* zf_certification */
	reading		r;
	block		b;
} scanner;

/* 302 or 906 when the block opens a certification, else 0. */
static int
opening_kind(const char *s, size_t n)
{
	if (n > MAX_STATEMENT || !(has_word(s, n, "certify") || has_word(s, n, "certifies")))
		return 0;
	if (has_word(s, n, "1350") || has_word(s, n, "906"))
		return 906;
	skip_decor(&s, &n);
	return (n > 1 && s[0] == 'I' && !zf_is_alpha((unsigned char) s[1])) ? 302 : 0;
}

static bool
has_label(const zf_vec *labels, const char *want)
{
	size_t		i;

	for (i = 0; i < labels->len; i++)
		if (strcmp(((char **) labels->data)[i], want) == 0)
			return true;
	return false;
}

static bool
is_complete(const reading *r)
{
	static const char *const sox302[] = {
		"1", "2", "3", "4", "4a", "4b", "4c", "4d", "5", "5a", "5b", NULL
	};
	static const char *const sox906[] = {"1", "2", NULL};
	const char *const *want = r->kind == 906 ? sox906 : sox302;

	for (; *want; want++)
		if (!has_label(&r->labels, *want))
			return false;
	return true;
}

/* The sentence naming the report: the opening, else paragraph 1. */
static span
statement(const reading *r)
{
	span		none = {NULL, 0};

	if (has_word(r->intro.p, r->intro.n, "report"))
		return r->intro;
	if (r->para1.p && r->para1.n <= MAX_STATEMENT && has_word(r->para1.p, r->para1.n, "report"))
		return r->para1;
	return none;
}

static void
emit(scanner *s)
{
	const reading *r = &s->r;
	span		st = statement(r);
	zf_certification *c;
	char	   *text;
	size_t		n,
				form_end;

	if (st.p == NULL)
		return;					/* not a certification of a report */
	c = zf_vec_push(s->a, s->out, sizeof(zf_certification));
	c->kind = zf_arena_strndup(s->a, r->kind == 906 ? "906" : "302", 3);
	text = zf_squeeze(s->a, st.p, st.n);
	n = strlen(text);
	c->form_type = read_form(s->a, text, n, &form_end);
	c->company = read_company(s->a, text, n, form_end);
	c->period_end = read_period(text, n);
	c->signer = r->signer ? r->signer : r->printed ? r->printed : r->sig_name;
	c->title = r->title ? r->title : r->intro_title;
	c->signed_on = r->signed_on;
	c->paragraphs.v = r->labels.data;
	c->paragraphs.n = (int) r->labels.len;
	c->complete = is_complete(r);
}

static void
close_reading(scanner *s)
{
	if (s->r.kind != 0)
		emit(s);
	memset(&s->r, 0, sizeof(s->r));
}

static void
open_reading(scanner *s, int kind, const char *p, size_t n)
{
	char	   *text;

	close_reading(s);
	s->r.kind = kind;
	s->r.intro.p = p;
	s->r.intro.n = n;
	text = zf_squeeze(s->a, p, n);
	read_first_person(s->a, text, strlen(text), &s->r.signer, &s->r.intro_title);
}

/* Numbers ascend; letters ascend under the current number. */
static bool
label_fits(const reading *r, label lab)
{
	if (r->kind == 0 || r->phase != PH_PARAS)
		return false;
	if (lab.sub == 0)
		return lab.num > r->last_num && lab.num <= MAX_LABEL;
	return r->last_num > 0 && lab.sub > r->last_sub;
}

static void
take_label(scanner *s, label lab)
{
	reading    *r = &s->r;
	char		buf[8];
	char	  **slot;
	int			k;

	if (lab.sub == 0)
	{
		r->last_num = lab.num;
		r->last_sub = 0;
	}
	else
		r->last_sub = lab.sub;
	k = (r->last_num >= 10) ? 2 : 1;
	buf[0] = (char) ('0' + (k == 2 ? r->last_num / 10 : r->last_num));
	if (k == 2)
		buf[1] = (char) ('0' + r->last_num % 10);
	if (lab.sub)
		buf[k++] = (char) lab.sub;
	slot = zf_vec_push(s->a, &r->labels, sizeof(char *));
	*slot = zf_arena_strndup(s->a, buf, (size_t) k);
	r->idle = 0;
	s->b.labelled = true;
	s->b.is_para1 = (lab.num == 1);
}

/* Judges the block that just ended. */
static void
end_block(scanner *s)
{
	block		b = s->b;
	size_t		n;
	int			kind;

	memset(&s->b, 0, sizeof(s->b));
	if (b.p == NULL)
		return;
	n = (size_t) (b.end - b.p);
	kind = b.opener ? opening_kind(b.p, n) : 0;
	if (kind != 0)
		open_reading(s, kind, b.p, n);
	else if (s->r.kind != 0 && b.is_para1 && s->r.para1.p == NULL)
	{
		s->r.para1.p = b.p;
		s->r.para1.n = n;
	}
	else if (s->r.kind != 0 && !b.labelled && s->r.phase == PH_PARAS && ++s->r.idle > MAX_IDLE)
		close_reading(s);
}

static void
start_block(scanner *s, const char *p, bool opener)
{
	end_block(s);
	s->b.p = p;
	s->b.opener = opener;
}

/* Title lines under the name; a title ending in ',' goes on. */
static void
take_title(scanner *s, const char *p, size_t n)
{
	reading    *r = &s->r;
	char	   *line;

	zf_trim(&p, &n);
	if (n == 0 || n > MAX_TITLE)
	{
		r->sig = SIG_DONE;		/* prose, not a title: the block is over */
		return;
	}
	line = zf_squeeze(s->a, p, n);
	if (r->sig == SIG_MORE && r->title != NULL)
	{
		size_t		k = strlen(r->title);
		char	   *t = zf_arena_alloc(s->a, k + strlen(line) + 2);

		memcpy(t, r->title, k);
		t[k] = ' ';
		strcpy(t + k + 1, line);
		line = t;
	}
	r->title = line;
	r->sig = (p[n - 1] == ',') ? SIG_MORE : SIG_DONE;
}

/* First or last word of s, without trailing punctuation. */
static span
word_at(const char *s, size_t n, bool last)
{
	span		w = {s, 0};
	size_t		e = n;

	trim_end(s, &e, ",.");
	if (last)
	{
		while (w.n < e && s[e - w.n - 1] != ' ')
			w.n++;
		w.p = s + e - w.n;
	}
	else
		while (w.n < e && s[w.n] != ' ')
			w.n++;
	return w;
}

static bool
equal_ci(span a, span b)
{
	size_t		i;

	if (a.n != b.n || a.n == 0)
		return false;
	for (i = 0; i < a.n; i++)
		if (zf_lower((unsigned char) a.p[i]) != zf_lower((unsigned char) b.p[i]))
			return false;
	return true;
}

/*
 * "Arnold P. Kling" under "/S/ ARNOLD P. KLING", "Tim Cook" under "I,
 * Timothy D. Cook": the same first or last word.
 */
static bool
same_person(const char *s, size_t n, const char *name)
{
	size_t		k;

	if (name == NULL)
		return false;
	zf_trim(&s, &n);
	k = strlen(name);
	return equal_ci(word_at(s, n, false), word_at(name, k, false)) ||
		equal_ci(word_at(s, n, true), word_at(name, k, true));
}

/*
 * The printed name under the signature, perhaps with the title after a
 * comma ("Jane Doe, Chief Financial Officer").  False if p is no name.
 */
static bool
take_printed_name(scanner *s, const char *p, size_t n)
{
	reading    *r = &s->r;
	const char *comma = memchr(p, ',', n);
	size_t		k = comma ? (size_t) (comma - p) : n;

	if (!same_person(p, k, r->sig_name) && !same_person(p, k, r->signer))
		return false;
	r->printed = copy_trimmed(s->a, p, k, MAX_NAME);
	r->sig = SIG_TITLE;
	if (k + 1 < n && !is_name_suffix(p + k + 1, n - k - 1))
		take_title(s, p + k + 1, n - k - 1);
	else if (k < n)
		r->printed = copy_trimmed(s->a, p, n, MAX_NAME);
	return true;
}

/*
 * One line of the signature block: the date, "/s/ NAME", the printed
 * name, "Name:" / "Title:" lines, the title.  The reading ends once it
 * has both a date and a title, or after MAX_TRAILER lines.
 */
static void
trailer_line(scanner *s, const char *p, size_t n)
{
	reading    *r = &s->r;
	zf_date		d;

	skip_decor(&p, &n);
	trim_end(p, &n, "");
	if (n == 0 || is_rule(p, n))
		return;
	if (++r->trailer_lines > MAX_TRAILER)
	{
		close_reading(s);
		return;
	}
	if (date_line(p, n, &d))
	{
		if (r->signed_on.y == 0)
			r->signed_on = d;
	}
	else if (strip_signature(&p, &n))
	{
		if (n > 0 && !is_rule(p, n))
			r->sig_name = copy_trimmed(s->a, p, n, MAX_NAME);
		r->sig = SIG_NAME;
	}
	else if (strip_prefix(&p, &n, "Name:"))
	{
		r->printed = copy_trimmed(s->a, p, n, MAX_NAME);
		r->sig = SIG_TITLE;
	}
	else if (strip_prefix(&p, &n, "Title:"))
		take_title(s, p, n);
	else if (r->sig == SIG_NAME && take_printed_name(s, p, n))
		;
	else if (r->sig == SIG_NAME || r->sig == SIG_TITLE || r->sig == SIG_MORE)
		take_title(s, p, n);
	if (r->sig == SIG_DONE && r->signed_on.y != 0)
		close_reading(s);
}

/* One line of plain text. */
static void
scan_line(scanner *s, const char *p, size_t n)
{
	bool		opener,
				bare;
	label		lab;

	zf_trim(&p, &n);
	opener = n > 0 && opens_sentence(p, n);
	if (s->r.kind != 0 && s->r.phase == PH_PARAS && starts_trailer(p, n))
		s->r.phase = PH_TRAILER;
	/* a new opening is never part of the signature block before it */
	if (s->r.kind != 0 && s->r.phase == PH_TRAILER && !opener)
		trailer_line(s, p, n);
	if (n == 0)
	{
		if (!s->b.bare_label)
			end_block(s);
		return;
	}
	if (opener)
		start_block(s, p, true);
	else if (read_label(p, n, &lab, &bare) &&
			 ((s->b.opener && lab.sub == 0) || label_fits(&s->r, lab)))
	{
		start_block(s, p, false);	/* may open the reading the label is for */
		if (label_fits(&s->r, lab))
			take_label(s, lab);
		s->b.bare_label = bare;
	}
	else if (s->b.p == NULL)
		start_block(s, p, false);
	else
		s->b.bare_label = false;
	s->b.end = p + n;
}

static void
scan_document(zf_arena *a, zf_vec *out, const char *body, size_t n)
{
	size_t		pn;
	char	   *text = plain_text(a, body, n, &pn);
	scanner		s;
	zf_lines	it;
	zf_line		line;

	memset(&s, 0, sizeof(s));
	s.a = a;
	s.out = out;
	zf_lines_init(&it, text, pn, 1);
	while (zf_lines_next(&it, &line))
		scan_line(&s, line.p, line.n);
	end_block(&s);
	close_reading(&s);
}

int
zf_parse_certifications(zf_arena *a, const char *doc, size_t n, zf_certification **out)
{
	zf_vec		certs = {0};
	zf_document *docs = NULL;
	int			ndocs = (doc != NULL && n > 0) ? zf_parse_documents(a, doc, n, &docs) : 0;
	int			i;

	for (i = 0; i < ndocs; i++)
		scan_document(a, &certs, doc + docs[i].body_off, docs[i].body_len);
	*out = certs.data;
	return (int) certs.len;
}
