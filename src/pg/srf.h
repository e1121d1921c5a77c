/*
 * srf.h — the one way zoomfin's set-returning functions emit rows.
 *
 * Every SRF parses its argument once and materialises the rows into the
 * tuplestore PostgreSQL hands it; each row's Datums are built in a small
 * context reset after the row is stored, so memory does not grow per row.
 */
#ifndef ZF_SRF_H
#define ZF_SRF_H

#include "postgres.h"

#include "funcapi.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

typedef struct zf_srf
{
	ReturnSetInfo *rsinfo;
	MemoryContext row_ctx;
	MemoryContext caller_ctx;
} zf_srf;

static inline void
zf_srf_begin(FunctionCallInfo fcinfo, zf_srf *srf)
{
	InitMaterializedSRF(fcinfo, 0);
	srf->rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	srf->row_ctx = AllocSetContextCreate(CurrentMemoryContext, "zoomfin row",
										 ALLOCSET_SMALL_SIZES);
	srf->caller_ctx = CurrentMemoryContext;
}

/* Call before building a row's Datums. */
static inline void
zf_srf_row_start(zf_srf *srf)
{
	MemoryContextSwitchTo(srf->row_ctx);
}

static inline void
zf_srf_row_end(zf_srf *srf, Datum *values, bool *nulls)
{
	tuplestore_putvalues(srf->rsinfo->setResult, srf->rsinfo->setDesc, values, nulls);
	MemoryContextSwitchTo(srf->caller_ctx);
	MemoryContextReset(srf->row_ctx);
}

static inline void
zf_srf_end(zf_srf *srf)
{
	MemoryContextDelete(srf->row_ctx);
}

#endif
