/* tables.c — placeholder until the table engine lands. */
#include <string.h>

#include "zf_core.h"

void
zf_parse_tables(zf_arena *a, const char *doc, size_t n, zf_tables *out)
{
	memset(out, 0, sizeof(*out));
}

const char *
zf_statement_name(zf_statement s)
{
	static const char *const names[] = {"other", "balance_sheet", "income_statement", "cash_flow", "equity"};

	return names[s];
}

const char *
zf_unit_name(zf_unit u)
{
	static const char *const names[] = {"USD", "USD/share", "shares", "percent", "number"};

	return names[u];
}

const char *
zf_severity_name(zf_severity s)
{
	static const char *const names[] = {"error", "warning", "info"};

	return names[s];
}
