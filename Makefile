# zoomfin — PGXS build.  `make && make install && make installcheck`;
# `make unit` builds and runs the C tests of the parser core (no server).

EXTENSION = zoomfin

CORE_SRCS = $(sort $(wildcard src/core/*.c))
GLUE_SRCS = $(sort $(wildcard src/pg/*.c))
MODULE_big = zoomfin
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

DATA = $(sort $(wildcard zoomfin--*.sql))

# pg_regress: setup first, then every test in sql/ in name order
REGRESS = setup $(filter-out setup,$(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql))))
REGRESS_OPTS = --encoding=UTF8

PG_CPPFLAGS = -I$(srcdir)/src/core
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers

EXTRA_CLEAN = test/unit/*.bin test/unit/*.o

# PGXS tracks no header dependencies: every object (and its JIT bitcode)
# depends on every header.  Not named HEADERS: PGXS installs those.
ZF_HEADERS = $(wildcard src/core/*.h src/pg/*.h)
$(OBJS) $(OBJS:.o=.bc): $(ZF_HEADERS)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# ---- the core outside the server ----------------------------------------
UNIT_CC ?= cc
UNIT_CFLAGS ?= -std=c99 -g -O1 -Wall -Wextra -Wno-unused-parameter \
	-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
UNIT_TESTS = $(patsubst test/unit/%.c,test/unit/%.bin,$(wildcard test/unit/test_*.c))

test/unit/%.bin: test/unit/%.c test/unit/host.c $(CORE_SRCS) $(ZF_HEADERS) test/unit/unit.h test/tools/slurp.h
	$(UNIT_CC) $(UNIT_CFLAGS) -Isrc/core -Itest/unit -o $@ $< test/unit/host.c $(CORE_SRCS)

.PHONY: unit
unit: $(UNIT_TESTS)
	@set -e; for t in $(UNIT_TESTS); do ASAN_OPTIONS=detect_leaks=1 ./$$t; done

test/tools/zfdump test/bench/bench_core: %: %.c test/tools/slurp.h test/unit/host.c $(CORE_SRCS) $(ZF_HEADERS)
	$(UNIT_CC) -std=c99 -O2 -g -Wall -Isrc/core -o $@ $< test/unit/host.c $(CORE_SRCS)
