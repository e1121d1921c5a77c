#!/usr/bin/env bash
# test/run.sh — every zoomfin test: build, install, C unit tests of the core
# (ASan + UBSan), a short fuzzing run of every parser, pg_regress against a
# throwaway cluster, the accuracy harness, memcheck, pgbench, and the
# distributed test (three clusters, postgres_fdw).
# Exits non-zero on any failure.  Uses an existing server if PG* is set.
source "$(dirname "$0")/scripts/common.sh"
cd "$ZF_ROOT"

passed=0
failed=0
step() {
	local name=$1
	shift
	zf_say "$name"
	if "$@"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		printf 'FAILED: %s\n' "$name" >&2
	fi
}

regress() {
	if make -s installcheck; then
		return 0
	fi
	[ -f regression.diffs ] && head -n 200 regression.diffs >&2
	return 1
}

zf_build_deps
zf_lock
zf_build_install
step "C unit tests of the core" make -s unit
step "fuzzing every parser briefly (${ZF_FUZZ_SECONDS:-10} s each)" bash test/fuzz/run "${ZF_FUZZ_SECONDS:-10}"
zf_cluster_start
step "pg_regress" regress
for t in test/scripts/check-*; do
	[ -x "$t" ] && step "$(basename "$t")" "$t"
done
zf_cluster_stop
trap - EXIT
# its own three clusters; the lock is ours already
step "distributed: a coordinator and two shards" env ZF_LOCKED=1 bash test/distributed/run

echo
echo "zoomfin: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
