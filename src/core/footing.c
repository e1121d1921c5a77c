/*
 * footing.c — does the table add up?  Totals against the rows they total,
 * and the accounting identities between statement lines.
 *
 * Sums are exact: printed values are read as integers in units of 1/10000
 * of what the table prints, so nothing is lost to floating point.  A total
 * foots when it equals its block of rows (back to the previous total or the
 * heading it closes), or the previous total plus or minus that block, with
 * each row added or subtracted: statements print expenses as positive
 * numbers under a heading that says they are subtracted, so the signs are
 * searched rather than guessed from words.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "table_internal.h"

#define MAX_SIGNED_BLOCK 8		/* rows whose signs are searched */

void
zf_diag(zf_arena *a, zf_vec *diags, zf_severity sev, const char *code, int line_no,
		const char *fmt,...)
{
	zf_diagnostic *d = zf_vec_push(a, diags, sizeof(zf_diagnostic));
	char		buf[1024];
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	d->severity = sev;
	d->code = code;
	d->line_no = line_no;
	d->message = zf_arena_strndup(a, buf, strlen(buf));
}

static const char *
format_fixed(char *buf, size_t cap, int64_t v)
{
	int64_t		a = v < 0 ? -v : v;
	int64_t		whole = a / ZF_FIXED,
				frac = a % ZF_FIXED;

	if (frac == 0)
		snprintf(buf, cap, "%s%lld", v < 0 ? "-" : "", (long long) whole);
	else
	{
		int			digits = 4;

		while (frac % 10 == 0)
		{
			frac /= 10;
			digits--;
		}
		snprintf(buf, cap, "%s%lld.%0*lld", v < 0 ? "-" : "", (long long) whole, digits, (long long) frac);
	}
	return buf;
}

/* Percent and change columns do not add up down the page. */
static bool
money_column(const zf_table *t, int c)
{
	return !t->cols[c].is_change && !t->cols[c].is_percent;
}

/* The row's value in column c; missing cells count as zero. */
static bool
cell_fixed(const zf_row *r, int c, int64_t *v)
{
	*v = r->cells[c] ? r->cells[c]->fixed : 0;
	return r->cells[c] == NULL || r->cells[c]->fixed_ok;
}

static bool
within(const zf_table *t, int sec, int outer)
{
	while (sec >= 0)
	{
		if (sec == outer)
			return true;
		sec = t->section_parent[sec];
	}
	return false;
}

typedef struct footing
{
	int			block[MAX_SIGNED_BLOCK * 4];
	int			nblock;
	int			prev_total;		/* row index or -1 */
	bool		nested_detail;	/* rows of a nested heading with no subtotal */
} footing;

/*
 * The rows a total sums, walking up.  The total of a heading ("Total current
 * assets") sums the rows under that heading, where a nested heading that
 * closes with its own subtotal counts by that subtotal alone.  A running
 * total outside any heading ("Income before taxes") stops at the total
 * above it and foots as the rows between, with or without that total.
 */
/* A row of percentages is a ratio, not a part of any sum. */
static bool
percent_row(const zf_row *row, int ncols)
{
	int			c;

	for (c = 0; c < ncols; c++)
		if (row->cells[c])
			return row->cells[c]->percent;
	return false;
}

static void
gather_block(const zf_table *t, int r, const int *consumed_from, footing *f)
{
	const zf_row *total = &t->rows[r];
	int			q;

	f->nblock = 0;
	f->prev_total = -1;
	f->nested_detail = false;
	for (q = r - 1; q >= 0; q--)
	{
		const zf_row *row = &t->rows[q];

		if (percent_row(row, t->ncols))
			continue;
		if (total->section_id >= 0 && !within(t, row->section_id, total->section_id))
			return;
		/*
		 * Outside any heading, a total stops at the total above it of its own
		 * level, and a running total with no "Total" in its label ("Income
		 * before taxes") at any total.  Under a heading, every total above is
		 * a part ("Net loans receivable" in "Total assets").
		 */
		if (row->is_total && total->section_id < 0 &&
			(row->section_id < 0 || !total->label_total))
		{
			f->prev_total = q;
			return;
		}
		if (f->nblock == (int) (sizeof(f->block) / sizeof(f->block[0])))
		{
			f->nblock = 0;		/* too long to be one block */
			return;
		}
		f->block[f->nblock++] = q;
		if (!row->is_total && row->section_id != total->section_id)
			f->nested_detail = true;
		/* a subtotal inside the heading stands for the rows it sums */
		if (row->is_total && consumed_from[q] >= 0)
			q = consumed_from[q];
	}
}

