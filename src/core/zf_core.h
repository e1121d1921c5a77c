/*
 * zf_core.h — the zoomfin parser core: plain C99, no PostgreSQL headers.
 *
 * Everything the core allocates comes from a zf_arena, which the host frees
 * in one call; nothing the core returns needs freeing piece by piece.  The
 * host (fmgr glue, unit tests, fuzzers, benchmarks) supplies four functions:
 * zf_host_alloc / zf_host_free for arena blocks and zf_host_check_interrupts,
 * called from every loop over the input so a backend can cancel a long parse.
 *
 * Input text is (pointer, length): it need not be NUL-terminated and may hold
 * NUL bytes.  Strings the core returns are NUL-terminated arena copies.
 */
#ifndef ZF_CORE_H
#define ZF_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <stdint.h>

/* ---- host hooks ---------------------------------------------------------- */
extern void *zf_host_alloc(size_t size);	/* never returns NULL */
extern void zf_host_free(void *ptr);
extern void zf_host_check_interrupts(void);

/* ---- arena --------------------------------------------------------------- */
typedef struct zf_arena_block zf_arena_block;
typedef struct zf_arena
{
	zf_arena_block *head;
	char	   *next;			/* free space in head */
	size_t		left;
} zf_arena;

void		zf_arena_init(zf_arena *a);
void	   *zf_arena_alloc(zf_arena *a, size_t size);	/* zeroed, 8-aligned */
void	   *zf_arena_alloc_uninit(zf_arena *a, size_t size);	/* 8-aligned */
char	   *zf_arena_strndup(zf_arena *a, const char *s, size_t n);
void		zf_arena_free(zf_arena *a);

/* A growable array living in an arena (old copies stay until the arena dies). */
typedef struct zf_vec
{
	void	   *data;
	size_t		len;
	size_t		cap;
} zf_vec;
void		zf_vec_grow(zf_arena *a, zf_vec *v, size_t elem_size);

/* A new zeroed slot at the end; inline, as the table engine pushes one per line. */
static inline void *
zf_vec_push(zf_arena *a, zf_vec *v, size_t elem_size)
{
	char	   *slot;

	if (v->len == v->cap)
		zf_vec_grow(a, v, elem_size);
	slot = (char *) v->data + v->len * elem_size;
	v->len++;
	memset(slot, 0, elem_size);
	return slot;
}

/* ---- character classes: ASCII only, whatever the server's locale ---------- */
static inline bool
zf_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline bool
zf_is_lower(int c)
{
	return c >= 'a' && c <= 'z';
}

static inline bool
zf_is_alpha(int c)
{
	return zf_is_lower(c) || (c >= 'A' && c <= 'Z');
}

static inline bool
zf_is_alnum(int c)
{
	return zf_is_digit(c) || zf_is_alpha(c);
}

static inline int
zf_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* ---- text helpers (text.c) ------------------------------------------------ */
typedef struct zf_line
{
	const char *p;				/* start of line, without the newline */
	size_t		n;
	int			no;				/* 1-based line number */
} zf_line;

/* Iterates lines of s[0..n); handles \n, \r\n and lone \r. */
typedef struct zf_lines
{
	const char *s;
	size_t		n;
	size_t		pos;
	size_t		next_cr;		/* offset of the next '\r' at or after pos, or n */
	int			no;
} zf_lines;
void		zf_lines_init(zf_lines *it, const char *s, size_t n, int first_no);
bool		zf_lines_next(zf_lines *it, zf_line *out);
int			zf_count_lines(const char *s, size_t n);	/* line ends, as zf_lines sees them */

/* space, tab, \r, \n, \f, \v; inline, as trimming runs on every token */
static inline bool
zf_is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}
void		zf_trim(const char **s, size_t *n);
/* Case-insensitive ASCII search; returns offset or -1. */
long		zf_find_ci(const char *hay, size_t hn, const char *needle);
/* The earliest of a NULL-terminated list of at most 64 non-empty needles; *which (if not NULL) says which. */
long		zf_find_any_ci(const char *hay, size_t hn, const char *const *needles, int *which);
/* Which of at most 64 non-empty needles occur in hay: bit k for needles[k]. */
uint64_t	zf_which_ci(const char *hay, size_t hn, const char *const *needles);
bool		zf_starts_with_ci(const char *s, size_t n, const char *prefix);
/* Length of phrase at s (a space in it matches a run of blanks), or 0; fold ignores case. */
size_t		zf_phrase_at(const char *s, size_t n, const char *phrase, bool fold);
/* An HTML entity at s ('&'): its length and code point, 0 when none; &#128;..&#159; as Windows-1252. */
size_t		zf_html_entity(const char *s, size_t n, uint32_t *cp);
size_t		zf_utf8(uint32_t cp, char out[4]);	/* cp as UTF-8; its length */
/* Arena copy with runs of white space folded to one space, ends trimmed. */
char	   *zf_squeeze(zf_arena *a, const char *s, size_t n);

