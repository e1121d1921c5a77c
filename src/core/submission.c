/*
 * submission.c — the EDGAR submission header.
 *
 * A header is a run of "KEY:<tabs>value" lines.  Some keys are headings that
 * open a block: FILER:, SUBJECT COMPANY:, FILED BY:, REPORTING-OWNER:,
 * ISSUER: start a filer, and inside one COMPANY DATA:, FILING VALUES:,
 * BUSINESS ADDRESS:, MAIL ADDRESS:, FORMER COMPANY: start a sub-block.  The
 * header sits between <SEC-HEADER> (or the older <IMS-HEADER>) and its end
 * tag; EDGAR also serves headers without that tag, which begin with
 * "ACCESSION NUMBER:" or "<ACCEPTANCE-DATETIME>".  Form 3/4/5 headers of the
 * 1990s wrap the reporting owner in <REPORTING-OWNER> ... </REPORTING-OWNER>.
 *
 * One pass over the lines with a small state machine (which filer is open,
 * which block of it).  Indentation and blank lines carry no meaning, since
 * EDGAR has served headers with doubled newlines, and the first value of a
 * field wins, so nothing after it (MAIL ADDRESS, FORMER COMPANY) overrides it.
 */
#include <stddef.h>
#include <string.h>

#include "zf_core.h"

/* far more filer blocks than any real header has; bounds memory on junk */
#define MAX_FILERS 10000

typedef enum hblock
{
	BLOCK_NONE,					/* right after the filer heading */
	BLOCK_COMPANY,				/* COMPANY DATA, OWNER DATA */
	BLOCK_FILING,				/* FILING VALUES */
	BLOCK_BUSINESS,				/* BUSINESS ADDRESS */
	BLOCK_OTHER					/* MAIL ADDRESS, FORMER COMPANY ...: ignored */
} hblock;

/* One header line split into key and value, both trimmed. */
typedef struct hline
{
	const char *key;
	size_t		kn;
	const char *val;
	size_t		vn;
	bool		tag;			/* "<KEY>value" rather than "KEY: value" */
	bool		close;			/* "</KEY>" */
} hline;

typedef struct hstate
{
	zf_arena   *a;
	zf_submission *out;
	zf_vec		filers;
	long		cur;			/* index of the open filer, -1: none */
	hblock		blk;
	bool		found;			/* recorded anything at all */
} hstate;

typedef enum fkind
{
	FIELD_TEXT,
	FIELD_SIC
} fkind;

typedef struct filer_field
{
	const char *key;
	hblock		blk;
	size_t		off;			/* of the char * in zf_filer */
	fkind		kind;
} filer_field;

static const filer_field filer_fields[] = {
	{"COMPANY CONFORMED NAME", BLOCK_COMPANY, offsetof(zf_filer, company_name), FIELD_TEXT},
	{"CENTRAL INDEX KEY", BLOCK_COMPANY, offsetof(zf_filer, cik), FIELD_TEXT},
	{"STANDARD INDUSTRIAL CLASSIFICATION", BLOCK_COMPANY, offsetof(zf_filer, sic), FIELD_SIC},
	{"IRS NUMBER", BLOCK_COMPANY, offsetof(zf_filer, irs_number), FIELD_TEXT},
	{"EIN", BLOCK_COMPANY, offsetof(zf_filer, irs_number), FIELD_TEXT},	/* newer headers */
	{"STATE OF INCORPORATION", BLOCK_COMPANY, offsetof(zf_filer, state_of_incorporation), FIELD_TEXT},
	{"FISCAL YEAR END", BLOCK_COMPANY, offsetof(zf_filer, fiscal_year_end), FIELD_TEXT},
	{"FORM TYPE", BLOCK_FILING, offsetof(zf_filer, form_type), FIELD_TEXT},
	{"SEC FILE NUMBER", BLOCK_FILING, offsetof(zf_filer, file_number), FIELD_TEXT},
	{"STREET 1", BLOCK_BUSINESS, offsetof(zf_filer, business_street1), FIELD_TEXT},
	{"STREET 2", BLOCK_BUSINESS, offsetof(zf_filer, business_street2), FIELD_TEXT},
	{"CITY", BLOCK_BUSINESS, offsetof(zf_filer, business_city), FIELD_TEXT},
	{"STATE", BLOCK_BUSINESS, offsetof(zf_filer, business_state), FIELD_TEXT},
	{"ZIP", BLOCK_BUSINESS, offsetof(zf_filer, business_zip), FIELD_TEXT},
	{"BUSINESS PHONE", BLOCK_BUSINESS, offsetof(zf_filer, business_phone), FIELD_TEXT},
};

