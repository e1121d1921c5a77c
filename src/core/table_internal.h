/*
 * table_internal.h — the table engine's shared structures (not part of the
 * core's public API).
 *
 * The engine works per document in three passes: every line is classified
 * once (tline.c), runs of lines are grouped into tables whose columns,
 * periods and rows are resolved (table.c, header.c), and the finished items
 * are checked for footing and calendar consistency (footing.c).
 */
#ifndef ZF_TABLE_INTERNAL_H
#define ZF_TABLE_INTERNAL_H

#include "zf_core.h"

/* A numeric cell of a data line; positions are display columns. */
typedef struct zf_cell
{
	int			start;
	int			end;			/* exclusive */
	const char *raw;			/* as printed, NUL-terminated arena copy */
	const char *num;			/* normalised printed value */
	int64_t		fixed;			/* num in units of 1/ZF_FIXED, for footing */
	bool		fixed_ok;		/* false: num out of the range fixed can hold */
	bool		dash;
	bool		percent;
} zf_cell;

#define ZF_FIXED 10000			/* fixed-point: 1/10000 of the printed unit */

typedef enum zf_tline_kind
{
	TL_BLANK,
	TL_RULE,					/* ----- or ===== (maybe several runs) */
	TL_TEXT,					/* text, no trailing numeric cells */
	TL_DATA,					/* label (maybe empty) and numeric cells */
	TL_YEARS,					/* only four-digit years: a column header */
	TL_TABLE_OPEN,
	TL_TABLE_CLOSE,
	TL_PAGE
} zf_tline_kind;

typedef struct zf_tline
{
	const char *p;				/* display text: tabs expanded, tags blanked */
	int			n;
	int			no;				/* line number in the whole input */
	zf_tline_kind kind;
	int			indent;			/* first non-blank column */
	int			label_end;		/* TL_DATA: end of the label text */
	char		rule_char;		/* TL_RULE: '-' or '=' */
	int			ncells;
	zf_cell    *cells;
} zf_tline;

/* A text group: a run of text separated from others by 2+ spaces. */
typedef struct zf_group
{
	int			start;
	int			end;
} zf_group;

/* tline.c */
zf_tline   *zf_classify_lines(zf_arena *a, const char *s, size_t n, int first_no, int max_lines,
							   int *nlines);
int			zf_text_groups(const zf_tline *l, zf_group *out, int max);
bool		zf_is_prose(const char *p, int n);

/* Per-column facts resolved from the header and the fiscal calendar. */
typedef struct zf_column
{
	int			right;			/* mean right edge of its cells */
	int			lo,
				hi;				/* extent of its cells */
	char	   *header;			/* header words stacked over it */
	zf_date		start;
	zf_date		end;
	int			months;			/* 0: instant */
	int			header_months;	/* as the header says, before calendar check */
	bool		is_change;
	bool		is_percent;
} zf_column;

/* What the lines above a table say about it. */
typedef struct zf_table_head
{
	char	   *title;
	char	   *text;			/* title and header lines, squeezed, for keywords */
	char	   *title_text;		/* the words left of the columns only */
	int			scale_exp;
	bool		shares_unscaled;	/* "except share and per share data" */
	int			audited;		/* -1 unknown */
	zf_date		title_date;		/* the last full date in the title, if any */
	zf_date		title_first;	/* and the first */
} zf_table_head;

/* header.c */
void		zf_read_head(zf_arena *a, const zf_tline *lines, int from, int to, int colarea,
						 zf_table_head *head);
void		zf_read_columns(zf_arena *a, const zf_tline *lines, int from, int to,
							zf_column *cols, int ncols, const zf_table_head *head);
zf_date		zf_find_date_in(const char *s, zf_date *first, int *count);
int			zf_duration_months(const char *s);

/* concepts.c */

/* A row's heading and label normalised for the word tests: lower case, words only. */
typedef struct zf_row_words
{
	char		ns[256];
	char		nl[256];
} zf_row_words;

/* Set apart, as the rows under one heading share its words. */
void		zf_row_words_section(const char *section, zf_row_words *w);
void		zf_row_words_label(const char *label, zf_row_words *w);
zf_unit		zf_row_unit(const zf_row_words *w);
const char *zf_concept_for(zf_statement st, const zf_row_words *w, zf_unit unit, bool *bare_total);
zf_statement zf_classify_statement(const char *head_text, const char *const *labels, int nlabels);
int			zf_label_scale(const char *label);	/* "(in thousands)" in a label: 3, or -1 */

/* A data row of a table, after labels are joined and cells placed. */
typedef struct zf_row
{
	int			line;			/* index into the document's lines */
	char	   *label;
	const char *section;
	int			section_id;		/* innermost heading, -1 none */
	bool		is_total;
	bool		label_total;	/* label says "Total" */
	const zf_cell **cells;		/* per column, NULL when empty */
	zf_unit		unit;
	int			scale_exp;		/* for its unit: value = printed * 10^scale_exp */
	const char *concept;
} zf_row;

typedef struct zf_table
{
	int			table_no;
	zf_statement statement;
	zf_table_head head;
	zf_column  *cols;
	int			ncols;
	zf_row	   *rows;
	int			nrows;
	int		   *section_parent;	/* heading id -> parent heading id */
	int			first_item;		/* index of its first item in the engine */
	int			nitems;
	int			last_line;		/* index after its last line */
	int			header_line_no;	/* line number of its column header */
} zf_table;

/* footing.c */
typedef struct zf_fiscal
{
	int			fye_month;		/* 0: unknown */
	int			fye_day;
	int			source_line;
	const char *source;			/* what told us, for messages */
} zf_fiscal;

#if defined(__GNUC__)
#define ZF_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define ZF_PRINTF(f, a)
#endif
void		zf_diag(zf_arena *a, zf_vec *diags, zf_severity sev, const char *code, int line_no,
					const char *fmt,...) ZF_PRINTF(6, 7);

/* table.c */
typedef struct zf_engine
{
	zf_arena   *a;
	zf_vec		items;
	zf_vec		diags;
	int			table_no;
	int			doc_seq;
	zf_fiscal	fiscal;			/* for bare years: the SEC header's, else learned */
	zf_fiscal	doc_fiscal;		/* learned from this document's balance sheet */
	bool		header_fiscal;	/* fiscal year end known from the SEC header */
} zf_engine;

void		zf_tables_in_document(zf_engine *e, const char *s, size_t n, int first_no, int max_lines);

/* footing.c, given the engine */
void		zf_foot_table(zf_engine *e, const zf_table *t, const zf_tline *lines);
void		zf_infer_scale(zf_engine *e, zf_table *tables, int ntables);


#endif