/* ---- dates (date.c) ---------------------------------------------------------- */
typedef struct zf_date
{
	int			y,
				m,
				d;				/* y == 0: no date */
} zf_date;

/*
 * Reads one date at the start of s (leading blanks skipped): "April 30, 2004",
 * "Mar 31, 2004", "Sept. 30, 2003", "30-Sep-03", "03/31/04", "9/30/2003",
 * "2004-03-31", "20040331".  Two-digit years pivot at 50 (00-49 -> 20xx).
 * Returns bytes consumed (0 when no valid date starts there).
 */
size_t		zf_scan_date(const char *s, size_t n, zf_date *out);
/* The whole of s (trimmed) must be one date. */
bool		zf_parse_date(const char *s, size_t n, zf_date *out);
bool		zf_date_valid(int y, int m, int d);
int			zf_days_in_month(int y, int m);
/* Days since 2000-01-01 (PostgreSQL's date epoch). */
int32_t		zf_date_to_pg(zf_date d);
zf_date		zf_date_add_days(zf_date d, int days);
/* Month name or abbreviation at s (case-insensitive); 1..12 or 0; *len set. */
int			zf_month_name(const char *s, size_t n, size_t *len);

/* ---- amounts (amount.c) ---------------------------------------------------- */
typedef enum zf_amount_status
{
	ZF_AMOUNT_OK,
	ZF_AMOUNT_BLANK,			/* nothing but white space */
	ZF_AMOUNT_BAD				/* not an amount */
} zf_amount_status;

typedef struct zf_amount
{
	bool		neg;
	bool		percent;		/* ended in % */
	bool		dash;			/* '-', '--', '-0-', em dash: printed zero */
	bool		dollar;			/* had a $ sign */
	bool		paren;			/* parenthesised */
	int			int_digits;		/* digits before the point in text */
	int			frac_digits;	/* digits after the point */
} zf_amount;

/*
 * Parses "$ 9,049", "(15,942)", "$(0.06)", "-", "--", "-0-", "—", "29.7%",
 * "1,234.5", ".06", "-504".  On ZF_AMOUNT_OK writes the normalised decimal
 * ("-15942", "-0.06", "0") into buf, which must hold n + 3 bytes.
 */
zf_amount_status zf_parse_amount(const char *s, size_t n, char *buf, zf_amount *out);

/*
 * Multiplies the decimal text num by 10^exp10 (exp10 >= 0) exactly, writing
 * normalised decimal text into out (size strlen(num) + exp10 + 2).
 */
void		zf_decimal_shift(const char *num, int exp10, char *out);

/* ---- cover page (cover.c) ------------------------------------------------ */
typedef struct zf_strlist
{
	char	  **v;
	int			n;
} zf_strlist;

typedef struct zf_cover
{
	char	   *form_type;
	zf_date		report_date;
	zf_date		period_end;
	char	   *company;
	char	   *state;
	char	   *file_number;
	char	   *ein;
	char	   *address;
	char	   *zip;
	char	   *phone;
	zf_strlist	items;
	zf_strlist	exhibits;
	char	   *signer;
	char	   *signer_title;
	zf_date		signed_on;
	char	   *shares_outstanding;	/* normalised decimal or NULL */
	zf_date		shares_as_of;
	zf_date		date_of_report;	/* "Date of Report", when printed apart from the event */
} zf_cover;

/* Returns false when the text has no recognisable cover page. */
bool		zf_parse_cover(zf_arena *a, const char *doc, size_t n, zf_cover *out);

/* ---- submission header (submission.c) --------------------------------------- */
typedef struct zf_filer
{
	char	   *role;			/* FILER, SUBJECT COMPANY, FILED BY, REPORTING-OWNER ... */
	char	   *company_name;
	char	   *cik;
	char	   *sic;
	char	   *irs_number;
	char	   *state_of_incorporation;
	char	   *fiscal_year_end;
	char	   *form_type;
	char	   *file_number;
	char	   *business_street1;
	char	   *business_street2;
	char	   *business_city;
	char	   *business_state;
	char	   *business_zip;
	char	   *business_phone;
} zf_filer;

typedef struct zf_submission
{
	char	   *accession_number;
	char	   *submission_type;
	int			document_count;	/* -1: not given */
	zf_date		period_of_report;
	zf_date		filed_as_of;
	zf_filer   *filers;			/* in header order */
	int			nfilers;
} zf_submission;

