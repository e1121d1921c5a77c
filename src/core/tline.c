/*
 * tline.c — classifies each line of a document once for the table engine.
 *
 * Positions matter in fixed-width tables, so each line is turned into its
 * display form: tabs expanded to 8-column stops, PEM dash escapes ("- ---")
 * undone and SGML layout tags (<S>, <C>, <CAPTION>, <FN>) blanked out in
 * place.  Numeric cells are then read from the right end of the line: a
 * cell is a printed amount separated from the label by at least two spaces,
 * which is how filings set columns apart from words.
 */
#include <stdint.h>
#include <string.h>

#include "table_internal.h"

#define MAX_CELLS 64

/* Whether word[0..len) is, ignoring case, one of the words in list. */
static bool
word_in(const char *word, int len, const char *const *list)
{
	for (; *list; list++)
		if ((int) strlen(*list) == len && zf_starts_with_ci(word, len, *list))
			return true;
	return false;
}

/*
 * The length of the SGML layout tag at s[i] (<S>, <C>, <CAPTION>, <FN>,
 * <F1>..<F3>, </CAPTION>, </FN>), blanked in display; 0 if none.
 */
static int
layout_tag_len(const char *s, int i, int n)
{
	static const char *const open[] = {"s", "c", "caption", "fn", "f1", "f2", "f3", NULL};
	static const char *const close[] = {"caption", "fn", NULL};
	bool		closing = i + 1 < n && s[i + 1] == '/';
	int			w = i + 1 + closing,
				e = w;

	while (e < n && e - w < 8 && zf_is_alnum((unsigned char) s[e]))
		e++;
	if (e >= n || s[e] != '>' || e == w)
		return 0;
	return word_in(s + w, e - w, closing ? close : open) ? e + 1 - i : 0;
}

#define ONES ((uint64_t) 0x0101010101010101)
#define HIGHS (ONES * 0x80)

/*
 * Whether one of the 8 bytes at p is a control byte below '\r' or a '<',
 * the only bytes that can change a line's display form.  Lines are mostly
 * plain text, so testing a word at a time skips them quickly.
 */
static inline bool
word_may_change(const char *p)
{
	uint64_t	w,
				lt,
				x;

	memcpy(&w, p, sizeof(w));
	lt = (w - ONES * '\r') & ~w & HIGHS;
	x = w ^ (ONES * '<');
	return (lt | ((x - ONES) & ~x & HIGHS)) != 0;
}

/* HTML has a '<' on every line; few of them can start a layout tag. */
static inline bool
may_start_layout_tag(char c)
{
	c = (char) zf_lower((unsigned char) c);
	return c == 's' || c == 'c' || c == 'f' || c == '/';
}

/* Whether raw[0..rn) needs a display copy: a tab, NUL, VT, FF or layout tag. */
static bool
needs_display_copy(const char *raw, size_t rn)
{
	size_t		i = 0;

	for (;;)
	{
		while (i + 8 <= rn && !word_may_change(raw + i))
			i += 8;
		if (i >= rn)
			return false;
		if (raw[i] == '\t' || raw[i] == '\0' || raw[i] == '\v' || raw[i] == '\f')
			return true;
		if (raw[i] == '<' && i + 1 < rn && may_start_layout_tag(raw[i + 1]) &&
			layout_tag_len(raw, (int) i, (int) rn) > 0)
			return true;
		i++;
	}
}

/* The width of raw[0..rn) with tabs expanded to 8-column stops. */
static size_t
display_width(const char *raw, size_t rn)
{
	size_t		i,
				width = 0;

	for (i = 0; i < rn; i++)
		width += raw[i] == '\t' ? 8 - width % 8 : 1;
	return width;
}

/*
 * Display form of a raw line.  Returns raw itself when nothing needs
 * changing, which is the common case and costs no copy.
 */
