/*
 * table.c — finds the financial tables of a document and turns their cells
 * into line items.
 *
 * A table is either what <TABLE> ... </TABLE> encloses or, in untagged
 * text, a run of data lines held together by blank lines, rules, headings
 * and wrapped labels.  Its columns come from where the numbers stand (they
 * are right-aligned), its periods from the words stacked above each column
 * (header.c), its rows from the lines between, labels joined across wraps
 * and sections taken from the headings that open them.
 */
#include <string.h>

#include "table_internal.h"

#define MAX_COLS 32
#define MAX_BLANKS_IN_TABLE 2
#define HEADER_LOOKBACK 12
#define TITLE_LOOKBACK 10

static bool
ends_with_colon(const char *p, int n)
{
	while (n > 0 && p[n - 1] == ' ')
		n--;
	return n > 0 && p[n - 1] == ':';
}

static bool
is_title_line(const zf_tline *l)
{
	static const char *const words[] = {"balance sheet", "statements of", "statement of", "cash flows", NULL};

	return zf_find_any_ci(l->p, (size_t) l->n, words, NULL) >= 0;
}

/* ---- segmentation --------------------------------------------------------- */

/* End (exclusive) of an untagged run of table lines starting at data line i. */
static int
untagged_run_end(const zf_tline *lines, int i, int n)
{
	int			last_data = i,
				blanks = 0,
				texts = 0,
				j;

	for (j = i + 1; j < n; j++)
	{
		const zf_tline *l = &lines[j];

		if (l->kind == TL_DATA)
		{
			last_data = j;
			blanks = texts = 0;
		}
		else if (l->kind == TL_BLANK)
		{
			if (++blanks > MAX_BLANKS_IN_TABLE)
				break;
		}
		else if (l->kind == TL_RULE || l->kind == TL_PAGE)
			blanks = 0;
		else if (l->kind == TL_TEXT)
		{
			if (zf_is_prose(l->p, l->n) || is_title_line(l) || ++texts > 8)
				break;
			blanks = 0;
		}
		else
			break;				/* a new header row, or a table tag */
	}
	/* a wrapped label may finish on the line after the last numbers */
	if (last_data + 1 < n && lines[last_data + 1].kind == TL_TEXT &&
		!zf_is_prose(lines[last_data + 1].p, lines[last_data + 1].n))
		return last_data + 2;
	return last_data + 1;
}

/* ---- columns ----------------------------------------------------------------- */

static int
absdiff(int a, int b)
{
	return a > b ? a - b : b - a;
}

/*
 * Places a row's k cells into K columns (k <= K) keeping their order and
 * minimising the distance of right edges from the column anchors: a small
 * dynamic programme, since a short row may skip any of the columns.
 */
static void
place_cells(const zf_tline *l, const zf_column *cols, int K, const zf_cell **slots)
{
	int			k = l->ncells,
				i,
				c;
	int			cost[MAX_COLS + 1][MAX_COLS + 1];
	bool		take[MAX_COLS + 1][MAX_COLS + 1];

	for (c = 0; c < K; c++)
		slots[c] = NULL;
	if (k == K)
	{
		for (c = 0; c < K; c++)
			slots[c] = l->cells[c].num ? &l->cells[c] : NULL;
		return;
	}
	/* cost[i][c]: best cost placing cells i.. into columns c.. */
	for (i = k; i >= 0; i--)
		for (c = K; c >= 0; c--)
		{
			if (i == k)
			{
				cost[i][c] = 0;
				take[i][c] = false;
				continue;
			}
			if (K - c < k - i)
			{
				cost[i][c] = 1 << 28;
				take[i][c] = false;
				continue;
			}
			{
				const zf_cell *cell = &l->cells[i];
				int			center = (cell->start + cell->end) / 2,
							ccenter = (cols[c].lo + cols[c].hi) / 2,
							d = absdiff(cell->end, cols[c].right),
							dc = absdiff(center, ccenter),
							with = (d < dc ? d : dc) + cost[i + 1][c + 1],
							without = cost[i][c + 1];

				take[i][c] = with <= without;
				cost[i][c] = take[i][c] ? with : without;
			}
		}
	for (i = 0, c = 0; i < k && c < K; c++)
		if (take[i][c])
			slots[c] = &l->cells[i++];
	for (c = 0; c < K; c++)
		if (slots[c] && slots[c]->num == NULL)
			slots[c] = NULL;	/* placeholders only held their column's place */
}

