/*
 * cover.c — the cover page of an 8-K, 10-Q or 10-K: form, dates, registrant,
 * items, exhibits, signature and shares outstanding.
 *
 * The cover is read from the first <DOCUMENT> of a submission (exhibits never
 * override it), rendered to plain lines first when it is HTML.  One pass over
 * the lines walks four zones: the cover proper (up to the first item heading,
 * "PART I" or the signatures), the body (item headings, exhibit lists), the
 * signature block, and done (an exhibit's own text begins).
 *
 * Cover values sit above their printed captions:
 *
 *		  0-18672                          51-0448969
 *	 (Commission File Number)   (I.R.S. Employer Identification No.)
 *
 * so a caption line is split into columns (runs of two or more blanks or a
 * tab separate columns) and each chunk of the value row above is given to the
 * caption column it overlaps, or failing that the nearest one.  Values with a
 * shape of their own (file number, EIN, zip, phone) are then picked by that
 * shape, which also finds them after a label ("Commission File Number:
 * 0-11596") or on the line below a label.  Recent significant lines are kept
 * in a small ring for look-back; look-ahead copies the line iterator, at most
 * a few lines, so the whole parse stays linear in the input.  Only the first
 * LINE_CAP bytes of a line are examined: no cover line is longer.
 */
#include <string.h>

#include "zf_core.h"

#define LINE_CAP	1024		/* bytes of one line that are examined */
#define RING		8			/* significant lines remembered for look-back */
#define PEEK_RAW	12			/* raw lines examined below a label */
#define COVER_ROWS	150			/* significant lines the cover may span */
#define SIGN_ROWS	40			/* lines after "SIGNATURES" searched for the date */
#define LIST_CAP	64			/* items or exhibits kept */
#define MAX_CHUNKS	48			/* columns of one line */
#define TITLE_LINES 4			/* lines of a signer's title */
#define HTML_CELL	40			/* width given to one HTML table cell */

typedef struct span
{
	const char *p;
	size_t		n;
} span;

typedef enum kind
{
	K_BLANK,
	K_NOISE,					/* rule, SGML tag or page number: ignored */
	K_TEXT
} kind;

typedef struct row
{
	span		v;				/* the line as printed (x positions intact) */
	int			gap;			/* blank lines between it and the row above */
	bool		caption;		/* holds a caption or label: never a value */
} row;

typedef struct chunk
{
	size_t		off,
				len;			/* bytes within the line */
	int			x0,
				x1;				/* printed columns, tabs expanded */
} chunk;

typedef enum field
{
	F_NONE = -1,
	F_COMPANY,
	F_STATE,
	F_FILE,
	F_EIN,
	F_ADDRESS,
	F_ZIP,
	F_PHONE
} field;

typedef struct column
{
	chunk		c;
	field		f;
	size_t		kw_end;			/* offset in the line just past the caption words */
} column;

typedef enum zone
{
	Z_COVER,
	Z_BODY,
	Z_SIGN,
	Z_DONE
} zone;

typedef struct scan
{
	zf_arena   *a;
	zf_cover   *c;
	zf_lines   *it;				/* the live iterator; copies of it peek ahead */
	bool		html;			/* rendered HTML: every line is a paragraph */
	zone		z;
	int			cover_rows;
	row			ring[RING];
	int			nring;			/* rows pushed so far (at most COVER_ROWS) */
	int			blanks;			/* blank lines since the last text line */
	kind		prev;			/* kind of the previous raw line */
	bool		prev_entry;		/* previous text line listed an exhibit */
	bool		exhibit_mode;	/* inside an exhibit list or index */
	int			sign_rows;
	bool		signer_done;
	bool		have_fallback;	/* an /s/ seen before any signature heading */
	span		fallback;
	zf_lines	fallback_it;
	zf_date		report,
				event;
	char		para[LINE_CAP]; /* current cover paragraph, lines joined */
	size_t		plen;
	zf_vec		items,
				exhibits;
} scan;

/* ---- characters and spans ------------------------------------------------ */

static inline bool
is_blank(int c)
{
	return c == ' ' || c == '\t';
}

static span
trimmed(span v)
{
	/* centred text is indented by dozens of spaces: skip them eight at a time */
	while (v.n >= 8 && memcmp(v.p, "        ", 8) == 0)
		v.p += 8, v.n -= 8;
	while (v.n > 0 && zf_is_space((unsigned char) v.p[0]))
		v.p++, v.n--;
	while (v.n > 0 && zf_is_space((unsigned char) v.p[v.n - 1]))
		v.n--;
	return v;
}

static span
tail(span v, size_t off)
{
	span		r = {v.p + (off < v.n ? off : v.n), off < v.n ? v.n - off : 0};

	return r;
}

static bool
has_digit(span v)
{
	for (size_t i = 0; i < v.n; i++)
		if (zf_is_digit((unsigned char) v.p[i]))
			return true;
	return false;
}


#define BYTES8(b) ((uint64_t) (b) * UINT64_C(0x0101010101010101))

/*
 * Whether s[i] may begin kw: its first two bytes, folded by | 0x20, match
 * kw's (a blank in kw matches a tab as well, so only the first is tested
 * then).  The folding keeps both cases of a letter and lets a few other
 * bytes through; find_phrase checks each candidate properly.
 */
static inline bool
candidate_at(const char *s, size_t n, size_t i, unsigned f0, unsigned f1, bool pair)
{
	return ((unsigned char) s[i] | 0x20) == f0 &&
		(!pair || (i + 1 < n && ((unsigned char) s[i + 1] | 0x20) == f1));
}

/*
 * The first candidate for kw at or after from, or n.  Lines are scanned
 * eight bytes at a time: a byte lane is zero in x | y only where both
 * folded bytes match.
 */
static size_t
next_candidate(const char *s, size_t n, size_t from, const char *kw)
{
	unsigned	f0 = (unsigned char) kw[0] | 0x20,
				f1 = (unsigned char) kw[1] | 0x20;
	bool		pair = kw[1] != '\0' && kw[1] != ' ';
	size_t		i = from;

	/* only the byte itself lowers to a punctuation mark: memchr finds it */
	if (!zf_is_alpha((unsigned char) kw[0]))
	{
		const char *hit = i < n ? memchr(s + i, kw[0], n - i) : NULL;

		return hit ? (size_t) (hit - s) : n;
	}
	for (; i + 9 <= n; i += 8)
	{
		uint64_t	a,
					b,
					z;

		memcpy(&a, s + i, 8);
		memcpy(&b, s + i + 1, 8);
		z = ((a | BYTES8(0x20)) ^ BYTES8(f0)) |
			(pair ? (b | BYTES8(0x20)) ^ BYTES8(f1) : 0);
		if (((z - BYTES8(0x01)) & ~z & BYTES8(0x80)) != 0)
			break;
	}
	for (; i < n; i++)
		if (candidate_at(s, n, i, f0, f1, pair))
			return i;
	return n;
}

/* First occurrence of kw starting a word; offset or -1, *len matched. */
static long
find_phrase(span v, const char *kw, size_t *len)
{
	if (kw[0] == '\0')
		return -1;
	for (size_t i = 0; (i = next_candidate(v.p, v.n, i, kw)) < v.n; i++)
	{
		size_t		m;

		if (zf_lower((unsigned char) v.p[i]) != kw[0])
			continue;
		if (i > 0 && zf_is_alnum((unsigned char) v.p[i - 1]) && zf_is_alnum((unsigned char) kw[0]))
			continue;
		if ((m = zf_phrase_at(v.p + i, v.n - i, kw, true)) > 0)
		{
			if (len)
				*len = m;
			return (long) i;
		}
	}
	return -1;
}

static bool
contains(span v, const char *kw)
{
	return find_phrase(v, kw, NULL) >= 0;
}

/*
 * The pairs of bytes that begin a word, a punctuation mark or a digit run
 * in a span, as a 1024-bit set.  A phrase can only match where its first
 * two bytes are such a pair, so one pass over a line rules out most of a
 * list of keywords at once.  Bytes are folded by & 31, which puts both
 * cases of a letter together; the collisions that folding brings only let
 * more keywords through to find_phrase.
 */
typedef struct pairs
{
	uint64_t	bits[16];
} pairs;

static inline unsigned
pair_index(unsigned char a, unsigned char b)
{
	return (unsigned) (a & 31) << 5 | (b & 31);
}

static void
pairs_of(span v, pairs *ps)
{
	memset(ps, 0, sizeof(*ps));
	for (size_t i = 0; i + 1 < v.n; i++)
	{
		unsigned char c = (unsigned char) v.p[i];
		unsigned	k;

		/* a phrase starts a word: nothing begins inside one or at a blank */
		if (is_blank(c) || (i > 0 && zf_is_alnum(c) && zf_is_alnum((unsigned char) v.p[i - 1])))
			continue;
		k = pair_index(c, (unsigned char) v.p[i + 1]);
		ps->bits[k >> 6] |= (uint64_t) 1 << (k & 63);
	}
}

/* find_phrase(v, kw, len), skipped when ps (the pairs of v) rules kw out. */
static long
find_in(span v, const pairs *ps, const char *kw, size_t *len)
{
	/* a blank in kw matches a run of blanks: only a plain pair is known */
	if (kw[0] != '\0' && kw[0] != ' ' && kw[1] != '\0' && kw[1] != ' ')
	{
		unsigned	k = pair_index((unsigned char) kw[0], (unsigned char) kw[1]);

		if ((ps->bits[k >> 6] & ((uint64_t) 1 << (k & 63))) == 0)
			return -1;
	}
	return find_phrase(v, kw, len);
}

/* Like contains(), but the phrase must also end a word ("ceo", not "ceola"). */
static bool
contains_word(span v, const char *kw)
{
	span		rest = v;
	long		o;
	size_t		m;

	while ((o = find_phrase(rest, kw, &m)) >= 0)
	{
		size_t		end = (size_t) o + m;

		if (end >= rest.n || !zf_is_alpha((unsigned char) rest.p[end]))
			return true;
		rest = tail(rest, (size_t) o + 1);
	}
	return false;
}

static size_t
skip_blanks(span v, size_t i)
{
	while (i < v.n && is_blank((unsigned char) v.p[i]))
		i++;
	return i;
}

