/* cover.c — placeholder until the cover parser lands; finds nothing. */
#include "zf_core.h"

bool
zf_parse_cover(zf_arena *a, const char *doc, size_t n, zf_cover *out)
{
	return false;
}