/* Largest |difference| over the columns for one choice of signs. */
static int64_t
worst_difference(const zf_table *t, int r, const footing *f, int k, bool use_prev, unsigned minus,
				 int *worst_col, int64_t *worst_sum)
{
	int64_t		worst = -1;
	int			c,
				i;

	for (c = 0; c < t->ncols; c++)
	{
		int64_t		want,
					sum = 0,
					v;

		if (t->rows[r].cells[c] == NULL || !money_column(t, c) || t->rows[r].cells[c]->percent ||
			!cell_fixed(&t->rows[r], c, &want))
			continue;
		if (use_prev)
		{
			if (!cell_fixed(&t->rows[f->prev_total], c, &v))
				return INT64_MAX;
			sum = v;
		}
		for (i = 0; i < k; i++)
		{
			if (!cell_fixed(&t->rows[f->block[i]], c, &v))
				return INT64_MAX;
			sum += ((minus >> i) & 1) ? -v : v;
		}
		v = want > sum ? want - sum : sum - want;
		if (v > worst)
		{
			worst = v;
			*worst_col = c;
			*worst_sum = sum;
		}
	}
	return worst;
}

/* Returns the first row the total was found to sum, or -1. */
static int
check_total(zf_engine *e, const zf_table *t, int r, const int *consumed_from, const zf_tline *lines)
{
	footing		f;
	int			pass,
				col = 0,
				best_col = 0;
	int64_t		best = INT64_MAX,
				best_sum = 0,
				sum = 0;
	char		a[48];
	zf_severity sev = ZF_SEV_ERROR;
	const char *code = "total_mismatch";

	gather_block(t, r, consumed_from, &f);
	if (f.nblock == 0)
		return -1;				/* an identity check covers totals of totals */
	/*
	 * The whole block, then the previous total and the block, then the rows
	 * just above it alone: a running total that is not marked as one
	 * ("Operating income" with no rule over it) may stand inside the block.
	 */
	for (pass = 0; pass < 3; pass++)
	{
		int			kmin = pass == 2 ? 1 : f.nblock,
					kmax = pass == 2 ? f.nblock - 1 : f.nblock,
					k;

		if (pass == 1 && f.prev_total < 0)
			continue;
		for (k = kmax; k >= kmin; k--)
		{
			unsigned	masks = k <= MAX_SIGNED_BLOCK ? 1u << k : 1,
						m;

			for (m = 0; m < masks; m++)
			{
				int64_t		d = worst_difference(t, r, &f, k, pass == 1, m, &col, &sum);

				if (d == 0 || d == -1)
					return pass == 1 ? consumed_from[f.prev_total] : f.block[k - 1];
				if (d < best)
				{
					best = d;
					best_col = col;
					best_sum = sum;
				}
			}
		}
	}
	if (best == INT64_MAX)
		return -1;				/* values too large to check */
	/*
	 * Only a plain structure makes a mismatch an error: details of a nested
	 * heading without its own subtotal, or a block too long for the sign
	 * search, leave room for a reading of ours that is not the filing's.
	 */
	if (best <= ZF_FIXED)
		sev = ZF_SEV_INFO, code = "total_rounding";
	else if (f.nested_detail || f.nblock > MAX_SIGNED_BLOCK)
		sev = ZF_SEV_WARNING, code = "total_unverified";
	zf_diag(e->a, &e->diags, sev, code, lines[t->rows[r].line].no,
			"table %d: \"%s\" is %s in column %d, but the %d row%s above it add up to %s at best",
			t->table_no, t->rows[r].label[0] ? t->rows[r].label : "(unlabelled total)",
			t->rows[r].cells[best_col]->raw, best_col + 1, f.nblock, f.nblock == 1 ? "" : "s",
			format_fixed(a, sizeof(a), best_sum));
	return f.block[f.nblock - 1];
}

static int
row_with(const zf_table *t, const char *concept)
{
	int			r;

	for (r = 0; r < t->nrows; r++)
		if (t->rows[r].concept && strcmp(t->rows[r].concept, concept) == 0)
			return r;
	return -1;
}