/* Whether v has more than max words; stops counting there. */
static bool
more_words_than(span v, size_t max)
{
	size_t		words = 0;

	for (size_t i = 0; i < v.n; i++)
		if (!zf_is_space((unsigned char) v.p[i]) &&
			(i == 0 || zf_is_space((unsigned char) v.p[i - 1])) && ++words > max)
			return true;
	return false;
}

/* Whether v holds a date anywhere. */
static bool
has_date(span v)
{
	for (size_t i = 0; i < v.n; i++)
	{
		zf_date		d;

		if ((i == 0 || !zf_is_alnum((unsigned char) v.p[i - 1])) &&
			zf_scan_date(v.p + i, v.n - i, &d) > 0)
			return true;
	}
	return false;
}

/* ---- lines ------------------------------------------------------------------ */

/* A line as examined: capped, PEM's "- " escape of a leading dash removed. */
static span
view_of(const zf_line *ln)
{
	span		v = {ln->p, ln->n};

	if (v.n > LINE_CAP)
	{
		/* never cut a UTF-8 sequence in two */
		v.n = LINE_CAP;
		while (v.n > 0 && ((unsigned char) v.p[v.n] & 0xC0) == 0x80)
			v.n--;
	}
	if (v.n >= 3 && v.p[0] == '-' && v.p[1] == ' ' && v.p[2] == '-')
	{
		v.p += 2;
		v.n -= 2;
	}
	return v;
}

/* "3", "5.", "-2-", "- 14 -": a page number standing alone */
static bool
is_page_number(span t)
{
	size_t		i = 0,
				digits = 0;

	if (i < t.n && t.p[i] == '-')
		i = skip_blanks(t, i + 1);
	while (i < t.n && zf_is_digit((unsigned char) t.p[i]))
		i++, digits++;
	if (i < t.n && t.p[i] == '.')
		i++;
	i = skip_blanks(t, i);
	if (i < t.n && t.p[i] == '-')
		i++;
	return digits >= 1 && digits <= 3 && i == t.n;
}

/* A line of SGML tags ("<PAGE>  2", "<S>  <C>") with nothing else printed. */
static bool
is_tag_line(span t)
{
	char		rest[64];
	size_t		r = 0;
	bool		in_tag = false,
				any_tag = false;

	/* most lines have no tag: memchr rules them out fast */
	if (memchr(t.p, '<', t.n) == NULL)
		return false;
	for (size_t i = 0; i < t.n; i++)
	{
		char		ch = t.p[i];

		if (ch == '<')
			in_tag = any_tag = true;
		else if (ch == '>' && in_tag)
			in_tag = false;
		else if (!in_tag && !is_blank((unsigned char) ch))
		{
			if (r == sizeof(rest))
				return false;
			rest[r++] = ch;
		}
	}
	if (!any_tag)
		return false;
	{
		span		left = {rest, r};

		return r == 0 || is_page_number(left);
	}
}

/* The kind of a line, given trimmed. */
static kind
classify_trimmed(span t)
{
	size_t		marks = 0;
	bool		rule = true;

	if (t.n == 0)
		return K_BLANK;
	for (size_t i = 0; i < t.n && rule; i++)
	{
		char		ch = t.p[i];

		if (ch == '-' || ch == '_' || ch == '=' || ch == '*' || ch == '~')
			marks++;
		else if (!is_blank((unsigned char) ch))
			rule = false;
	}
	if ((rule && marks >= 3) || is_page_number(t) || is_tag_line(t))
		return K_NOISE;
	return K_TEXT;
}

static kind
classify(span v)
{
	return classify_trimmed(trimmed(v));
}

/*
 * The next text line below the iterator's position, at most *budget raw
 * lines down (the budget is shared by successive calls).
 */
static bool
peek_text(zf_lines *it, int *budget, span *out)
{
	zf_line		ln;

	while (*budget > 0 && zf_lines_next(it, &ln))
	{
		span		v = view_of(&ln);

		(*budget)--;
		if (classify(v) == K_TEXT)
		{
			*out = v;
			return true;
		}
	}
	return false;
}

/* Row k above the current line (0: the nearest), or NULL. */
static row *
ring_at(scan *s, int k)
{
	if (k < 0 || k >= s->nring || k >= RING)
		return NULL;
	return &s->ring[(s->nring - 1 - k) % RING];
}

static void
push_row(scan *s, span v, bool caption)
{
	row		   *r = &s->ring[s->nring % RING];

	r->v = v;
	r->gap = s->blanks;
	r->caption = caption;
	s->nring++;
}

/* A blank between columns, tabs apart: they move to the next tab stop. */
static inline bool
is_gap(char ch)
{
	return ch == ' ' || ch == '\r' || ch == '\f' || ch == '\v';
}

/* Splits a line into columns at tabs and runs of two or more blanks. */
static int
split_chunks(span v, chunk *out, int max)
{
	int			n = 0,
				x = 0,
				gap = 2;
	size_t		i;

	for (i = 0; i < v.n;)
	{
		char		ch = v.p[i];

		if (ch == '\t')
		{
			x = (x / 8 + 1) * 8;
			gap = 2;
			i++;
			continue;
		}
		if (is_gap(ch))
		{
			x++;
			gap++;
			i++;
			continue;
		}
		if (gap >= 2 || n == 0)
		{
			if (n == max)
				break;
			out[n].off = i;
			out[n].x0 = x;
			n++;
		}
		gap = 0;
		/* a run of printed bytes; a UTF-8 sequence is one printed column */
		for (; i < v.n && v.p[i] != '\t' && !is_gap(v.p[i]); i++)
			x += ((unsigned char) v.p[i] & 0xC0) != 0x80;
		out[n - 1].len = i - out[n - 1].off;
		out[n - 1].x1 = x;
	}
	return n;
}

static int
count_chunks(span v)
{
	chunk		ch[MAX_CHUNKS];

	return split_chunks(v, ch, MAX_CHUNKS);
}

/* The printed column of byte offset off, tabs expanded. */
static int
x_at(span v, size_t off)
{
	int			x = 0;

	for (size_t i = 0; i < off && i < v.n; i++)
		if (v.p[i] == '\t')
			x = (x / 8 + 1) * 8;
		else if (((unsigned char) v.p[i] & 0xC0) != 0x80)
			x++;
	return x;
}

/* ---- results ------------------------------------------------------------- */

static char *
squeezed(scan *s, span v)
{
	v = trimmed(v);
	return v.n ? zf_squeeze(s->a, v.p, v.n) : NULL;
}

static void
add_unique(scan *s, zf_vec *list, span v)
{
	char	  **slot;

	if (v.n == 0 || list->len >= LIST_CAP)
		return;
	for (size_t i = 0; i < list->len; i++)
	{
		const char *have = ((char **) list->data)[i];

		if (strlen(have) == v.n && memcmp(have, v.p, v.n) == 0)
			return;
	}
	slot = zf_vec_push(s->a, list, sizeof(char *));
	*slot = zf_arena_strndup(s->a, v.p, v.n);
}

/* A small growable text in a fixed buffer: values are short. */
typedef struct buf
{
	char		p[LINE_CAP];
	size_t		n;
} buf;

static void
buf_add(buf *b, span v, const char *sep)
{
	size_t		sn = strlen(sep);

	v = trimmed(v);
	if (v.n == 0)
		return;
	if (b->n > 0 && b->n + sn < sizeof(b->p))
	{
		memcpy(b->p + b->n, sep, sn);
		b->n += sn;
	}
	if (v.n > sizeof(b->p) - b->n)
		v.n = sizeof(b->p) - b->n;
	memcpy(b->p + b->n, v.p, v.n);
	b->n += v.n;
}

static span
buf_span(const buf *b)
{
	span		v = {b->p, b->n};

	return v;
}

/* The chunks of v that reach right of column x, joined: one column of a layout. */
static void
right_of(span v, int x, buf *out)
{
	chunk		ch[MAX_CHUNKS];
	int			n = split_chunks(v, ch, MAX_CHUNKS);

	out->n = 0;
	for (int i = 0; i < n; i++)
		if (ch[i].x1 > x)
		{
			span		piece = {v.p + ch[i].off, ch[i].len};

			buf_add(out, piece, " ");
		}
}

/* ---- shapes of typed values ----------------------------------------------- */

static bool
digits_only(span t, size_t from, size_t to)
{
	if (from >= to || to > t.n)
		return false;
	for (size_t i = from; i < to; i++)
		if (!zf_is_digit((unsigned char) t.p[i]))
			return false;
	return true;
}

/* Commission file numbers: "0-18672", "000-26952", "1-4001", "333-12345-01" */
static bool
is_file_number(span t)
{
	const char *d1 = memchr(t.p, '-', t.n);
	size_t		a,
				b;
	const char *d2;

	if (d1 == NULL)
		return false;
	a = d1 - t.p;
	d2 = memchr(d1 + 1, '-', t.n - a - 1);
	b = d2 ? (size_t) (d2 - t.p) : t.n;
	if (!digits_only(t, 0, a) || a > 3 || !digits_only(t, a + 1, b) ||
		b - a - 1 < 4 || b - a - 1 > 6)
		return false;
	return d2 == NULL || (digits_only(t, b + 1, t.n) && t.n - b - 1 <= 3);
}

/* "51-0448969" or, unpunctuated, "942404110" */
static bool
is_ein(span t)
{
	if (t.n == 9)
		return digits_only(t, 0, 9);
	return t.n == 10 && t.p[2] == '-' && digits_only(t, 0, 2) && digits_only(t, 3, 10);
}

static bool
is_zip(span t)
{
	if (t.n == 5)
		return digits_only(t, 0, 5);
	return t.n == 10 && t.p[5] == '-' && digits_only(t, 0, 5) && digits_only(t, 6, 10);
}

/* Next blank-separated token at or after *pos, stripped of enclosing punctuation. */
static bool
next_token(span v, size_t *pos, span *tok)
{
	size_t		i = *pos,
				j;

	while (i < v.n && zf_is_space((unsigned char) v.p[i]))
		i++;
	if (i >= v.n)
		return false;
	j = i;
	while (j < v.n && !zf_is_space((unsigned char) v.p[j]))
		j++;
	*pos = j;
	tok->p = v.p + i;
	tok->n = j - i;
	while (tok->n > 0 && (tok->p[0] == '(' || tok->p[0] == '['))
		tok->p++, tok->n--;
	while (tok->n > 0 && memchr(".,;:)]", tok->p[tok->n - 1], 6) != NULL)
		tok->n--;
	return true;
}