/* Column anchors from the rows that fill every column. */
static int
find_columns(zf_arena *a, const zf_tline *lines, const int *data, int ndata, zf_column **out)
{
	int			K = 0,
				i,
				c;
	zf_column  *cols;
	long		sum[MAX_COLS] = {0};
	int			cnt[MAX_COLS] = {0};

	for (i = 0; i < ndata; i++)
		if (lines[data[i]].ncells > K)
			K = lines[data[i]].ncells;
	if (K > MAX_COLS)
		K = MAX_COLS;
	cols = zf_arena_alloc(a, sizeof(zf_column) * (K ? K : 1));
	for (c = 0; c < K; c++)
		cols[c].lo = 1 << 30;
	for (i = 0; i < ndata; i++)
	{
		const zf_tline *l = &lines[data[i]];

		if (l->ncells != K)
			continue;
		for (c = 0; c < K; c++)
		{
			const zf_cell *cell = &l->cells[c];

			/* dashes sit anywhere in their column: let numbers set the anchor */
			if (!cell->dash && cell->num)
			{
				sum[c] += cell->end;
				cnt[c]++;
			}
			if (cell->start < cols[c].lo)
				cols[c].lo = cell->start;
			if (cell->end > cols[c].hi)
				cols[c].hi = cell->end;
		}
	}
	for (c = 0; c < K; c++)
		cols[c].right = cnt[c] ? (int) (sum[c] / cnt[c]) : cols[c].hi;
	*out = cols;
	return K;
}

/* ---- header and title --------------------------------------------------------- */

static bool
is_header_line(const zf_tline *l, int colarea)
{
	zf_group	g[32];
	int			ng,
				i;

	if (l->kind == TL_YEARS)
		return true;
	if (l->kind != TL_TEXT || zf_is_prose(l->p, l->n))
		return false;
	ng = zf_text_groups(l, g, 32);
	for (i = 0; i < ng; i++)
		if (g[i].start >= colarea - 2)
			return true;
	return false;
}

typedef struct table_span
{
	int			title_lo;		/* first title line */
	int			hdr_lo;			/* column header lines [hdr_lo, hdr_hi) */
	int			hdr_hi;
	int			body_lo;		/* rows [body_lo, hi) */
} table_span;

/*
 * Walks up from the first data row: past headings and rules to the column
 * headers, up through them, then up through the title block.
 */
static void
find_span(const zf_tline *lines, int floor, int first_data, int colarea, table_span *sp)
{
	int			j = first_data - 1,
				steps = 0,
				blanks = 0;

	while (j >= floor && steps++ < HEADER_LOOKBACK && !is_header_line(&lines[j], colarea))
	{
		zf_tline_kind k = lines[j].kind;

		if (k == TL_DATA || k == TL_TABLE_CLOSE || (k == TL_TEXT && zf_is_prose(lines[j].p, lines[j].n)))
			break;
		j--;
	}
	if (j < floor || !is_header_line(&lines[j], colarea))
	{
		sp->title_lo = sp->hdr_lo = sp->hdr_hi = first_data;
		sp->body_lo = first_data;
		j = first_data - 1;
	}
	else
	{
		sp->hdr_hi = j + 1;
		sp->body_lo = j + 1;
		while (j >= floor)
		{
			zf_tline_kind k = lines[j].kind;

			if (is_header_line(&lines[j], colarea) || k == TL_RULE || k == TL_TABLE_OPEN)
				blanks = 0;
			else if (k == TL_BLANK && ++blanks <= 1)
				;
			else
				break;
			j--;
		}
		sp->hdr_lo = j + 1;
	}
	/* the title block above */
	blanks = 0;
	steps = 0;
	while (j >= floor && steps++ < TITLE_LOOKBACK)
	{
		zf_tline_kind k = lines[j].kind;

		if (k == TL_BLANK || k == TL_RULE || k == TL_TABLE_OPEN || k == TL_PAGE)
		{
			if (k == TL_BLANK && ++blanks > 2)
				break;
		}
		else if (k == TL_TEXT && !zf_is_prose(lines[j].p, lines[j].n))
			blanks = 0;
		else
			break;
		j--;
	}
	sp->title_lo = j + 1;
}

/* ---- rows --------------------------------------------------------------------- */

typedef struct row_state
{
	zf_arena   *a;
	zf_vec		rows;
	int			pending_lo;		/* text lines [pending_lo, pending_hi) not yet used */
	int			pending_hi;
	int			stack[16];		/* open headings, innermost last */
	int			depth;
	zf_vec		sec_names;		/* const char * per heading id */
	zf_vec		sec_indent;		/* int per heading id */
	zf_vec		sec_parent;		/* int per heading id */
	zf_vec		sec_items;		/* int per heading id: indent of its rows, -1 none yet */
	bool		rule_above;
	bool		seen_data;
} row_state;