/* lhs = r1 + sign * r2 in every column where all three are printed. */
static void
check_identity(zf_engine *e, const zf_table *t, const zf_tline *lines, const char *code,
			   int lhs, int r1, int r2, int sign, const char *what)
{
	int			c;

	if (lhs < 0 || r1 < 0 || (r2 < 0 && sign != 0))
		return;
	for (c = 0; c < t->ncols; c++)
	{
		int64_t		l,
					a,
					b = 0;
		char		x[48],
					y[48];

		if (!money_column(t, c) || !t->rows[lhs].cells[c] || !t->rows[r1].cells[c] ||
			(sign && !t->rows[r2].cells[c]))
			continue;
		if (!cell_fixed(&t->rows[lhs], c, &l) || !cell_fixed(&t->rows[r1], c, &a) ||
			(sign && !cell_fixed(&t->rows[r2], c, &b)))
			continue;
		/* a cost printed in parentheses is already negative */
		if (sign < 0 && b < 0)
			b = -b;
		if (l == a + sign * b)
			continue;
		zf_diag(e->a, &e->diags, ZF_SEV_ERROR, code, lines[t->rows[lhs].line].no,
				"table %d column %d: %s: \"%s\" is %s but %s",
				t->table_no, c + 1, what, t->rows[lhs].label, format_fixed(x, sizeof(x), l),
				format_fixed(y, sizeof(y), a + sign * b));
	}
}

static void
check_identities(zf_engine *e, const zf_table *t, const zf_tline *lines)
{
	if (t->statement == ZF_ST_BALANCE_SHEET)
	{
		int			assets = row_with(t, "Assets"),
					lse = row_with(t, "LiabilitiesAndStockholdersEquity");

		if (lse >= 0)
			check_identity(e, t, lines, "balance_mismatch", lse, assets, -1, 0,
						   "assets must equal liabilities and equity");
		else
			check_identity(e, t, lines, "balance_mismatch", assets, row_with(t, "Liabilities"),
						   row_with(t, "StockholdersEquity"), 1,
						   "assets must equal liabilities plus equity");
	}
	else if (t->statement == ZF_ST_INCOME_STATEMENT)
	{
		int			gp = row_with(t, "GrossProfit");

		check_identity(e, t, lines, "gross_profit_mismatch", gp, row_with(t, "Revenues"),
					   row_with(t, "CostOfRevenue"), -1, "gross profit must be sales less cost of sales");
		check_identity(e, t, lines, "operating_income_mismatch", row_with(t, "OperatingIncomeLoss"), gp,
					   row_with(t, "OperatingExpenses"), -1,
					   "operating income must be gross profit less operating expenses");
	}
}

/* A row's value in column c in real units, as a double for ratio checks. */
static bool
real_value(const zf_table *t, int r, int c, double *out)
{
	int64_t		v;
	int			k;

	if (r < 0 || t->rows[r].cells[c] == NULL || !cell_fixed(&t->rows[r], c, &v))
		return false;
	*out = (double) v / ZF_FIXED;
	for (k = 0; k < t->rows[r].scale_exp; k++)
		*out *= 10;
	return true;
}

/*
 * Per-share figures must follow from the income and the share counts
 * printed beside them.  Reported EPS is rounded to the cent and often
 * computed on unrounded figures, so a cent and a half of slack is allowed.
 */
#define EPS_SLACK 0.015