/*
 * A telephone number as printed: "(617) 423-1072", "800-323-6883",
 * "763.542.6000", "(949)  487-7295"; ten or eleven digits.
 */
static bool
find_phone(span v, span *out)
{
	for (size_t i = 0; i < v.n; i++)
	{
		size_t		j = i,
					digits = 0,
					end = i,
					blanks = 0;
		char		ch = v.p[i];

		if (!(ch == '(' || zf_is_digit((unsigned char) ch)) ||
			(i > 0 && zf_is_alnum((unsigned char) v.p[i - 1])))
			continue;
		for (; j < v.n; j++)
		{
			ch = v.p[j];
			if (zf_is_digit((unsigned char) ch))
			{
				digits++;
				end = j + 1;
				blanks = 0;
			}
			else if (ch == ' ' && ++blanks <= 2)
				continue;
			else if ((ch == '(' && digits == 0) || ch == ')' || ch == '-' || ch == '.')
				blanks = 0;
			else
				break;
			if (digits > 11)
				break;
		}
		if ((digits == 10 || digits == 11) &&
			(end >= v.n || !zf_is_alnum((unsigned char) v.p[end])))
		{
			out->p = v.p + i;
			out->n = end - i;
			return true;
		}
		i = j > i ? j - 1 : i;
	}
	return false;
}

/* Picks a value of field f's shape from v: the first, or for a zip the last. */
static bool
pick_typed(field f, span v, span *out)
{
	size_t		pos = 0;
	span		tok;
	bool		found = false;

	if (f == F_PHONE)
		return find_phone(v, out);
	while (next_token(v, &pos, &tok))
	{
		bool		ok = (f == F_FILE) ? is_file_number(tok) :
			(f == F_EIN) ? is_ein(tok) : is_zip(tok);

		if (ok)
		{
			*out = tok;
			found = true;
			if (f != F_ZIP)
				break;
		}
	}
	return found;
}

static char **
field_slot(zf_cover *c, field f)
{
	switch (f)
	{
		case F_COMPANY:
			return &c->company;
		case F_STATE:
			return &c->state;
		case F_FILE:
			return &c->file_number;
		case F_EIN:
			return &c->ein;
		case F_ADDRESS:
			return &c->address;
		case F_ZIP:
			return &c->zip;
		case F_PHONE:
			return &c->phone;
		default:
			return NULL;
	}
}

static bool
is_typed(field f)
{
	return f == F_FILE || f == F_EIN || f == F_ZIP || f == F_PHONE;
}

/*
 * "2380 Bering Drive, San Jose, California 95131": the zip at the end of an
 * address is its own field.
 */
static void
set_address(scan *s, span v)
{
	span		t = trimmed(v);
	size_t		k = t.n;
	span		last;

	while (k > 0 && !zf_is_space((unsigned char) t.p[k - 1]))
		k--;
	last.p = t.p + k;
	last.n = t.n - k;
	if (k > 0 && is_zip(last))
	{
		if (s->c->zip == NULL)
			s->c->zip = zf_arena_strndup(s->a, last.p, last.n);
		t.n = k;
		t = trimmed(t);
		while (t.n > 0 && t.p[t.n - 1] == ',')
			t.n--;
	}
	s->c->address = squeezed(s, t);
}

/*
 * A free-text value ending in "," or ":" is a fragment of something else
 * ("Registrant," of a caption printed above its values); a state has no
 * digits ("Pursuant to Section 13 or 15(d) ...").
 */
static bool
plausible(field f, span v)
{
	char		last = v.p[v.n - 1];

	if (is_typed(f))
		return true;
	if (last == ',' || last == ':')
		return false;
	return f != F_STATE || !has_digit(v);
}

static void
set_field(scan *s, field f, span v)
{
	char	  **slot = field_slot(s->c, f);

	v = trimmed(v);
	if (slot == NULL || *slot != NULL || v.n == 0 || !plausible(f, v))
		return;
	if (f == F_ADDRESS)
		set_address(s, v);
	else
		*slot = squeezed(s, v);
}

/* ---- captions ------------------------------------------------------------ */

static const struct
{
	const char *kw;
	field		f;
}			captions[] =
{
	{"exact name of", F_COMPANY},
	{"name of registrant", F_COMPANY},
	{"jurisdiction", F_STATE},
	{"state or other", F_STATE},
	{"state of other", F_STATE},
	{"state of incorporation", F_STATE},
	{"state or country", F_STATE},
	{"commission file", F_FILE},
	{"file number", F_FILE},
	{"file no", F_FILE},
	{"employer identification", F_EIN},
	{"employer id", F_EIN},
	{"i.r.s. employer", F_EIN},
	{"irs employer", F_EIN},
	{"(i.r.s.", F_EIN},
	{"[i.r.s.", F_EIN},
	{"(irs", F_EIN},
	{"address of principal", F_ADDRESS},
	{"principal executive office", F_ADDRESS},
	{"zip code", F_ZIP},
	{"telephone number", F_PHONE},
	{"telephone no", F_PHONE},
};

/* Labels of dates on the cover; they make a line a caption too. */
static const char *const event_labels[] = {"earliest event", "date of earliest"};
static const char *const report_labels[] = {"date of report"};
static const char *const period_labels[] = {
	"for the quarterly period ended", "for the fiscal year ended",
	"for the fiscal quarter ended", "for the quarter ended", "for the period ended",
	"for the year ended"
};

#define LENGTH(a) (sizeof(a) / sizeof((a)[0]))

/* The earliest caption keyword in v (whose pairs are ps); its field, offset and length. */
static field
caption_in(span v, const pairs *ps, long *at, size_t *len)
{
	field		f = F_NONE;

	*at = -1;
	for (size_t i = 0; i < LENGTH(captions); i++)
	{
		size_t		m;
		long		o = find_in(v, ps, captions[i].kw, &m);

		if (o >= 0 && (*at < 0 || o < *at))
		{
			*at = o;
			*len = m;
			f = captions[i].f;
		}
	}
	return f;
}

static bool
has_label(span v, const pairs *ps, const char *const *labels, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (find_in(v, ps, labels[i], NULL) >= 0)
			return true;
	return false;
}

/*
 * Whether t holds a caption or a date label.  ps holds the pairs of t or of
 * a line t is a chunk of: a chunk begins a word, so its pairs are among the
 * line's.
 */
static bool
has_caption_word(span t, const pairs *ps)
{
	long		at;
	size_t		len;

	return caption_in(t, ps, &at, &len) != F_NONE ||
		has_label(t, ps, event_labels, LENGTH(event_labels)) ||
		has_label(t, ps, report_labels, LENGTH(report_labels));
}

static bool
has_bracket(span v)
{
	for (size_t i = 0; i < v.n; i++)
		if (v.p[i] == '(' || v.p[i] == ')' || v.p[i] == '[' || v.p[i] == ']')
			return true;
	return false;
}

/*
 * A caption cut by its brackets: "(State or other juris-" / "diction of
 * incorporation)".  t is trimmed and not empty.
 */
static bool
caption_fragment(span t)
{
	if (has_digit(t))
		return false;
	if (t.p[0] == '(' || t.p[0] == '[')
		return true;
	return (t.p[t.n - 1] == ')' || t.p[t.n - 1] == ']') &&
		memchr(t.p, '(', t.n) == NULL && memchr(t.p, '[', t.n) == NULL;
}

/* Text that is never a value: a caption, a date label or a caption fragment. */
static bool
is_caption_text(span t)
{
	pairs		ps;

	t = trimmed(t);
	if (t.n == 0)
		return false;
	pairs_of(t, &ps);
	return has_caption_word(t, &ps) || caption_fragment(t);
}

/*
 * A line of captions only.  "Cupertino, California     (Zip Code)" still
 * holds a value; its caption chunk is skipped when the value is read.  ps
 * holds the line's pairs and words whether the line has a caption word:
 * without one, none of its chunks has one either.
 */
static bool
is_caption_line(span v, const pairs *ps, bool words)
{
	chunk		ch[MAX_CHUNKS];
	int			n;

	/* without caption words every chunk must be a fragment, which has a bracket */
	if (!words && !has_bracket(v))
		return false;
	n = split_chunks(v, ch, MAX_CHUNKS);

	for (int i = 0; i < n; i++)
	{
		span		t = trimmed((span) {v.p + ch[i].off, ch[i].len});

		if (t.n == 0 || !((words && has_caption_word(t, ps)) || caption_fragment(t)))
			return false;
	}
	return n > 0;
}

/* Splits v into columns: its chunks, each cut again where a parenthesised
 * caption begins inside it, "(Address ...)(Zip Code)". */
static int
split_columns(span v, column *cols)
{
	chunk		ch[MAX_CHUNKS];
	int			nch = split_chunks(v, ch, MAX_CHUNKS),
				n = 0;

	for (int i = 0; i < nch; i++)
	{
		size_t		start = ch[i].off,
					end = ch[i].off + ch[i].len;

		for (size_t j = start + 1; j <= end && n < MAX_CHUNKS; j++)
		{
			if (j < end && !((v.p[j] == '(' || v.p[j] == '[') &&
							 (v.p[j - 1] == ' ' || v.p[j - 1] == ')' || v.p[j - 1] == ']')))
				continue;
			memset(&cols[n], 0, sizeof(cols[n]));
			cols[n].c.off = start;
			cols[n].c.len = j - start;
			cols[n].c.x0 = x_at(v, start);
			cols[n].c.x1 = x_at(v, j);
			cols[n].f = F_NONE;
			n++;
			start = j;
		}
	}
	return n;
}

/* Column i absorbs columns i+1..j: one caption's words are never split. */
static int
merge_columns(column *cols, int n, int i, int j)
{
	if (j <= i)
		return n;
	cols[i].c.len = cols[j].c.off + cols[j].c.len - cols[i].c.off;
	cols[i].c.x1 = cols[j].c.x1;
	memmove(&cols[i + 1], &cols[j + 1], (size_t) (n - j - 1) * sizeof(column));
	return n - (j - i);
}

