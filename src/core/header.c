/*
 * header.c — what the lines above a table say: its title, scale and audit
 * status, and for each column the period it covers.
 *
 * Column headers are stacked words ("Three Months Ending" over a rule over
 * "9/30/03"); each text group is placed over the columns it spans (the rule
 * under a spanning header gives its exact reach) and the words over each
 * column are joined top to bottom, so "Mar 31," over "2004" reads
 * "Mar 31, 2004" and a date parser does the rest.
 */
#include <string.h>

#include "table_internal.h"

#define MAX_GROUPS 64

static bool
contains(const char *hay, const char *needle)
{
	return hay && zf_find_ci(hay, strlen(hay), needle) >= 0;
}

/* The last full date in s; *first gets the first one, *count how many. */
zf_date
zf_find_date_in(const char *s, zf_date *first, int *count)
{
	zf_date		last = {0, 0, 0};
	size_t		n = strlen(s),
				i = 0;

	*count = 0;
	while (i < n)
	{
		zf_date		d;
		size_t		k;

		if (!zf_is_alnum((unsigned char) s[i]) || (i > 0 && zf_is_alnum((unsigned char) s[i - 1])))
		{
			i++;
			continue;
		}
		k = zf_scan_date(s + i, n - i, &d);
		if (k == 0)
		{
			i++;
			continue;
		}
		if ((*count)++ == 0)
			*first = d;
		last = d;
		i += k;
	}
	return last;
}

/* "December 2003", "Dec. 2003": the month's last day. */
static zf_date
month_year_in(const char *s)
{
	zf_date		r = {0, 0, 0};
	size_t		n = strlen(s),
				i;

	for (i = 0; i < n; i++)
	{
		size_t		len,
					j;
		int			m,
					y = 0,
					digits = 0;

		if (!zf_is_alnum((unsigned char) s[i]) || (i > 0 && zf_is_alnum((unsigned char) s[i - 1])))
			continue;
		m = zf_month_name(s + i, n - i, &len);
		if (m == 0)
			continue;
		j = i + len;
		while (j < n && (s[j] == '.' || s[j] == ',' || s[j] == ' '))
			j++;
		while (j < n && s[j] >= '0' && s[j] <= '9' && digits < 5)
			y = y * 10 + (s[j++] - '0'), digits++;
		if (digits == 4 && y >= 1900 && y <= 2099 && (j >= n || !zf_is_alnum((unsigned char) s[j])))
		{
			r.y = y;
			r.m = m;
			r.d = zf_days_in_month(y, m);
		}
	}
	return r;
}