static char *
join_lines(zf_arena *a, const zf_tline *lines, int lo, int hi, const char *tail, int tail_n)
{
	size_t		len = (size_t) tail_n + 1;
	char	   *buf,
			   *out;
	int			i;
	size_t		o = 0;

	for (i = lo; i < hi; i++)
		len += lines[i].n + 1;
	buf = zf_arena_alloc(a, len);
	for (i = lo; i < hi; i++)
	{
		memcpy(buf + o, lines[i].p, lines[i].n);
		o += lines[i].n;
		buf[o++] = ' ';
	}
	memcpy(buf + o, tail, tail_n);
	o += tail_n;
	out = zf_squeeze(a, buf, o);
	return out;
}

/*
 * Leader dots, trailing colons and blanks off a label.  A single final dot
 * stays only after a short word: the abbreviation in "Co." or "Inc.".
 */
static void
clean_label(char *s)
{
	size_t		n = strlen(s);

	for (;;)
	{
		size_t		dots = 0,
					w;

		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ':' || s[n - 1] == '_'))
			n--;
		while (n > dots && s[n - 1 - dots] == '.')
			dots++;
		if (dots == 0)
			break;
		for (w = n - dots; w > 0 && s[w - 1] != ' ' && s[w - 1] != '.'; w--)
			;
		if (dots == 1 && n - dots - w <= 4 && n - dots > w)
			break;
		n -= dots;
	}
	s[n] = '\0';
}

static int
section_indent(row_state *st, int id)
{
	return ((int *) st->sec_indent.data)[id];
}

/*
 * Whether a line at `indent` leaves the innermost open heading.  A heading's
 * rows are set at the indent of its first row (deeper than the heading, or
 * level with it as some filings print); anything to the left of that ends it.
 * heading: the line is itself a heading, which may open a nested one.
 */
static bool
leaves_heading(row_state *st, int indent, bool heading)
{
	int			top = st->stack[st->depth - 1];
	int		   *items = &((int *) st->sec_items.data)[top];

	if (*items >= 0)
		return indent < *items;
	if (heading ? indent <= section_indent(st, top) : indent < section_indent(st, top))
		return true;
	if (!heading)
		*items = indent;
	return false;
}

static void
open_heading(row_state *st, const zf_tline *lines)
{
	char	   *name;
	int			id,
				indent = lines[st->pending_lo].indent;

	if (st->pending_lo >= st->pending_hi)
		return;
	name = join_lines(st->a, lines, st->pending_lo, st->pending_hi, "", 0);
	clean_label(name);
	st->pending_lo = st->pending_hi;
	if (*name == '\0')
		return;
	/* a heading closes the open headings it is not nested in */
	while (st->depth > 0 && leaves_heading(st, indent, true))
		st->depth--;
	id = (int) st->sec_names.len;
	*(const char **) zf_vec_push(st->a, &st->sec_names, sizeof(char *)) = name;
	*(int *) zf_vec_push(st->a, &st->sec_indent, sizeof(int)) = indent;
	*(int *) zf_vec_push(st->a, &st->sec_parent, sizeof(int)) = st->depth ? st->stack[st->depth - 1] : -1;
	*(int *) zf_vec_push(st->a, &st->sec_items, sizeof(int)) = -1;
	if (st->depth < 16)
		st->stack[st->depth++] = id;
	st->rule_above = false;
}

/* Words every cash flow heading has: "Cash flows from operating activities". */
static bool
generic_word(const char *w, size_t n)
{
	static const char *const words[] = {"cash", "flows", "flow", "from", "the", "and", "for"};
	size_t		k;

	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (strlen(words[k]) == n && zf_starts_with_ci(w, n, words[k]))
			return true;
	return false;
}

/* Every word of the heading (3+ letters, generic words aside) is in the label. */
static bool
heading_words_in(const char *heading, const char *label)
{
	const char *h = heading;

	while (*h)
	{
		const char *w;
		size_t		n,
					ln = strlen(label);
		long		at;

		while (*h && !((*h | 0x20) >= 'a' && (*h | 0x20) <= 'z'))
			h++;
		for (w = h; *h && ((*h | 0x20) >= 'a' && (*h | 0x20) <= 'z'); h++)
			;
		n = (size_t) (h - w);
		if (n < 3 || generic_word(w, n))
			continue;
		{
			char		word[64];

			if (n >= sizeof(word))
				return false;
			memcpy(word, w, n);
			word[n] = '\0';
			at = zf_find_ci(label, ln, word);
			if (at < 0)
				return false;
		}
	}
	return true;
}

/*
 * A subtotal names the heading it closes: "Total operating expenses" closes
 * the headings nested inside "Operating expenses:", "Cash generated by
 * operating activities" those inside "Operating:".
 */
