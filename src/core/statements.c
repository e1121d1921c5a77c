/*
 * statements.c — the statement of operations and the balance sheet in wide
 * form: one row per period (or date), one column per line of the statement,
 * taken from the concepts the table engine assigned.  A value the filing
 * does not give stays NULL: nothing is computed or guessed here.
 */
#include <string.h>

#include "zf_core.h"

static const char *const income_concepts[ZF_IS_NFIELDS][3] = {
	[ZF_IS_REVENUE] = {"Revenues"},
	[ZF_IS_COST_OF_REVENUE] = {"CostOfRevenue"},
	[ZF_IS_GROSS_PROFIT] = {"GrossProfit"},
	[ZF_IS_OPERATING_EXPENSES] = {"OperatingExpenses"},
	[ZF_IS_OPERATING_INCOME] = {"OperatingIncomeLoss"},
	[ZF_IS_PRETAX_INCOME] = {"IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"},
	[ZF_IS_INCOME_TAX] = {"IncomeTaxExpenseBenefit"},
	[ZF_IS_NET_INCOME] = {"NetIncomeLoss"},
	[ZF_IS_EPS_BASIC] = {"EarningsPerShareBasic", "EarningsPerShareBasicAndDiluted"},
	[ZF_IS_EPS_DILUTED] = {"EarningsPerShareDiluted", "EarningsPerShareBasicAndDiluted"},
	[ZF_IS_SHARES_BASIC] = {"WeightedAverageNumberOfSharesOutstandingBasic"},
	[ZF_IS_SHARES_DILUTED] = {"WeightedAverageNumberOfDilutedSharesOutstanding"},
};

static const char *const balance_concepts[ZF_BS_NFIELDS][3] = {
	[ZF_BS_CASH] = {"CashAndCashEquivalentsAtCarryingValue"},
	[ZF_BS_RECEIVABLES] = {"AccountsReceivableNetCurrent"},
	[ZF_BS_INVENTORIES] = {"InventoryNet"},
	[ZF_BS_CURRENT_ASSETS] = {"AssetsCurrent"},
	[ZF_BS_TOTAL_ASSETS] = {"Assets"},
	[ZF_BS_CURRENT_LIABILITIES] = {"LiabilitiesCurrent"},
	[ZF_BS_LONG_TERM_DEBT] = {"LongTermDebtNoncurrent"},
	[ZF_BS_TOTAL_LIABILITIES] = {"Liabilities"},
	[ZF_BS_EQUITY] = {"StockholdersEquity"},
	[ZF_BS_LIABILITIES_AND_EQUITY] = {"LiabilitiesAndStockholdersEquity"},
};

/* Pro forma and other non-GAAP tables rank after the GAAP statements. */
static bool
secondary(const zf_line_item *li)
{
	static const char *const words[] = {"pro forma", "non-gaap", "adjusted", "supplemental", NULL};
	const char *t = li->title;
	size_t		n = t ? strlen(t) : 0;

	return n && zf_find_any_ci(t, n, words, NULL) >= 0;
}

static bool
same_date(zf_date a, zf_date b)
{
	return a.y == b.y && a.m == b.m && a.d == b.d;
}

/* The rank of concept among a field's concepts, or -1. */
static int
concept_rank(const char *concept, const char *const *field)
{
	int			k;

	for (k = 0; k < 3 && field[k]; k++)
		if (strcmp(field[k], concept) == 0)
			return k;
	return -1;
}

/*
 * Two passes over the items, GAAP tables first: each period gets a row when
 * first seen, each field the first value found for it (by table, then row).
 */
static int
collect(zf_arena *a, const zf_tables *t, zf_statement st, const char *const (*concepts)[3],
		int nfields, zf_statement_row **out)
{
	zf_vec		rows = {0};
	int			pass,
				i,
				r;
	unsigned char *ranks = NULL;	/* per row and field: 4 * pass + concept rank + 1 taken */

	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < t->nitems; i++)
		{
			const zf_line_item *li = &t->items[i];
			zf_statement_row *row = NULL;
			int			f,
						rank;

			if (li->statement != st || li->is_change || li->period_end.y == 0 || !li->concept ||
				secondary(li) != (pass == 1))
				continue;
			if (st == ZF_ST_INCOME_STATEMENT && li->months == 0)
				continue;
			for (f = 0; f < nfields; f++)
				if (concept_rank(li->concept, concepts[f]) >= 0)
					break;
			if (f == nfields)
				continue;
			for (r = 0; r < (int) rows.len && !row; r++)
			{
				zf_statement_row *x = &((zf_statement_row *) rows.data)[r];

				if (same_date(x->end, li->period_end) && x->months == li->months)
					row = x;
			}
			if (row == NULL)
			{
				unsigned char *grown;

				row = zf_vec_push(a, &rows, sizeof(zf_statement_row));
				row->start = li->period_start;
				row->end = li->period_end;
				row->months = li->months;
				grown = zf_arena_alloc(a, rows.len * ZF_IS_NFIELDS);
				if (ranks)
					memcpy(grown, ranks, (rows.len - 1) * ZF_IS_NFIELDS);
				ranks = grown;
			}
			r = (int) (row - (zf_statement_row *) rows.data);
			/* GAAP first; then a field's own concept beats a shared one ("basic and diluted") */
			for (f = 0; f < nfields; f++)
			{
				unsigned char *taken = &ranks[r * ZF_IS_NFIELDS + f];

				if ((rank = concept_rank(li->concept, concepts[f])) < 0)
					continue;
				if (row->value[f] == NULL || pass * 4 + rank + 1 < *taken)
				{
					row->value[f] = li->value;
					*taken = (unsigned char) (pass * 4 + rank + 1);
				}
			}
		}
	*out = rows.data;
	return (int) rows.len;
}

int
zf_income_rows(zf_arena *a, const zf_tables *t, zf_statement_row **out)
{
	return collect(a, t, ZF_ST_INCOME_STATEMENT, income_concepts, ZF_IS_NFIELDS, out);
}

int
zf_balance_rows(zf_arena *a, const zf_tables *t, zf_statement_row **out)
{
	return collect(a, t, ZF_ST_BALANCE_SHEET, balance_concepts, ZF_BS_NFIELDS, out);
}
