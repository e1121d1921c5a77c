/*
 * fuzz.c — libFuzzer entry points for every parser of the core.  Built once
 * per target with -DFUZZ_<TARGET> by test/fuzz/run; each input is parsed and
 * everything freed, so LeakSanitizer sees every byte the core keeps.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zf_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A NUL-terminated copy for the scalar parsers' string forms. */
static char *
cstring(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size + 1);

	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *doc = (const char *) data;
	zf_arena	a;

	zf_arena_init(&a);
#if defined(FUZZ_AMOUNT)
	{
		char	   *buf = malloc(size + 3);
		char	   *out;
		zf_amount	amt;

		if (zf_parse_amount(doc, size, buf, &amt) == ZF_AMOUNT_OK && size < 200)
		{
			out = malloc(strlen(buf) + 12);
			zf_decimal_shift(buf, (int) (size % 10), out);
			free(out);
		}
		free(buf);
	}
#elif defined(FUZZ_DATE)
	{
		zf_date		d;

		if (zf_parse_date(doc, size, &d))
		{
			zf_date		e = zf_date_add_days(d, (int) (size % 1000) - 500);

			if (!zf_date_valid(e.y, e.m, e.d) && e.y > 0 && e.y < 10000)
				abort();
		}
		(void) zf_scan_date(doc, size, &d);
	}
#elif defined(FUZZ_COVER)
	{
		zf_cover	c;

		(void) zf_parse_cover(&a, doc, size, &c);
	}
#elif defined(FUZZ_SUBMISSION)
	{
		zf_submission s;

		(void) zf_parse_submission(&a, doc, size, &s);
	}
#elif defined(FUZZ_DOCUMENTS)
	{
		zf_document *docs;
		int			n = zf_parse_documents(&a, doc, size, &docs),
					i;

		for (i = 0; i < n; i++)
			if (docs[i].body_off + docs[i].body_len > size)
				abort();
	}
#elif defined(FUZZ_CERTIFICATIONS)
	{
		zf_certification *certs;

		(void) zf_parse_certifications(&a, doc, size, &certs);
	}
#elif defined(FUZZ_TABLES)
	{
		zf_tables	t;
		zf_statement_row *rows;
		int			i;

		zf_parse_tables(&a, doc, size, &t);
		for (i = 0; i < t.nitems; i++)
			if (t.items[i].value == NULL || t.items[i].col_no < 1 || t.items[i].row_no < 1)
				abort();
		(void) zf_income_rows(&a, &t, &rows);
		(void) zf_balance_rows(&a, &t, &rows);
	}
#elif defined(FUZZ_DECIMAL)
	{
		/* decimal text terms, summed, merged, serialised and read back */
		char	   *s = cstring(data, size),
				   *tok,
				   *save = NULL;
		int16_t    *buf = malloc(sizeof(int16_t) * (size / 4 + 8));
		int16_t    *res = NULL;
		int			reslen = 0;
		zf_dec		x,
					y;
		zf_dec_value v;
		unsigned char *ser;
		size_t		used;

		zf_dec_init(&x);
		for (tok = strtok_r(s, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
			if (strlen(tok) < 4000 && zf_dec_parse(tok, &v, buf))
				zf_dec_add(&x, &v);
		ser = malloc(zf_dec_serial_size(&x));
		if (zf_dec_serialize(&x, ser) != zf_dec_serial_size(&x) ||
			!zf_dec_deserialize(&y, ser, zf_dec_serial_size(&x), &used))
			abort();
		zf_dec_merge(&y, &x);
		zf_dec_result(&y, &v, &res, &reslen);
		zf_dec_free(&y);
		/* the raw input as a serialised state: rejected or read, never overrun */
		if (zf_dec_deserialize(&y, data, size, &used))
			zf_dec_free(&y);
		zf_dec_free(&x);
		free(res);
		free(ser);
		free(buf);
		free(s);
	}
#else
#error "define one FUZZ_<TARGET>"
#endif
	zf_arena_free(&a);
	return 0;
}