static void
check_eps_pair(zf_engine *e, const zf_table *t, const zf_tline *lines, int ni, int eps, int shares,
			   int basic)
{
	int			c;

	if (ni < 0 || eps < 0 || shares < 0)
		return;
	for (c = 0; c < t->ncols; c++)
	{
		double		n,
					p,
					s,
					b;

		if (!money_column(t, c) || !real_value(t, ni, c, &n) || !real_value(t, eps, c, &p) ||
			!real_value(t, shares, c, &s) || s <= 0)
			continue;
		if (n / s - p <= EPS_SLACK && p - n / s <= EPS_SLACK)
			continue;
		/*
		 * Diluted EPS may add back interest on convertible debt; between
		 * income over diluted and over basic shares it is only a warning.
		 */
		if (basic >= 0 && real_value(t, basic, c, &b) && b > 0 &&
			p >= (n / s < n / b ? n / s : n / b) - EPS_SLACK &&
			p <= (n / s > n / b ? n / s : n / b) + EPS_SLACK)
			zf_diag(e->a, &e->diags, ZF_SEV_WARNING, "eps_adjusted", lines[t->rows[eps].line].no,
					"table %d column %d: \"%s\" is %s per share, but \"%s\" over \"%s\" is %.4f: "
					"the diluted figure must use an adjusted income",
					t->table_no, c + 1, t->rows[eps].label, t->rows[eps].cells[c]->raw,
					t->rows[ni].label, t->rows[shares].label, n / s);
		else
			zf_diag(e->a, &e->diags, ZF_SEV_ERROR, "eps_mismatch", lines[t->rows[eps].line].no,
					"table %d column %d: \"%s\" is %s per share, but \"%s\" over \"%s\" is %.4f",
					t->table_no, c + 1, t->rows[eps].label, t->rows[eps].cells[c]->raw,
					t->rows[ni].label, t->rows[shares].label, n / s);
	}
}

/* Every other per-share row should be some income row over the shares. */
static void
check_per_share_rows(zf_engine *e, const zf_table *t, const zf_tline *lines, int basic, int diluted)
{
	int			r,
				c,
				q;

	for (r = 0; r < t->nrows; r++)
	{
		if (t->rows[r].unit != ZF_UNIT_USD_PER_SHARE || t->rows[r].concept)
			continue;
		for (c = 0; c < t->ncols; c++)
		{
			double		p,
						sb = 0,
						sd = 0,
						v;
			bool		explained = false;

			if (!money_column(t, c) || !real_value(t, r, c, &p) ||
				(!real_value(t, basic, c, &sb) & !real_value(t, diluted, c, &sd)))
				continue;
			for (q = 0; q < t->nrows && !explained; q++)
			{
				if (t->rows[q].unit != ZF_UNIT_USD || !real_value(t, q, c, &v))
					continue;
				explained = (sb > 0 && v / sb - p <= EPS_SLACK && p - v / sb <= EPS_SLACK) ||
					(sd > 0 && v / sd - p <= EPS_SLACK && p - v / sd <= EPS_SLACK);
			}
			if (!explained)
				zf_diag(e->a, &e->diags, ZF_SEV_WARNING, "per_share_unexplained", lines[t->rows[r].line].no,
						"table %d column %d: \"%s\" is %s per share, but no amount in the table over its share count gives that",
						t->table_no, c + 1, t->rows[r].label, t->rows[r].cells[c]->raw);
		}
	}
}

static void
check_per_share(zf_engine *e, const zf_table *t, const zf_tline *lines)
{
	int			ni = row_with(t, "NetIncomeLoss"),
				basic = row_with(t, "WeightedAverageNumberOfSharesOutstandingBasic"),
				diluted = row_with(t, "WeightedAverageNumberOfDilutedSharesOutstanding"),
				both = row_with(t, "EarningsPerShareBasicAndDiluted");

	check_eps_pair(e, t, lines, ni, row_with(t, "EarningsPerShareBasic"), basic, -1);
	check_eps_pair(e, t, lines, ni, row_with(t, "EarningsPerShareDiluted"), diluted, basic);
	check_eps_pair(e, t, lines, ni, both, basic, -1);
	check_eps_pair(e, t, lines, ni, both, diluted, -1);
	check_per_share_rows(e, t, lines, basic, diluted);
}

/* (net income / shares) / EPS in the first column that has all three. */
static double
eps_ratio(const zf_table *t)
{
	int			ni = row_with(t, "NetIncomeLoss"),
				sh = row_with(t, "WeightedAverageNumberOfSharesOutstandingBasic"),
				eps = row_with(t, "EarningsPerShareBasic"),
				c;

	if (eps < 0)
		eps = row_with(t, "EarningsPerShareBasicAndDiluted");
	for (c = 0; c < t->ncols; c++)
	{
		double		n,
					s,
					p;

		if (real_value(t, ni, c, &n) && real_value(t, sh, c, &s) && real_value(t, eps, c, &p) &&
			s > 0 && p != 0 && n != 0)
			return n / s / p;
	}
	return 0;
}

