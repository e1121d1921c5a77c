/*
 * bench_core — the parser core alone, no server: reads the files given,
 * then parses all of them ROUNDS times and prints MB/s for the table engine
 * (line items and diagnostics) and for the cover parser.  ONLY=tables or
 * ONLY=cover runs one of the two, for a profiler.
 */
#define _POSIX_C_SOURCE 199309L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "zf_core.h"
#include "../tools/slurp.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	int			rounds = atoi(getenv("ROUNDS") ? getenv("ROUNDS") : "5"),
				nfiles = argc - 1,
				r,
				i;
	char	  **docs = malloc(sizeof(char *) * (nfiles + 1));
	size_t	   *lens = malloc(sizeof(size_t) * (nfiles + 1)),
				bytes = 0;
	const char *only = getenv("ONLY") ? getenv("ONLY") : "";
	long		items = 0;
	double		t0,
				t_tables,
				t_cover;

	for (i = 0; i < nfiles; i++)
	{
		docs[i] = slurp(argv[i + 1], &lens[i]);
		bytes += lens[i];
	}
	t0 = now();
	for (r = 0; r < rounds && strcmp(only, "cover") != 0; r++)
		for (i = 0; i < nfiles; i++)
		{
			zf_arena	a;
			zf_tables	t;

			zf_arena_init(&a);
			zf_parse_tables(&a, docs[i], lens[i], &t);
			items += t.nitems;
			zf_arena_free(&a);
		}
	t_tables = now() - t0;
	t0 = now();
	for (r = 0; r < rounds && strcmp(only, "tables") != 0; r++)
		for (i = 0; i < nfiles; i++)
		{
			zf_arena	a;
			zf_cover	c;

			zf_arena_init(&a);
			(void) zf_parse_cover(&a, docs[i], lens[i], &c);
			zf_arena_free(&a);
		}
	t_cover = now() - t0;
	printf("core: %d files, %.1f MB, %d rounds\n", nfiles, bytes / 1e6, rounds);
	printf("  line items + diagnostics  %8.1f MB/s  (%ld items per round)\n",
		   bytes * (double) rounds / 1e6 / t_tables, items / (rounds ? rounds : 1));
	printf("  cover                     %8.1f MB/s\n", bytes * (double) rounds / 1e6 / t_cover);
	return 0;
}
