// Compares fmlint's and markdownlint-cli2's findings for the rules they share. Called by
// markdownlint-diff.sh:  node markdownlint-diff.mjs FMLINT_OUTPUT MARKDOWNLINT_OUTPUT LIST CORPUS VERSION OPTIONS
// A finding agrees when the other tool reports the same rule pair on the same file and line.
import { readFileSync } from "node:fs";

const [fmlintFile, markdownlintFile, listArg, corpus, version, options] = process.argv.slice(2);
const list = Number(listArg ?? 10);

const PAIRS = [
  ["heading-increment", "MD001"],
  ["single-h1", "MD025"],
  ["no-duplicate-heading", "MD024"],
  ["heading-trailing-punctuation", "MD026"],
  ["first-heading", "MD041"],
  ["no-bare-urls", "MD034"],
  ["image-alt-text", "MD045"],
];

// fmlint's text report: "path:line:col  severity  message  rule-id"
const FMLINT = /^(.+?):(\d+):(\d+) +(?:error|warning) +(.*?) {2}([a-z0-9-]+)$/;
// markdownlint-cli2's default output: "path:line[:col] error MD001/heading-increment Description [Detail]"
const MARKDOWNLINT = /^(.+?):(\d+)(?::\d+)? (?:error|warning) (MD\d{3})\/\S+ (.*)$/;

function parse(file, pattern, fields) {
  const found = [];
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    const m = pattern.exec(line);
    if (m) {
      found.push(fields(m));
    }
  }
  return found;
}

const fmlint = parse(fmlintFile, FMLINT, (m) => ({ file: m[1], line: Number(m[2]), rule: m[5], text: m[4] }));
const markdownlint = parse(markdownlintFile, MARKDOWNLINT, (m) => ({ file: m[1], line: Number(m[2]), rule: m[3], text: m[4] }));

/** Splits two lists of findings into those on a shared file:line and those on one side only. */
function compare(a, b) {
  const key = (f) => `${f.file}:${f.line}`;
  const counts = new Map();
  for (const f of b) {
    counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  }
  const onlyA = [];
  let both = 0;
  for (const f of a) {
    const n = counts.get(key(f)) ?? 0;
    if (n > 0) {
      counts.set(key(f), n - 1);
      both++;
    } else {
      onlyA.push(f);
    }
  }
  const used = new Map();
  const onlyB = [];
  const inA = new Map();
  for (const f of a) {
    inA.set(key(f), (inA.get(key(f)) ?? 0) + 1);
  }
  for (const f of b) {
    const n = (used.get(key(f)) ?? 0) + 1;
    used.set(key(f), n);
    if (n > (inA.get(key(f)) ?? 0)) {
      onlyB.push(f);
    }
  }
  return { both, onlyA, onlyB };
}

const byOrder = (x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line);
const rows = [];
const details = [];
let totals = { both: 0, onlyA: 0, onlyB: 0 };
for (const [ours, theirs] of PAIRS) {
  const r = compare(fmlint.filter((f) => f.rule === ours), markdownlint.filter((f) => f.rule === theirs));
  const all = r.both + r.onlyA.length + r.onlyB.length;
  const agreement = all === 0 ? "—" : `${((100 * r.both) / all).toFixed(1)} %`;
  rows.push(`| ${ours} | ${theirs} | ${r.both} | ${r.onlyA.length} | ${r.onlyB.length} | ${agreement} |`);
  totals = { both: totals.both + r.both, onlyA: totals.onlyA + r.onlyA.length, onlyB: totals.onlyB + r.onlyB.length };
  for (const [side, items] of [["only fmlint", r.onlyA], ["only markdownlint", r.onlyB]]) {
    if (items.length > 0) {
      details.push(`\n${ours} / ${theirs}, ${side} (${Math.min(list, items.length)} of ${items.length}):`);
      for (const f of items.sort(byOrder).slice(0, list)) {
        details.push(`  ${f.file}:${f.line}  ${f.text.slice(0, 110)}`);
      }
    }
  }
}
const all = totals.both + totals.onlyA + totals.onlyB;
const skipped = fmlint.filter((f) => f.rule === "front-matter-syntax" || f.rule === "read-error").length;

console.log(`Corpus ${corpus}: fmlint vs markdownlint-cli2 ${version} (${options}; inline comments ignored),`);
console.log("counting findings of each rule pair on the same file and line\n");
console.log("| fmlint rule | markdownlint | both | only fmlint | only markdownlint | agreement |");
console.log("|---|---|---:|---:|---:|---:|");
rows.forEach((r) => console.log(r));
console.log(`| all pairs | | ${totals.both} | ${totals.onlyA} | ${totals.onlyB} | ${all === 0 ? "—" : ((100 * totals.both) / all).toFixed(1) + " %"} |`);
if (skipped > 0) {
  console.log(`\n${skipped} file(s) had front matter or text fmlint could not read, so its rules did not run on them.`);
}
console.log(details.join("\n"));
