/*
 * concepts.c — US-GAAP element names, units and statement kinds from the
 * words of a table.
 *
 * Labels are matched whole after normalising (lower case, "&" as "and",
 * parenthesised words and punctuation dropped), never by substring, so a
 * component ("Product revenues") is not mistaken for its total ("Revenues")
 * and an unknown label gets NULL rather than a guess.
 */
#include <string.h>

#include "table_internal.h"

typedef struct concept_entry
{
	const char *label;			/* normalised */
	const char *concept;
} concept_entry;

static const concept_entry income_concepts[] = {
	{"net sales", "Revenues"}, {"net revenues", "Revenues"}, {"net revenue", "Revenues"},
	{"revenues", "Revenues"}, {"revenue", "Revenues"}, {"total revenues", "Revenues"},
	{"total revenue", "Revenues"}, {"sales", "Revenues"}, {"total net revenues", "Revenues"},
	{"total net sales", "Revenues"}, {"net sales and revenues", "Revenues"}, {"total sales", "Revenues"},
	{"cost of goods sold", "CostOfRevenue"}, {"cost of sales", "CostOfRevenue"},
	{"cost of revenues", "CostOfRevenue"}, {"cost of revenue", "CostOfRevenue"},
	{"cost of products sold", "CostOfRevenue"}, {"total cost of revenues", "CostOfRevenue"},
	{"total cost of sales", "CostOfRevenue"},
	{"gross profit", "GrossProfit"}, {"gross margin", "GrossProfit"},
	{"research and development", "ResearchAndDevelopmentExpense"},
	{"selling general and administrative", "SellingGeneralAndAdministrativeExpense"},
	{"sales general and administrative", "SellingGeneralAndAdministrativeExpense"},
	{"general and administrative", "GeneralAndAdministrativeExpense"},
	{"selling", "SellingAndMarketingExpense"}, {"sales and marketing", "SellingAndMarketingExpense"},
	{"selling and marketing", "SellingAndMarketingExpense"},
	{"total operating expenses", "OperatingExpenses"}, {"operating expenses", "OperatingExpenses"},
	{"total costs and expenses", "CostsAndExpenses"},
	{"operating profit", "OperatingIncomeLoss"}, {"operating income", "OperatingIncomeLoss"},
	{"operating loss", "OperatingIncomeLoss"}, {"income from operations", "OperatingIncomeLoss"},
	{"loss from operations", "OperatingIncomeLoss"}, {"income loss from operations", "OperatingIncomeLoss"},
	{"income before income taxes", "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"},
	{"loss before income taxes", "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"},
	{"income before provision for income taxes", "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"},
	{"income before taxes", "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"},
	{"income tax expense", "IncomeTaxExpenseBenefit"}, {"income tax", "IncomeTaxExpenseBenefit"},
	{"income taxes", "IncomeTaxExpenseBenefit"}, {"provision for income taxes", "IncomeTaxExpenseBenefit"},
	{"income tax benefit", "IncomeTaxExpenseBenefit"}, {"income tax provision", "IncomeTaxExpenseBenefit"},
	{"net income", "NetIncomeLoss"}, {"net loss", "NetIncomeLoss"}, {"net earnings", "NetIncomeLoss"},
	{"net income loss", "NetIncomeLoss"},
	{NULL, NULL}
};