static const char *
display_text(zf_arena *a, const char *raw, size_t rn, int *outn)
{
	size_t		i,
				tabs = 0,
				skip = 0,
				limit = (size_t) 1 << 24;
	char	   *out;
	int			o = 0;

	if (rn >= 3 && raw[0] == '-' && raw[1] == ' ' && raw[2] == '-')
		skip = 2;				/* PEM escape of a line starting with '-' */
	else if (rn > limit || !needs_display_copy(raw, rn))
	{
		*outn = (int) (rn < limit ? rn : limit);
		return raw;
	}
	for (i = skip; i < rn; i++)
		tabs += raw[i] == '\t';
	if (rn + 7 * tabs > limit && display_width(raw + skip, rn - skip) > limit)
	{
		*outn = (int) (rn < limit ? rn : limit);
		return raw;
	}
	out = zf_arena_alloc_uninit(a, rn + 7 * tabs + 1);
	for (i = skip; i < rn; i++)
	{
		int			t;

		if (raw[i] == '\t')
		{
			do
				out[o++] = ' ';
			while (o % 8 != 0);
			continue;
		}
		if (raw[i] == '<' && (t = layout_tag_len(raw, (int) i, (int) rn)) > 0)
		{
			memset(out + o, ' ', t);
			o += t;
			i += t - 1;
			continue;
		}
		out[o++] = (raw[i] == '\0' || raw[i] == '\f' || raw[i] == '\v') ? ' ' : raw[i];
	}
	*outn = o;
	return out;
}

static zf_tline_kind
tag_kind(const char *p, int n)
{
	const char *s = p;
	size_t		len = (size_t) n;

	zf_trim(&s, &len);
	if (zf_starts_with_ci(s, len, "<TABLE"))
		return TL_TABLE_OPEN;
	if (zf_starts_with_ci(s, len, "</TABLE>"))
		return TL_TABLE_CLOSE;
	if (zf_starts_with_ci(s, len, "<PAGE>"))
		return TL_PAGE;
	return TL_BLANK;
}

static bool
rule_line(const char *p, int n, int indent, char *rule_char)
{
	int			dashes = 0,
				equals = 0,
				other = 0,
				i;

	if (p[indent] != '-' && p[indent] != '_' && p[indent] != '=')
		return false;
	for (i = indent; i < n; i++)
	{
		if (p[i] == '-' || p[i] == '_')
			dashes++;
		else if (p[i] == '=')
			equals++;
		else if (p[i] != ' ')
			other++;
	}
	if (other > 0 || dashes + equals < 3)
		return false;
	*rule_char = equals > dashes ? '=' : '-';
	return true;
}

/* "12", "- 12 -", "F-7": a page number standing alone on its line. */
static bool
page_number(const char *p, int n, int indent)
{
	const char *s = p;
	size_t		len = (size_t) n;
	size_t		i,
				digits = 0;

	if (indent < 20)
		return false;
	zf_trim(&s, &len);
	if (len == 0 || len > 9)
		return false;
	for (i = 0; i < len; i++)
	{
		if (zf_is_digit((unsigned char) s[i]))
			digits++;
		else if (s[i] == '\0' || !strchr("-()F ", s[i]))
			return false;
	}
	return digits > 0 && digits <= 3;
}

bool
zf_is_prose(const char *p, int n)
{
	int			words = 0,
				lower_words = 0,
				len = 0,
				i;
	bool		in_word = false;

	for (i = 0; i < n; i++)
	{
		if (p[i] == ' ')
		{
			in_word = false;
			continue;
		}
		len++;
		if (!in_word)
		{
			words++;
			if (zf_is_lower((unsigned char) p[i]))
				lower_words++;
		}
		in_word = true;
	}
	return words >= 10 && len >= 50 && lower_words * 10 >= words * 4;
}

