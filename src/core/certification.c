/* certification.c — placeholder until the certification parser lands. */
#include "zf_core.h"

int
zf_parse_certifications(zf_arena *a, const char *doc, size_t n, zf_certification **out)
{
	*out = NULL;
	return 0;
}
