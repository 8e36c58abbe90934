#!/usr/bin/env bash
# The JMH suite for fmlint's per-file pipeline stages (bench/src/main/java/dev/fmlint/bench/*Bench.java).
#
#   bench/jmh.sh                 full run: every stage, every rule, both reports, both corpora, start-up (~20 min)
#   bench/jmh.sh --quick         smoke run: 1 fork, 1 short warm-up, 2 short measurements, no per-rule table
#   bench/jmh.sh --c2 ...        JVM's default JIT (C1+C2, G1) instead of the launcher's flags
#   bench/jmh.sh [opts] -- ARGS  pass ARGS to JMH (patterns, -p rule=ID, -prof gc, ...); no RESULTS.md update
#
# Scores are microseconds per file, over a fixed sample of 200 files per corpus (StartupBench: milliseconds,
# cold, one fresh JVM per measurement). By default the forked JVMs run with bin/fmlint's flags (C1 only,
# serial GC), because that is how fmlint really runs; --c2 shows what the full JIT would give. Environment: JDK25 (java to use, default: the launcher's choice), SKIP_BUILD=1,
# CORPUS_ROOT (default ../shared/corpus), NO_RESULTS=1 (do not touch bench/RESULTS.md).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

quick="" jit=launcher
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --c2) jit=c2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) die "unknown option $1 (JMH options go after --)" ;;
  esac
  shift
done

[ -d "$corpus_root/cpp-docs" ] || die "no corpora in $corpus_root (set CORPUS_ROOT)"
build_bench
check_launcher_flags
java=$(pick_jdk_default)
out="$bench_dir/target/jmh"
mkdir -p "$out"
stamp=$(date -u +%Y%m%d-%H%M%S)
csv="$out/$stamp.csv"

args=(-rf csv -rff "$csv")
if [ "$jit" = launcher ]; then
  args+=(-jvmArgsAppend "$launcher_flags")
fi
if [ ${#extra[@]} -gt 0 ]; then
  args+=("${extra[@]}")
elif [ -n "$quick" ]; then
  args+=(-f 1 -wi 1 -w 1s -i 2 -r 1s 'PipelineBench|ReportBench|StartupBench')
else
  args+=('PipelineBench|ReportBench|RuleBench|StartupBench')
fi

say "java: $java ($(java_banner "$java")), JIT: $jit, log: $out/$stamp.txt"
started=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
FMLINT_CORPUS_ROOT="$corpus_root" "$java" -jar "$bench_jar" "${args[@]}" 2>&1 | tee "$out/$stamp.txt"
elapsed=$(( $(date +%s) - started ))

# A Markdown table: one row per benchmark (and format or rule), one column per corpus, "score ± error".
table="$out/$stamp.md"
{
  if [ -n "$quick" ]; then
    echo "**Quick JMH run (1 fork, 1 s warm-up, 2 × 1 s measurements): smoke test only, not for conclusions.**"
    echo
  fi
  echo "JMH 1.37, $(java_banner "$java"), JVM flags: $([ "$jit" = launcher ] && echo "bin/fmlint's ($launcher_flags)" || echo "JVM defaults (C2, G1)"), $((elapsed / 60)) min; microseconds per file (lower is better), ± the 99.9% error JMH gives; sample: 200 files per corpus."
  echo
  machine_info "$load_start"
  echo
  awk -F, '
    function unq(s) { gsub(/^"|"$/, "", s); return s }
    { sub(/\r$/, "") } # JMH writes CSV with CRLF
    NR == 1 { for (i = 1; i <= NF; i++) { h = unq($i); col[h] = i }; next }
    {
      name = unq($col["Benchmark"]); sub(/^dev\.fmlint\.bench\./, "", name)
      if (("Param: format" in col) && unq($col["Param: format"]) != "") name = name " (" unq($col["Param: format"]) ")"
      if (("Param: rule" in col) && unq($col["Param: rule"]) != "") name = name " " unq($col["Param: rule"])
      corpus = ("Param: corpus" in col) ? unq($col["Param: corpus"]) : ""
      score = unq($col["Score"]); err = unq($col["Score Error (99.9%)"]); unit = unq($col["Unit"])
      cell = sprintf("%.1f", score) (err == "NaN" || err == "" ? "" : sprintf(" ± %.1f", err))
      if (corpus == "") { single[++ns] = "| " name " | " cell " | " unit " |"; next }
      if (!(name in seen)) { seen[name] = 1; order[++n] = name }
      if (!(corpus in cseen)) { cseen[corpus] = 1; corpora[++m] = corpus }
      v[name, corpus] = cell
    }
    END {
      if (n > 0) {
        line = "| stage (benchmark) |"; sep = "|---|"
        for (j = 1; j <= m; j++) { line = line " " corpora[j] " µs/file |"; sep = sep "---:|" }
        print line; print sep
        for (i = 1; i <= n; i++) {
          line = "| " order[i] " |"
          for (j = 1; j <= m; j++) line = line " " ((order[i], corpora[j]) in v ? v[order[i], corpora[j]] : "") " |"
          print line
        }
        print ""
      }
      if (ns > 0) {
        print "Start-up, cold (StartupBench: first call in a fresh JVM, without fmlint'"'"'s class archive):"
        print ""
        print "| benchmark | score | unit |"; print "|---|---:|---|"
        for (i = 1; i <= ns; i++) print single[i]
      }
    }' "$csv"
} >"$table"
cat "$table"
if [ ${#extra[@]} -eq 0 ] && [ -z "${NO_RESULTS:-}" ]; then
  replace_block "$bench_dir/RESULTS.md" jmh "$table"
  say "wrote the table into bench/RESULTS.md (block jmh)"
fi