static void
close_to_named(row_state *st, const char *label)
{
	int			d;

	for (d = st->depth; d > 0; d--)
		if (heading_words_in(((const char **) st->sec_names.data)[st->stack[d - 1]], label))
		{
			st->depth = d;
			return;
		}
}

/* Cash flow subtotals rarely say "Total": "Net cash provided by ...". */
static bool
subtotal_words(const char *label)
{
	size_t		n = strlen(label);

	if (zf_starts_with_ci(label, n, "net cash") || zf_starts_with_ci(label, n, "net increase") ||
		zf_starts_with_ci(label, n, "net decrease"))
		return true;
	return zf_starts_with_ci(label, n, "cash ") && zf_find_ci(label, n, " activities") >= 0;
}

/* "ASSETS": letters, all of them capitals. */
static bool
all_caps(const zf_tline *l)
{
	int			letters = 0,
				i;

	for (i = 0; i < l->n; i++)
	{
		if (l->p[i] >= 'a' && l->p[i] <= 'z')
			return false;
		letters += (l->p[i] >= 'A' && l->p[i] <= 'Z');
	}
	return letters >= 3;
}

static bool
has_lower(const char *p, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (p[i] >= 'a' && p[i] <= 'z')
			return true;
	return false;
}

static void
add_row(row_state *st, const zf_tline *lines, int j, const zf_column *cols, int K)
{
	const zf_tline *l = &lines[j];
	int			indent = l->indent,
				split = st->pending_lo,
				k;
	bool		prefix;
	zf_row	   *r;

	/* pending text up to its last "...:" line is a heading, the rest a label */
	for (k = st->pending_lo; k < st->pending_hi; k++)
		if (ends_with_colon(lines[k].p, lines[k].n))
			split = k + 1;
	if (split > st->pending_lo)
	{
		int			hi = st->pending_hi;

		st->pending_hi = split;
		open_heading(st, lines);
		st->pending_hi = hi;
	}
	prefix = st->pending_lo < st->pending_hi && st->pending_hi == j &&
		!(all_caps(&lines[st->pending_hi - 1]) && has_lower(l->p, l->label_end));
	if (!prefix)
		open_heading(st, lines);
	else
		indent = lines[st->pending_lo].indent;
	while (st->depth > 0 && leaves_heading(st, indent, false))
		st->depth--;
	r = zf_vec_push(st->a, &st->rows, sizeof(zf_row));
	r->line = j;
	r->label = prefix ? join_lines(st->a, lines, st->pending_lo, st->pending_hi, l->p, l->label_end)
		: zf_squeeze(st->a, l->p, l->label_end);
	clean_label(r->label);
	st->pending_lo = st->pending_hi;
	r->label_total = zf_starts_with_ci(r->label, strlen(r->label), "total") || subtotal_words(r->label);
	if (r->label_total)
		close_to_named(st, r->label);
	r->section_id = st->depth ? st->stack[st->depth - 1] : -1;
	r->section = r->section_id >= 0 ? ((const char **) st->sec_names.data)[r->section_id] : NULL;
	r->is_total = r->label_total || st->rule_above || (r->label[0] == '\0' && r->section != NULL);
	r->cells = zf_arena_alloc(st->a, sizeof(zf_cell *) * K);
	place_cells(l, cols, K, r->cells);
	st->rule_above = false;
	st->seen_data = true;
	/* a total closes the heading it totals */
	if (r->label_total || (r->label[0] == '\0' && r->section))
		if (st->depth > 0)
			st->depth--;
}

/* Appends a wrapped label's last line, printed under its numbers. */
static bool
label_suffix(row_state *st, const zf_tline *lines, int j, int hi)
{
	zf_row	   *last;
	const zf_tline *l = &lines[j];
	char	   *joined;

	if (st->rows.len == 0 || lines[j - 1].kind != TL_DATA || st->pending_lo < st->pending_hi)
		return false;
	if (j + 1 < hi && lines[j + 1].kind == TL_DATA)
		return false;			/* it starts the next row's label */
	if (ends_with_colon(l->p, l->n) || l->indent + 2 < lines[j - 1].indent)
		return false;
	/* a continuation is indented under the label or goes on in lower case */
	if (l->indent <= lines[j - 1].indent && !(l->p[l->indent] >= 'a' && l->p[l->indent] <= 'z'))
		return false;
	last = &((zf_row *) st->rows.data)[st->rows.len - 1];
	joined = zf_arena_alloc(st->a, strlen(last->label) + l->n + 2);
	strcpy(joined, last->label);
	strcat(joined, " ");
	strncat(joined, l->p, l->n);
	last->label = zf_squeeze(st->a, joined, strlen(joined));
	clean_label(last->label);
	return true;
}