/* Filer headings: "ROLE:" and the <ROLE> tag of old headers. */
static const struct
{
	const char *key;			/* also the role reported */
	const char *tag;
}			roles[] = {
	{"FILER", "FILER"},
	{"SUBJECT COMPANY", "SUBJECT-COMPANY"},
	{"FILED BY", "FILED-BY"},
	{"REPORTING-OWNER", "REPORTING-OWNER"},
	{"ISSUER", "ISSUER"},
};

static const struct
{
	const char *key;
	hblock		blk;
}			blocks[] = {
	{"COMPANY DATA", BLOCK_COMPANY},
	{"OWNER DATA", BLOCK_COMPANY},
	{"FILING VALUES", BLOCK_FILING},
	{"BUSINESS ADDRESS", BLOCK_BUSINESS},
	{"MAIL ADDRESS", BLOCK_OTHER},
	{"FORMER COMPANY", BLOCK_OTHER},
	{"FORMER NAME", BLOCK_OTHER},
};

#define LENGTHOF(x) (sizeof(x) / sizeof((x)[0]))

/* ---- text helpers ---------------------------------------------------------- */

/* Is the line's trimmed key the key want, case ignored, runs of blanks as one space? */
static bool
key_is(const hline *h, const char *want)
{
	return h->kn > 0 && zf_phrase_at(h->key, h->kn, want, true) == h->kn;
}

/* "<KEY>value" or "</KEY>" (p[0] is '<'). */
static bool
split_tag(const char *p, size_t n, hline *h)
{
	const char *gt;

	p++;
	n--;
	if (n > 0 && *p == '/')
	{
		h->close = true;
		p++;
		n--;
	}
	gt = memchr(p, '>', n);
	if (gt == NULL || gt == p)
		return false;
	h->tag = true;
	h->key = p;
	h->kn = gt - p;
	h->val = gt + 1;
	h->vn = p + n - h->val;
	zf_trim(&h->val, &h->vn);
	return true;
}

/* Splits one line into key and value; false for lines that are neither. */
static bool
split_line(const char *p, size_t n, hline *h)
{
	const char *colon;

	memset(h, 0, sizeof(*h));
	zf_trim(&p, &n);
	/* a SIC value "[8090" can wrap its "]" onto the next field's line */
	while (n > 0 && *p == ']')
	{
		p++;
		n--;
		zf_trim(&p, &n);
	}
	if (n == 0)
		return false;
	if (*p == '<')
		return split_tag(p, n, h);
	colon = memchr(p, ':', n);
	if (colon == NULL)
		return false;
	h->key = p;
	h->kn = colon - p;
	zf_trim(&h->key, &h->kn);
	h->val = colon + 1;
	h->vn = p + n - h->val;
	zf_trim(&h->val, &h->vn);
	return h->kn > 0;
}

/*
 * The digits of "SEMICONDUCTORS & RELATED DEVICES [3674]" (also "[8090" with
 * the bracket wrapped away) or of a bare "4833"; NULL for "[]" and the like.
 */
static char *
sic_code(zf_arena *a, const char *v, size_t n)
{
	const char *lb = memchr(v, '[', n);
	const char *d = lb ? lb + 1 : v;
	size_t		rest = v + n - d;
	size_t		len = 0;

	while (len < rest && d[len] >= '0' && d[len] <= '9')
		len++;
	if (len == 0 || len > 8)
		return NULL;
	if (lb == NULL ? len != rest : (len < rest && d[len] != ']'))
		return NULL;
	return zf_arena_strndup(a, d, len);
}

/* ---- the state machine ------------------------------------------------------ */

static void
set_text(hstate *st, char **slot, const hline *h)
{
	if (*slot != NULL || h->vn == 0)
		return;
	*slot = zf_arena_strndup(st->a, h->val, h->vn);
	st->found = true;
}

