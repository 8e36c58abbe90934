#!/usr/bin/env bash
# Differential check: runs fmlint and markdownlint-cli2 over one corpus and compares, rule pair by rule
# pair, which findings agree (same file and line). markdownlint-cli2 is installed with npm into a
# temporary folder at the version pinned in ../shared/peers/package.json; nothing is installed globally.
#
#   scripts/markdownlint-diff.sh [--corpus docs-cn|cpp-docs|PATH] [--list N] [--defaults] [--keep]
#
#   --corpus    a folder under ../shared/corpus/ (default docs-cn), or a path to any folder of Markdown
#   --list      how many differences to list per pair and side (default 10)
#   --defaults  run markdownlint with its default options (MD024 siblings_only aside); by default its
#               front_matter_title is off for MD001 and MD025, since fmlint checks the title in title-h1
#   --keep      keep the temporary folder (both tools' raw output) and print its path
#
# Inline configuration comments (<!-- markdownlint-disable -->, <!-- fmlint-disable -->) are ignored by
# both tools, so that the rules are compared and not the comments of one of them.
#
# Needs java 17+, node 18+ and npm; builds target/fmlint.jar with Maven when it is missing.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
corpus_name=docs-cn
list=10
keep=false
defaults=false
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus_name=$2; shift 2 ;;
    --list) list=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --defaults) defaults=true; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "markdownlint-diff: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

shared="${FMLINT_SHARED:-$here/../shared}"
if [ -d "$corpus_name" ]; then
  corpus=$(cd "$corpus_name" && pwd)
else
  corpus="$shared/corpus/$corpus_name"
fi
if [ ! -d "$corpus" ]; then
  echo "markdownlint-diff: corpus $corpus not found" >&2
  exit 2
fi

# The pinned version, so that the table does not change under us.
version=$(node -e 'try { const p = require(process.argv[1]); console.log(p.dependencies["markdownlint-cli2"]); }
                   catch (e) { console.log("0.22.1"); }' "$shared/peers/package.json")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/markdownlint-diff.XXXXXX")
if [ "$keep" = false ]; then
  trap 'rm -rf "$tmp"' EXIT
fi

echo "markdownlint-diff: installing markdownlint-cli2@$version into $tmp" >&2
npm install --prefix "$tmp" --no-audit --no-fund --no-save --silent "markdownlint-cli2@$version" >&2

jar="$here/target/fmlint.jar"
if [ ! -f "$jar" ]; then
  echo "markdownlint-diff: building fmlint" >&2
  (cd "$here" && { mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests; }) >&2
fi

# Only the seven rules that have a counterpart. MD024 gets siblings_only, which is what no-duplicate-heading
# checks; unless --defaults, MD001 and MD025 do not count a front-matter title as the page's h1 (fmlint
# leaves the title to title-h1, which has no counterpart).
cat > "$tmp/fmlint.yaml" <<'YAML'
noInlineConfig: true
rules:
  heading-increment: error
  single-h1: error
  no-duplicate-heading: error
  heading-trailing-punctuation: error
  first-heading: error
  no-bare-urls: error
  image-alt-text: error
YAML
if [ "$defaults" = true ]; then
  title='true'
  options='markdownlint defaults, MD024 siblings_only'
else
  title='{ "front_matter_title": "" }'
  options='MD024 siblings_only; MD001 and MD025 front_matter_title ""'
fi
cat > "$tmp/pairs.markdownlint-cli2.jsonc" <<JSON
{
  "noInlineConfig": true,
  "config": {
    "default": false,
    "MD001": $title,
    "MD024": { "siblings_only": true },
    "MD025": $title,
    "MD026": true,
    "MD034": true,
    "MD041": true,
    "MD045": true
  }
}
JSON

echo "markdownlint-diff: running fmlint on $corpus" >&2
(cd "$corpus" && java -XX:+UseSerialGC -jar "$jar" check --config "$tmp/fmlint.yaml" --no-color .) \
  > "$tmp/fmlint.txt" 2> "$tmp/fmlint.err" || true
echo "markdownlint-diff: running markdownlint-cli2 on $corpus" >&2
(cd "$corpus" && node "$tmp/node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs" "**/*.{md,markdown}" \
  --config "$tmp/pairs.markdownlint-cli2.jsonc") > "$tmp/markdownlint.txt" 2>&1 || true

node "$here/scripts/markdownlint-diff.mjs" "$tmp/fmlint.txt" "$tmp/markdownlint.txt" "$list" \
  "$(basename "$corpus")" "$version" "$options"
if [ "$keep" = true ]; then
  echo "markdownlint-diff: raw output kept in $tmp" >&2
fi