static void
read_rows(zf_arena *a, const zf_tline *lines, int lo, int hi, const zf_column *cols, int K,
		  int colarea, zf_table *t)
{
	row_state	st;
	int			j;

	memset(&st, 0, sizeof(st));
	st.a = a;
	st.pending_lo = st.pending_hi = lo;
	for (j = lo; j < hi; j++)
	{
		const zf_tline *l = &lines[j];

		zf_tline_kind kind = l->kind;

		/* numbers left of every column ("10,000,000 shares") are label words */
		if (kind == TL_DATA && l->cells[0].end <= colarea)
			kind = TL_TEXT;
		switch (kind)
		{
			case TL_DATA:
				add_row(&st, lines, j, cols, K);
				break;
			case TL_TEXT:
				if (label_suffix(&st, lines, j, hi))
					break;
				if (st.pending_lo == st.pending_hi)
					st.pending_lo = j;
				if (st.pending_hi != j)
				{
					open_heading(&st, lines);	/* a gap: what was pending is a heading */
					st.pending_lo = j;
				}
				st.pending_hi = j + 1;
				break;
			case TL_RULE:
				open_heading(&st, lines);
				st.pending_lo = st.pending_hi = j + 1;
				if (st.seen_data)
					st.rule_above = (l->rule_char == '-');
				break;
			default:
				open_heading(&st, lines);
				st.pending_lo = st.pending_hi = j + 1;
				break;
		}
	}
	t->rows = st.rows.data;
	t->nrows = (int) st.rows.len;
	t->section_parent = st.sec_parent.data;
}

/* ---- periods -------------------------------------------------------------------- */

static bool
month_end(zf_date d)
{
	return d.d == zf_days_in_month(d.y, d.m);
}

/* First day of a period of `months` ending on `end`. */
static zf_date
period_start(zf_date end, int months)
{
	zf_date		s;

	if (month_end(end))
	{
		int			m = end.y * 12 + (end.m - 1) - (months - 1);

		s.y = m / 12;
		s.m = m % 12 + 1;
		s.d = 1;
		return s;
	}
	if (end.d <= 7 || end.d >= zf_days_in_month(end.y, end.m) - 6)
		return zf_date_add_days(end, -(months / 3) * 91 + 1);	/* 52/53-week quarters */
	{
		int			m = end.y * 12 + (end.m - 1) - months;

		s.y = m / 12;
		s.m = m % 12 + 1;
		s.d = end.d <= zf_days_in_month(s.y, s.m) ? end.d : zf_days_in_month(s.y, s.m);
		return zf_date_add_days(s, 1);
	}
}

/* Months from the fiscal year's start to end, or 0 when unknown. */
static int
fiscal_ytd_months(const zf_fiscal *fiscal, zf_date end)
{
	zf_date		fye;
	int			days;

	if (fiscal->fye_month == 0 || end.y == 0)
		return 0;
	fye.y = end.y;
	fye.m = fiscal->fye_month;
	fye.d = fiscal->fye_day <= zf_days_in_month(fye.y, fye.m) ? fiscal->fye_day : zf_days_in_month(fye.y, fye.m);
	if (zf_date_to_pg(fye) >= zf_date_to_pg(end))
	{
		fye.y--;
		if (fye.d > zf_days_in_month(fye.y, fye.m))
			fye.d = zf_days_in_month(fye.y, fye.m);
	}
	days = zf_date_to_pg(end) - zf_date_to_pg(fye);
	return (int) ((days + 15) / 30.4375);
}

/*
 * A year-to-date column must cover the fiscal year so far: a column headed
 * "Six Months" that ends nine months into the fiscal year is nine months,
 * whatever the header says, and the header is worth a diagnostic.
 */
static void
check_calendar(zf_engine *e, const zf_table *t, zf_column *col, int c)
{
	int			ytd = fiscal_ytd_months(&e->doc_fiscal, col->end);

	if ((col->header_months != 6 && col->header_months != 9) || ytd == col->header_months ||
		(ytd != 3 && ytd != 6 && ytd != 9 && ytd != 12))
		return;
	col->months = ytd;
	zf_diag(e->a, &e->diags, ZF_SEV_WARNING, "header_calendar", t->header_line_no,
			"table %d column %d is headed \"%s\", but it ends %04d-%02d-%02d, %d months into the fiscal year "
			"that ends on %02d-%02d (from %s); reported as months = %d",
			t->table_no, c + 1, col->header ? col->header : "", col->end.y, col->end.m, col->end.d,
			ytd, e->doc_fiscal.fye_month, e->doc_fiscal.fye_day, e->doc_fiscal.source, ytd);
}

/*
 * A statement of operations whose column names only its closing date runs
 * from the start of the fiscal year: that is what an undated duration means
 * in a periodic report.  Said once per column, as an inference.
 */