/* Token boundaries: the last non-blank run ending at or before pos. */
static bool
prev_token(const char *p, int pos, int *ts, int *te)
{
	while (pos > 0 && p[pos - 1] == ' ')
		pos--;
	if (pos == 0)
		return false;
	*te = pos;
	while (pos > 0 && p[pos - 1] != ' ')
		pos--;
	*ts = pos;
	return true;
}

static bool
only(const char *p, int s, int e, const char *chars)
{
	int			i;

	for (i = s; i < e; i++)
	{
		const char *c = chars;

		while (*c != '\0' && *c != p[i])
			c++;
		if (*c == '\0')
			return false;
	}
	return e > s;
}

static bool
placeholder(const char *p, int n)
{
	static const char *const words[] = {"N/A", "NA", "NM", "N/M", "n/a", "na", "nm", "n/m", "*", "**"};
	size_t		k;

	if (n > 3 || !(p[0] == 'N' || p[0] == 'n' || p[0] == '*'))
		return false;
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (strncmp(words[k], p, n) == 0 && words[k][n] == '\0')
			return true;
	return false;
}

/* "(5)" or "(a)" glued to the end of a number: a footnote mark, 0 if none. */
static int
footnote_len(const char *p, int n)
{
	if (n >= 4 && p[n - 1] == ')' && p[n - 3] == '(' &&
		((p[n - 2] >= '0' && p[n - 2] <= '9') || (p[n - 2] >= 'a' && p[n - 2] <= 'z')) &&
		((p[n - 4] >= '0' && p[n - 4] <= '9') || p[n - 4] == ')'))
		return 3;
	if (n >= 5 && p[n - 1] == ')' && p[n - 4] == '(' && p[n - 2] >= '0' && p[n - 2] <= '9' &&
		p[n - 3] >= '0' && p[n - 3] <= '9' && ((p[n - 5] >= '0' && p[n - 5] <= '9') || p[n - 5] == ')'))
		return 4;
	return 0;
}

/*
 * Printed decimal text as a fixed-point integer, false when out of range.
 * Read once per cell: footing sums each cell many times over.
 */
static bool
fixed_value(const char *num, int64_t *out)
{
	int64_t		v = 0;
	int			frac = -1;
	bool		neg = (*num == '-');
	const char *p = num + neg;

	for (; *p; p++)
	{
		if (*p == '.')
		{
			frac = 0;
			continue;
		}
		if (frac >= 4 || v > INT64_C(100000000000000))
			return false;
		v = v * 10 + (*p - '0');
		if (frac >= 0)
			frac++;
	}
	for (frac = frac < 0 ? 0 : frac; frac < 4; frac++)
		v *= 10;
	*out = neg ? -v : v;
	return true;
}

/*
 * One cell ending at pos: a token, widened over a detached "$", "(" or "$("
 * before it and a detached ")" or "%" after it.
 */
static bool
read_cell_back(zf_arena *a, const char *p, int pos, zf_cell *c, char *buf)
{
	int			ts,
				te,
				ps,
				pe;
	zf_amount	amt;

	if (!prev_token(p, pos, &ts, &te))
		return false;
	if (only(p, ts, te, ")%") && prev_token(p, ts, &ps, &pe))
		ts = ps;				/* "29.7 %", "( 504 )" */
	while (prev_token(p, ts, &ps, &pe) && only(p, ps, pe, "$(") && ts - pe <= 12)
		ts = ps;				/* "$   9,049", "$ (504)" */
	if (te - ts > 40)
		return false;
	if (placeholder(p + ts, te - ts))
	{
		/* "N/A" holds a column's place but has no value */
		c->start = ts;
		c->end = te;
		c->raw = zf_squeeze(a, p + ts, te - ts);
		c->num = NULL;
		c->fixed = 0;
		c->fixed_ok = false;
		c->dash = c->percent = false;
		return true;
	}
	if (zf_parse_amount(p + ts, te - ts, buf, &amt) != ZF_AMOUNT_OK &&
		zf_parse_amount(p + ts, te - ts - footnote_len(p + ts, te - ts), buf, &amt) != ZF_AMOUNT_OK)
		return false;
	c->start = ts;
	c->end = te;
	c->raw = zf_squeeze(a, p + ts, te - ts);
	c->num = zf_arena_strndup(a, buf, strlen(buf));
	c->fixed = 0;
	c->fixed_ok = fixed_value(c->num, &c->fixed);
	c->dash = amt.dash;
	c->percent = amt.percent;
	return true;
}