/*
 * The columns of a caption line, each with the field of the earliest
 * caption it holds.  A caption's words keep together even in justified text
 * ("Registrant's  telephone  number").
 */
static int
caption_columns(span v, const pairs *ps, column *cols)
{
	int			n = split_columns(v, cols);
	size_t		hit[MAX_CHUNKS];

	for (size_t k = 0; k < LENGTH(captions); k++)
	{
		size_t		m;
		long		o = find_in(v, ps, captions[k].kw, &m);
		int			i = 0,
					j;

		if (o < 0)
			continue;
		while (i < n && cols[i].c.off + cols[i].c.len <= (size_t) o)
			i++;
		for (j = i; j + 1 < n && cols[j + 1].c.off < (size_t) o + m; j++)
			;
		if (i >= n)
			continue;
		/* "zip code" inside "(Address, including zip code, ...)" is no caption */
		if (captions[k].f == F_ZIP && (size_t) o > cols[i].c.off + 1)
			continue;
		n = merge_columns(cols, n, i, j);
		memmove(&hit[i + 1], &hit[j + 1], (size_t) (n - i - 1) * sizeof(size_t));
		if (cols[i].f != F_NONE && hit[i] <= (size_t) o)
			continue;
		cols[i].f = captions[k].f;
		cols[i].kw_end = (size_t) o + m;
		hit[i] = (size_t) o;
	}
	for (int i = 0; i < n; i++)
	{
		span		text = {v.p + cols[i].c.off, cols[i].c.len},
					before = {text.p, cols[i].f != F_NONE ? hit[i] - cols[i].c.off : 0};
		char		last = text.p[text.n - 1];
		bool		paren = text.p[0] == '(' || text.p[0] == '[' ||
			((last == ')' || last == ']') && !memchr(text.p, '(', text.n) &&
			 !memchr(text.p, '[', text.n));

		/*
		 * A caption is parenthesised (or the end of one), or a label that begins its column
		 * ("Registrant's telephone number, ...:"), not words in prose ("...
		 * ended December 31, 1994, Commission file no. 1-10682").  A free-text
		 * caption is short besides.
		 */
		if (paren || cols[i].f == F_NONE)
			continue;
		if (more_words_than(before, 3) || (!is_typed(cols[i].f) && more_words_than(text, 8)))
			cols[i].f = F_NONE;
	}
	return n;
}

/* The caption column a value chunk belongs to: most overlap, else nearest. */
static int
owner_of(const chunk *vc, const column *cols, int nc)
{
	int			best = -1,
				best_ov = 0,
				best_dist = 1 << 30;

	for (int i = 0; i < nc; i++)
	{
		int			lo = vc->x0 > cols[i].c.x0 ? vc->x0 : cols[i].c.x0;
		int			hi = vc->x1 < cols[i].c.x1 ? vc->x1 : cols[i].c.x1;

		if (hi - lo > best_ov)
		{
			best_ov = hi - lo;
			best = i;
		}
	}
	if (best >= 0)
		return best;
	for (int i = 0; i < nc; i++)
	{
		int			dist = vc->x1 <= cols[i].c.x0 ? cols[i].c.x0 - vc->x1 :
			vc->x0 - cols[i].c.x1;

		if (dist < best_dist)
		{
			best_dist = dist;
			best = i;
		}
	}
	return best;
}

/*
 * The chunks of value row r that fall under column col, joined; captions
 * printed in the row are skipped.  With extra given (an address), a zip
 * code after the street or a telephone number is put there instead: they
 * are printed in the address block but are no part of the address.
 */
static void
column_text(span r, const column *cols, int nc, int col, buf *out, span *extra)
{
	chunk		ch[MAX_CHUNKS];
	int			n = split_chunks(r, ch, MAX_CHUNKS);

	out->n = 0;
	for (int i = 0; i < n; i++)
	{
		span		piece = {r.p + ch[i].off, ch[i].len},
					phone;

		if (owner_of(&ch[i], cols, nc) != col || is_caption_text(piece))
			continue;
		if (extra != NULL && is_zip(piece) && out->n > 0)
			extra[0] = piece;
		else if (extra != NULL && find_phone(piece, &phone) && phone.n == piece.n)
			extra[1] = piece;
		else
			buf_add(out, piece, " ");
	}
}

/*
 * The value row above the current caption line: the nearest row, skipping a
 * caption line printed directly above (a caption in two lines).
 */
static int
value_row(scan *s)
{
	int			gap = s->blanks;

	for (int k = 0; k < 3; k++)
	{
		row		   *r = ring_at(s, k);

		if (r == NULL)
			return -1;
		if (!r->caption)
			return k;
		if (gap != 0)
			return -1;
		gap = r->gap;
	}
	return -1;
}

/*
 * The rows of a value printed over up to max lines: from the value row *k
 * up through the rows that touch it and are plain values ("1 Infinite
 * Loop" over "Cupertino, California").  Returns the topmost, or -1.
 */
static int
value_block(scan *s, int max, bool one_chunk, int *k)
{
	int			top = *k = value_row(s);

	if (top < 0)
		return -1;
	while (top - *k + 1 < max && ring_at(s, top)->gap == 0)
	{
		row		   *up = ring_at(s, top + 1);

		if (up == NULL || up->caption || has_date(up->v) ||
			(one_chunk && count_chunks(up->v) != 1))
			break;
		top++;
	}
	return top;
}


/*
 * A typed value: after its label, in its column of the value rows above
 * (or anywhere in the nearest one), or a few lines below.
 */
static void
fill_typed(scan *s, span v, const column *cols, int nc, int col)
{
	field		f = cols[col].f;
	int			k,
				top = value_block(s, 3, false, &k);
	span		val;
	buf			b;

	if (pick_typed(f, tail(v, cols[col].kw_end), &val))
	{
		set_field(s, f, val);
		return;
	}
	for (int i = k; i >= 0 && i <= top; i++)
	{
		span		r = ring_at(s, i)->v;

		column_text(r, cols, nc, col, &b, NULL);
		if (pick_typed(f, buf_span(&b), &val) || (i == k && pick_typed(f, r, &val)))
		{
			set_field(s, f, val);
			return;
		}
	}
	if (f != F_ZIP)
	{
		zf_lines	it = *s->it;
		int			budget = PEEK_RAW;
		span		below;

		for (int i = 0; i < 3 && peek_text(&it, &budget, &below); i++)
			if (pick_typed(f, below, &val))
			{
				set_field(s, f, val);
				return;
			}
	}
}

/*
 * A free-text value (company, state, address): after "label:" on the same
 * line, else its column of the value rows above; an address may run over
 * up to three lines, a company name over two.
 */
static void
fill_text(scan *s, span v, const column *cols, int nc, int col)
{
	field		f = cols[col].f;
	span		rest = tail(v, cols[col].kw_end),
				extra[2] = {{NULL, 0}, {NULL, 0}};	/* zip, phone */
	const char *colon = memchr(rest.p, ':', rest.n);
	int			k,
				top = value_block(s, f == F_ADDRESS ? 3 : f == F_COMPANY ? 2 : 1,
								  f == F_COMPANY, &k);
	buf			acc = {{0}, 0};

	if (colon)
	{
		span		after = tail(rest, (size_t) (colon - rest.p) + 1);

		if (col + 1 < nc)
			after.n = v.p + cols[col + 1].c.off > after.p ?
				(size_t) (v.p + cols[col + 1].c.off - after.p) : 0;
		if (trimmed(after).n > 0)
		{
			set_field(s, f, after);
			return;
		}
	}
	for (int i = top; i >= k && k >= 0; i--)
	{
		buf			b;
		bool		comma = acc.n > 0 && acc.p[acc.n - 1] == ',';

		column_text(ring_at(s, i)->v, cols, nc, col, &b, f == F_ADDRESS ? extra : NULL);
		buf_add(&acc, buf_span(&b), f == F_ADDRESS && !comma ? ", " : " ");
	}
	if (extra[0].n > 0)
		set_field(s, F_ZIP, extra[0]);
	if (extra[1].n > 0)
		set_field(s, F_PHONE, extra[1]);
	set_field(s, f, buf_span(&acc));
}

static void
cover_captions(scan *s, span v, const pairs *ps)
{
	column		cols[MAX_CHUNKS];
	int			nc;
	long		at;
	size_t		len;

	/* without a caption every column would be F_NONE: nothing to fill */
	if (caption_in(v, ps, &at, &len) == F_NONE)
		return;
	nc = caption_columns(v, ps, cols);

	for (int i = 0; i < nc; i++)
	{
		char	  **slot = field_slot(s->c, cols[i].f);

		if (slot == NULL || *slot != NULL)
			continue;
		if (is_typed(cols[i].f))
			fill_typed(s, v, cols, nc, i);
		else
			fill_text(s, v, cols, nc, i);
	}
}

/* ---- dates on the cover ---------------------------------------------------- */

/* The first date in v at or after *pos; its end in *pos. */
static bool
next_date(span v, size_t *pos, zf_date *d)
{
	for (size_t i = *pos; i < v.n; i++)
	{
		size_t		k;

		if (i > 0 && zf_is_alnum((unsigned char) v.p[i - 1]))
			continue;
		if ((k = zf_scan_date(v.p + i, v.n - i, d)) > 0)
		{
			*pos = i + k;
			return true;
		}
	}
	return false;
}

/*
 * The date after a label: on the rest of the line or the next line; else a
 * date printed above the label ("AUGUST 12, 1998" over "Date of Report").
 * For the date of a report, "March 14, 2002 (March 6, 2002)" gives the
 * date of the report and then, in parentheses, of the earliest event.
 */