/* 3 or 6 when q is 10^-3 or 10^-6 (within 5 %), -3 or -6 for 10^3 or 10^6, else 0. */
static int
thousandfold(double q)
{
	if (q > 0.00095 && q < 0.00105)
		return 3;
	if (q > 0.00000095 && q < 0.00000105)
		return 6;
	if (q > 950 && q < 1050)
		return -3;
	if (q > 950000 && q < 1050000)
		return -6;
	return 0;
}

/*
 * The printed EPS settles what a table's unit statement leaves open.  When
 * net income over the share count misses the EPS by a factor of a thousand
 * (or a million), either the share counts are whole shares although the
 * table says "in thousands, except per share data" (then they are read as
 * printed), or the release never said "in thousands" at all (then every
 * statement of the document that states no unit is read in thousands).
 * Each correction is reported.
 */
void
zf_infer_scale(zf_engine *e, zf_table *tables, int ntables)
{
	int			k,
				exp10 = 0,
				r;

	for (k = 0; k < ntables; k++)
	{
		zf_table   *t = &tables[k];
		int			f,
					sh = row_with(t, "WeightedAverageNumberOfSharesOutstandingBasic");

		if (t->statement != ZF_ST_INCOME_STATEMENT || (f = thousandfold(eps_ratio(t))) == 0)
			continue;
		if (f < 0 && sh >= 0 && t->rows[sh].scale_exp == 0)
		{
			/* share counts in thousands that do not say so */
			for (r = 0; r < t->nrows; r++)
				if (t->rows[r].unit == ZF_UNIT_SHARES && zf_label_scale(t->rows[r].label) < 0)
					t->rows[r].scale_exp = -f;
			zf_diag(e->a, &e->diags, ZF_SEV_INFO, "scale_inferred", t->header_line_no,
					"table %d: its share counts are in %s, though it does not say so: "
					"only then does net income over shares give the printed EPS",
					t->table_no, f == -3 ? "thousands" : "millions");
		}
		else if (f > 0 && sh >= 0 && t->rows[sh].scale_exp >= f)
		{
			for (r = 0; r < t->nrows; r++)
				if (t->rows[r].unit == ZF_UNIT_SHARES && zf_label_scale(t->rows[r].label) < 0 &&
					zf_label_scale(t->rows[r].section) < 0)
					t->rows[r].scale_exp = 0;
			zf_diag(e->a, &e->diags, ZF_SEV_INFO, "scale_inferred", t->header_line_no,
					"table %d: its share counts are whole shares, not %s as its heading says: "
					"only then does net income over shares give the printed EPS",
					t->table_no, f == 3 ? "thousands" : "millions");
		}
		else if (f > 0 && t->head.scale_exp == 0 && exp10 == 0)
			exp10 = f;
	}
	if (exp10 == 0)
		return;
	for (k = 0; k < ntables; k++)
	{
		zf_table   *t = &tables[k];

		if (t->head.scale_exp != 0 || t->statement == ZF_ST_OTHER || t->statement == ZF_ST_EQUITY)
			continue;
		t->head.scale_exp = exp10;
		t->head.shares_unscaled = true;
		for (r = 0; r < t->nrows; r++)
			if (t->rows[r].unit == ZF_UNIT_USD && zf_label_scale(t->rows[r].label) < 0)
				t->rows[r].scale_exp = exp10;
		zf_diag(e->a, &e->diags, ZF_SEV_INFO, "scale_inferred", t->header_line_no,
				"table %d states no unit; net income over shares gives the printed EPS only with amounts "
				"in %s, so they are read that way (share counts as printed)",
				t->table_no, exp10 == 3 ? "thousands" : "millions");
	}
}

void
zf_foot_table(zf_engine *e, const zf_table *t, const zf_tline *lines)
{
	int			r;
	int		   *consumed_from;

	/* only statements promise to add up; other tables may be anything */
	if (t->statement == ZF_ST_OTHER || t->statement == ZF_ST_EQUITY)
		return;
	consumed_from = zf_arena_alloc(e->a, sizeof(int) * (t->nrows + 1));
	for (r = 0; r < t->nrows; r++)
	{
		consumed_from[r] = -1;
		/* liabilities and equity is a total of totals: the balance identity checks it */
		if (t->rows[r].is_total && t->rows[r].unit == ZF_UNIT_USD &&
			!(t->rows[r].concept && strcmp(t->rows[r].concept, "LiabilitiesAndStockholdersEquity") == 0))
			consumed_from[r] = check_total(e, t, r, consumed_from, lines);
		if ((r & 255) == 0)
			zf_host_check_interrupts();
	}
	check_identities(e, t, lines);
	if (t->statement == ZF_ST_INCOME_STATEMENT)
		check_per_share(e, t, lines);
}