static const concept_entry balance_concepts[] = {
	{"cash", "CashAndCashEquivalentsAtCarryingValue"},
	{"cash and cash equivalents", "CashAndCashEquivalentsAtCarryingValue"},
	{"cash and equivalents", "CashAndCashEquivalentsAtCarryingValue"},
	{"short-term investments", "ShortTermInvestments"}, {"short term investments", "ShortTermInvestments"},
	{"accounts receivable", "AccountsReceivableNetCurrent"},
	{"accounts receivable net", "AccountsReceivableNetCurrent"},
	{"trade accounts receivable", "AccountsReceivableNetCurrent"},
	{"inventories", "InventoryNet"}, {"inventories net", "InventoryNet"}, {"inventory", "InventoryNet"},
	{"total current assets", "AssetsCurrent"},
	{"property and equipment net", "PropertyPlantAndEquipmentNet"},
	{"property plant and equipment net", "PropertyPlantAndEquipmentNet"},
	{"goodwill", "Goodwill"},
	{"total assets", "Assets"},
	{"accounts payable", "AccountsPayableCurrent"},
	{"accrued expenses", "AccruedLiabilitiesCurrent"}, {"accrued liabilities", "AccruedLiabilitiesCurrent"},
	{"current portion of long-term debt", "LongTermDebtCurrent"},
	{"total current liabilities", "LiabilitiesCurrent"},
	{"long-term debt", "LongTermDebtNoncurrent"}, {"long term debt", "LongTermDebtNoncurrent"},
	{"long-term debt less current portion", "LongTermDebtNoncurrent"},
	{"total liabilities", "Liabilities"},
	{"treasury stock", "TreasuryStockValue"},
	{"retained earnings", "RetainedEarningsAccumulatedDeficit"},
	{"accumulated deficit", "RetainedEarningsAccumulatedDeficit"},
	{"total stockholders equity", "StockholdersEquity"}, {"total shareholders equity", "StockholdersEquity"},
	{"stockholders equity", "StockholdersEquity"}, {"shareholders equity", "StockholdersEquity"},
	{"total liabilities and stockholders equity", "LiabilitiesAndStockholdersEquity"},
	{"total liabilities and shareholders equity", "LiabilitiesAndStockholdersEquity"},
	{NULL, NULL}
};

static const concept_entry cash_flow_concepts[] = {
	{"net cash provided by operating activities", "NetCashProvidedByUsedInOperatingActivities"},
	{"net cash used in operating activities", "NetCashProvidedByUsedInOperatingActivities"},
	{"net cash provided by used in operating activities", "NetCashProvidedByUsedInOperatingActivities"},
	{"net cash provided by investing activities", "NetCashProvidedByUsedInInvestingActivities"},
	{"net cash used in investing activities", "NetCashProvidedByUsedInInvestingActivities"},
	{"net cash provided by used in investing activities", "NetCashProvidedByUsedInInvestingActivities"},
	{"net cash provided by financing activities", "NetCashProvidedByUsedInFinancingActivities"},
	{"net cash used in financing activities", "NetCashProvidedByUsedInFinancingActivities"},
	{"net cash provided by used in financing activities", "NetCashProvidedByUsedInFinancingActivities"},
	{"depreciation and amortization", "DepreciationDepletionAndAmortization"},
	{"net income", "NetIncomeLoss"}, {"net loss", "NetIncomeLoss"},
	{NULL, NULL}
};

/* Lower case, "&" -> "and", "(...)" and punctuation but "-" dropped, spaces folded. */
static void
normalise(const char *s, char *out, size_t cap)
{
	size_t		o = 0;
	int			depth = 0;
	bool		gap = false;

	for (; *s && o + 5 < cap; s++)
	{
		char		c = *s;

		if (c == '(')
			depth++;
		else if (c == ')')
			depth = depth > 0 ? depth - 1 : 0;
		else if (depth == 0 && c == '&')
		{
			if (o > 0 && out[o - 1] != ' ')
				out[o++] = ' ';
			memcpy(out + o, "and", 3);
			o += 3;
			gap = true;
		}
		else if (depth == 0 && (zf_is_alnum((unsigned char) c) || c == '-'))
		{
			if (gap && o > 0)
				out[o++] = ' ';
			out[o++] = (char) zf_lower((unsigned char) c);
			gap = false;
		}
		else if (depth == 0)
			gap = true;
	}
	out[o] = '\0';
}

static const char *
lookup(const concept_entry *t, const char *norm)
{
	for (; t->label; t++)
		if (strcmp(t->label, norm) == 0)
			return t->concept;
	return NULL;
}