/* Returns false when the text holds no SEC-HEADER / IMS-HEADER block. */
bool		zf_parse_submission(zf_arena *a, const char *doc, size_t n, zf_submission *out);

/* ---- documents (documents.c) ------------------------------------------------ */
typedef struct zf_document
{
	int			seq;
	char	   *type;
	char	   *filename;
	char	   *description;
	size_t		body_off;		/* body = doc[body_off .. body_off+body_len) */
	size_t		body_len;
	int			first_line;		/* line number of the body's first line in doc */
	int			body_lines;		/* line ends in the body */
	bool		preformatted;	/* an HTML <pre>, <xmp>, <listing> or <plaintext> in the body */
} zf_document;

/* Always at least one document for non-empty input (a bare document is seq 1). */
int			zf_parse_documents(zf_arena *a, const char *doc, size_t n, zf_document **out);
/* The first SGML tag ("<DOCUMENT>", "</SEC-HEADER>": '<' then the name) in s[0..n), or NULL. */
const char *zf_find_tag(const char *s, size_t n, const char *tag);

/* ---- certifications (certification.c) ------------------------------------- */
typedef struct zf_certification
{
	char	   *kind;			/* "302" or "906" */
	char	   *signer;
	char	   *title;
	char	   *company;
	char	   *form_type;
	zf_date		period_end;
	zf_date		signed_on;
	zf_strlist	paragraphs;
	bool		complete;
} zf_certification;

int			zf_parse_certifications(zf_arena *a, const char *doc, size_t n,
									zf_certification **out);

/* ---- line items and diagnostics (table engine) ----------------------------- */
typedef enum zf_statement
{
	ZF_ST_OTHER,
	ZF_ST_BALANCE_SHEET,
	ZF_ST_INCOME_STATEMENT,
	ZF_ST_CASH_FLOW,
	ZF_ST_EQUITY
} zf_statement;

typedef enum zf_unit
{
	ZF_UNIT_USD,
	ZF_UNIT_USD_PER_SHARE,
	ZF_UNIT_SHARES,
	ZF_UNIT_PERCENT,
	ZF_UNIT_NUMBER
} zf_unit;

typedef struct zf_line_item
{
	int			table_no;
	int			row_no;
	int			col_no;
	zf_statement statement;
	const char *title;
	int			audited;		/* -1 unknown, 0, 1 */
	const char *section;
	const char *label;
	const char *concept;
	zf_date		period_start;
	zf_date		period_end;
	int			months;			/* 0: instant or unknown */
	const char *value;			/* normalised decimal in real units */
	zf_unit		unit;
	int			scale_exp;		/* value = printed * 10^scale_exp */
	const char *raw;
	bool		is_total;
	bool		is_change;
	int			doc_seq;
	int			line_no;
} zf_line_item;

typedef enum zf_severity
{
	ZF_SEV_ERROR,
	ZF_SEV_WARNING,
	ZF_SEV_INFO
} zf_severity;

typedef struct zf_diagnostic
{
	zf_severity severity;
	const char *code;
	int			line_no;
	const char *message;
} zf_diagnostic;

typedef struct zf_tables
{
	zf_line_item *items;
	int			nitems;
	zf_diagnostic *diags;
	int			ndiags;
} zf_tables;

/* Finds every financial table in doc (all documents of a submission). */
void		zf_parse_tables(zf_arena *a, const char *doc, size_t n, zf_tables *out);

const char *zf_statement_name(zf_statement s);
const char *zf_unit_name(zf_unit u);
const char *zf_severity_name(zf_severity s);

/* ---- statements in wide form (statements.c) ------------------------------------ */

enum
{
	ZF_IS_REVENUE, ZF_IS_COST_OF_REVENUE, ZF_IS_GROSS_PROFIT, ZF_IS_OPERATING_EXPENSES,
	ZF_IS_OPERATING_INCOME, ZF_IS_PRETAX_INCOME, ZF_IS_INCOME_TAX, ZF_IS_NET_INCOME,
	ZF_IS_EPS_BASIC, ZF_IS_EPS_DILUTED, ZF_IS_SHARES_BASIC, ZF_IS_SHARES_DILUTED,
	ZF_IS_NFIELDS
};

enum
{
	ZF_BS_CASH, ZF_BS_RECEIVABLES, ZF_BS_INVENTORIES, ZF_BS_CURRENT_ASSETS, ZF_BS_TOTAL_ASSETS,
	ZF_BS_CURRENT_LIABILITIES, ZF_BS_LONG_TERM_DEBT, ZF_BS_TOTAL_LIABILITIES, ZF_BS_EQUITY,
	ZF_BS_LIABILITIES_AND_EQUITY, ZF_BS_NFIELDS
};

