/* submission.c — placeholder until the header parser lands; finds nothing. */
#include "zf_core.h"

bool
zf_parse_submission(zf_arena *a, const char *doc, size_t n, zf_submission *out)
{
	return false;
}