static bool
is_year_cell(const zf_cell *c)
{
	int			v;

	if (c->num == NULL || strlen(c->raw) != 4 || !only(c->raw, 0, 4, "0123456789"))
		return false;
	v = (c->raw[0] - '0') * 1000 + (c->raw[1] - '0') * 100 + (c->raw[2] - '0') * 10 + (c->raw[3] - '0');
	return v >= 1900 && v <= 2099;
}

static int
word_count(const char *p, int n)
{
	int			words = 0,
				i;

	for (i = 0; i < n; i++)
		if (p[i] != ' ' && (i == 0 || p[i - 1] == ' '))
			words++;
	return words;
}

/* A standalone 19xx or 20xx in p[0..n): "2007" in "data)   2007   Change". */
static bool
has_year(const char *p, int n)
{
	int			i;

	for (i = 0; i + 4 <= n; i++)
		if ((i == 0 || p[i - 1] == ' ') && (i + 4 == n || p[i + 4] == ' ') &&
			((p[i] == '1' && p[i + 1] == '9') || (p[i] == '2' && p[i + 1] == '0')) &&
			zf_is_digit((unsigned char) p[i + 2]) && zf_is_digit((unsigned char) p[i + 3]))
			return true;
	return false;
}

/* Finds the numeric cells at the right end of a text line. */
static void
read_cells(zf_arena *a, zf_tline *l)
{
	zf_cell		cells[MAX_CELLS];
	char		buf[48];
	int			nc = 0,
				pos = l->n,
				i,
				first,
				label_end;

	while (nc < MAX_CELLS && read_cell_back(a, l->p, pos, &cells[nc], buf))
		pos = cells[nc++].start;
	if (nc == 0)
		return;
	/* cells were read right to left; the leftmost must stand 2+ spaces from the label */
	first = nc - 1;
	for (;;)
	{
		label_end = cells[first].start;
		while (label_end > 0 && l->p[label_end - 1] == ' ')
			label_end--;
		if (label_end == 0 || cells[first].start - label_end >= 2)
			break;
		if (--first < 0)
			return;				/* words and numbers run together: prose */
	}
	/* a long label is still a label; a sentence that happens to end in a number is not */
	if (label_end > 0 && zf_is_prose(l->p, label_end) && word_count(l->p, label_end) >= 14)
		return;
	l->kind = TL_DATA;
	l->label_end = label_end;
	l->ncells = first + 1;
	l->cells = zf_arena_alloc(a, sizeof(zf_cell) * l->ncells);
	for (i = 0; i <= first; i++)
		l->cells[i] = cells[first - i];
	/* a row of years is a column header, with or without words before it */
	if (label_end == 0 || l->ncells >= 2 || has_year(l->p, label_end))
	{
		for (i = 0; i < l->ncells; i++)
			if (!is_year_cell(&l->cells[i]))
				return;
		l->kind = TL_YEARS;
	}
}

/*
 * Whether the line p[0..n) (n > 0, no trailing blanks) can end in a numeric
 * cell: a digit, "12.", "(5)", "5%", a dash ("-", or the last byte of a
 * UTF-8 en or em dash), "*", or N/A, NA, NM, N/M.  Most lines of prose end
 * otherwise, and are not worth reading cells from.
 */