static void
label_dates(scan *s, span rest, zf_date *slot, bool report)
{
	buf			b = {{0}, 0};
	span		next,
				text;
	zf_lines	it = *s->it;
	int			budget = 3;
	size_t		pos = 0;
	zf_date		d1,
				d2;

	rest.n = rest.n > LINE_CAP / 2 ? LINE_CAP / 2 : rest.n;
	buf_add(&b, rest, " ");
	if (peek_text(&it, &budget, &next))
	{
		next.n = next.n > LINE_CAP / 2 - 2 ? LINE_CAP / 2 - 2 : next.n;
		buf_add(&b, next, " ");
	}
	text = buf_span(&b);
	if (next_date(text, &pos, &d1))
	{
		size_t		q = skip_blanks(text, pos),
					k;

		if (report && q < text.n && text.p[q] == '(' &&
			(k = zf_scan_date(text.p + q + 1, text.n - q - 1, &d2)) > 0 &&
			(q = skip_blanks(text, q + 1 + k)) < text.n && text.p[q] == ')')
		{
			if (s->event.y == 0)
				s->event = d2;
			slot = &s->report;
		}
		if (slot->y == 0)
			*slot = d1;
		return;
	}
	for (int k = 0; k < 3; k++)
	{
		row		   *r = ring_at(s, k);

		pos = 0;
		if (r && next_date(r->v, &pos, &d1))
		{
			if (slot->y == 0)
				*slot = d1;
			return;
		}
	}
}

/*
 * The dates of the cover.  "Date of Report (Date of earliest event
 * reported): April 30, 2004" is one date; a cover printing "Date of Report"
 * and the earliest event apart gives both, and the report date is the one
 * printed as the date of report (the earliest event only stands in for it).
 */
static void
cover_dates(scan *s, span v, const pairs *ps)
{
	size_t		m;
	long		o;

	for (size_t i = 0; i < LENGTH(report_labels); i++)
		if ((o = find_in(v, ps, report_labels[i], &m)) >= 0)
		{
			label_dates(s, tail(v, (size_t) o + m), &s->report, true);
			return;
		}
	for (size_t i = 0; i < LENGTH(event_labels); i++)
		if ((o = find_in(v, ps, event_labels[i], &m)) >= 0)
		{
			label_dates(s, tail(v, (size_t) o + m), &s->event, true);
			return;
		}
	if (s->c->period_end.y != 0)
		return;
	for (size_t i = 0; i < LENGTH(period_labels); i++)
		if ((o = find_in(v, ps, period_labels[i], &m)) >= 0)
		{
			label_dates(s, tail(v, (size_t) o + m), &s->c->period_end, false);
			return;
		}
}

/* ---- form type and shares outstanding ------------------------------------- */

