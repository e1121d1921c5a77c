/*
 * documents.c — splits an EDGAR submission into its <DOCUMENT>s.
 *
 * A document's header lines (<TYPE>, <SEQUENCE>, <FILENAME>, <DESCRIPTION>)
 * run up to <TEXT>; the body runs to </TEXT>, </DOCUMENT> or the next
 * <DOCUMENT>, whichever comes first, so a truncated submission still splits.
 * Text without any <DOCUMENT> tag is one bare document.
 *
 * More than MAX_DOCUMENTS <DOCUMENT>s (no real submission has) are not
 * split further: the rest stays out, which bounds memory on junk input.
 *
 * Tags are matched in upper case only, as EDGAR writes them: an HTML body's
 * inline SVG has "</text>" elements that must not end the document.
 */
#include <string.h>

#include "zf_core.h"

#define MAX_DOCUMENTS 100000

/* Whether the tag at lt opens an HTML preformatted block. */
static bool
preformatted_tag(const char *lt, const char *end)
{
	static const char *const tags[] = {"<pre", "<xmp", "<listing", "<plaintext", NULL};
	int			c = lt + 1 < end ? zf_lower((unsigned char) lt[1]) : 0,
				k;

	if (c != 'p' && c != 'x' && c != 'l')
		return false;
	for (k = 0; tags[k]; k++)
	{
		size_t		tn = strlen(tags[k]);
		const char *after = lt + tn;

		/* the whole tag name: "<press>" is not "<pre" */
		if (zf_starts_with_ci(lt, end - lt, tags[k]) &&
			(after == end || *after == '>' || *after == '/' || zf_is_space((unsigned char) *after)))
			return true;
	}
	return false;
}

/* Whether s[0..n) holds an HTML preformatted block. */
static bool
has_preformatted(const char *s, size_t n)
{
	const char *end = s + n,
			   *lt;

	for (; (lt = memchr(s, '<', end - s)) != NULL; s = lt + 1)
		if (preformatted_tag(lt, end))
			return true;
	return false;
}

/*
 * The first of the tags in s[0..n) (NULL-terminated list), or NULL; *which
 * says which.  Documents are split with one pass over each part instead of
 * one per tag looked for; with pre, the pass also notes an HTML
 * preformatted block on its way.
 */
static const char *
find_first_tag(const char *s, size_t n, const char *const *tags, int *which, bool *pre)
{
	const char *end = s + n;

	while (s < end)
	{
		const char *lt = memchr(s, '<', end - s);
		int			k;

		if (lt == NULL || lt + 1 == end)
			return NULL;
		for (k = 0; tags[k]; k++)
		{
			size_t		tn;

			if (lt[1] != tags[k][1])
				continue;		/* most '<' in a body open HTML tags */
			tn = strlen(tags[k]);
			if ((size_t) (end - lt) >= tn && memcmp(lt, tags[k], tn) == 0)
			{
				*which = k;
				return lt;
			}
		}
		if (pre && !*pre)
			*pre = preformatted_tag(lt, end);
		s = lt + 1;
	}
	return NULL;
}

/* The first "tag" (upper case, as EDGAR writes it) in s[0..n), or NULL. */
const char *
zf_find_tag(const char *s, size_t n, const char *tag)
{
	const char *const tags[] = {tag, NULL};
	int			k;

	return find_first_tag(s, n, tags, &k, NULL);
}

static const char *
line_end(const char *p, const char *end)
{
	while (p < end && *p != '\n' && *p != '\r')
		p++;
	return p;
}

/* Where the line after the one ending at eol (a \n, \r or end) starts. */
static const char *
next_line(const char *eol, const char *end)
{
	if (eol < end && *eol == '\r')
		eol++;
	if (eol < end && *eol == '\n')
		eol++;
	return eol;
}

/*
 * Value of a header line "<TAG>value" inside [s, s+n), or NULL.  When
 * wrapped, lines up to the next tag or blank line continue the value
 * ("<DESCRIPTION>ART. 5 FDS FOR FY97" over "FORM 10-K").
 */
static char *
header_value(zf_arena *a, const char *s, size_t n, const char *tag, bool wrapped)
{
	const char *end = s + n;
	const char *p = zf_find_tag(s, n, tag);
	const char *eol;
	size_t		len;

	if (p == NULL)
		return NULL;
	p += strlen(tag);
	eol = line_end(p, end);
	while (wrapped && eol < end)
	{
		const char *next = next_line(eol, end);
		const char *q = next;

		while (q < end && (*q == ' ' || *q == '\t'))
			q++;
		if (q == end || *q == '<' || *q == '\n' || *q == '\r')
			break;
		eol = line_end(next, end);
	}
	len = eol - p;
	zf_trim(&p, &len);
	return len ? zf_squeeze(a, p, len) : NULL;
}

static int
parse_seq(const char *s, int fallback)
{
	long		v = 0;

	if (s == NULL || *s == '\0')
		return fallback;
	for (; *s; s++)
	{
		if (*s < '0' || *s > '9' || v > 100000)
			return fallback;
		v = v * 10 + (*s - '0');
	}
	return v > 0 ? (int) v : fallback;
}