static void
set_date(hstate *st, zf_date *slot, const hline *h)
{
	zf_date		d = {0, 0, 0};

	if (slot->y != 0 || !zf_parse_date(h->val, h->vn, &d) || d.y == 0)
		return;
	*slot = d;
	st->found = true;
}

static void
set_count(hstate *st, const hline *h)
{
	int			v = 0;
	size_t		i;

	if (st->out->document_count >= 0 || h->vn == 0 || h->vn > 9)
		return;
	for (i = 0; i < h->vn; i++)
	{
		if (h->val[i] < '0' || h->val[i] > '9')
			return;
		v = v * 10 + (h->val[i] - '0');
	}
	st->out->document_count = v;
	st->found = true;
}

/* Fields of the submission itself; true when h is one of them. */
static bool
top_field(hstate *st, const hline *h)
{
	zf_submission *out = st->out;

	if (key_is(h, "ACCESSION NUMBER"))
		set_text(st, &out->accession_number, h);
	else if (key_is(h, "CONFORMED SUBMISSION TYPE"))
		set_text(st, &out->submission_type, h);
	else if (key_is(h, "PUBLIC DOCUMENT COUNT"))
		set_count(st, h);
	else if (key_is(h, "CONFORMED PERIOD OF REPORT"))
		set_date(st, &out->period_of_report, h);
	else if (key_is(h, "FILED AS OF DATE"))
		set_date(st, &out->filed_as_of, h);
	else
		return false;
	return true;
}

static void
open_filer(hstate *st, const char *role)
{
	zf_filer   *f;

	st->blk = BLOCK_NONE;
	st->cur = -1;
	if (st->filers.len >= MAX_FILERS)
		return;
	f = zf_vec_push(st->a, &st->filers, sizeof(zf_filer));
	f->role = zf_arena_strndup(st->a, role, strlen(role));
	st->cur = (long) st->filers.len - 1;
	st->found = true;
}

/* A filer heading "ROLE:" or tag <ROLE> / </ROLE>; true when h is one. */
static bool
role_heading(hstate *st, const hline *h)
{
	size_t		i;

	for (i = 0; i < LENGTHOF(roles); i++)
	{
		if (!key_is(h, h->tag ? roles[i].tag : roles[i].key))
			continue;
		if (h->close)
		{
			st->cur = -1;
			st->blk = BLOCK_NONE;
		}
		else
			open_filer(st, roles[i].key);
		return true;
	}
	return false;
}

static bool
block_heading(hstate *st, const hline *h)
{
	size_t		i;

	for (i = 0; i < LENGTHOF(blocks); i++)
	{
		if (key_is(h, blocks[i].key))
		{
			st->blk = blocks[i].blk;
			return true;
		}
	}
	return false;
}

static void
filer_field_line(hstate *st, const hline *h)
{
	zf_filer   *f;
	size_t		i;

	if (st->cur < 0)
		return;
	f = (zf_filer *) st->filers.data + st->cur;
	for (i = 0; i < LENGTHOF(filer_fields); i++)
	{
		const filer_field *ff = &filer_fields[i];
		char	  **slot = (char **) ((char *) f + ff->off);

		if (!key_is(h, ff->key))
			continue;
		if (ff->blk != st->blk &&
			!(ff->blk == BLOCK_COMPANY && st->blk == BLOCK_NONE))
			return;
		if (ff->kind == FIELD_SIC)
		{
			if (*slot == NULL && h->vn > 0)
				*slot = sic_code(st->a, h->val, h->vn);
		}
		else
			set_text(st, slot, h);
		return;
	}
}

static void
header_line(hstate *st, const hline *h)
{
	if (h->tag)
	{
		role_heading(st, h);	/* other tags carry nothing we report */
		return;
	}
	if (top_field(st, h) || role_heading(st, h) || block_heading(st, h))
		return;
	filer_field_line(st, h);
}

/* ---- where the header is ------------------------------------------------------ */

/*
 * Does a line of an untagged header still look like one?  Indented lines,
 * blank lines and tags do; a line at the margin must be "UPPER CASE KEY:".
 */
