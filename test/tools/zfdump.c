/*
 * zfdump — prints what the core reads from files, without a server:
 *   zfdump items FILE...   line items, tab-separated
 *   zfdump diags FILE...   diagnostics
 *   zfdump cover FILE...   cover page fields, one per line
 *   zfdump all FILE...     every parser, printing counts (for valgrind and timing)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zf_core.h"
#include "../tools/slurp.h"

static const char *
or_null(const char *s)
{
	return s ? s : "\\N";
}

static void
print_field(const char *name, const char *value)
{
	printf("\t%s\t%s\n", name, or_null(value));
}

/* A date as text, or NULL when it is unknown. */
static const char *
date_text(zf_date d, char buf[16])
{
	snprintf(buf, 16, "%04d-%02d-%02d", d.y, d.m, d.d);
	return d.y ? buf : NULL;
}

static void
print_cover_date(const char *name, zf_date d)
{
	char		buf[16];

	print_field(name, date_text(d, buf));
}
static void
print_list(const char *name, const zf_strlist *l)
{
	int			k;

	printf("\t%s\t%d", name, l->n);
	for (k = 0; k < l->n; k++)
		printf("|%s", l->v[k]);
	printf("\n");
}

static void
print_cover(const char *file, const char *doc, size_t n, zf_arena *a)
{
	zf_cover	c;

	printf("%s\t%d\n", file, zf_parse_cover(a, doc, n, &c));
	print_field("form_type", c.form_type);
	print_cover_date("report_date", c.report_date);
	print_cover_date("period_end", c.period_end);
	print_field("company", c.company);
	print_field("state", c.state);
	print_field("file_number", c.file_number);
	print_field("ein", c.ein);
	print_field("address", c.address);
	print_field("zip", c.zip);
	print_field("phone", c.phone);
	print_list("items", &c.items);
	print_list("exhibits", &c.exhibits);
	print_field("signer", c.signer);
	print_field("signer_title", c.signer_title);
	print_cover_date("signed_on", c.signed_on);
	print_field("shares_outstanding", c.shares_outstanding);
	print_cover_date("shares_as_of", c.shares_as_of);
	print_cover_date("date_of_report", c.date_of_report);
}

static void
print_date(zf_date d)
{
	char		buf[16];

	printf("%s\t", or_null(date_text(d, buf)));
}
int
main(int argc, char **argv)
{
	int			i,
				k;

	if (argc < 3)
	{
		fprintf(stderr, "usage: zfdump items|diags|cover|all FILE...\n");
		return 2;
	}
	for (i = 2; i < argc; i++)
	{
		size_t		n;
		char	   *doc = slurp(argv[i], &n);
		zf_arena	a;
		zf_tables	t;

		zf_arena_init(&a);
		if (strcmp(argv[1], "cover") == 0)
		{
			print_cover(argv[i], doc, n, &a);
			zf_arena_free(&a);
			free(doc);
			continue;
		}
		zf_parse_tables(&a, doc, n, &t);
		if (strcmp(argv[1], "items") == 0)
			for (k = 0; k < t.nitems; k++)
			{
				zf_line_item *li = &t.items[k];

				printf("%d\t%d\t%d\t%s\t%s\t%s\t", li->table_no, li->row_no, li->col_no,
					   zf_statement_name(li->statement), li->section ? li->section : "\\N",
					   li->label ? li->label : "\\N");
				print_date(li->period_start);
				print_date(li->period_end);
				printf("%d\t%s\t%s\t%s\t%s%s\t%s\t%d\n", li->months, or_null(li->value), zf_unit_name(li->unit),
					   or_null(li->concept), li->is_total ? "T" : "", li->is_change ? "C" : "",
					   or_null(li->raw), li->line_no);
			}
		else if (strcmp(argv[1], "all") == 0)
		{
			zf_cover	c;
			zf_submission sub;
			zf_document *docs;
			zf_certification *certs;
			zf_statement_row *rows;

			printf("%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\n", argv[i],
				   zf_parse_cover(&a, doc, n, &c), zf_parse_submission(&a, doc, n, &sub),
				   zf_parse_documents(&a, doc, n, &docs), zf_parse_certifications(&a, doc, n, &certs),
				   t.nitems, t.ndiags, zf_income_rows(&a, &t, &rows), zf_balance_rows(&a, &t, &rows));
		}
		else
			for (k = 0; k < t.ndiags; k++)
				printf("%s\t%s\t%d\t%s\n", zf_severity_name(t.diags[k].severity), t.diags[k].code,
					   t.diags[k].line_no, t.diags[k].message);
		zf_arena_free(&a);
		free(doc);
	}
	return 0;
}
