/*
 * unit.h — a few assertion macros for the core's C tests.  Each test binary
 * prints "NAME: N passed, M failed" and exits non-zero on any failure.
 */
#ifndef ZF_UNIT_H
#define ZF_UNIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zf_core.h"
#include "../tools/slurp.h"

static int	unit_passed,
			unit_failed;

#define CHECK(cond) do { \
	if (cond) unit_passed++; \
	else { unit_failed++; fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	if ((g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0)) unit_passed++; \
	else { unit_failed++; fprintf(stderr, "%s:%d: %s = \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
		#got, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } \
} while (0)

#define CHECK_INT(got, want) do { \
	long g_ = (long) (got), w_ = (long) (want); \
	if (g_ == w_) unit_passed++; \
	else { unit_failed++; fprintf(stderr, "%s:%d: %s = %ld, want %ld\n", __FILE__, __LINE__, #got, g_, w_); } \
} while (0)

#define CHECK_DATE(got, Y, M, D) do { \
	zf_date g_ = (got); \
	if (g_.y == (Y) && g_.m == (M) && g_.d == (D)) unit_passed++; \
	else { unit_failed++; fprintf(stderr, "%s:%d: %s = %04d-%02d-%02d, want %04d-%02d-%02d\n", \
		__FILE__, __LINE__, #got, g_.y, g_.m, g_.d, (Y), (M), (D)); } \
} while (0)

static inline int
unit_report(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, unit_passed, unit_failed);
	return unit_failed ? 1 : 0;
}

/* Reads a whole file (test data); exits on failure. */
#define unit_read_file(path, len) slurp((path), (len))

#endif
