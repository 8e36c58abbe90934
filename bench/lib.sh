# Shared helpers for bench/*.sh (sourced, not run). Needs: bash, mvn, awk, sed.

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
corpus_root=${CORPUS_ROOT:-$(cd "$repo_dir/../shared/corpus" 2>/dev/null && pwd || true)}
bench_jar="$bench_dir/target/benchmarks.jar"
fmlint_jar="$repo_dir/target/fmlint.jar"
# The JVM flags bin/fmlint runs with (kept in step with the launcher by check_launcher_flags).
launcher_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss16m"

say() { printf '%s\n' "bench: $*" >&2; }
die() { say "error: $*"; exit 2; }

# Major version of a java binary, from its release file (as bin/fmlint reads it).
java_version() {
  local home
  home=$(dirname "$(dirname "$(readlink -f "$1")")")
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null
}

# The java bin/fmlint picks when neither FMLINT_JAVA nor JAVA_HOME is set: the newest JDK 25+ under
# /usr/lib/jvm, else java on the PATH. JDK25 overrides.
pick_jdk_default() {
  if [ -n "${JDK25:-}" ]; then echo "$JDK25"; return; fi
  local java best v c
  java=$(command -v java || true)
  best=$(java_version "$java")
  for c in /usr/lib/jvm/*/bin/java; do
    [ -x "$c" ] || continue
    v=$(java_version "$c")
    if [ -n "$v" ] && [ "$v" -ge 25 ] && [ "$v" -gt "${best:-0}" ]; then java=$c; best=$v; fi
  done
  echo "$java"
}

# A JDK 17 (the oldest fmlint supports). JDK17 overrides.
pick_jdk17() {
  if [ -n "${JDK17:-}" ]; then echo "$JDK17"; return; fi
  local c
  for c in /usr/lib/jvm/*17*/bin/java "$(command -v java || true)"; do
    [ -x "$c" ] && [ "$(java_version "$c")" = 17 ] && { readlink -f "$c"; return; }
  done
}

java_banner() { "$1" -version 2>&1 | sed -n '2p'; }

# A property of ../pom.xml, e.g. pom_property snakeyaml.version
pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$repo_dir/pom.xml" | head -1
}

build_main() {
  if [ -n "${SKIP_BUILD:-}" ] && [ -f "$fmlint_jar" ]; then return; fi
  say "building target/fmlint.jar (mvn -B -q package -DskipTests)"
  (cd "$repo_dir" && mvn -B -q package -DskipTests) || die "the main build failed"
}

# Builds bench/target/benchmarks.jar against the main pom's library versions.
build_bench() {
  if [ -n "${SKIP_BUILD:-}" ] && [ -f "$bench_jar" ]; then return; fi
  local defs="" p v mine
  for p in picocli.version snakeyaml.version commonmark.version everit.version; do
    v=$(pom_property "$p")
    mine=$(sed -n "s:.*<$p>\(.*\)</$p>.*:\1:p" "$bench_dir/pom.xml" | head -1)
    [ -n "$v" ] || die "../pom.xml has no <$p>"
    [ "$v" = "$mine" ] || say "warning: bench/pom.xml has $p=$mine, the main pom $v: building with $v (update bench/pom.xml)"
    defs="$defs -D$p=$v"
  done
  say "building bench/target/benchmarks.jar (mvn -B -q -f bench/pom.xml package)"
  # shellcheck disable=SC2086
  (cd "$bench_dir" && mvn -B -q package $defs) || die "the bench build failed"
}

# Fails when bin/fmlint's JVM flags are no longer the ones the benchmarks copy.
check_launcher_flags() {
  local actual
  actual=$(sed -n 's/^flags="\(.*\)"$/\1/p' "$repo_dir/bin/fmlint" | head -1)
  if [ "$actual" != "$launcher_flags" ]; then
    say "warning: bin/fmlint now uses flags '$actual', bench/lib.sh copies '$launcher_flags'; update launcher_flags"
  fi
}

# Replaces the lines between <!-- NAME:begin --> and <!-- NAME:end --> in FILE with the contents of SRC;
# appends the block when FILE has no such markers.
replace_block() {
  local file=$1 name=$2 src=$3 tmp
  tmp=$(mktemp)
  if [ -f "$file" ] && grep -q "<!-- $name:begin -->" "$file"; then
    awk -v begin="<!-- $name:begin -->" -v end="<!-- $name:end -->" -v src="$src" '
      $0 == begin { print; while ((getline line < src) > 0) print line; skipping = 1; next }
      $0 == end { skipping = 0 }
      !skipping { print }' "$file" >"$tmp"
  else
    { [ -f "$file" ] && cat "$file" && echo; echo "<!-- $name:begin -->"; cat "$src"; echo "<!-- $name:end -->"; } >"$tmp"
  fi
  mv "$tmp" "$file"
}

# The machine, for a results block (Markdown list items); $1: the load average when the run started.
machine_info() {
  local mem cpu
  mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(nproc) cores ($cpu), $mem memory, $(uname -sr)"
  echo "- load average at the start: ${1:-$(cut -d' ' -f1-3 /proc/loadavg)} (1, 5, 15 min; above $(nproc) the machine is shared)"
}
