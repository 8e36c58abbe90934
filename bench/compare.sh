#!/usr/bin/env bash
# Times fmlint and the peer tools as whole processes, side by side, on each corpus of ../shared/corpus and on
# one file of cpp-docs, and writes the table (medians, ratios, targets) into bench/RESULTS.md.
#
#   RUNS=3 bench/compare.sh            the final run (~20-25 min on an idle 2-core machine)
#   RUNS=1 SKIP_SLOW=1 bench/compare.sh   a smoke run (minutes)
#
# Environment:
#   RUNS=5          timed runs of each command on a corpus (rounds: every command once per round, interleaved,
#                   so that load from elsewhere hits all tools alike)
#   SINGLE_RUNS     timed runs on the single file (default 2 × RUNS; they are cheap and short runs are noisier)
#   SLOW_RUNS=1     timed runs of the slow peers (remark-cli on a whole corpus: ~280 s per run on cpp-docs)
#   SKIP_SLOW=1     leave the slow peers out
#   ONLY="..."      only these scenarios, of: cpp-docs docs-cn single
#   SINGLE_FILE     the single file, relative to cpp-docs (default docs/cpp/lambda-expressions-in-cpp.md)
#   PEERS_DIR       folder for the npm peers: reused when its lock file matches ../shared/peers (default: a
#                   new temporary folder, removed at the end; set it to keep the peers between runs)
#   HYPERFINE=0     skip the hyperfine cross-check of the single-file commands
#   SKIP_BUILD=1    use the jars already built; NO_RESULTS=1: leave bench/RESULTS.md alone
#   JDK25, JDK17    java binaries (default: the launcher's choice under /usr/lib/jvm, and a JDK 17)
# Each run is timed with GNU time (user, sys, peak RSS of the largest process) and the shell's clock (wall).
# Logs, raw runs and the generated table go to bench/target/compare/.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-5}
SINGLE_RUNS=${SINGLE_RUNS:-$((RUNS * 2))}
SLOW_RUNS=${SLOW_RUNS:-1}
ONLY=${ONLY:-cpp-docs docs-cn single}
SINGLE_FILE=${SINGLE_FILE:-docs/cpp/lambda-expressions-in-cpp.md}
peers_src="$repo_dir/../shared/peers"
started_all=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

[ -d "$corpus_root/cpp-docs" ] || die "no corpora in $corpus_root (set CORPUS_ROOT)"
[ -f "$peers_src/package-lock.json" ] || die "no $peers_src/package-lock.json"
[ -f "$corpus_root/cpp-docs/$SINGLE_FILE" ] || die "no single file $corpus_root/cpp-docs/$SINGLE_FILE"
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are needed for the peers"

