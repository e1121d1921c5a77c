/* host.c — the core's host hooks for programs outside the server. */
#include <stdio.h>
#include <stdlib.h>

#include "zf_core.h"

void *
zf_host_alloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
	{
		fputs("zoomfin core: out of memory\n", stderr);
		abort();
	}
	return p;
}

void
zf_host_free(void *ptr)
{
	free(ptr);
}

void
zf_host_check_interrupts(void)
{
}