static void
infer_duration(zf_engine *e, const zf_table *t, zf_column *col, int c)
{
	const zf_fiscal *fiscal = e->doc_fiscal.fye_month ? &e->doc_fiscal : &e->fiscal;
	int			ytd = fiscal_ytd_months(fiscal, col->end);

	if (ytd != 3 && ytd != 6 && ytd != 9 && ytd != 12)
		return;
	col->months = ytd;
	zf_diag(e->a, &e->diags, ZF_SEV_INFO, "period_inferred", t->header_line_no,
			"table %d column %d names no duration; ending %04d-%02d-%02d, %d months into the fiscal year "
			"that ends on %02d-%02d (from %s), it is read as %d months",
			t->table_no, c + 1, col->end.y, col->end.m, col->end.d, ytd,
			fiscal->fye_month, fiscal->fye_day, fiscal->source, ytd);
}

static void
resolve_periods(zf_engine *e, zf_table *t)
{
	const zf_fiscal *fiscal = &e->fiscal;
	int			c;

	for (c = 0; c < t->ncols; c++)
	{
		zf_column  *col = &t->cols[c];

		if (col->end.y && col->end.m == 0)
		{
			/* a bare year: the fiscal year that ends in it, unless a quarter of it */
			if (fiscal->fye_month && (col->header_months == 0 || col->header_months == 12))
			{
				col->end.m = fiscal->fye_month;
				col->end.d = fiscal->fye_day <= zf_days_in_month(col->end.y, col->end.m)
					? fiscal->fye_day : zf_days_in_month(col->end.y, col->end.m);
				if (col->months == 0 && t->statement != ZF_ST_BALANCE_SHEET)
					col->months = 12;
			}
			else
				col->end.y = 0;
		}
		if (col->is_change || t->statement == ZF_ST_EQUITY)
		{
			col->months = 0;
			col->start.y = 0;
			if (col->is_change)
				col->end.y = 0;
			continue;
		}
		if (t->statement == ZF_ST_BALANCE_SHEET)
		{
			col->months = 0;
			col->start.y = 0;
			continue;
		}
		if (col->start.y && col->end.y && col->months == 0)
		{
			int			days = zf_date_to_pg(col->end) - zf_date_to_pg(col->start) + 1;

			col->months = (int) ((days + 15) / 30.4375);
			continue;
		}
		if (col->end.y && (t->statement == ZF_ST_INCOME_STATEMENT || t->statement == ZF_ST_CASH_FLOW))
		{
			check_calendar(e, t, col, c);
			if (col->months == 0)
				infer_duration(e, t, col, c);
		}
		if (col->months && col->end.y)
			col->start = period_start(col->end, col->months);
	}
}

/* The prior fiscal year end a balance sheet compares with. */
static void
learn_fiscal_year(zf_engine *e, const zf_table *t, const zf_tline *lines)
{
	zf_date		early = {0, 0, 0},
				late = {0, 0, 0};
	int			c;

	if (e->doc_fiscal.fye_month || t->statement != ZF_ST_BALANCE_SHEET)
		return;
	for (c = 0; c < t->ncols; c++)
	{
		zf_date		d = t->cols[c].end;

		if (d.y == 0 || d.m == 0)
			continue;
		if (early.y == 0 || zf_date_to_pg(d) < zf_date_to_pg(early))
			early = d;
		if (late.y == 0 || zf_date_to_pg(d) > zf_date_to_pg(late))
			late = d;
	}
	/* same month and day a year apart says nothing about an interim calendar */
	if (early.y == 0 || (early.m == late.m && early.d == late.d))
		return;
	e->doc_fiscal.fye_month = early.m;
	e->doc_fiscal.fye_day = early.d;
	e->doc_fiscal.source = "the balance sheet's comparative date";
	e->doc_fiscal.source_line = t->nrows ? lines[t->rows[0].line].no : 0;
	if (!e->header_fiscal)
		e->fiscal = e->doc_fiscal;
}

/* ---- items ----------------------------------------------------------------------- */

static bool
table_has_dollars(const zf_table *t)
{
	int			r,
				c;

	for (r = 0; r < t->nrows; r++)
		for (c = 0; c < t->ncols; c++)
			if (t->rows[r].cells[c] && strchr(t->rows[r].cells[c]->raw, '$'))
				return true;
	return false;
}