/* "FORM 8-K", "Form 10-Q/A", "FORM 10-KSB", "FORM S-3" at the start of a line. */
static void
cover_form(scan *s, span t)
{
	size_t		i,
				j;
	span		tok;
	char	   *up;

	if (!zf_starts_with_ci(t.p, t.n, "form") || t.n < 6 || !is_blank((unsigned char) t.p[4]))
		return;
	i = skip_blanks(t, 4);
	for (j = i; j < t.n && (zf_is_alnum((unsigned char) t.p[j]) || t.p[j] == '-' ||
							t.p[j] == '/'); j++)
		;
	tok.p = t.p + i;
	tok.n = j - i;
	/* "8-K", "10-Q/A", "4", "S-3": a digit, and a dash unless it leads */
	if (tok.n == 0 || tok.n > 12 || !has_digit(tok) ||
		!(zf_is_digit((unsigned char) tok.p[0]) || memchr(tok.p, '-', tok.n) != NULL))
		return;
	up = zf_arena_strndup(s->a, tok.p, tok.n);
	for (char *p = up; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p -= 32;
	s->c->form_type = up;
}

/*
 * A share count: digits with thousands commas, at least four digits, not a
 * year ("outstanding during fiscal 2004").
 */
static size_t
share_count_at(span v, size_t i)
{
	size_t		j = i,
				digits = 0;

	if (i > 0 && (zf_is_alnum((unsigned char) v.p[i - 1]) || v.p[i - 1] == '$' ||
				  v.p[i - 1] == '.' || v.p[i - 1] == ','))
		return 0;
	while (j < v.n && (zf_is_digit((unsigned char) v.p[j]) ||
					   (v.p[j] == ',' && j + 1 < v.n && zf_is_digit((unsigned char) v.p[j + 1]))))
		digits += zf_is_digit((unsigned char) v.p[j++]);
	if (digits < 4 || (j < v.n && (zf_is_alpha((unsigned char) v.p[j]) || v.p[j] == '.')))
		return 0;
	if (j - i == 4 && (v.p[i] == '1' || v.p[i] == '2'))
		return 0;
	return j - i;
}

/*
 * "126,354,086 shares of Common Stock Issued and Outstanding as of May 2,
 * 1997", "The number of shares outstanding ... as of February 19, 2008 was
 * 1,244,902 shares.": in a paragraph that speaks of outstanding shares, the
 * count printed before "shares" (else the first after "outstanding"), dated
 * by the first date of the paragraph.  Dates and dollar amounts are skipped.
 */
static void
cover_shares(scan *s, span p)
{
	long		out = find_phrase(p, "outstanding", NULL);
	size_t		best_at = 0,
				best_len = 0,
				date_end = 0;
	bool		before_shares = false;
	zf_date		d,
				first = {0, 0, 0};
	char	   *num;
	zf_amount	amt;

	if (out < 0 || s->c->shares_outstanding != NULL)
		return;
	for (size_t i = 0; i < p.n; i++)
	{
		size_t		k,
					pos;

		if (i >= date_end && (i == 0 || !zf_is_alnum((unsigned char) p.p[i - 1])) &&
			(k = zf_scan_date(p.p + i, p.n - i, &d)) > 0)
		{
			if (first.y == 0)
				first = d;
			date_end = i + k;
			continue;
		}
		if (i < date_end || before_shares || (k = share_count_at(p, i)) == 0)
			continue;
		pos = skip_blanks(p, i + k);
		before_shares = zf_starts_with_ci(p.p + pos, p.n - pos, "share");
		if (before_shares || (best_len == 0 && i > (size_t) out))
		{
			best_at = i;
			best_len = k;
		}
		i += k - 1;
	}
	if (best_len == 0)
		return;
	num = zf_arena_alloc(s->a, best_len + 3);
	if (zf_parse_amount(p.p + best_at, best_len, num, &amt) != ZF_AMOUNT_OK)
		return;
	s->c->shares_outstanding = num;
	s->c->shares_as_of = first;
}

static void
para_add(scan *s, span t)
{
	if (s->plen + t.n + 1 >= sizeof(s->para))
		return;
	if (s->plen > 0)
		s->para[s->plen++] = ' ';
	memcpy(s->para + s->plen, t.p, t.n);
	s->plen += t.n;
}

static void
para_end(scan *s)
{
	span		p = {s->para, s->plen};

	if (s->plen > 0)
		cover_shares(s, p);
	s->plen = 0;
}

/* ---- item headings and exhibit lists -------------------------------------- */

/*
 * A number as printed in an item heading or exhibit list: "7", "2.02",
 * "99.1", and in exhibit lists "10.A.50", "10.16a", "10.A.3-2", "12(c)".
 * It must end a word ("1998", "10.16x5" are none).  Returns its length, 0
 * if none.
 */
static size_t
number_at(span t, size_t i, int max_first, bool exhibit)
{
	size_t		j = i,
				first = 0;
	int			v = 0;

	while (j < t.n && zf_is_digit((unsigned char) t.p[j]) && first < 3)
		v = v * 10 + (t.p[j++] - '0'), first++;
	if (first == 0 || v == 0 || v > max_first)
		return 0;
	for (int parts = 0; parts < 3 && j + 1 < t.n && t.p[j] == '.'; parts++)
	{
		size_t		k = j + 1;

		while (k < t.n && k - j <= 3 && zf_is_digit((unsigned char) t.p[k]))
			k++;
		/* "10.16a", "10.A" */
		if (exhibit && k < t.n && zf_is_alpha((unsigned char) t.p[k]) &&
			(k + 1 >= t.n || !zf_is_alnum((unsigned char) t.p[k + 1])))
			k++;
		if (k == j + 1 || (k < t.n && zf_is_alnum((unsigned char) t.p[k])))
			break;
		j = k;
	}
	/* an amendment number: "10.A.3-2" */
	if (exhibit && j + 1 < t.n && t.p[j] == '-' && zf_is_digit((unsigned char) t.p[j + 1]))
		for (j++; j < t.n && zf_is_digit((unsigned char) t.p[j]); j++)
			;
	/* a lettered sub-part: "12(c)", "99(a)" */
	if (exhibit && j + 2 < t.n && t.p[j] == '(' && zf_is_alnum((unsigned char) t.p[j + 1]))
	{
		if (t.p[j + 2] == ')')
			j += 3;
		else if (j + 3 < t.n && zf_is_alnum((unsigned char) t.p[j + 2]) && t.p[j + 3] == ')')
			j += 4;
	}
	if (j < t.n && zf_is_alnum((unsigned char) t.p[j]))
		return 0;
	return j - i;
}

/*
 * What may follow the number of a heading: the end, punctuation, a wide gap,
 * or a capitalised title.  "Item 12 shall not be deemed" is running text.
 */
static bool
heading_follows(span t, size_t j, bool integer)
{
	if (j >= t.n)
		return true;
	if (t.p[j] == '\t' || (t.p[j] == ' ' && j + 1 < t.n && is_blank((unsigned char) t.p[j + 1])))
		return true;
	if (t.p[j] == '.')
		return !integer || j + 1 >= t.n || zf_is_space((unsigned char) t.p[j + 1]);
	if (t.p[j] == ':' || t.p[j] == '-')
		return true;
	if (t.p[j] == ' ' && j + 1 < t.n)
	{
		int			c = (unsigned char) t.p[j + 1];

		return (c >= 'A' && c <= 'Z') || c == '"' || c == '(' || c == '-';
	}
	return false;
}

/*
 * "Item 7. Financial Statements", "ITEM 2.02", "Items 1.01(a) and 5.02(e)":
 * an item heading (the caller checks that it starts a paragraph).  Returns
 * whether the line is one; when s is given, adds its numbers unless the
 * line declares them not applicable.
 */
static bool
item_heading(scan *s, span t)
{
	size_t		i = 4,
				k;
	bool		plural;

	if (!zf_starts_with_ci(t.p, t.n, "item"))
		return false;
	plural = i < t.n && zf_lower((unsigned char) t.p[i]) == 's';
	i = skip_blanks(t, i + plural);
	if ((k = number_at(t, i, 99, false)) == 0)
		return false;
	if (!plural && !heading_follows(t, i + k, memchr(t.p + i, '.', k) == NULL))
		return false;
	if (s == NULL || contains(t, "not applicable"))
		return true;
	for (;;)
	{
		span		num = {t.p + i, k};

		add_unique(s, &s->items, num);
		i += k;
		/* "1.01(a)": the sub-paragraph is not part of the item number */
		if (i + 2 < t.n && t.p[i] == '(' && memchr(t.p + i, ')', t.n - i) != NULL)
			i = (size_t) ((const char *) memchr(t.p + i, ')', t.n - i) - t.p) + 1;
		i = skip_blanks(t, i);
		if (!plural)
			break;
		if (i < t.n && (t.p[i] == ',' || t.p[i] == '&'))
			i = skip_blanks(t, i + 1);
		if (zf_starts_with_ci(t.p + i, t.n - i, "and "))
			i = skip_blanks(t, i + 4);
		if ((k = number_at(t, i, 99, false)) == 0)
			break;
	}
	return true;
}

/* "Exhibit 99.1", "Exhibit No. 16", "Ex. 10.1": the optional word before a number. */
static size_t
exhibit_prefix(span t)
{
	size_t		i = 0;

	if (zf_starts_with_ci(t.p, t.n, "exhibit"))
		i = 7 + (t.n > 7 && zf_lower((unsigned char) t.p[7]) == 's');
	else if (zf_starts_with_ci(t.p, t.n, "ex."))
		i = 3;
	else
		return 0;
	i = skip_blanks(t, i);
	if (zf_starts_with_ci(t.p + i, t.n - i, "no."))
		i = skip_blanks(t, i + 3);
	return i;
}

/*
 * An entry of an exhibit list: "99.1   Press release dated ...".  In the
 * body "1.  Agreement and Plan ..." is an enumeration, but an exhibit index
 * after the signatures numbers its exhibits "4.", "99." as well.
 */
static bool
exhibit_entry(span t, span *num, bool index)
{
	size_t		i = exhibit_prefix(t),
				k = number_at(t, i, 109, true),
				j = i + k;

	if (k == 0)
		return false;
	num->p = t.p + i;
	num->n = k;
	if (j < t.n && t.p[j] == '*')
		j++;
	if (j < t.n && t.p[j] == '.' && memchr(num->p, '.', k) == NULL && !index)
		return false;
	return heading_follows(t, j, false) || (j + 1 < t.n && t.p[j] == ' ' && t.p[j + 1] == '-');
}

/* "(c) Exhibits.", "EXHIBIT INDEX", "Index to Exhibits", "Exhibit No.  Description" */
static bool
exhibit_heading(span t)
{
	return contains(t, "exhibit") && !more_words_than(t, 6);
}

/* "EXHIBIT 99.1" alone on a line after the signatures: the exhibit itself begins. */
static bool
exhibit_begins(span t, span *num)
{
	size_t		i = exhibit_prefix(t),
				k;

	if (i == 0 || (k = number_at(t, i, 109, true)) == 0)
		return false;
	num->p = t.p + i;
	num->n = k;
	return trimmed(tail(t, i + k)).n == 0;
}

/* a number set off by a wide gap, as in a two-column exhibit list */
static bool
wide_gap_after_number(span t)
{
	size_t		i = exhibit_prefix(t),
				k = number_at(t, i, 109, true);

	return k > 0 && i + k + 1 < t.n &&
		(t.p[i + k] == '\t' || (t.p[i + k] == ' ' && is_blank((unsigned char) t.p[i + k + 1])));
}

/*
 * Exhibit lists: an entry starts a paragraph, follows another entry, or is
 * set off in columns (after a wrapped description).
 */
static void
exhibit_line(scan *s, span t, bool para)
{
	span		num;
	bool		entry = false;

	if (s->exhibit_mode && (para || s->prev_entry || wide_gap_after_number(t)) &&
		exhibit_entry(t, &num, s->z == Z_SIGN))
	{
		add_unique(s, &s->exhibits, num);
		entry = true;
	}
	else if (exhibit_heading(t))
	{
		s->exhibit_mode = true;
		entry = true;
	}
	s->prev_entry = entry;
}

/* ---- signature block ----------------------------------------------------- */

static bool
signature_heading(span t)
{
	return ((t.n == 9 || t.n == 10) && zf_starts_with_ci(t.p, t.n, "signature")) ||
		contains(t, "to be signed on its behalf");
}

static const char *const title_words[] = {
	"president", "officer", "chief", "director", "treasurer", "secretary",
	"counsel", "chairman", "controller", "manager", "partner", "executive",
	"vice", "ceo", "cfo", "coo", "trustee", "member", "principal", "general",
	"accounting", "finance", "financial", "owner", "attorney", "agent",
	"assistant", "comptroller", "administrator"
};

static bool
has_title_word(span v)
{
	for (size_t i = 0; i < LENGTH(title_words); i++)
		if (contains_word(v, title_words[i]))
			return true;
	return false;
}

/* "Jr.", "III": a comma inside a name */
static bool
name_suffix(span rest)
{
	static const char *const suffixes[] = {"jr", "sr", "ii", "iii", "iv", "esq", "cpa"};
	size_t		w = 0;

	rest = trimmed(rest);
	while (w < rest.n && zf_is_alpha((unsigned char) rest.p[w]))
		w++;
	for (size_t i = 0; i < LENGTH(suffixes); i++)
		if (w == strlen(suffixes[i]) && zf_starts_with_ci(rest.p, w, suffixes[i]))
			return true;
	return false;
}

/* Splits "Robert A. Crist, Chief" into the name and what follows its comma. */
static span
name_part(span v, span *after)
{
	const char *p = v.p,
			   *end = v.p + v.n;

	after->p = end;
	after->n = 0;
	while ((p = memchr(p, ',', end - p)) != NULL)
	{
		span		rest = {p + 1, end - p - 1};

		if (!name_suffix(rest))
		{
			*after = rest;
			v.n = p - v.p;
			break;
		}
		p++;
	}
	return trimmed(v);
}

static bool
is_date_label(span t, span *rest)
{
	size_t		i;

	if (!zf_starts_with_ci(t.p, t.n, "date"))
		return false;
	i = 4 + (t.n > 4 && zf_lower((unsigned char) t.p[4]) == 'd');
	if (i < t.n && zf_is_alpha((unsigned char) t.p[i]))
		return false;
	i = skip_blanks(t, i);
	if (i < t.n && t.p[i] == ':')
		i++;
	*rest = tail(t, i);
	return true;
}

/*
 * When v begins with the signer's name printed again ("Robert A. Crist,
 * Chief", "Daniel. E. Jackson"), the text after it; letters are compared,
 * punctuation and spacing ignored.
 */
static bool
after_name(span v, const char *name, span *rest)
{
	size_t		i = 0;

	for (const char *p = name; *p; p++)
	{
		if (!zf_is_alpha((unsigned char) *p))
			continue;
		while (i < v.n && !zf_is_alpha((unsigned char) v.p[i]))
			i++;
		if (i >= v.n || zf_lower((unsigned char) v.p[i]) != zf_lower((unsigned char) *p))
			return false;
		i++;
	}
	if (i < v.n && zf_is_alpha((unsigned char) v.p[i]))
		return false;
	while (i < v.n && (v.p[i] == ',' || v.p[i] == '.' || is_blank((unsigned char) v.p[i])))
		i++;
	*rest = tail(v, i);
	return true;
}

/*
 * The signer's title: the rest of a "Name, Title" line and the lines below
 * the /s/ line, skipping rules, "(Signature)", "Name:" and the name printed
 * again, up to a blank line, a date or the next signer.
 */
static void
take_title(scan *s, zf_lines it, int sig_x, buf *title)
{
	bool		seen = title->n > 0;
	int			budget = PEEK_RAW,
				lines = 0;
	zf_line		ln;
	buf			col;

	while (budget-- > 0 && lines < TITLE_LINES && zf_lines_next(&it, &ln))
	{
		span		v = view_of(&ln),
					t,
					rest;
		kind		k = classify(v);
		zf_date		d;

		if (k == K_BLANK)
		{
			if (seen)
				break;
			continue;
		}
		/* rules are skipped, but a page break ends the block */
		if (k == K_NOISE)
		{
			if (memchr(v.p, '<', v.n) != NULL)
				break;
			continue;
		}
		/* only the signature's column: "Date" may be printed to its left */
		right_of(v, sig_x, &col);
		t = trimmed(buf_span(&col));
		if (t.n == 0 || contains(v, "/s/") || zf_starts_with_ci(t.p, t.n, "by:") ||
			is_date_label(t, &rest) || zf_scan_date(t.p, t.n, &d) > 0)
			break;
		if (t.p[0] == '(' && t.p[t.n - 1] == ')')
			continue;
		if (zf_starts_with_ci(t.p, t.n, "name:"))
		{
			seen = true;
			continue;
		}
		if (zf_starts_with_ci(t.p, t.n, "title:"))
			t = tail(t, 6);
		else if (!seen)
		{
			span		after,
						name;

			seen = true;
			if (after_name(t, s->c->signer, &after))
			{
				t = after;
				if (t.n == 0)
					continue;
			}
			else if (name = name_part(t, &after), !has_title_word(name))
			{
				buf_add(title, after, " ");
				continue;
			}
		}
		seen = true;
		buf_add(title, t, " ");
		lines++;
	}
}

/*
 * The signer's name at v[off], then the title below (it: after v); sig_x is
 * the column where the signature begins.
 */
static void
take_signer(scan *s, span v, size_t off, int sig_x, zf_lines it)
{
	size_t		i = skip_blanks(v, off),
				j;
	span		name,
				after;
	buf			title = {{0}, 0};

	for (j = i; j < v.n && v.p[j] != '\t' &&
		 !(v.p[j] == ' ' && j + 1 < v.n && v.p[j + 1] == ' '); j++)
		;
	name = name_part((span) {v.p + i, j - i}, &after);
	while (name.n > 0 && (name.p[name.n - 1] == '_' || name.p[name.n - 1] == '-'))
		name.n--;
	if (trimmed(name).n == 0 || !zf_is_alpha((unsigned char) name.p[0]))
		return;
	s->c->signer = squeezed(s, name);
	buf_add(&title, after, " ");
	take_title(s, it, sig_x, &title);
	s->c->signer_title = squeezed(s, buf_span(&title));
	s->signer_done = true;
}

/*
 * "By: /s/ Robert A. Crist", or a bare "By:" with the name typed on the line
 * below (a conformed signature without "/s/").
 */
static void
find_signer(scan *s, span t)
{
	long		by = find_phrase(t, "by:", NULL),
				o = find_phrase(t, "/s/", NULL);
	size_t		i;
	span		below;
	zf_lines	it = *s->it;
	int			budget = 4,
				sig_x;

	if (o >= 0)
	{
		sig_x = x_at(t, (size_t) (by >= 0 && by < o ? by : o));
		take_signer(s, t, (size_t) o + 3, sig_x, it);
		return;
	}
	if (by < 0)
		return;
	sig_x = x_at(t, (size_t) by);
	/* "By: ______", "By: // Mitchell Cohen" */
	for (i = (size_t) by + 3; i < t.n && (zf_is_space((unsigned char) t.p[i]) ||
										  t.p[i] == '_' || t.p[i] == '/'); i++)
		;
	if (i < t.n)
		take_signer(s, t, i, sig_x, it);
	else if (peek_text(&it, &budget, &below) && !contains(below, "/s/"))
		take_signer(s, below, 0, sig_x, it);
}

/*
 * "Dated: April 30, 2004", "Date:  January 27, 1997", or a date standing in
 * its own column ("August 23, 1996      By: /s/ ..." over a "Date" caption).
 */
static void
signed_date(scan *s, span t)
{
	span		rest;
	size_t		pos = 0,
				k;
	zf_date		d;

	if (is_date_label(t, &rest))
	{
		if (next_date(rest, &pos, &d))
			s->c->signed_on = d;
		return;
	}
	if ((k = zf_scan_date(t.p, t.n, &d)) > 0 &&
		(k == t.n || t.p[k] == '\t' ||
		 (k + 1 < t.n && t.p[k] == ' ' && is_blank((unsigned char) t.p[k + 1]))))
		s->c->signed_on = d;
}

/* ---- zones ------------------------------------------------------------------ */

/* "PART I", "PART I. FINANCIAL INFORMATION": a 10-Q's or 10-K's body begins. */
static bool
part_one(span t)
{
	return zf_starts_with_ci(t.p, t.n, "part i") &&
		(t.n == 6 || !zf_is_alpha((unsigned char) t.p[6]));
}

static void
cover_line(scan *s, span v, span t)
{
	pairs		ps;
	bool		words;

	s->cover_rows++;
	para_add(s, t);
	if (s->c->form_type == NULL)
		cover_form(s, t);
	pairs_of(v, &ps);
	words = has_caption_word(v, &ps);
	cover_dates(s, v, &ps);
	if (words)
		cover_captions(s, v, &ps);
	/* only the cover looks back at the rows above */
	push_row(s, v, is_caption_line(v, &ps, words));
}

static void
body_line(scan *s, span v, span t, bool para)
{
	if (signature_heading(t))
	{
		s->z = Z_SIGN;
		s->exhibit_mode = false;
		return;
	}
	if (para && item_heading(s, t))
	{
		s->exhibit_mode = contains(t, "exhibit");
		s->prev_entry = s->exhibit_mode;
		return;
	}
	if (!s->have_fallback && contains(t, "/s/"))
	{
		s->have_fallback = true;
		s->fallback = v;
		s->fallback_it = *s->it;
	}
	exhibit_line(s, t, para);
}

static void
sign_line(scan *s, span v, span t, bool para)
{
	span		num;

	s->sign_rows++;
	if (!s->signer_done)
		find_signer(s, v);
	if (s->c->signed_on.y == 0 && s->sign_rows <= SIGN_ROWS)
		signed_date(s, t);
	if (exhibit_begins(t, &num))
	{
		add_unique(s, &s->exhibits, num);
		s->z = Z_DONE;
		return;
	}
	exhibit_line(s, t, para);
}

static void
process_line(scan *s, span v)
{
	span		t = trimmed(v);
	kind		k = classify_trimmed(t);
	bool		para = s->html || s->prev != K_TEXT;

	if (k != K_TEXT)
	{
		s->blanks += (k == K_BLANK);
		if (s->z == Z_COVER)
			para_end(s);
		s->prev = k;
		return;
	}
	if (s->z == Z_COVER &&
		((para && item_heading(NULL, t)) ||
		 part_one(t) || signature_heading(t) || s->cover_rows >= COVER_ROWS))
	{
		para_end(s);
		s->z = Z_BODY;
	}
	if (s->z == Z_COVER)
		cover_line(s, v, t);
	else if (s->z == Z_BODY)
		body_line(s, v, t, para);
	else if (s->z == Z_SIGN)
		sign_line(s, v, t, para);
	s->blanks = 0;
	s->prev = K_TEXT;
}

/* ---- HTML ---------------------------------------------------------------- */

/*
 * HTML covers are rendered to lines first, the way a text filing prints
 * them: a block element ends a line, and a table row becomes one line per
 * line break inside its cells, each cell starting on a grid of HTML_CELL
 * columns so that a value row and its caption row line up.  Entities
 * become UTF-8; head, style, script and the hidden inline XBRL header
 * vanish.  Output is capped at the input size plus a bounded padding.
 */
#define HTML_SEGS	128			/* pieces of text in one table row */

typedef struct html_seg
{
	size_t		off,
				len;			/* in the row's flat text */
	int			cell;
} html_seg;

typedef struct html
{
	zf_arena   *a;
	char	   *out;
	size_t		len,
				cap,
				pad_left;		/* grid padding still allowed */
	size_t		line_start;
	size_t		col;			/* printed columns on the current line */
	bool		space;			/* a blank is due before the next text */
	bool		empty_block;	/* the open block has printed nothing yet */
	bool		in_row,
				in_pre;
	int			cell;			/* grid cell of the current <td> */
	int			next_cell;
	size_t		row_start;		/* the row's flat text starts here */
	html_seg	seg[HTML_SEGS];
	int			nseg;
	char	   *scratch;		/* a row's flat text while it is laid out */
	size_t		scratch_cap;
} html;

static void
html_put(html *h, const char *p, size_t n)
{
	if (n > h->cap - h->len)
		n = h->cap - h->len;
	memcpy(h->out + h->len, p, n);
	h->len += n;
	for (size_t i = 0; i < n; i++)
	{
		if (p[i] == '\n')
			h->col = 0;
		else if (((unsigned char) p[i] & 0xC0) != 0x80)
			h->col++;
	}
}

static void
html_pad_to(html *h, size_t want)
{
	size_t		col = h->col,
				pad = col == 0 ? want : col + 3 > want ? 3 : want - col;

	if (pad > 3 && pad - 3 > h->pad_left)
		pad = col == 0 ? 0 : 3;
	else if (pad > 3)
		h->pad_left -= pad - 3;
	while (pad > 0)
	{
		static const char blanks[] = "                ";
		size_t		k = pad < sizeof(blanks) - 1 ? pad : sizeof(blanks) - 1;

		html_put(h, blanks, k);
		pad -= k;
	}
}

/* Ends the current line, unless it is empty. */
static void
html_newline(html *h)
{
	if (h->len > h->line_start)
	{
		html_put(h, "\n", 1);
		h->line_start = h->len;
	}
	h->space = false;
}

/*
 * An empty paragraph or table row is what spaces an HTML page out: it is
 * rendered as one blank line; block boundaries themselves add none.
 */
static void
html_blank_line(html *h)
{
	html_newline(h);
	if (h->len >= 2 && h->out[h->len - 1] == '\n' && h->out[h->len - 2] != '\n')
	{
		html_put(h, "\n", 1);
		h->line_start = h->len;
	}
}

/* Starts a new piece of a table row: a cell, or a line break inside one. */
static void
html_segment(html *h)
{
	if (h->nseg > 0 && h->seg[h->nseg - 1].len == 0)
		h->nseg--;
	if (h->nseg < HTML_SEGS)
	{
		h->seg[h->nseg].off = h->len - h->row_start;
		h->seg[h->nseg].len = 0;
		h->seg[h->nseg].cell = h->cell;
		h->nseg++;
	}
	h->space = false;
}

static void
html_text(html *h, const char *p, size_t n)
{
	if (h->space && h->len > h->line_start && h->out[h->len - 1] != ' ')
		html_put(h, " ", 1);
	h->space = false;
	h->empty_block = false;
	html_put(h, p, n);
	if (h->in_row && h->nseg > 0)
		h->seg[h->nseg - 1].len = h->len - h->row_start - h->seg[h->nseg - 1].off;
}

/*
 * Lays a finished row out: line j holds the j-th piece of every cell, each
 * at its cell's grid column.
 */
static void
html_row_end(html *h)
{
	size_t		flat = h->len - h->row_start;
	int			line[HTML_SEGS];

	h->in_row = false;
	if (h->nseg == 0 || flat == 0)
	{
		h->nseg = 0;
		h->len = h->row_start;
		h->col = 0;
		html_blank_line(h);
		return;
	}
	if (flat > h->scratch_cap)
	{
		h->scratch_cap = flat * 2;
		h->scratch = zf_arena_alloc(h->a, h->scratch_cap);
	}
	memcpy(h->scratch, h->out + h->row_start, flat);
	h->len = h->line_start = h->row_start;
	h->col = 0;
	for (int i = 0; i < h->nseg; i++)
	{
		line[i] = 0;
		for (int j = 0; j < i; j++)
			line[i] += h->seg[j].cell == h->seg[i].cell && h->seg[j].len > 0;
	}
	for (int ln = 0; ln < h->nseg; ln++)
	{
		bool		any = false;

		for (int i = 0; i < h->nseg; i++)
		{
			span		t = {h->scratch + h->seg[i].off, h->seg[i].len};

			if (line[i] != ln || (t = trimmed(t)).n == 0)
				continue;
			html_pad_to(h, (size_t) h->seg[i].cell * HTML_CELL);
			html_put(h, t.p, t.n);
			any = true;
		}
		if (!any)
			break;
		html_newline(h);
	}
	h->nseg = 0;
}

static void
html_row_start(html *h)
{
	if (h->in_row)
		html_row_end(h);
	html_newline(h);
	h->in_row = true;
	h->row_start = h->len;
	h->cell = 0;
	h->next_cell = 0;
	h->nseg = 0;
}

static void
html_utf8(html *h, uint32_t cp)
{
	char		b[4];

	if (cp == 0xA0 || cp == 0x2007 || cp == 0x202F || cp == 0x2002 || cp == 0x2003 || cp == 0x2009)
	{
		h->space = true;
		return;
	}
	if (cp == 0xAD || cp == 0x200B)
		return;
	html_text(h, b, zf_utf8(cp, b));
}

/* Offset just past the closing tag of element name, whose start tag is at i. */
static size_t
html_skip_to_close(const char *s, size_t n, size_t i, const char *name)
{
	size_t		nl = strlen(name);
	const char *lt;

	for (size_t j = i + 1; j < n && (lt = memchr(s + j, '<', n - j)) != NULL;
		 j = (size_t) (lt - s) + 1)
	{
		size_t		at = lt - s;

		if (at + 2 + nl <= n && s[at + 1] == '/' &&
			zf_starts_with_ci(s + at + 2, n - at - 2, name))
		{
			const char *gt = memchr(s + at, '>', n - at);

			return gt ? (size_t) (gt - s) + 1 : n;
		}
	}
	return n;
}

/* Whether the tag name tag[0..len) is name, in any case; no strlen per tag. */
static bool
name_is(const char *tag, size_t len, const char *name)
{
	for (size_t i = 0; i < len; i++)
		if (name[i] == '\0' || zf_lower((unsigned char) tag[i]) != zf_lower((unsigned char) name[i]))
			return false;
	return name[len] == '\0';
}

static int
html_colspan(const char *s, size_t n)
{
	span		v = {s, n};
	size_t		m,
				i;
	long		o = find_phrase(v, "colspan", &m);
	int			cols = 0;

	if (o < 0)
		return 1;
	for (i = (size_t) o + m; i < n && memchr("=\"' ", s[i], 4) != NULL; i++)
		;
	while (i < n && zf_is_digit((unsigned char) s[i]) && cols < 100)
		cols = cols * 10 + (s[i++] - '0');
	return cols > 0 ? cols : 1;
}

/* Handles the tag s[i..end); returns where rendering resumes. */
static size_t
html_tag(html *h, const char *s, size_t n, size_t i, size_t end)
{
	static const char *const skipped[] = {"head", "style", "script", "title", "ix:header"};
	static const char *const blocks[] = {
		"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
		"center", "hr", "blockquote", "dl", "dt", "dd", "caption", "body"
	};
	bool		closing = i + 1 < end && s[i + 1] == '/';
	size_t		a = i + 1 + closing,
				b = a;

	while (b < end && (zf_is_alnum((unsigned char) s[b]) || s[b] == ':'))
		b++;
	for (size_t k = 0; k < LENGTH(skipped); k++)
		if (!closing && name_is(s + a, b - a, skipped[k]))
			return html_skip_to_close(s, n, i, skipped[k]);
	if (name_is(s + a, b - a, "tr") && !closing)
		html_row_start(h);
	else if (name_is(s + a, b - a, "tr") || name_is(s + a, b - a, "table"))
	{
		if (h->in_row)
			html_row_end(h);
		html_newline(h);
	}
	else if (!closing && h->in_row && (name_is(s + a, b - a, "td") || name_is(s + a, b - a, "th")))
	{
		h->cell = h->next_cell;
		h->next_cell += html_colspan(s + b, end - b);
		html_segment(h);
	}
	else if (name_is(s + a, b - a, "pre"))
	{
		html_newline(h);
		h->in_pre = !closing;
	}
	else
		for (size_t k = 0; k < LENGTH(blocks); k++)
			if (name_is(s + a, b - a, blocks[k]))
			{
				bool		br = name_is(s + a, b - a, "br");

				if (h->in_row)
					html_segment(h);
				else if ((closing || br) && h->empty_block && h->len == h->line_start)
					html_blank_line(h);
				else
					html_newline(h);
				h->empty_block = !closing;
				break;
			}
	return end;
}

/*
 * The bytes from i on that render as they are: no markup, entity or
 * white space among them.  in.p[i] itself is taken whatever it is.
 */
static size_t
html_plain_run(span in, size_t i)
{
	size_t		j = i + 1;

	while (j < in.n)
	{
		unsigned char c = (unsigned char) in.p[j];

		if (c == '<' || c == '&' || c == 0xC2 || zf_is_space(c))
			break;
		j++;
	}
	return j - i;
}

static span
html_to_text(zf_arena *a, span in)
{
	html		h;
	size_t		i = 0,
				check_at = 0;
	span		r;

	memset(&h, 0, sizeof(h));
	h.a = a;
	h.pad_left = in.n < (1u << 20) ? in.n : (1u << 20);
	h.cap = in.n + h.pad_left + 16;
	h.out = zf_arena_alloc(a, h.cap);
	while (i < in.n)
	{
		unsigned char c = (unsigned char) in.p[i];
		uint32_t	cp;
		size_t		k;

		if (i >= check_at)
		{
			zf_host_check_interrupts();
			check_at = i + 0x10000;
		}
		if (c == '<')
		{
			const char *gt;

			if (i + 3 < in.n && memcmp(in.p + i, "<!--", 4) == 0)
			{
				long		o = find_phrase(tail(in, i + 4), "-->", NULL);

				i = o < 0 ? in.n : i + 4 + (size_t) o + 3;
				continue;
			}
			gt = memchr(in.p + i, '>', in.n - i);
			i = html_tag(&h, in.p, in.n, i, gt ? (size_t) (gt - in.p) + 1 : in.n);
		}
		else if (c == '&' && (k = zf_html_entity(in.p + i, in.n - i, &cp)) > 0)
		{
			html_utf8(&h, cp);
			i += k;
		}
		else if (h.in_pre && !h.in_row && c == '\n')
		{
			html_put(&h, "\n", 1);
			h.line_start = h.len;
			i++;
		}
		else if (h.in_pre && !h.in_row && c != '\r' && zf_is_space(c))
		{
			html_put(&h, (const char *) &in.p[i], 1);
			i++;
		}
		else if (zf_is_space(c) ||
				 (c == 0xC2 && i + 1 < in.n && (unsigned char) in.p[i + 1] == 0xA0))
		{
			h.space = true;
			i += (c == 0xC2) ? 2 : 1;
		}
		else
		{
			/* a run of text is one call, as many one-byte calls would be */
			k = html_plain_run(in, i);
			html_text(&h, in.p + i, k);
			i += k;
		}
	}
	if (h.in_row)
		html_row_end(&h);
	r.p = h.out;
	r.n = h.len;
	return r;
}

static bool
looks_like_html(span v)
{
	span		head = {v.p, v.n < 2048 ? v.n : 2048};

	return contains(head, "<html") || contains(head, "<!doctype html") ||
		contains(head, "<body");
}

/* ---- driver -------------------------------------------------------------- */

/*
 * The text of the first document: exhibits must not override the cover.
 * Only the submission up to the second <DOCUMENT> is split: the first
 * document ends there anyway, and the exhibits after it may be most of
 * the bytes.
 */
static span
first_document(zf_arena *a, const char *doc, size_t n)
{
	zf_document *docs;
	span		body = {doc, n};
	const char *first = zf_find_tag(doc, n, "<DOCUMENT>"),
			   *second = first ? zf_find_tag(first + 10, doc + n - first - 10, "<DOCUMENT>") : NULL;
	size_t		upto = second ? (size_t) (second - doc) : n;
	long		o;

	if (zf_parse_documents(a, doc, upto, &docs) > 0 && docs[0].type != NULL)
	{
		body.p = doc + docs[0].body_off;
		body.n = docs[0].body_len;
		return body;
	}
	/* a bare document after a header: skip the header */
	if ((o = zf_find_ci(doc, n, "</SEC-HEADER>")) >= 0 ||
		(o = zf_find_ci(doc, n, "</IMS-HEADER>")) >= 0)
		body = tail(body, (size_t) o + 13);
	return body;
}

static void
list_out(const zf_vec *v, zf_strlist *out)
{
	out->v = v->data;
	out->n = (int) v->len;
}

static bool
finish(scan *s)
{
	zf_cover   *c = s->c;
	const char *form = c->form_type;
	bool		eight_k = form == NULL || strncmp(form, "8-K", 3) == 0;
	int			found = 0;

	if (s->z == Z_COVER)
		para_end(s);
	if (!s->signer_done && s->have_fallback)
	{
		long		o = find_phrase(s->fallback, "/s/", NULL);

		take_signer(s, s->fallback, (size_t) o + 3, x_at(s->fallback, (size_t) o),
					s->fallback_it);
	}
	/* SPEC: the date of the earliest event reported; the date of report stands in for it */
	c->report_date = s->event.y ? s->event : s->report;
	c->date_of_report = s->report.y ? s->report : s->event;
	/* items belong to 8-Ks, the period covered to periodic reports */
	if (eight_k)
		list_out(&s->items, &c->items);
	if (form != NULL && strncmp(form, "10-", 3) != 0 && strcmp(form, "20-F") != 0 &&
		strcmp(form, "40-F") != 0 && strcmp(form, "11-K") != 0)
		c->period_end = (zf_date) {0, 0, 0};
	list_out(&s->exhibits, &c->exhibits);
	found += c->company != NULL;
	found += c->state != NULL;
	found += c->file_number != NULL;
	found += c->ein != NULL;
	found += c->address != NULL;
	found += c->phone != NULL;
	found += c->report_date.y != 0;
	if (c->form_type != NULL || found >= 2)
		return true;
	memset(c, 0, sizeof(*c));
	return false;
}

bool
zf_parse_cover(zf_arena *a, const char *doc, size_t n, zf_cover *out)
{
	scan		s;
	span		body;
	zf_lines	it;
	zf_line		ln;

	memset(out, 0, sizeof(*out));
	if (doc == NULL || n == 0)
		return false;
	body = first_document(a, doc, n);
	memset(&s, 0, sizeof(s));
	s.a = a;
	s.c = out;
	s.it = &it;
	s.prev = K_BLANK;
	s.html = looks_like_html(body);
	if (s.html)
		body = html_to_text(a, body);
	zf_lines_init(&it, body.p, body.n, 1);
	while (s.z != Z_DONE && zf_lines_next(&it, &ln))
		process_line(&s, view_of(&ln));
	return finish(&s);
}