static bool
header_shaped(const char *p, size_t n)
{
	const char *colon;
	size_t		i;

	if (n == 0 || zf_is_space((unsigned char) p[0]) || p[0] == '<' || p[0] == ']')
		return true;
	colon = memchr(p, ':', n);
	if (colon == NULL)
		return false;
	for (i = 0; p + i < colon; i++)
	{
		unsigned char c = (unsigned char) p[i];

		if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			  zf_is_space(c) || strchr("-&/(),.", c) != NULL))
			return false;
	}
	return true;
}

/*
 * An untagged header: after an optional PEM preamble (up to its first blank
 * line) and <SEC-DOCUMENT> line, the first line must open the header.
 */
static bool
find_bare_header(const char *doc, size_t limit, size_t *hs)
{
	zf_lines	it;
	zf_line		ln;
	bool		in_pem = false;

	zf_lines_init(&it, doc, limit, 1);
	while (zf_lines_next(&it, &ln))
	{
		const char *p = ln.p;
		size_t		n = ln.n;

		zf_trim(&p, &n);
		if (in_pem || n == 0)
		{
			in_pem = in_pem && n > 0;
			continue;
		}
		if (zf_starts_with_ci(p, n, "-----BEGIN PRIVACY-ENHANCED MESSAGE-----"))
			in_pem = true;
		else if (zf_starts_with_ci(p, n, "ACCESSION NUMBER:") ||
				 zf_starts_with_ci(p, n, "<ACCEPTANCE-DATETIME>"))
		{
			*hs = p - doc;
			return true;
		}
		else if (!zf_starts_with_ci(p, n, "<SEC-DOCUMENT>") &&
				 !zf_starts_with_ci(p, n, "<IMS-DOCUMENT>"))
			return false;
	}
	return false;
}

/*
 * Finds the header's lines doc[*hs .. *he), before the first <DOCUMENT>.
 * *tagged tells whether an end tag (or that <DOCUMENT>) bounds it.
 */
static bool
find_header(const char *doc, size_t n, size_t *hs, size_t *he, bool *tagged)
{
	static const char *const tags[][2] = {
		{"<SEC-HEADER>", "</SEC-HEADER>"},
		{"<IMS-HEADER>", "</IMS-HEADER>"},
	};
	const char *first_doc = zf_find_tag(doc, n, "<DOCUMENT>");
	size_t		limit = first_doc ? (size_t) (first_doc - doc) : n;
	size_t		i;

	for (i = 0; i < LENGTHOF(tags); i++)
	{
		const char *t = zf_find_tag(doc, limit, tags[i][0]);
		const char *start,
				   *stop;
		zf_lines	it;
		zf_line		ln;

		if (t == NULL)
			continue;
		/* skip the tag's own line ("<SEC-HEADER>0001...hdr.sgml : 19981123") */
		zf_lines_init(&it, t, doc + limit - t, 1);
		zf_lines_next(&it, &ln);
		start = t + it.pos;
		stop = zf_find_tag(start, doc + limit - start, tags[i][1]);
		*hs = start - doc;
		*he = stop ? (size_t) (stop - doc) : limit;
		*tagged = true;
		return true;
	}
	*tagged = false;
	*he = limit;
	return find_bare_header(doc, limit, hs);
}

bool
zf_parse_submission(zf_arena *a, const char *doc, size_t n, zf_submission *out)
{
	hstate		st;
	size_t		hs,
				he;
	bool		tagged;
	zf_lines	it;
	zf_line		ln;

	memset(out, 0, sizeof(*out));
	out->document_count = -1;
	if (doc == NULL || !find_header(doc, n, &hs, &he, &tagged))
		return false;
	memset(&st, 0, sizeof(st));
	st.a = a;
	st.out = out;
	st.cur = -1;
	zf_lines_init(&it, doc + hs, he - hs, 1);
	while (zf_lines_next(&it, &ln))
	{
		hline		h;

		if (!tagged && !header_shaped(ln.p, ln.n))
			break;
		if (split_line(ln.p, ln.n, &h))
			header_line(&st, &h);
	}
	out->filers = st.filers.data;
	out->nfilers = (int) st.filers.len;
	return st.found;
}