static void
assign_concepts(zf_table *t)
{
	zf_row_words w;
	const char *section = NULL;
	int			section_scale = zf_label_scale(NULL),
				r,
				bare_totals = 0;

	zf_row_words_section(NULL, &w);
	for (r = 0; r < t->nrows; r++)
	{
		zf_row	   *row = &t->rows[r];
		bool		bare;
		int			label_scale;

		/* rows under one heading share it: its words and scale are read once */
		if (row->section != section)
		{
			section = row->section;
			zf_row_words_section(section, &w);
			section_scale = zf_label_scale(section);
		}
		zf_row_words_label(row->label, &w);
		row->unit = zf_row_unit(&w);
		/* "(in thousands)" in a row's label or its heading beats the table's */
		label_scale = zf_label_scale(row->label);
		if (label_scale < 0)
			label_scale = section_scale;
		if (row->unit == ZF_UNIT_USD)
			row->scale_exp = label_scale >= 0 ? label_scale : t->head.scale_exp;
		else if (row->unit == ZF_UNIT_SHARES)
			row->scale_exp = label_scale >= 0 ? label_scale : t->head.shares_unscaled ? 0 : t->head.scale_exp;
		row->concept = zf_concept_for(t->statement, &w, row->unit, &bare);
		/* a balance sheet's bare "TOTAL" rows: assets first, then liabilities and equity */
		if (bare && t->statement == ZF_ST_BALANCE_SHEET && row->section == NULL)
			row->concept = bare_totals++ == 0 ? "Assets" : "LiabilitiesAndStockholdersEquity";
	}
}

static void
emit_items(zf_engine *e, zf_table *t, const zf_tline *lines)
{
	bool		dollars = table_has_dollars(t);
	int			r,
				c;

	t->first_item = (int) e->items.len;
	for (r = 0; r < t->nrows; r++)
	{
		const zf_row *row = &t->rows[r];

		for (c = 0; c < t->ncols; c++)
		{
			const zf_cell *cell = row->cells[c];
			const zf_column *col = &t->cols[c];
			zf_line_item *li;
			int			scale;
			char	   *value;

			if (cell == NULL)
				continue;
			li = zf_vec_push(e->a, &e->items, sizeof(zf_line_item));
			li->table_no = t->table_no;
			li->row_no = r + 1;
			li->col_no = c + 1;
			li->statement = t->statement;
			li->title = t->head.title;
			li->audited = t->head.audited;
			li->section = row->section;
			li->label = row->label[0] ? row->label : NULL;
			li->unit = row->unit;
			if (cell->percent || col->is_percent)
				li->unit = ZF_UNIT_PERCENT;
			else if (li->unit == ZF_UNIT_USD && !dollars && t->head.scale_exp == 0 &&
					 t->statement == ZF_ST_OTHER)
				li->unit = ZF_UNIT_NUMBER;
			li->concept = li->unit == row->unit ? row->concept : NULL;
			scale = li->unit == row->unit ? row->scale_exp : 0;
			li->scale_exp = scale;
			value = zf_arena_alloc(e->a, strlen(cell->num) + scale + 2);
			zf_decimal_shift(cell->num, scale, value);
			li->value = value;
			li->raw = cell->raw;
			li->period_start = col->start;
			li->period_end = col->end;
			li->months = col->months;
			li->is_total = row->is_total;
			li->is_change = col->is_change;
			li->doc_seq = e->doc_seq;
			li->line_no = lines[row->line].no;
		}
	}
	t->nitems = (int) e->items.len - t->first_item;
}

/* ---- one table -------------------------------------------------------------------- */

static bool
has_change_column(const zf_table *t)
{
	int			c;

	for (c = 0; c < t->ncols; c++)
		if (t->cols[c].is_change)
			return true;
	return false;
}