/* The last four-digit year standing alone in s, or 0. */
static int
year_in(const char *s)
{
	size_t		n = strlen(s),
				i;
	int			y = 0;

	for (i = 0; i + 4 <= n; i++)
	{
		if ((i > 0 && zf_is_alnum((unsigned char) s[i - 1])) ||
			(i + 4 < n && zf_is_alnum((unsigned char) s[i + 4])))
			continue;
		if (s[i] >= '1' && s[i] <= '2' && s[i + 1] >= '0' && s[i + 1] <= '9' &&
			s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9')
		{
			int			v = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');

			if (v >= 1900 && v <= 2099)
				y = v;
		}
	}
	return y;
}

int
zf_duration_months(const char *s)
{
	/* the earliest phrase decides; at one place, the first listed */
	static const char *const words[] = {
		"three month", "3 month", "three-month", "3-month", "quarter", "13 week",
		"thirteen week", "twelve week", "12 week", "six month", "6 month", "six-month",
		"6-month", "26 week", "twenty-six week", "twenty six week", "nine month", "9 month",
		"nine-month", "9-month", "39 week", "thirty-nine week", "forty week", "40 week",
		"twelve month", "12 month", "twelve-month", "12-month", "year ended", "years ended",
		"year ending", "years ending", "fiscal year", "52 week", "53 week", "fifty-two week",
		"fifty-three week", "year to date", "year-to-date",
		NULL
	};
	static const int months[] = {
		3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 6, 6, 6, 6, 6, 9, 9, 9, 9, 9, 9, 9, 9, 12, 12, 12,
		12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 0, 0
	};
	int			k;

	return zf_find_any_ci(s, strlen(s), words, &k) >= 0 ? months[k] : 0;
}

/* Whether text holds any of the NULL-terminated phrases, ignoring case. */
static bool
contains_any(const char *text, const char *const *phrases)
{
	return text && zf_find_any_ci(text, strlen(text), phrases, NULL) >= 0;
}

static int
scale_of(const char *text, bool *shares_unscaled)
{
	/* bits 0-3 shares unscaled, 4-5 billions, 6-8 millions, 9-16 thousands */
	static const char *const words[] = {
		"except share", "except for share", "except number of shares", "except shares",
		"in billions", "billions of",
		"in millions", "millions of", "(millions",
		"thousand", "000's omitted", "000s omitted", "000 omitted", "(000)", "$000", "(000's)",
		"in 000",
		NULL
	};
	uint64_t	found = text ? zf_which_ci(text, strlen(text), words) : 0;

	*shares_unscaled = (found & 0xF) != 0;
	if (found & (3 << 4))
		return 9;
	if (found & (7 << 6))
		return 6;
	if (found & (0xFF << 9))
		return 3;
	return 0;
}

static bool
has_statement_words(const char *t)
{
	static const char *const words[] = {
		"balance sheet", "statement", "financial position", "financial condition",
		"operations", "income", "earnings", "cash flow", "stockholders' equity",
		"shareholders' equity", "results", NULL
	};

	return contains_any(t, words);
}

/* Squeezed text of a line's groups left of (or over) the columns. */
static char *
line_part(zf_arena *a, const zf_tline *l, int colarea, bool over_columns)
{
	zf_group	g[MAX_GROUPS];
	int			ng = zf_text_groups(l, g, MAX_GROUPS),
				i,
				lo = -1,
				hi = -1;

	for (i = 0; i < ng; i++)
		if ((g[i].start >= colarea - 12) == over_columns)
		{
			if (lo < 0)
				lo = g[i].start;
			hi = g[i].end;
		}
	return lo < 0 ? NULL : zf_squeeze(a, l->p + lo, hi - lo);
}

static char *
join_parts(zf_arena *a, char **parts, int n)
{
	size_t		len = 1,
				o = 0;
	char	   *out;
	int			k;

	for (k = 0; k < n; k++)
		len += strlen(parts[k]) + 1;
	out = zf_arena_alloc(a, len);
	for (k = 0; k < n; k++)
	{
		size_t		pl = strlen(parts[k]);

		memcpy(out + o, parts[k], pl);
		o += pl;
		out[o++] = ' ';
	}
	out[o] = '\0';
	return out;
}

/*
 * Title, scale and audit status from the lines above a table.  Words left
 * of the columns (the title block, "(in 000s, except share data)" wrapped
 * beside the column headers) are read apart from the words over the columns,
 * so a phrase broken across lines by column headers reads whole again.
 */
/* "Statements of Operations", "Balance Sheets": a title, not a heading. */
static bool
names_statement(const char *t)
{
	static const char *const words[] = {
		"statements of", "statement of", "balance sheet", "cash flow", "financial position",
		"financial condition", NULL
	};

	return contains_any(t, words);
}

void
zf_read_head(zf_arena *a, const zf_tline *lines, int from, int to, int colarea, zf_table_head *head)
{
	zf_vec		title = {0},
				over = {0};
	int			i,
				count;
	zf_date		first;
	char	   *fallback = NULL;
	char	   *parts[2];
	bool		title_names_statement = false;

	memset(head, 0, sizeof(*head));
	head->audited = -1;
	for (i = from; i < to; i++)
	{
		const zf_tline *l = &lines[i];
		char	   *t,
				   *o;

		if (l->kind != TL_TEXT && l->kind != TL_YEARS && l->kind != TL_DATA)
			continue;
		t = line_part(a, l, colarea, false);
		o = line_part(a, l, colarea, true);
		if (t && *t)
		{
			/* a line naming a statement is the title; until one does, any statement words */
			if (!title_names_statement && strlen(t) < 120 && has_statement_words(t))
			{
				head->title = t;
				title_names_statement = names_statement(t);
			}
			if (fallback == NULL && l->kind == TL_TEXT)
				fallback = t;
			*(char **) zf_vec_push(a, &title, sizeof(char *)) = t;
		}
		if (o && *o)
			*(char **) zf_vec_push(a, &over, sizeof(char *)) = o;
	}
	if (head->title == NULL)
		head->title = fallback;
	parts[0] = join_parts(a, title.data, (int) title.len);
	parts[1] = join_parts(a, over.data, (int) over.len);
	head->text = join_parts(a, parts, 2);
	head->title_text = parts[0];
	head->scale_exp = scale_of(head->text, &head->shares_unscaled);
	if (contains(head->text, "unaudited"))
		head->audited = 0;
	else if (contains(head->text, "audited"))
		head->audited = 1;
	head->title_date = zf_find_date_in(parts[0], &first, &count);
	if (count)
		head->title_first = first;
}

/* Rule runs on the line right under a header line give spanning extents. */
static bool
rule_span(const zf_tline *rule, int gs, int ge, int colarea, int *rs, int *re)
{
	int			i = 0;

	if (rule == NULL || rule->kind != TL_RULE)
		return false;
	while (i < rule->n)
	{
		int			s;

		while (i < rule->n && rule->p[i] == ' ')
			i++;
		s = i;
		while (i < rule->n && rule->p[i] != ' ')
			i++;
		/* wider than the words: it shows their reach; as wide: an underline */
		if (i > s && s < ge && i > gs && s >= colarea - 2 && (s < gs - 2 || i > ge + 2))
		{
			*rs = s;
			*re = i;
			return true;
		}
	}
	return false;
}

static void
append(zf_arena *a, char **dst, const char *p, int n)
{
	size_t		old = *dst ? strlen(*dst) : 0;
	char	   *out = zf_arena_alloc(a, old + n + 2);

	if (old)
	{
		memcpy(out, *dst, old);
		/* "Septem-" over "ber 30," is one word */
		if (old >= 2 && out[old - 1] == '-' && out[old - 2] >= 'A' && n > 0 && p[0] >= 'a' && p[0] <= 'z')
			old--;
		else
			out[old++] = ' ';
	}
	memcpy(out + old, p, n);
	out[old + n] = '\0';
	*dst = out;
}

static int
abs_int(int x)
{
	return x < 0 ? -x : x;
}

static int
distance_to(int x, zf_group g)
{
	return x < g.start ? g.start - x : x >= g.end ? x - g.end + 1 : 0;
}

/* Words that say which period, not which column: they may span several. */
static bool
spreads(const char *p, int n)
{
	int			i;

	for (i = 0; i + 4 <= n; i++)
		if (p[i] >= '1' && p[i] <= '2' && p[i + 1] >= '0' && p[i + 1] <= '9' &&
			p[i + 2] >= '0' && p[i + 2] <= '9' && p[i + 3] >= '0' && p[i + 3] <= '9')
			return false;		/* a year names one column */
	return true;
}

/*
 * Whether another period phrase on a neighbouring header line claims the
 * column: the nearest group to it there spreads too, does not stand over g
 * and is nearer to the column than g is.  "Twelve Months" on one line does not take a column that "Three Months
 * Ended" on the next line stands over.
 */
static bool
claimed_elsewhere(const zf_tline *nb, const zf_group *gs, int ng, int center, zf_group g, int colarea)
{
	int			k,
				best = -1,
				best_d = 1 << 30;

	if (nb == NULL)
		return false;
	for (k = 0; k < ng; k++)
		if (gs[k].end > colarea - 1 && distance_to(center, gs[k]) < best_d)
		{
			best_d = distance_to(center, gs[k]);
			best = k;
		}
	return best >= 0 && spreads(nb->p + gs[best].start, gs[best].end - gs[best].start) &&
		(gs[best].end <= g.start || gs[best].start >= g.end) && best_d < distance_to(center, g);
}

/*
 * The columns a period phrase ("Three Months Ended", "June 30,") stands
 * over: taken nearest first, as long as the phrase stays centred over the
 * columns taken, each column is nearer to it than to any other group of the
 * line, none is farther off than the phrase is wide, and no other period
 * phrase above or below claims it.
 */
static void
spread_over(const zf_column *cols, int ncols, const zf_group *gs, int ng, int gi, int colarea,
			const zf_tline *above, const zf_tline *below, bool *take)
{
	zf_group	g = gs[gi];
	int			gc2 = g.start + g.end,	/* twice the centre */
				width = g.end - g.start,
				reach = width > 10 ? width : 10,
				slack2 = width / 2 > 6 ? width / 2 : 6,	/* twice the allowed off-centre */
				lo = 1 << 30,
				hi = -1,
				c,
				k;
	zf_group	ga[MAX_GROUPS],
				gb[MAX_GROUPS];
	/* the lines above and below, cut into groups once for every column tried */
	int			nga = above ? zf_text_groups(above, ga, MAX_GROUPS) : 0,
				ngb = below ? zf_text_groups(below, gb, MAX_GROUPS) : 0;

	for (c = 0; c < ncols; c++)
		take[c] = false;
	for (;;)
	{
		int			best = -1,
					best_d = 1 << 30;

		for (c = 0; c < ncols; c++)
		{
			int			center = (cols[c].lo + cols[c].hi) / 2,
						d = abs_int(2 * center - gc2);
			bool		ok = !take[c] && distance_to(center, g) <= reach &&
				!claimed_elsewhere(above, ga, nga, center, g, colarea) &&
				!claimed_elsewhere(below, gb, ngb, center, g, colarea);

			for (k = 0; k < ng && ok; k++)
				if (k != gi && gs[k].end > colarea - 1 && distance_to(center, gs[k]) < distance_to(center, g))
					ok = false;
			if (ok && d < best_d)
			{
				best_d = d;
				best = c;
			}
		}
		if (best < 0)
			return;
		{
			int			center = (cols[best].lo + cols[best].hi) / 2,
						nlo = center < lo ? center : lo,
						nhi = center > hi ? center : hi;

			if (hi >= 0 && abs_int(nlo + nhi - gc2) > slack2)
				return;
			lo = nlo;
			hi = nhi;
			take[best] = true;
		}
	}
}

/*
 * Places one header group over the columns it spans: exactly the columns
 * under a rule printed wider than it beneath it; else, for words that name
 * a period rather than one column, the columns it is centred over; else
 * the columns it overlaps, or the nearest one.
 */
static void
place_group(zf_arena *a, zf_column *cols, int ncols, const zf_tline *l, const zf_tline *above,
			const zf_tline *below, const zf_group *gs, int ng, int gi, int colarea)
{
	zf_group	g = gs[gi];
	int			lo = 0,
				hi = 0,
				c,
				placed = 0,
				best = -1,
				best_d = 1 << 30;
	bool		ruled = rule_span(below, g.start, g.end, colarea, &lo, &hi);
	bool		take[64];

	if (!ruled && spreads(l->p + g.start, g.end - g.start) && ncols <= 64)
		spread_over(cols, ncols, gs, ng, gi, colarea, above, below && below->kind != TL_RULE ? below : NULL, take);
	else
		for (c = 0; c < ncols && c < 64; c++)
		{
			int			center = (cols[c].lo + cols[c].hi) / 2;
			int			s = ruled ? lo : g.start,
						e = ruled ? hi : g.end;

			take[c] = cols[c].hi > s - 1 && cols[c].lo < e + 1 && center >= s - 3 && center <= e + 3;
		}
	for (c = 0; c < ncols && c < 64; c++)
	{
		int			d = distance_to((cols[c].lo + cols[c].hi) / 2, g);

		if (take[c])
		{
			append(a, &cols[c].header, l->p + g.start, g.end - g.start);
			placed++;
		}
		if (d < best_d)
		{
			best_d = d;
			best = c;
		}
	}
	if (placed == 0 && best >= 0)
		append(a, &cols[best].header, l->p + g.start, g.end - g.start);
}

static void
resolve_column(zf_column *col, const zf_table_head *head)
{
	static const char *const change_words[] = {
		"change", "variance", "increase", "decrease", "inc (dec)", "inc/(dec)", "difference", NULL
	};
	const char *h = col->header ? col->header : "";
	zf_date		first = {0, 0, 0},
				end;
	int			count;

	col->is_percent = contains(h, "%") || contains(h, "percent");
	col->is_change = contains_any(h, change_words);
	col->header_months = zf_duration_months(h);
	end = zf_find_date_in(h, &first, &count);
	if (end.y == 0)
		end = month_year_in(h);
	if (end.y == 0)
	{
		int			y = year_in(h);

		/* "1997" under a title "December 31, 1997 and 1996" */
		if (y && head->title_date.y)
		{
			end.y = y;
			end.m = head->title_date.m;
			end.d = head->title_date.d;
			if (!zf_date_valid(end.y, end.m, end.d))
				end.d = zf_days_in_month(end.y, end.m);
		}
		else if (y)
		{
			end.y = y;			/* year only: resolved against the fiscal year end */
			end.m = 0;
		}
	}
	if (count >= 2 && first.y && zf_date_to_pg(first) < zf_date_to_pg(end) &&
		col->header_months == 0)
		col->start = first;		/* "period from March 1, 1996 through December 31, 1997" */
	col->end = end;
	col->months = col->header_months;
}

/*
 * When every column that names a duration names the same one, a dated
 * column without one shares it: "Six Months Ended" printed over only the
 * first of two date columns still heads both.
 */
static void
fill_durations(zf_column *cols, int ncols)
{
	int			c,
				months = 0;

	for (c = 0; c < ncols; c++)
	{
		if (cols[c].header_months == 0 || cols[c].is_change || cols[c].is_percent)
			continue;
		if (months && months != cols[c].header_months)
			return;
		months = cols[c].header_months;
	}
	for (c = 0; c < ncols && months; c++)
		if (cols[c].header_months == 0 && cols[c].end.y && cols[c].start.y == 0 &&
			!cols[c].is_change && !cols[c].is_percent)
			cols[c].header_months = cols[c].months = months;
}

/*
 * "Statements of Operations, Year Ended December 31, 1997" over columns
 * headed only by their dates: the title's duration is theirs.  A title that
 * also speaks of a period from inception gives it only to the column of its
 * own date.
 */
static void
title_duration(zf_column *cols, int ncols, const zf_table_head *head)
{
	static const char *const partial_words[] = {"period from", "inception", "through", NULL};
	const char *t = head->title_text;
	int			months = t ? zf_duration_months(t) : 0,
				c;
	bool		partial = contains_any(t, partial_words);

	if (months == 0)
		return;
	for (c = 0; c < ncols; c++)
	{
		zf_column  *col = &cols[c];

		if (col->header_months || col->start.y || col->end.y == 0 || col->is_change || col->is_percent)
			continue;
		if (partial && !(col->end.y == head->title_first.y && col->end.m == head->title_first.m &&
						 col->end.d == head->title_first.d))
			continue;
		col->header_months = col->months = months;
	}
}

void
zf_read_columns(zf_arena *a, const zf_tline *lines, int from, int to,
				zf_column *cols, int ncols, const zf_table_head *head)
{
	zf_group	groups[MAX_GROUPS];
	int			colarea = 1 << 30,
				i,
				c;

	for (c = 0; c < ncols; c++)
		if (cols[c].lo < colarea)
			colarea = cols[c].lo;
	for (i = from; i < to; i++)
	{
		const zf_tline *l = &lines[i];
		const zf_tline *below = NULL,
				   *above = NULL,
				   *next_text = NULL;
		int			ng,
					g,
					j;

		if (l->kind != TL_TEXT && l->kind != TL_YEARS)
			continue;
		for (j = i + 1; j < to && lines[j].kind == TL_BLANK; j++)
			;
		if (j < to)
			below = &lines[j];
		for (j = i + 1; j < to && lines[j].kind != TL_TEXT && lines[j].kind != TL_YEARS; j++)
			;
		if (j < to)
			next_text = &lines[j];
		for (j = i - 1; j >= from && lines[j].kind != TL_TEXT && lines[j].kind != TL_YEARS; j--)
			;
		if (j >= from)
			above = &lines[j];
		ng = zf_text_groups(l, groups, MAX_GROUPS);
		for (g = 0; g < ng; g++)
			if (groups[g].end > colarea + 1)	/* reaches over the columns */
				place_group(a, cols, ncols, l, above, below && below->kind == TL_RULE ? below : next_text,
							groups, ng, g, colarea);
	}
	for (c = 0; c < ncols; c++)
		resolve_column(&cols[c], head);
	fill_durations(cols, ncols);
	title_duration(cols, ncols, head);
}
