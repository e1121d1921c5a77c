#!/usr/bin/env bash
# test/demo.sh — the main job: a throwaway cluster, the bundled filings loaded
# into a `filings` table, and what zoomfin reads from them.  Uses an existing
# server instead when PG* variables are set (then it works in database
# zoomfin_demo, which it creates and leaves behind).
source "$(dirname "$0")/scripts/common.sh"
cd "$ZF_ROOT"

zf_build_deps
zf_lock
zf_build_install
zf_cluster_start
psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS zoomfin_demo' -c 'CREATE DATABASE zoomfin_demo'
PGDATABASE=zoomfin_demo psql -X -q -v ON_ERROR_STOP=1 -P pager=off -f test/scripts/demo.sql
