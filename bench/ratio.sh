#!/usr/bin/env bash
# Measures what the rules added after the core cost: checks one corpus with every rule on, and with only
# the nine core rules, alternating the two runs N times, and prints the median wall and CPU time of each
# and their ratios, the ratio of each pair of runs (their median first), and the fastest runs' ratio. Both
# runs go through bin/fmlint, so they pay the same JVM start-up (with its flags) and file reading.
#
#   bench/ratio.sh [--corpus cpp-docs|docs-cn|PATH] [--runs N]     (default: cpp-docs, 5 runs each)
#
# Needs java 17+; builds target/fmlint.jar with Maven when it is missing. Run it on a quiet machine.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
corpus_name=cpp-docs
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus_name=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "ratio: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
shared="${FMLINT_SHARED:-$here/../shared}"
if [ -d "$corpus_name" ]; then corpus=$(cd "$corpus_name" && pwd); else corpus="$shared/corpus/$corpus_name"; fi
[ -d "$corpus" ] || { echo "ratio: corpus $corpus not found" >&2; exit 2; }

jar="$here/target/fmlint.jar"
if [ ! -f "$jar" ]; then
  (cd "$here" && { mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests; }) >&2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fmlint-ratio.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# The nine rules of the first release, as the core issue shipped them.
cat > "$tmp/core.yaml" <<'YAML'
rules:
  frontmatter-required: error
  slug-format: error
  tags-format: error
  single-h1: error
  title-h1: warning
  heading-increment: error
  no-empty-heading: error
  no-duplicate-heading: warning
  heading-trailing-punctuation: warning
YAML
# Every rule, with its default options: the core ones and all the later ones, cross-file ones included.
{
  cat "$tmp/core.yaml"
  cat <<'YAML'
  date-format: error
  field-length: warning
  unique-field: error
  first-heading: warning
  no-empty-section: warning
  link-target-exists: error
  no-bare-urls: warning
  image-alt-text: warning
  cjk-spacing: warning
YAML
} > "$tmp/all.yaml"

# Every rule the jar has must be in all.yaml, or the comparison would quietly leave one out.
missing=$(java -jar "$jar" rules | awk 'NR > 1 { print $1 }' | while read -r id; do
  case "$id" in read-error|front-matter-syntax|schema|rule-error|inline-config) ;; *) grep -q "^  $id:" "$tmp/all.yaml" || echo "$id" ;; esac
done)
if [ -n "$missing" ]; then
  echo "ratio: rules missing from the all-rules run: $missing" >&2
  exit 2
fi

one_run() { # prints "wall-ms cpu-ms" of one check (cpu = user + system), and checks it did not crash
  local config=$1 code times
  local TIMEFORMAT='%R %U %S'
  set +e
  times=$( { time (cd "$corpus" && "$here/bin/fmlint" check --config "$config" --no-color . \
    > "$tmp/out.txt" 2> "$tmp/err.txt"); } 2>&1 )
  code=$?
  set -e
  if [ "$code" -gt 1 ] || grep -q "rule-error" "$tmp/out.txt"; then
    echo "ratio: the run with $config failed (exit $code):" >&2
    grep "rule-error" "$tmp/out.txt" | head -5 >&2
    head -5 "$tmp/err.txt" >&2
    exit 1
  fi
  echo "$times" | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

files=$(find "$corpus" -type f \( -name '*.md' -o -name '*.markdown' \) | wc -l)
echo "ratio: $files files in $corpus, $runs runs each, alternating" >&2
one_run "$tmp/all.yaml" > /dev/null # warm the file cache, so the first timed run is not the slow one
: > "$tmp/core.ms"
: > "$tmp/all.ms"
for i in $(seq 1 "$runs"); do
  one_run "$tmp/core.yaml" >> "$tmp/core.ms"
  one_run "$tmp/all.yaml" >> "$tmp/all.ms"
  echo "ratio: run $i: core $(tail -1 "$tmp/core.ms" | awk '{ print $1 " ms wall, " $2 " ms cpu" }');" \
    "all $(tail -1 "$tmp/all.ms" | awk '{ print $1 " ms wall, " $2 " ms cpu" }')" >&2
done
core_wall=$(cut -d' ' -f1 "$tmp/core.ms" | median)
all_wall=$(cut -d' ' -f1 "$tmp/all.ms" | median)
core_cpu=$(cut -d' ' -f2 "$tmp/core.ms" | median)
all_cpu=$(cut -d' ' -f2 "$tmp/all.ms" | median)
ratio() { awk -v a="$1" -v c="$2" 'BEGIN { printf "%.2f", a / c }'; }
minimum() { sort -n | head -1; }
core_wall_min=$(cut -d' ' -f1 "$tmp/core.ms" | minimum)
all_wall_min=$(cut -d' ' -f1 "$tmp/all.ms" | minimum)
core_cpu_min=$(cut -d' ' -f2 "$tmp/core.ms" | minimum)
all_cpu_min=$(cut -d' ' -f2 "$tmp/all.ms" | minimum)
# Each all-rules run against the core run just before it: a pair shares the machine's load of the moment,
# so the median of the pairs' ratios is the steadiest number when other work comes and goes.
pairs=$(paste -d' ' "$tmp/core.ms" "$tmp/all.ms" | awk '{ printf "%.4f %.4f\n", $3 / $1, $4 / $2 }')
pair_wall=$(echo "$pairs" | cut -d' ' -f1 | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
pair_cpu=$(echo "$pairs" | cut -d' ' -f2 | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "corpus $(basename "$corpus"): $files files, $runs alternating runs each"
echo "  median ratio all/core of the $runs pairs of runs: wall $pair_wall, CPU $pair_cpu"
echo "  median (and fastest) run:"
echo "  wall time: core rules $core_wall ms ($core_wall_min), all rules $all_wall ms ($all_wall_min)," \
  "ratio all/core $(ratio "$all_wall" "$core_wall") ($(ratio "$all_wall_min" "$core_wall_min"))"
echo "  CPU time:  core rules $core_cpu ms ($core_cpu_min), all rules $all_cpu ms ($all_cpu_min)," \
  "ratio all/core $(ratio "$all_cpu" "$core_cpu") ($(ratio "$all_cpu_min" "$core_cpu_min"))"
echo "  last all-rules run: $(tail -1 "$tmp/out.txt")"