static bool
may_end_in_cell(const char *p, int n)
{
	unsigned char c = (unsigned char) p[n - 1],
				before = n >= 2 ? (unsigned char) p[n - 2] : ' ';

	if (zf_is_digit(c) || c == ')' || c == '%' || c == '-' || c == '*' || c == 0x93 || c == 0x94)
		return true;
	if (c == '.')
		return zf_is_digit(before);
	if (c == 'A' || c == 'a' || c == 'M' || c == 'm')
		return before == 'N' || before == 'n' || before == '/';
	return false;
}

static void
classify(zf_arena *a, zf_tline *l)
{
	int			i = 0;

	while (l->n > 0 && l->p[l->n - 1] == ' ')
		l->n--;
	while (i < l->n && l->p[i] == ' ')
		i++;
	l->indent = i;
	l->kind = TL_BLANK;
	if (l->n == 0)
		return;
	if (l->p[i] == '<' && (l->kind = tag_kind(l->p, l->n)) != TL_BLANK)
		return;
	if (rule_line(l->p, l->n, l->indent, &l->rule_char))
	{
		l->kind = TL_RULE;
		return;
	}
	if (page_number(l->p, l->n, l->indent))
	{
		l->kind = TL_PAGE;
		return;
	}
	l->kind = TL_TEXT;
	if (may_end_in_cell(l->p, l->n))
		read_cells(a, l);
}

/*
 * Some filings are double-spaced: a blank line after every line.  Halving
 * every run of blank lines gives back the layout the tables were set in,
 * so wrapped labels touch their numbers again.
 */
static int
undouble_space(zf_tline *lines, int n)
{
	int			text = 0,
				spaced = 0,
				i,
				o = 0;

	for (i = 0; i + 2 < n; i++)
		if (lines[i].kind != TL_BLANK)
		{
			text++;
			if (lines[i + 1].kind == TL_BLANK && lines[i + 2].kind != TL_BLANK)
				spaced++;
		}
	if (text < 10 || spaced * 10 < text * 6)
		return n;
	for (i = 0; i < n;)
	{
		int			run = 0,
					keep;

		if (lines[i].kind != TL_BLANK)
		{
			lines[o++] = lines[i++];
			continue;
		}
		while (i + run < n && lines[i + run].kind == TL_BLANK)
			run++;
		for (keep = run / 2; keep > 0; keep--)
			lines[o++] = lines[i];
		i += run;
	}
	return o;
}

zf_tline *
zf_classify_lines(zf_arena *a, const char *s, size_t n, int first_no, int max_lines, int *nlines)
{
	zf_vec		v = {0};
	zf_lines	it;
	zf_line		line;

	/* sized once from the caller's count: growing by doubling copied it over and over */
	v.cap = (size_t) (max_lines > 0 ? max_lines : 16);
	v.data = zf_arena_alloc_uninit(a, v.cap * sizeof(zf_tline));
	zf_lines_init(&it, s, n, first_no);
	while (zf_lines_next(&it, &line))
	{
		zf_tline   *l = zf_vec_push(a, &v, sizeof(zf_tline));

		l->p = display_text(a, line.p, line.n, &l->n);
		l->no = line.no;
		classify(a, l);
	}
	*nlines = undouble_space(v.data, (int) v.len);
	return v.data;
}

int
zf_text_groups(const zf_tline *l, zf_group *out, int max)
{
	int			n = 0,
				i = 0;

	while (i < l->n && n < max)
	{
		int			s,
					gap;

		while (i < l->n && l->p[i] == ' ')
			i++;
		if (i >= l->n)
			break;
		s = i;
		for (;;)
		{
			while (i < l->n && l->p[i] != ' ')
				i++;
			gap = 0;
			while (i + gap < l->n && l->p[i + gap] == ' ')
				gap++;
			if (gap >= 2 || i + gap >= l->n)
				break;
			i += gap;
		}
		out[n].start = s;
		out[n].end = i;
		n++;
	}
	return n;
}