/* ---- the public entry point ----------------------------------------------------- */

static void
fiscal_from_header(zf_engine *e, const char *doc, size_t n)
{
	zf_submission s;
	const char *fye;

	if (!zf_parse_submission(e->a, doc, n, &s) || s.nfilers == 0)
		return;
	fye = s.filers[0].fiscal_year_end;
	if (fye && strlen(fye) == 4)
	{
		int			m = (fye[0] - '0') * 10 + (fye[1] - '0'),
					d = (fye[2] - '0') * 10 + (fye[3] - '0');

		if (m >= 1 && m <= 12 && d >= 1 && d <= 31)
		{
			e->fiscal.fye_month = m;
			e->fiscal.fye_day = d;
			e->fiscal.source = "the SEC header";
			e->header_fiscal = true;
		}
	}
}

/* Whether s[0..n) opens with one of the tags, ignoring case and leading blanks. */
static bool
opens_with(const char *s, size_t n, const char *const *tags)
{
	int			k;

	while (n > 0 && zf_is_space((unsigned char) *s))
		s++, n--;
	for (k = 0; tags[k]; k++)
		if (zf_starts_with_ci(s, n, tags[k]))
			return true;
	return false;
}

/*
 * Whether a document can print tables at all.  Submissions carry files as
 * documents too: uuencoded binaries (images, ZIP, PDF, spreadsheets) and
 * XBRL and JSON data, often most of a modern filing's bytes; and an HTML
 * document prints columns only inside preformatted blocks (its <table>
 * markup is not read here).  Reading the lines of these as printed text
 * finds nothing and costs time.
 */
static bool
may_hold_tables(const zf_document *d, const char *doc)
{
	static const char *const data_types[] = {"GRAPHIC", "ZIP", "EXCEL", "PDF", "XML", "JSON", NULL};
	static const char *const html_tags[] = {"<html", "<!doctype html", "<?xml", "<xbrl", "<head", "<body", NULL};
	const char *body = doc + d->body_off;
	int			k;

	if (d->body_len >= 6 && memcmp(body, "begin ", 6) == 0)
		return false;			/* uuencoded */
	if (opens_with(body, d->body_len, html_tags) && !d->preformatted)
		return false;
	if (d->type == NULL)
		return true;
	if (strncmp(d->type, "EX-101.", 7) == 0)
		return false;			/* XBRL instance, schema and linkbases */
	for (k = 0; data_types[k]; k++)
		if (strcmp(d->type, data_types[k]) == 0)
			return false;
	return true;
}

void
zf_parse_tables(zf_arena *a, const char *doc, size_t n, zf_tables *out)
{
	zf_engine	e;
	zf_document *docs;
	int			ndocs,
				i;

	memset(&e, 0, sizeof(e));
	e.a = a;
	fiscal_from_header(&e, doc, n);
	ndocs = zf_parse_documents(a, doc, n, &docs);
	for (i = 0; i < ndocs; i++)
	{
		if (!may_hold_tables(&docs[i], doc))
			continue;
		e.doc_seq = docs[i].seq;
		zf_tables_in_document(&e, doc + docs[i].body_off, docs[i].body_len, docs[i].first_line,
							  docs[i].body_lines + 1);
	}
	out->items = e.items.data;
	out->nitems = (int) e.items.len;
	out->diags = e.diags.data;
	out->ndiags = (int) e.diags.len;
}

const char *
zf_statement_name(zf_statement s)
{
	static const char *const names[] = {"other", "balance_sheet", "income_statement", "cash_flow", "equity"};

	return names[s];
}

const char *
zf_unit_name(zf_unit u)
{
	static const char *const names[] = {"USD", "USD/share", "shares", "percent", "number"};

	return names[u];
}

const char *
zf_severity_name(zf_severity s)
{
	static const char *const names[] = {"error", "warning", "info"};

	return names[s];
}