# --- tools -------------------------------------------------------------------------------------------------
apt_install() {
  say "installing $* (apt-get)"
  { apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$@" >/dev/null 2>&1; }; } ||
    say "warning: apt-get install $* failed"
}
[ -x /usr/bin/time ] || apt_install time
[ -x /usr/bin/time ] || die "GNU time (/usr/bin/time) is needed"
if [ "${HYPERFINE:-1}" != 0 ] && ! command -v hyperfine >/dev/null; then apt_install hyperfine; fi

# --- builds and JDKs ---------------------------------------------------------------------------------------
build_main
build_bench
check_launcher_flags
jdk_default=$(pick_jdk_default)
jdk17=$(pick_jdk17)
v_default=$(java_version "$jdk_default")
[ -n "$jdk17" ] || say "warning: no JDK 17 found: the JDK 17 rows are left out"
if [ "$v_default" -ge 25 ]; then default_archive="AOT cache"; else default_archive="CDS archive"; fi
fmlint="$repo_dir/bin/fmlint"

# --- peers ---------------------------------------------------------------------------------------------------
if [ -n "${PEERS_DIR:-}" ]; then
  peers=$PEERS_DIR
  mkdir -p "$peers"
else
  peers=$(mktemp -d /tmp/fmlint-peers.XXXXXX)
  trap 'rm -rf "$peers"' EXIT
fi
if [ -d "$peers/node_modules" ] && cmp -s "$peers_src/package-lock.json" "$peers/package-lock.json"; then
  say "reusing the peers in $peers"
else
  say "installing the peers into $peers (npm ci)"
  rm -rf "$peers/node_modules"
  cp "$peers_src"/package.json "$peers_src"/package-lock.json "$peers/"
  (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci failed in $peers"
fi
# The configs import their plugins by bare name, so they must sit beside node_modules.
cp "$peers_src"/*.jsonc "$peers_src"/*.mjs "$peers/"
chmod u+w "$peers"/*
mdl="$peers/node_modules/.bin/markdownlint-cli2"
remark="$peers/node_modules/.bin/remark"
ajv="$peers/node_modules/.bin/ajv"
rumdl="$peers/node_modules/@rumdl/cli-linux-x64/rumdl"
for t in "$mdl" "$remark" "$ajv" "$rumdl"; do [ -x "$t" ] || die "$t is missing after npm ci"; done
peer_version() { node -p "require('$peers/node_modules/$1/package.json').version"; }

# --- rule sets -----------------------------------------------------------------------------------------------
core="read-error front-matter-syntax schema rule-error"
headings="heading-increment single-h1 no-duplicate-heading heading-trailing-punctuation no-empty-heading title-h1"
all_rules=$("$jdk_default" -jar "$fmlint_jar" rules | awk 'NR > 1 && NF { print $1 }')
disable_args() { # --disable for every rule not named in $1 (core checks stay)
  local r out=""
  for r in $all_rules; do
    case " $core $1 " in *" $r "*) ;; *) out="$out --disable $r" ;; esac
  done
  echo "$out"
}
only_headings=$(disable_args "$headings")
no_rules=$(disable_args "")
md_headings="MD001,MD003,MD018,MD019,MD020,MD021,MD022,MD023,MD024,MD025,MD026,MD041" # as headings.markdownlint-cli2.jsonc

# --- commands ------------------------------------------------------------------------------------------------
out="$bench_dir/target/compare"
rm -rf "$out"
mkdir -p "$out/logs"
fm_json="$out/front-matter"
rows="$out/rows.tsv"  # scenario id slow ref label cwd command
: >"$rows"
q() { printf '%q ' "$@"; }
row() { # scenario id slow ref label command...
  local s=$1 id=$2 slow=$3 ref=$4 label=$5
  shift 5
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$s" "$id" "$slow" "$ref" "$label" "$cwd" "$*" >>"$rows"
}
floor_cmd() { q "$jdk_default" $launcher_flags -cp "$bench_jar" dev.fmlint.bench.Floor "$1"; }

mdl_v=$(peer_version markdownlint-cli2); remark_v=$(peer_version remark-cli)
lfs_v=$(peer_version remark-lint-frontmatter-schema); ajv_v=$(peer_version ajv-cli)
rumdl_v=$("$rumdl" --version | awk '{ print $2 }')
jdk_label="JDK $v_default, $default_archive"

for scenario in $ONLY; do
  case "$scenario" in
    single) cwd="$corpus_root/cpp-docs"; target=$SINGLE_FILE; schema="$corpus_root/cpp-docs.schema.json"
            slow_corpus=0 ;;
    cpp-docs|docs-cn) cwd="$corpus_root/$scenario"; target=.; schema="$corpus_root/$scenario.schema.json"
            slow_corpus=1 ;;
    *) die "unknown scenario $scenario (ONLY takes cpp-docs docs-cn single)" ;;
  esac
  glob=$([ "$target" = . ] && echo '**/*.md' || echo "$target")
  json_dir="$fm_json/$scenario"
  "$jdk_default" -cp "$bench_jar" dev.fmlint.bench.ExtractFrontMatter "$cwd/$target" "$json_dir" 2>>"$out/logs/extract.log"
  json_glob=$([ "$target" = . ] && echo "$json_dir/*.json" || echo "$json_dir/00000.json")
  F="env FMLINT_JAVA=$jdk_default $fmlint check --no-color --no-config"

  row "$scenario" fmlint-headings 0 - "fmlint, heading rules only, no schema ($jdk_label)" "$F $only_headings $target"
  row "$scenario" mdl-headings 0 fmlint-headings "markdownlint-cli2 $mdl_v, heading rules (headings.markdownlint-cli2.jsonc)" \
    "$(q "$mdl" --config "$peers/headings.markdownlint-cli2.jsonc" "$glob")"
  row "$scenario" rumdl-headings 0 fmlint-headings "rumdl $rumdl_v, heading rules ($md_headings)" \
    "$(q "$rumdl" check --no-config --no-cache --color never --enable "$md_headings" "$target")"
  row "$scenario" fmlint-schema 0 - "fmlint, schema only, no body rules ($jdk_label)" "$F --schema $schema $no_rules $target"
  row "$scenario" remark-schema "$slow_corpus" fmlint-schema "remark-cli $remark_v + remark-lint-frontmatter-schema $lfs_v (schema.remarkrc.mjs)" \
    "$(q env FM_SCHEMA="$schema" "$remark" --rc-path "$peers/schema.remarkrc.mjs" --no-stdout --no-color "$target")"
  row "$scenario" ajv 0 fmlint-schema "ajv-cli $ajv_v on the front matter extracted as JSON (--all-errors)" \
    "$(q "$ajv" validate -s "$schema" -d "$json_glob" --all-errors --errors=text)"
  row "$scenario" fmlint-all 0 - "fmlint, everything on: schema + recommended preset ($jdk_label)" "$F --schema $schema $target"
  row "$scenario" mdl-default 0 fmlint-all "markdownlint-cli2 $mdl_v, default rules (default.markdownlint-cli2.jsonc)" \
    "$(q "$mdl" --config "$peers/default.markdownlint-cli2.jsonc" "$glob")"
  row "$scenario" rumdl-default 0 fmlint-all "rumdl $rumdl_v, default rules (binary called directly)" \
    "$(q "$rumdl" check --no-config --no-cache --color never "$target")"
  row "$scenario" floor 0 fmlint-all "floor program: read + snakeyaml compose + commonmark parse, no rules (JDK $v_default, launcher flags)" \
    "$(floor_cmd "$target")"
  if [ "$scenario" = single ]; then
    row "$scenario" fmlint-all-noarchive 0 fmlint-all "fmlint, everything on, JDK $v_default without archive" \
      "env FMLINT_NO_ARCHIVE=1 ${F#env } --schema $schema $target"
    if [ -n "$jdk17" ]; then
      F17="env FMLINT_JAVA=$jdk17 $fmlint check --no-color --no-config"
      row "$scenario" fmlint-all-jdk17-cds 0 fmlint-all "fmlint, everything on, JDK 17 with CDS archive" "$F17 --schema $schema $target"
      row "$scenario" fmlint-all-jdk17 0 fmlint-all "fmlint, everything on, JDK 17 without archive" \
        "env FMLINT_NO_ARCHIVE=1 ${F17#env } --schema $schema $target"
    fi
  else
    row "$scenario" fmlint-all-c2 0 fmlint-all "fmlint, everything on, JVM default JIT and GC (C2, G1), no archive" \
      "$(q "$jdk_default" -Xss16m -jar "$fmlint_jar" check --no-color --no-config --schema "$schema" "$target")"
    row "$scenario" floor-c2 0 fmlint-all "floor program, JVM default JIT and GC (C2, G1)" \
      "$(q "$jdk_default" -cp "$bench_jar" dev.fmlint.bench.Floor "$target")"
  fi
done

# --- untimed preparation -------------------------------------------------------------------------------------
say "creating the launcher's class archives (untimed first runs)"
for j in "$jdk_default" $jdk17; do
  FMLINT_JAVA=$j "$fmlint" check --no-config "$corpus_root/cpp-docs/$SINGLE_FILE" >/dev/null 2>&1 || true
done
say "warming the page cache"
find "$corpus_root" -type f -name '*.md' -print0 | xargs -0 cat >/dev/null

# --- timed runs ----------------------------------------------------------------------------------------------
runs="$out/runs.tsv" # scenario id round wall user sys rss_kb rc
: >"$runs"
run_once() { # scenario id cwd command round
  local tf log t0 t1 rc=0 u s m
  tf=$(mktemp)
  log="$out/logs/$1.$2.log"
  t0=$EPOCHREALTIME
  (cd "$3" && eval "exec /usr/bin/time -f '%U %S %M' -o $tf $4") >"$log" 2>&1 </dev/null || rc=$?
  t1=$EPOCHREALTIME
  read -r u s m < <(tail -n 1 "$tf") || { u=0 s=0 m=0; }
  rm -f "$tf"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$5" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')" \
    "$u" "$s" "$m" "$rc" >>"$runs"
  printf '  %-9s %-22s run %s: %6.2f s wall, %6.2f s CPU, %4d MiB, exit %s\n' "$1" "$2" "$5" \
    "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" "$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')" \
    $((m / 1024)) "$rc" >&2
}

for scenario in $ONLY; do
  n=$([ "$scenario" = single ] && echo "$SINGLE_RUNS" || echo "$RUNS")
  say "$scenario: $n rounds"
  if [ "$scenario" = single ]; then # one untimed round: page cache, archives, node's first start
    while IFS=$'\t' read -r s id slow ref label cwd cmd; do
      [ "$s" = "$scenario" ] || continue
      (cd "$cwd" && eval "$cmd") >/dev/null 2>&1 </dev/null || true
    done <"$rows"
  fi
  for ((round = 1; round <= n; round++)); do
    while IFS=$'\t' read -r s id slow ref label cwd cmd; do
      [ "$s" = "$scenario" ] || continue
      if [ "$slow" = 1 ]; then
        [ -z "${SKIP_SLOW:-}" ] && [ "$round" -le "$SLOW_RUNS" ] || continue
      fi
      run_once "$s" "$id" "$cwd" "$cmd" "$round"
    done <"$rows"
  done
done

# --- hyperfine cross-check of the single-file commands --------------------------------------------------------
hf_md="$out/hyperfine-single.md"
if [[ " $ONLY " == *" single "* ]] && [ "${HYPERFINE:-1}" != 0 ] && command -v hyperfine >/dev/null; then
  say "hyperfine cross-check of the single-file commands"
  hf_args=()
  while IFS=$'\t' read -r s id slow ref label cwd cmd; do
    [ "$s" = single ] && hf_args+=(-n "$id" "$cmd")
  done <"$rows"
  (cd "$corpus_root/cpp-docs" && hyperfine -N -i --warmup 1 --runs "$SINGLE_RUNS" --style basic \
    --export-markdown "$hf_md" "${hf_args[@]}") >"$out/logs/hyperfine.log" 2>&1 || say "warning: hyperfine failed (see $out/logs/hyperfine.log)"
fi

# --- summary -------------------------------------------------------------------------------------------------
summary="$out/summary.tsv" # scenario id runs wall_median cpu_median rss_max_kb rcs
awk -F'\t' '
  function median(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  {
    k = $1 "\t" $2
    if (!(k in n)) order[++keys] = k
    n[k]++; wall[k] = wall[k] " " $4; cpu[k] = cpu[k] " " ($5 + $6)
    if ($7 + 0 > rss[k]) rss[k] = $7 + 0
    if (index(" " rcs[k] " ", " " $8 " ") == 0) rcs[k] = (rcs[k] == "" ? "" : rcs[k] " ") $8
  }
  END { for (i = 1; i <= keys; i++) { k = order[i]; printf "%s\t%d\t%.3f\t%.3f\t%d\t%s\n", k, n[k], median(wall[k]), median(cpu[k]), rss[k], rcs[k] } }
' "$runs" >"$summary"

total=$(( $(date +%s) - started_all ))
smoke=""
if [ "$RUNS" -lt 3 ] || [ -n "${SKIP_SLOW:-}" ]; then smoke=1; fi
result="$out/results.md"
{
  if [ -n "$smoke" ]; then
    echo "**SMOKE RUN (RUNS=$RUNS${SKIP_SLOW:+, SKIP_SLOW=1}): a check that every command works, on a shared, busy machine. Not for conclusions.**"
    echo
  fi
  machine_info "$load_start"
  echo "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); whole compare run: $((total / 60)) min $((total % 60)) s"
  echo "- JDKs: default $(java_banner "$jdk_default") ($jdk_default)${jdk17:+; 17: $(java_banner "$jdk17")}"
  echo "- node $(node --version); peers pinned by ../shared/peers/package-lock.json (markdownlint-cli2 $mdl_v, remark-cli $remark_v, remark-lint-frontmatter-schema $lfs_v, ajv-cli $ajv_v, rumdl $rumdl_v)"
  echo "- runs: RUNS=$RUNS on a corpus, SINGLE_RUNS=$SINGLE_RUNS on the single file, SLOW_RUNS=$SLOW_RUNS for remark on a corpus${SKIP_SLOW:+ (skipped: SKIP_SLOW=1)}; rounds interleave the commands"
  echo "- wall: median; CPU: median of user + sys; peak RSS: the largest over the runs (of the largest process); exit: the exit codes seen (1 = findings, expected)"
  echo "- ratio = this row's median ÷ the median of the fmlint row it is compared with (above 1: fmlint is faster)"
  echo
  while read -r scenario; do
    case "$scenario" in
      single) n=1; size=$(stat -c %s "$corpus_root/cpp-docs/$SINGLE_FILE")
              title="one file: cpp-docs/$SINGLE_FILE ($((size / 1024)) KiB), start-up included" ;;
      *) n=$(find "$corpus_root/$scenario" -type f -name '*.md' | wc -l)
         size=$(find "$corpus_root/$scenario" -type f -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1048576 }')
         title="$scenario: $n Markdown files, $size MiB" ;;
    esac
    echo "#### $title"
    echo
    echo "| command | wall | CPU | peak RSS | runs | exit | compared with | wall ratio | CPU ratio |"
    echo "|---|---:|---:|---:|---:|---|---|---:|---:|"
    awk -F'\t' -v scn="$scenario" '
      FNR == NR { if ($1 == scn) { label[$2] = $5; ref[$2] = $4; order[++n] = $2 }; next }
      $1 == scn { runs[$2] = $3; wall[$2] = $4; cpu[$2] = $5; rss[$2] = $6; rc[$2] = $7 }
      END {
        for (i = 1; i <= n; i++) {
          id = order[i]
          if (!(id in wall)) { printf "| %s | skipped | | | | | | | |\n", label[id]; continue }
          r = ref[id]; cmp = ""; wr = ""; cr = ""
          if (r != "-" && (r in wall)) {
            cmp = r; wr = sprintf("%.2f", wall[id] / wall[r]); cr = (cpu[r] > 0 ? sprintf("%.2f", cpu[id] / cpu[r]) : "")
          }
          printf "| %s | %.2f s | %.2f s | %d MiB | %d | %s | %s | %s | %s |\n", label[id], wall[id], cpu[id], rss[id] / 1024, runs[id], rc[id], cmp, wr, cr
        }
      }' "$rows" "$summary"
    echo
  done < <(cut -f1 "$summary" | awk '!seen[$0]++')

  echo "#### Targets (issue 9)"
  echo
  echo "| target | measured (wall; CPU) | verdict |"
  echo "|---|---|---|"
  awk -F'\t' '
    { w[$1, $2] = $4; c[$1, $2] = $5; m[$1, $2] = $6 }
    function ratio(s, a, b, min, what,   wr, cr, ok) {
      if (!((s, a) in w) || !((s, b) in w)) { printf "| %s | not measured | - |\n", what; return }
      wr = w[s, a] / w[s, b]; cr = c[s, a] / c[s, b]
      ok = min > 0 ? wr >= min : wr <= -min
      printf "| %s | %.2f×; %.2f× | %s |\n", what, wr, cr, ok ? "met" : "**missed**"
    }
    END {
      ratio("cpp-docs", "mdl-default", "fmlint-all", 15, "cpp-docs: markdownlint-cli2 defaults ÷ fmlint everything on ≥ 15")
      ratio("cpp-docs", "remark-schema", "fmlint-all", 50, "cpp-docs: remark-lint-frontmatter-schema ÷ fmlint everything on ≥ 50")
      ratio("cpp-docs", "rumdl-default", "fmlint-all", 1, "cpp-docs: rumdl defaults ÷ fmlint everything on ≥ 1 (no slower)")
      if (("cpp-docs", "fmlint-all") in m)
        printf "| cpp-docs: fmlint everything on, peak RSS < 300 MiB | %d MiB | %s |\n", m["cpp-docs", "fmlint-all"] / 1024, m["cpp-docs", "fmlint-all"] < 300 * 1024 ? "met" : "**missed**"
      else print "| cpp-docs: fmlint peak RSS < 300 MiB | not measured | - |"
      ratio("cpp-docs", "fmlint-all", "floor", -1.5, "cpp-docs: fmlint everything on ÷ floor ≤ 1.5")
      ratio("docs-cn", "fmlint-all", "floor", -1.5, "docs-cn: fmlint everything on ÷ floor ≤ 1.5")
      ratio("single", "mdl-default", "fmlint-all", 1.5, "one file: markdownlint-cli2 defaults ÷ fmlint everything on ≥ 1.5")
      ratio("single", "mdl-headings", "fmlint-headings", 1.5, "one file: markdownlint-cli2 heading rules ÷ fmlint heading rules ≥ 1.5")
    }' "$summary"
  echo
  if [ -f "$hf_md" ]; then
    echo "<details><summary>hyperfine cross-check of the single-file commands (hyperfine $(hyperfine --version | awk '{ print $2 }'), $SINGLE_RUNS runs, 1 warm-up, no shell)</summary>"
    echo
    cat "$hf_md"
    echo
    echo "</details>"
    echo
  fi
  echo "<details><summary>commands and raw runs</summary>"
  echo
  echo '```'
  awk -F'\t' '{ printf "%s %s (in %s):\n  %s\n", $1, $2, $6, $7 }' "$rows"
  echo
  printf 'scenario\tid\tround\twall_s\tuser_s\tsys_s\trss_kb\texit\n'
  cat "$runs"
  echo '```'
  echo
  echo "</details>"
} >"$result"

cat "$result"
if [ -z "${NO_RESULTS:-}" ]; then
  replace_block "$bench_dir/RESULTS.md" compare "$result"
  say "wrote the comparison into bench/RESULTS.md (block compare)"
fi
say "done in $((total / 60)) min $((total % 60)) s; logs in $out"