/*
 * Where the body after "<TEXT>" starts: on the next line, unless text
 * follows the tag on its own line.
 */
static const char *
body_start(const char *p, const char *end, bool split)
{
	const char *q = p;

	while (q < end && (*q == ' ' || *q == '\t'))
		q++;
	/* blanks that run into the next document: an empty body, there */
	if (q == end || (split && (size_t) (end - q) >= 10 && memcmp(q, "<DOCUMENT>", 10) == 0))
		return q;
	if (*q == '\n')
		return q + 1;
	if (*q == '\r')
		return (q + 1 < end && q[1] == '\n') ? q + 2 : q + 1;
	return p;
}

/*
 * Where a body starting at s ends: at "</TEXT>", or failing that at the
 * first "</DOCUMENT>", or at the next "<DOCUMENT>" (set in *next), or at
 * end.  With split false, later <DOCUMENT> tags do not count.  *pre says
 * whether the body holds an HTML preformatted block.
 */
static const char *
body_end_of(const char *s, const char *end, bool split, const char **next, bool *pre)
{
	static const char *const split_tags[] = {"</TEXT>", "<DOCUMENT>", "</DOCUMENT>", NULL};
	static const char *const last_tags[] = {"</TEXT>", "</DOCUMENT>", NULL};
	const char *const *tags = split ? split_tags : last_tags;
	const char *close_doc = NULL,
			   *t;
	bool		pre_before_close = false;
	int			k;

	*next = NULL;
	*pre = false;
	while ((t = find_first_tag(s, end - s, tags, &k, pre)) != NULL)
	{
		if (strcmp(tags[k], "</TEXT>") == 0)
		{
			if (split)
				*next = zf_find_tag(t, end - t, "<DOCUMENT>");
			return t;
		}
		if (strcmp(tags[k], "<DOCUMENT>") == 0)
		{
			*next = t;
			break;
		}
		if (close_doc == NULL)
		{
			close_doc = t;
			pre_before_close = *pre;
		}
		s = t + 1;
	}
	if (close_doc == NULL)
		return t ? t : end;
	*pre = pre_before_close;	/* what follows </DOCUMENT> is not the body */
	return close_doc;
}

int
zf_parse_documents(zf_arena *a, const char *doc, size_t n, zf_document **out)
{
	static const char *const header_tags[] = {"<TEXT>", "<DOCUMENT>", NULL};
	static const char *const last_header_tags[] = {"<TEXT>", NULL};
	zf_vec		docs = {0};
	const char *end = doc + n;
	const char *p = zf_find_tag(doc, n, "<DOCUMENT>");
	int			line = 1;
	const char *line_at = doc;

	if (p == NULL)
	{
		zf_document *d;

		if (n == 0)
		{
			*out = NULL;
			return 0;
		}
		d = zf_vec_push(a, &docs, sizeof(zf_document));
		d->seq = 1;
		d->body_off = 0;
		d->body_len = n;
		d->first_line = 1;
		d->body_lines = zf_count_lines(doc, n);
		d->preformatted = has_preformatted(doc, n);
		*out = docs.data;
		return 1;
	}
	while (p != NULL)
	{
		const char *hdr = p + strlen("<DOCUMENT>");
		bool		split = docs.len + 1 < MAX_DOCUMENTS;
		int			k = 0;
		const char *tag = find_first_tag(hdr, end - hdr, split ? header_tags : last_header_tags, &k, NULL);
		bool		has_text = tag != NULL && k == 0;
		const char *body = has_text ? tag + strlen("<TEXT>") : tag ? tag : end,
				   *body_end,
				   *next;
		zf_document *d = zf_vec_push(a, &docs, sizeof(zf_document));

		zf_host_check_interrupts();
		d->type = header_value(a, hdr, body - hdr, "<TYPE>", false);
		d->filename = header_value(a, hdr, body - hdr, "<FILENAME>", false);
		/* only a complete header (up to <TEXT>) can hold wrapped lines */
		d->description = header_value(a, hdr, body - hdr, "<DESCRIPTION>", has_text);
		d->seq = parse_seq(header_value(a, hdr, body - hdr, "<SEQUENCE>", false),
						   (int) docs.len);
		if (has_text)
		{
			body = body_start(body, end, split);
			body_end = body_end_of(body, end, split, &next, &d->preformatted);
		}
		else
		{
			/* a header with no <TEXT>: an empty body, up to the next document */
			body_end = body;
			next = tag;
		}
		d->body_off = body - doc;
		d->body_len = body_end - body;
		/* lines counted once: up to the body, then the body's own */
		line += zf_count_lines(line_at, body - line_at);
		d->first_line = line;
		d->body_lines = zf_count_lines(body, d->body_len);
		line += d->body_lines;
		line_at = body_end;
		p = next;
	}
	*out = docs.data;
	return (int) docs.len;
}
