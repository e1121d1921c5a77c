# common.sh — sourced by zoomfin's scripts: dependencies and a throwaway cluster.
#
# zf_cluster_start uses the server the caller's PG* variables point at, when any
# is set; otherwise it starts a private cluster on a unix socket in a temporary
# directory (as the postgres OS user when run as root) and stops it on exit,
# whether the script succeeds or fails.

set -euo pipefail

ZF_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ZF_PGVER=${ZF_PGVER:-15}
export PATH="/usr/lib/postgresql/$ZF_PGVER/bin:$PATH"

zf_say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }
zf_die() { printf 'zoomfin: %s\n' "$*" >&2; exit 1; }

# Install the Debian packages named in "$@" that are missing.
zf_apt() {
	local missing=()
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" -ne 0 ]; then
		zf_die "missing packages: ${missing[*]} — install them (sudo apt-get install ${missing[*]}) and run again"
	fi
	zf_say "installing ${missing[*]}"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

zf_build_deps() {
	zf_apt "postgresql-$ZF_PGVER" "postgresql-server-dev-$ZF_PGVER" make gcc libc6-dev
}

# Build and install the extension into the server's directories.
zf_build_install() {
	zf_say "building zoomfin"
	make -C "$ZF_ROOT" -s >/dev/null
	if [ -w "$(pg_config --pkglibdir)" ]; then
		make -C "$ZF_ROOT" -s install >/dev/null
	else
		zf_say "installing with sudo (the server's directories are not writable)"
		sudo make -C "$ZF_ROOT" -s install >/dev/null
	fi
}

zf_cluster_stop() {
	if [ -n "${ZF_TMP:-}" ] && [ -d "$ZF_TMP" ]; then
		if [ -f "$ZF_TMP/data/postmaster.pid" ]; then
			zf_as_pg pg_ctl -D "$ZF_TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
		fi
		rm -rf "$ZF_TMP"
	fi
	ZF_TMP=
}

zf_as_pg() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# One build-install-test at a time per machine: the extension is installed
# into the server's shared directories, so two concurrent runs would test
# each other's builds.
zf_lock() {
	[ -n "${ZF_LOCKED:-}" ] && return 0
	exec 9>/tmp/zoomfin-install.lock
	flock 9
	export ZF_LOCKED=1
}

zf_cluster_start() {
	if [ -n "${PGHOST:-}${PGPORT:-}${PGDATABASE:-}${PGUSER:-}" ]; then
		zf_say "using the server at PGHOST=${PGHOST:-} PGPORT=${PGPORT:-5432}"
		return 0
	fi
	ZF_TMP=$(mktemp -d /tmp/zoomfin.XXXXXX)
	trap zf_cluster_stop EXIT
	trap 'exit 130' INT TERM
	chmod 755 "$ZF_TMP"
	[ "$(id -u)" -eq 0 ] && chown postgres: "$ZF_TMP"
	zf_say "starting a throwaway cluster in $ZF_TMP"
	zf_as_pg initdb -D "$ZF_TMP/data" -A trust -U postgres -E UTF8 --locale=C --no-sync >"$ZF_TMP/initdb.log" 2>&1 ||
		{ cat "$ZF_TMP/initdb.log" >&2; zf_die "initdb failed"; }
	zf_as_pg pg_ctl -D "$ZF_TMP/data" -l "$ZF_TMP/server.log" -w start \
		-o "-k $ZF_TMP -c listen_addresses='' -p 54329 -c fsync=off -c max_parallel_workers_per_gather=2 ${ZF_PGOPTS:-}" >/dev/null ||
		{ cat "$ZF_TMP/server.log" >&2; zf_die "the server did not start"; }
	export PGHOST=$ZF_TMP PGPORT=54329 PGUSER=postgres PGDATABASE=postgres
}

# The bundled filings as COPY rows "path<TAB>base64", for \copy ... from program.
zf_filings_copy() {
	(cd "$ZF_ROOT/test/data" && find seeds corpus -type f \( -name '*.txt' -o -name '*.htm' \) | LC_ALL=C sort |
		while read -r f; do printf '%s\t%s\n' "$f" "$(base64 -w0 "$f")"; done)
}
