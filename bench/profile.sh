#!/usr/bin/env bash
# Profiles one fmlint run with Java Flight Recorder and summarises it (stages, hottest methods, threads, GC).
#
#   bench/profile.sh                  cpp-docs, everything on (its schema + the recommended preset)
#   bench/profile.sh docs-cn          another corpus of ../shared/corpus
#   bench/profile.sh PATH -- ARGS     any file or folder, with ARGS for `fmlint check` instead of the defaults
#   bench/profile.sh --startup [FILE] the start-up of a one-file run (default: the single file of compare.sh):
#                                     classes loaded by origin and package (-Xlog:class+load), then a JFR
#                                     profile sampled every millisecond
#
# fmlint runs through bin/fmlint (same JVM, flags and class archive as a user gets); the recording is started
# with JAVA_TOOL_OPTIONS. Output: bench/target/profile/NAME.{jfr,md}. Environment: PERIOD (sampling period,
# default 5ms, 1ms for --startup), TOP (rows per table, default 25), JDK25 (java to use), SKIP_BUILD=1,
# RESULTS=1 (also write the summary into bench/RESULTS.md, block profile or startup).
# Look further with: jfr print --events jdk.ExecutionSample bench/target/profile/NAME.jfr | less
#                    jfr summary bench/target/profile/NAME.jfr
set -euo pipefail
. "$(dirname "$0")/lib.sh"

startup="" what=cpp-docs
fm_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --startup) startup=1 what=${2:-cpp-docs/docs/cpp/lambda-expressions-in-cpp.md}; [ $# -gt 1 ] && shift ;;
    --) shift; fm_args=("$@"); break ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) what=$1 ;;
  esac
  shift
done
TOP=${TOP:-25}
PERIOD=${PERIOD:-$([ -n "$startup" ] && echo 1ms || echo 5ms)}