static bool
build_table(zf_engine *e, const zf_tline *lines, int floor, int lo, int hi,
			const zf_table *prev, zf_table *t)
{
	zf_vec		data = {0};
	table_span	sp;
	int			i,
				colarea = 1 << 30;
	const char **labels;

	memset(t, 0, sizeof(*t));
	for (i = lo; i < hi; i++)
		if (lines[i].kind == TL_DATA)
			*(int *) zf_vec_push(e->a, &data, sizeof(int)) = i;
	if (data.len == 0)
		return false;
	t->ncols = find_columns(e->a, lines, data.data, (int) data.len, &t->cols);
	for (i = 0; i < t->ncols; i++)
		if (t->cols[i].lo < colarea)
			colarea = t->cols[i].lo;
	find_span(lines, floor, ((int *) data.data)[0], colarea, &sp);
	if (sp.body_lo < lo)
		lo = sp.body_lo;
	zf_read_head(e->a, lines, sp.title_lo, sp.hdr_hi, colarea, &t->head);
	read_rows(e->a, lines, lo, hi, t->cols, t->ncols, colarea, t);
	if (t->nrows == 0)
		return false;
	/* widen column extents over every placed cell before reading headers */
	for (i = 0; i < t->nrows; i++)
	{
		int			c;

		for (c = 0; c < t->ncols; c++)
		{
			const zf_cell *cell = t->rows[i].cells[c];

			if (cell && cell->start < t->cols[c].lo)
				t->cols[c].lo = cell->start;
			if (cell && cell->end > t->cols[c].hi)
				t->cols[c].hi = cell->end;
		}
	}
	zf_read_columns(e->a, lines, sp.hdr_lo, sp.hdr_hi, t->cols, t->ncols, &t->head);
	/*
	 * The title decides; without one the rows may, unless the table compares
	 * periods in a change column: that is a discussion's summary, not a statement.
	 */
	t->statement = zf_classify_statement(t->head.text, NULL, 0);
	if (t->statement == ZF_ST_OTHER && !has_change_column(t))
	{
		labels = zf_arena_alloc(e->a, sizeof(char *) * t->nrows);
		for (i = 0; i < t->nrows; i++)
			labels[i] = t->rows[i].label;
		t->statement = zf_classify_statement(NULL, labels, t->nrows);
	}
	/*
	 * A table with no column header of its own, right after one with as many
	 * columns, is that table continued (past a page break or a long wrapped
	 * label): it keeps its title, scale and periods.
	 */
	if (prev && sp.hdr_lo == sp.hdr_hi && prev->ncols == t->ncols && sp.title_lo - prev->last_line <= 15)
	{
		int			c;

		t->head = prev->head;
		t->statement = prev->statement;
		for (c = 0; c < t->ncols; c++)
		{
			zf_column  *col = &t->cols[c];
			const zf_column *pc = &prev->cols[c];

			col->header = pc->header;
			col->start = pc->start;
			col->end = pc->end;
			col->months = pc->months;
			col->header_months = pc->header_months;
			col->is_change = pc->is_change;
			col->is_percent = pc->is_percent;
		}
	}
	t->last_line = hi;
	t->header_line_no = lines[sp.hdr_lo < hi ? sp.hdr_lo : lo].no;
	return true;
}

void
zf_tables_in_document(zf_engine *e, const char *s, size_t n, int first_no, int max_lines)
{
	int			nl,
				i = 0,
				floor = 0,
				k;
	zf_tline   *lines = zf_classify_lines(e->a, s, n, first_no, max_lines, &nl);
	zf_vec		tables = {0};
	bool	   *used = zf_arena_alloc(e->a, (size_t) nl + 1);

	/* a document's own balance sheet is the only proof of its calendar */
	memset(&e->doc_fiscal, 0, sizeof(e->doc_fiscal));
	while (i < nl)
	{
		int			lo,
					hi;
		zf_table	t;
		const zf_table *prev = tables.len ? &((zf_table *) tables.data)[tables.len - 1] : NULL;

		zf_host_check_interrupts();
		if (lines[i].kind == TL_TABLE_OPEN)
		{
			lo = i + 1;
			for (hi = lo; hi < nl && lines[hi].kind != TL_TABLE_CLOSE && lines[hi].kind != TL_TABLE_OPEN; hi++)
				;
		}
		else if (lines[i].kind == TL_DATA)
		{
			lo = i;
			hi = untagged_run_end(lines, i, nl);
			if (hi - lo < 2 || (hi - lo == 2 && lines[lo + 1].kind != TL_DATA))
			{
				i++;
				continue;		/* one line of numbers is not a table */
			}
		}
		else
		{
			i++;
			continue;
		}
		if (build_table(e, lines, floor, lo, hi, prev, &t))
		{
			int			r;

			t.table_no = ++e->table_no;
			*(zf_table *) zf_vec_push(e->a, &tables, sizeof(zf_table)) = t;
			for (r = 0; r < t.nrows; r++)
				used[t.rows[r].line] = true;
		}
		floor = hi;
		i = hi > i ? hi : i + 1;
	}
	for (k = 0; k < (int) tables.len; k++)
		learn_fiscal_year(e, &((zf_table *) tables.data)[k], lines);
	for (k = 0; k < (int) tables.len; k++)
	{
		zf_table   *t = &((zf_table *) tables.data)[k];

		resolve_periods(e, t);
		assign_concepts(t);
	}
	zf_infer_scale(e, tables.data, (int) tables.len);
	for (k = 0; k < (int) tables.len; k++)
	{
		zf_table   *t = &((zf_table *) tables.data)[k];

		emit_items(e, t, lines);
		zf_foot_table(e, t, lines);
	}
	for (i = 0; i < nl; i++)
		if (lines[i].kind == TL_DATA && !used[i] && lines[i].ncells >= 2 && lines[i].label_end > 0)
			zf_diag(e->a, &e->diags, ZF_SEV_WARNING, "unplaced_row", lines[i].no,
					"a line of %d numbers outside any table was not read as line items",
					lines[i].ncells);
}
