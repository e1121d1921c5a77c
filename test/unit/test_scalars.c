/* test_scalars.c — amounts, dates and decimal scaling. */
#include "unit.h"

static const char *
amount(const char *s)
{
	static char buf[256];
	zf_amount	a;

	switch (zf_parse_amount(s, strlen(s), buf, &a))
	{
		case ZF_AMOUNT_OK:
			return buf;
		case ZF_AMOUNT_BLANK:
			return "BLANK";
		default:
			return "BAD";
	}
}

static const char *
shift(const char *num, int e)
{
	static char buf[256];

	zf_decimal_shift(num, e, buf);
	return buf;
}

static zf_date
date(const char *s)
{
	zf_date		d = {0, 0, 0};

	if (!zf_parse_date(s, strlen(s), &d))
		d.y = d.m = d.d = 0;
	return d;
}

int
main(void)
{
	/* SPEC forms */
	CHECK_STR(amount("$ 9,049"), "9049");
	CHECK_STR(amount("(15,942)"), "-15942");
	CHECK_STR(amount("$(0.06)"), "-0.06");
	CHECK_STR(amount("$ (504)"), "-504");
	CHECK_STR(amount("-"), "0");
	CHECK_STR(amount("--"), "0");
	CHECK_STR(amount("---"), "0");
	CHECK_STR(amount("-0-"), "0");
	CHECK_STR(amount("\xe2\x80\x94"), "0");
	CHECK_STR(amount("29.7%"), "29.7");
	CHECK_STR(amount("   "), "BLANK");
	CHECK_STR(amount(""), "BLANK");
	CHECK_STR(amount("abc"), "BAD");
	/* more printed forms */
	CHECK_STR(amount("$.06"), "0.06");
	CHECK_STR(amount(".06"), "0.06");
	CHECK_STR(amount("-504"), "-504");
	CHECK_STR(amount("( 504 )"), "-504");
	CHECK_STR(amount("(3.4)%"), "-3.4");
	CHECK_STR(amount("(0)"), "0");
	CHECK_STR(amount("007"), "7");
	CHECK_STR(amount("1,234,567.50"), "1234567.50");
	CHECK_STR(amount("$    -"), "0");
	/* malformed */
	CHECK_STR(amount("(504"), "BAD");
	CHECK_STR(amount("1,,2"), "BAD");
	CHECK_STR(amount(",12"), "BAD");
	CHECK_STR(amount("12,"), "BAD");
	CHECK_STR(amount("$"), "BAD");
	CHECK_STR(amount("."), "BAD");
	CHECK_STR(amount("1.2.3"), "BAD");
	CHECK_STR(amount("12 34"), "BAD");
	CHECK_STR(amount("--5"), "BAD");

	/* scaling is exact */
	CHECK_STR(shift("9049", 3), "9049000");
	CHECK_STR(shift("-7", 3), "-7000");
	CHECK_STR(shift("1.5", 6), "1500000");
	CHECK_STR(shift("-0.06", 0), "-0.06");
	CHECK_STR(shift("0.0625", 2), "6.25");
	CHECK_STR(shift("0.5", 3), "500");
	CHECK_STR(shift("0", 3), "0");
	CHECK_STR(shift("12.345", 1), "123.45");

	/* dates */
	CHECK_DATE(date("April 30, 2004"), 2004, 4, 30);
	CHECK_DATE(date("Mar 31, 2004"), 2004, 3, 31);
	CHECK_DATE(date("03/31/04"), 2004, 3, 31);
	CHECK_DATE(date("9/30/03"), 2003, 9, 30);
	CHECK_DATE(date("September 30, 2003"), 2003, 9, 30);
	CHECK_DATE(date("2004-03-31"), 2004, 3, 31);
	CHECK_DATE(date("January 19,2000"), 2000, 1, 19);
	CHECK_DATE(date("Sept. 30, 2003"), 2003, 9, 30);
	CHECK_DATE(date("30-Sep-03"), 2003, 9, 30);
	CHECK_DATE(date("20040331"), 2004, 3, 31);
	CHECK_DATE(date("  SEPTEMBER 29, 1995 "), 1995, 9, 29);
	CHECK_DATE(date("12/31/1999"), 1999, 12, 31);
	CHECK_DATE(date("2/29/2004"), 2004, 2, 29);
	CHECK_DATE(date("February 30, 2004"), 0, 0, 0);
	CHECK_DATE(date("2/29/2003"), 0, 0, 0);
	CHECK_DATE(date("0000-01-01"), 0, 0, 0);
	CHECK_DATE(date("13/01/04"), 0, 0, 0);
	CHECK_DATE(date("April 30"), 0, 0, 0);
	CHECK_DATE(date("April 30, 2004 and more"), 0, 0, 0);
	CHECK_DATE(date("9/30/034"), 0, 0, 0);
	CHECK_DATE(date("Marching 3, 2004"), 0, 0, 0);
	CHECK_DATE(date(""), 0, 0, 0);

	/* epoch arithmetic matches PostgreSQL's date_in */
	{
		zf_date		e = {2000, 1, 1},
					d = {2004, 3, 31},
					x = {1970, 1, 1};

		CHECK_INT(zf_date_to_pg(e), 0);
		CHECK_INT(zf_date_to_pg(d), 1551);
		CHECK_INT(zf_date_to_pg(x), -10957);
		CHECK_DATE(zf_date_add_days(d, 1), 2004, 4, 1);
		CHECK_DATE(zf_date_add_days(e, -1), 1999, 12, 31);
	}
	return unit_report("scalars");
}