static bool
starts(const char *s, const char *prefix)
{
	return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool
has(const char *s, const char *word)
{
	return s && strstr(s, word) != NULL;
}

/* Words that make a row a share count or a per-share amount, wherever they stand. */
static const char *const unit_words[] = {
	"weighted average", "weighted-average", "average shares", "average number of",
	"number of shares", "number of common shares",
	"per share", "per common share", "per diluted share", "per basic share", "eps",
	"per common and common equivalent share",
	NULL
};

#define SHARES_ANYWHERE 0x3F	/* the first six */
#define PER_SHARE (0x3F << 6)	/* the next six */

/* The unit the words n name, by unit_words and the prefixes of share counts. */
static zf_unit
unit_named(const char *n)
{
	static const char *const prefixes[] = {
		"shares", "common shares", "common and common equivalent shares", "basic shares",
		"diluted shares", "average common", "common stock equivalents"
	};
	uint64_t	found = zf_which_ci(n, strlen(n), unit_words);
	size_t		k;

	for (k = 0; k < sizeof(prefixes) / sizeof(prefixes[0]); k++)
		if (starts(n, prefixes[k]))
			return ZF_UNIT_SHARES;
	if (found & SHARES_ANYWHERE)
		return ZF_UNIT_SHARES;
	if (found & PER_SHARE)
		return ZF_UNIT_USD_PER_SHARE;
	return ZF_UNIT_USD;
}

void
zf_row_words_section(const char *section, zf_row_words *w)
{
	w->ns[0] = '\0';
	if (section)
		normalise(section, w->ns, sizeof(w->ns));
}

void
zf_row_words_label(const char *label, zf_row_words *w)
{
	w->nl[0] = '\0';
	if (label)
		normalise(label, w->nl, sizeof(w->nl));
}

zf_unit
zf_row_unit(const zf_row_words *w)
{
	/* the label's own words first; the heading's ("Per share data:") when it says none */
	zf_unit		u = unit_named(w->nl);

	return u != ZF_UNIT_USD ? u : unit_named(w->ns);
}

int
zf_label_scale(const char *label)
{
	/* bits 0-1 thousands, bit 2 millions */
	static const char *const scales[] = {"in thousands", "(000", "in millions", NULL};
	uint64_t	found;

	if (label == NULL)
		return -1;
	found = zf_which_ci(label, strlen(label), scales);
	return (found & 3) ? 3 : (found & 4) ? 6 : -1;
}

/* "Primary" is what basic was called before SFAS 128 (1997). */
static bool
says_basic(const char *ns, const char *nl)
{
	return has(nl, "basic") || has(ns, "basic") || has(nl, "primary") || has(ns, "primary");
}

static const char *
eps_concept(const char *ns, const char *nl)
{
	bool		basic = says_basic(ns, nl);
	bool		diluted = has(nl, "diluted") || has(ns, "diluted");

	/* only the bottom line: "before extraordinary gain" and the like are other elements */
	if (has(nl, "before") || has(nl, "extraordinary") || has(nl, "discontinued") ||
		has(nl, "continuing") || has(nl, "pro forma") || has(nl, "cumulative"))
		return NULL;
	if (basic && diluted)
		return "EarningsPerShareBasicAndDiluted";
	if (basic)
		return "EarningsPerShareBasic";
	if (diluted)
		return "EarningsPerShareDiluted";
	return NULL;
}

static const char *
shares_concept(const char *ns, const char *nl)
{
	bool		basic = says_basic(ns, nl);
	bool		diluted = has(nl, "diluted") || has(ns, "diluted");

	if (basic && !diluted)
		return "WeightedAverageNumberOfSharesOutstandingBasic";
	if (diluted && !basic)
		return "WeightedAverageNumberOfDilutedSharesOutstanding";
	return NULL;
}

const char *
zf_concept_for(zf_statement st, const zf_row_words *w, zf_unit unit, bool *bare_total)
{
	const char *ns = w->ns,
			   *nl = w->nl;

	*bare_total = false;
	if (unit == ZF_UNIT_USD_PER_SHARE)
		return st == ZF_ST_INCOME_STATEMENT ? eps_concept(ns, nl) : NULL;
	if (unit == ZF_UNIT_SHARES)
		return st == ZF_ST_INCOME_STATEMENT ? shares_concept(ns, nl) : NULL;
	if (unit != ZF_UNIT_USD)
		return NULL;
	if (strcmp(nl, "total") == 0 || nl[0] == '\0')
	{
		/* "Total" under a heading totals the heading */
		static const concept_entry section_totals[] = {
			{"operating expenses", "OperatingExpenses"}, {"costs and expenses", "CostsAndExpenses"},
			{"current assets", "AssetsCurrent"}, {"current liabilities", "LiabilitiesCurrent"},
			{NULL, NULL}
		};
		const char *c = lookup(section_totals, ns);

		if (c == NULL)
			*bare_total = (strcmp(nl, "total") == 0);
		return c;
	}
	switch (st)
	{
		case ZF_ST_INCOME_STATEMENT:
			return lookup(income_concepts, nl);
		case ZF_ST_BALANCE_SHEET:
			return lookup(balance_concepts, nl);
		case ZF_ST_CASH_FLOW:
			return lookup(cash_flow_concepts, nl);
		default:
			return NULL;
	}
}

/* Keyword lists, each a run of one array so one pass over a text tests them all. */
typedef struct keyword_run
{
	int			first;
	int			count;
} keyword_run;

static bool
in_run(uint64_t found, keyword_run r)
{
	return (found >> r.first) & (((uint64_t) 1 << r.count) - 1);
}

zf_statement
zf_classify_statement(const char *text, const char *const *labels, int nlabels)
{
	/* in a title, the first list found decides, in this order */
	static const char *const title_words[] = {
		"cash flow",
		"balance sheet", "financial position", "financial condition",
		"statements of stockholders", "statements of shareholders", "statement of stockholders",
		"statement of shareholders", "changes in stockholders", "changes in shareholders",
		"statements of operations", "statement of operations", "statements of income",
		"statement of income", "statements of earnings", "statement of earnings", "income statement",
		NULL
	};
	static const keyword_run cf_title = {0, 1},
				bs_title = {1, 3},
				eq_title = {4, 6},
				is_title = {10, 7};
	/* in the rows, how many rows say each */
	static const char *const label_words[] = {
		"total assets", "total liabilities", "total current assets", "stockholders' equity",
		"shareholders' equity",
		"net income", "net loss", "net sales", "revenue", "gross profit", "per share",
		"operating expenses", "cost of",
		"operating activities", "investing activities", "financing activities",
		NULL
	};
	static const keyword_run bs_words = {0, 5},
				is_words = {5, 8},
				cf_words = {13, 3};
	size_t		n = text ? strlen(text) : 0;
	int			bs = 0,
				is = 0,
				cf = 0,
				i;

	if (n)
	{
		uint64_t	found = zf_which_ci(text, n, title_words);

		if (in_run(found, cf_title))
			return ZF_ST_CASH_FLOW;
		if (in_run(found, bs_title))
			return ZF_ST_BALANCE_SHEET;
		if (in_run(found, eq_title))
			return ZF_ST_EQUITY;
		if (in_run(found, is_title))
			return ZF_ST_INCOME_STATEMENT;
	}
	/* no title: the rows decide, and only when they say it clearly */
	for (i = 0; i < nlabels; i++)
	{
		uint64_t	found = labels[i] ? zf_which_ci(labels[i], strlen(labels[i]), label_words) : 0;

		bs += in_run(found, bs_words);
		is += in_run(found, is_words);
		cf += in_run(found, cf_words);
	}
	if (cf >= 2)
		return ZF_ST_CASH_FLOW;
	if (bs >= 2 && bs >= is)
		return ZF_ST_BALANCE_SHEET;
	if (is >= 3)
		return ZF_ST_INCOME_STATEMENT;
	return ZF_ST_OTHER;
}