# Resolve WHAT: a corpus name, a path below the corpora, or any path.
if [ -e "$corpus_root/$what" ]; then target="$corpus_root/$what"; else target=$(readlink -f "$what"); fi
[ -e "$target" ] || die "$what: no such corpus, file or folder"
corpus=$(basename "$(echo "${target#"$corpus_root"/}" | cut -d/ -f1)")
if [ ${#fm_args[@]} -eq 0 ]; then
  fm_args=(--no-config)
  [ -f "$corpus_root/$corpus.schema.json" ] && fm_args+=(--schema "$corpus_root/$corpus.schema.json")
fi

build_main
build_bench
java=$(pick_jdk_default)
export FMLINT_JAVA=$java
out="$bench_dir/target/profile"
mkdir -p "$out"
name=$([ -n "$startup" ] && echo startup || echo "$(basename "$target")")
jfr="$out/$name.jfr"
md="$out/$name.md"
fmlint="$repo_dir/bin/fmlint"

# The launcher makes its class archive on the first run after a build: make it now, untimed and unrecorded.
"$fmlint" check --no-config "$corpus_root/cpp-docs/docs/cpp/lambda-expressions-in-cpp.md" >/dev/null 2>&1 || true

{
  echo "Profile of \`fmlint check ${fm_args[*]} ${target#"$corpus_root"/}\` through bin/fmlint, $(java_banner "$java"), JFR sampling every $PERIOD, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
} >"$md"

if [ -n "$startup" ]; then
  # Class loading, with the launcher's own archive: ask the launcher for its command line by running it with
  # a java stand-in that prints its arguments, then rerun that with -Xlog:class+load (the launcher turns
  # logging off, so JAVA_TOOL_OPTIONS cannot carry -Xlog).
  shim=$(mktemp -d)
  mkdir -p "$shim/bin"
  printf '#!/bin/sh\nprintf "%%s\\n" "$@"\n' >"$shim/bin/java"
  chmod +x "$shim/bin/java"
  cp "$(dirname "$(dirname "$(readlink -f "$java")")")/release" "$shim/release" # the launcher reads the version there
  # Without a schema, so that what is loaded for nothing shows (the issue: "no schema library when no
  # schema applies, no reporter that is not asked for").
  mapfile -t jvm_args < <(FMLINT_JAVA="$shim/bin/java" "$fmlint" check --no-config "$target")
  rm -rf "$shim"
  kept=()
  for a in "${jvm_args[@]}"; do case "$a" in -Xlog:*) ;; *) kept+=("$a") ;; esac; done
  log="$out/class-load.log"
  rm -f "$log"*
  t0=$EPOCHREALTIME
  "$java" "-Xlog:class+load=info:file=$log" "${kept[@]}" >/dev/null 2>&1 || true
  t1=$EPOCHREALTIME
  {
    echo "**Classes loaded by a one-file run without a schema** ($(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }') s wall with class logging; JVM arguments: \`$(printf '%s ' "${kept[@]}" | sed "s#$repo_dir/##g")\`)"
    echo
    echo "| origin | classes |"
    echo "|---|---:|"
    sed -n 's/.*source: \(.*\)$/\1/p' "$log" | awk '
      /shared objects file/ { print "the class archive (CDS/AOT)"; next }
      /^jrt:/ { print "the JDK modules (not archived)"; next }
      /^(jar:)?file:/ { print "the jar (not archived)"; next }
      { print "generated at run time (lambdas, proxies)" }' | sort | uniq -c | sort -rn | awk '{ n = $1; $1 = ""; printf "|%s | %d |\n", $0, n }'
    echo
    echo "| package group | classes |"
    echo "|---|---:|"
    sed -n 's/^\[[^]]*\]\[[^]]*\]\[[^]]*\] \([^ ]*\) source.*/\1/p' "$log" |
      awk '{ c = $1; sub(/\$.*/, "", c); n = split(c, p, "."); g = p[1]
             if (p[1] == "dev" && n > 3) g = "dev.fmlint." p[3]
             else if (p[1] == "java" || p[1] == "jdk" || p[1] == "sun") g = p[1] ".*"
             else if (n > 2) g = p[1] "." p[2]
             print g }' |
      sort | uniq -c | sort -rn | head -25 | awk '{ printf "| `%s` | %d |\n", $2, $1 }'
    echo
    echo "Loaded although this run has no schema, no fix and only the text report (schema and JSON libraries, fmlint's schema package, other reporters, fixers), with their nested classes:"
    echo
    sed -n 's/^\[[^]]*\]\[[^]]*\]\[[^]]*\] \([^ ]*\) source.*/\1/p' "$log" |
      grep -E '^dev\.fmlint\.(schema\.|report\.[A-Za-z]*(Sarif|Junit|Gitlab|Github|Checkstyle|Json)|fix\.)|^org\.everit\.|^org\.json\.|^com\.google\.' |
      awk '{ c = $1; sub(/\$.*/, "", c); n = split(c, p, "."); pk = p[1]; for (i = 2; i < n; i++) pk = pk "." p[i]; print pk }' |
      sort | uniq -c | sort -rn | awk '{ printf "- `%s`: %d classes\n", $2, $1 }'
    echo
  } >>"$md"
fi

# The JFR recording.
rc=0
JAVA_TOOL_OPTIONS="-XX:StartFlightRecording=filename=$jfr,settings=profile,jdk.ExecutionSample#period=$PERIOD" \
  /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "$fmlint" check "${fm_args[@]}" "$target" >"$out/$name.report.txt" 2>"$out/$name.stderr.txt" || rc=$?
[ $rc -le 1 ] && [ -s "$jfr" ] || die "fmlint exited with $rc and no recording (see $out/$name.stderr.txt)"
read -r wall user sys rss < <(tail -n 1 "$out/time.txt") || true
{
  echo "With the recording on: $wall s wall, $user s user, $sys s system, $((rss / 1024)) MiB peak RSS (JFR adds some of each)."
  echo
  "$java" -cp "$bench_jar" dev.fmlint.bench.JfrSummary "$jfr" "$TOP"
} >>"$md"
cat "$md"
if [ -n "${RESULTS:-}" ]; then
  replace_block "$bench_dir/RESULTS.md" "$([ -n "$startup" ] && echo startup || echo profile)" "$md"
  say "wrote the summary into bench/RESULTS.md"
fi
say "recording: $jfr; summary: $md"