/* One period of the statement of operations, or one date of the balance sheet. */
typedef struct zf_statement_row
{
	zf_date		start;			/* NULL (y == 0) for balance sheet dates */
	zf_date		end;
	int			months;
	const char *value[ZF_IS_NFIELDS];	/* normalised decimal in real units, or NULL */
} zf_statement_row;

/*
 * Wide rows from the line items' concepts.  Several statements for one period
 * (GAAP and pro forma): the GAAP one wins, i.e. a table whose title does not say
 * "pro forma", "non-GAAP", "adjusted" or "supplemental", then the first.
 */
int			zf_income_rows(zf_arena *a, const zf_tables *t, zf_statement_row **out);
int			zf_balance_rows(zf_arena *a, const zf_tables *t, zf_statement_row **out);

/* ---- exact decimal sums (decimal.c) ---------------------------------------- */

/*
 * A sum of decimal numbers, exact at any size, in PostgreSQL's own numeric
 * digits (base 10000).  Positive and negative terms are kept apart, as in
 * PostgreSQL's NumericSumAccum, so removing a term (a moving window's
 * inverse transition) is adding it to the other side.  Storage comes from
 * zf_host_alloc and lives until zf_dec_free.
 */
#define ZF_DEC_NBASE 10000

typedef struct zf_dec_mag
{
	int32_t    *limb;			/* little-endian base-10000 limbs */
	int			nlimbs;
} zf_dec_mag;

typedef struct zf_dec
{
	zf_dec_mag	pos;
	zf_dec_mag	neg;
	int			frac;			/* limbs below the point (shared by pos and neg) */
	int			dscale;			/* largest decimal scale among the terms */
	int64_t		dscale_terms;	/* how many terms have that scale */
	int64_t		terms;			/* terms added minus terms removed */
} zf_dec;

/* A decimal as PostgreSQL's numeric_send writes it: digits[0] most significant. */
typedef struct zf_dec_value
{
	bool		neg;
	int			weight;			/* digits[0] is worth 10000^weight */
	int			ndigits;
	const int16_t *digits;
	int			dscale;
} zf_dec_value;

void		zf_dec_init(zf_dec *acc);
void		zf_dec_free(zf_dec *acc);
void		zf_dec_add(zf_dec *acc, const zf_dec_value *v);
/* false when the largest scale's last term leaves: the caller must recompute */
bool		zf_dec_remove(zf_dec *acc, const zf_dec_value *v);
void		zf_dec_merge(zf_dec *acc, const zf_dec *other);
void		zf_dec_copy(zf_dec *dst, const zf_dec *src);
/* The sum, as digits for numeric_recv: *out points into storage owned by acc. */
void		zf_dec_result(zf_dec *acc, zf_dec_value *out, int16_t **buf, int *buflen);
int			zf_dec_sign(zf_dec *acc);	/* -1, 0, 1 */
/* Serialisation: bytes needed, write, read (false on malformed input). */
size_t		zf_dec_serial_size(const zf_dec *acc);
size_t		zf_dec_serialize(const zf_dec *acc, unsigned char *out);
bool		zf_dec_deserialize(zf_dec *acc, const unsigned char *in, size_t n, size_t *used);
/* Decimal text ("-12.50") to a value; digits go to buf (n/4 + 4 entries). */
bool		zf_dec_parse(const char *s, zf_dec_value *v, int16_t *buf);

/* ---- growth and CAGR over (value, date) pairs (aggregate.c) ----------------- */

/* Sums at the earliest and at the latest date seen; dates in days. */
typedef struct zf_span
{
	bool		any;
	int32_t		first_day;
	int32_t		last_day;
	zf_dec		first;
	zf_dec		last;
} zf_span;

void		zf_span_init(zf_span *s);
void		zf_span_free(zf_span *s);
void		zf_span_add(zf_span *s, const zf_dec_value *v, int32_t day);
void		zf_span_merge(zf_span *s, const zf_span *other);
/* Years between the dates, 365.25 days each; 0 with fewer than two dates. */
double		zf_span_years(const zf_span *s);
/* Growth is defined: two dates and a non-zero base. */
bool		zf_span_growth_defined(zf_span *s);
/* CAGR is defined: two dates, a positive base, a non-negative end. */
bool		zf_span_cagr_defined(zf_span *s);
size_t		zf_span_serial_size(const zf_span *s);
size_t		zf_span_serialize(const zf_span *s, unsigned char *out);
bool		zf_span_deserialize(zf_span *s, const unsigned char *in, size_t n);

#endif							/* ZF_CORE_H */
