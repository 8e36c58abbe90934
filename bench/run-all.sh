#!/usr/bin/env bash
# The final benchmark pass, in one command, on an otherwise idle machine:
#
#   bench/run-all.sh                      RUNS=3: compare.sh (~25 min), jmh.sh (~15 min), two JFR profiles (~1 min)
#   PEERS_DIR=/tmp/fmlint-peers bench/run-all.sh   keep (and reuse) the npm peers
#   QUICK=1 bench/run-all.sh              smoke: RUNS=1 SKIP_SLOW=1, jmh.sh --quick (~10 min)
#
# Every part writes its own block of bench/RESULTS.md (compare, jmh, profile, startup); the prose around the
# blocks is kept (NO_RESULTS=1: leave RESULTS.md alone). Any variable of compare.sh (RUNS, SLOW_RUNS,
# SKIP_SLOW, ONLY, ...) passes through.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

if [ -n "${QUICK:-}" ]; then
  export RUNS=${RUNS:-1} SKIP_SLOW=${SKIP_SLOW:-1}
  jmh_mode=--quick
else
  export RUNS=${RUNS:-3}
  jmh_mode=""
fi
started=$(date +%s)
build_main
build_bench
export SKIP_BUILD=1 # built once, above: every part measures the same jars
"$bench_dir/compare.sh"
# shellcheck disable=SC2086
"$bench_dir/jmh.sh" $jmh_mode
[ -n "${NO_RESULTS:-}" ] || export RESULTS=1 # profile.sh writes into RESULTS.md only when asked
"$bench_dir/profile.sh" cpp-docs >/dev/null
"$bench_dir/profile.sh" --startup >/dev/null
say "all done in $(( ($(date +%s) - started) / 60 )) min: see bench/RESULTS.md"
