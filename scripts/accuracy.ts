/**
 * `npm run accuracy`: checks every labelled draft in test/fixtures/accuracy/cases against
 * the fixture corpus and reports precision and recall per finding code.
 *
 *   npm run accuracy                 table + every miss and false alarm
 *   npm run accuracy -- --json       the same, then the numbers as JSON on the last line
 *   npm run accuracy -- --case NAME  one case, verbosely (NAME: file name, with or without .md)
 *
 * Exits 0 whatever the numbers; exits 2 when a fixture's labels are malformed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../server/src/core/config.ts';
import { createEngine, type Engine } from '../server/src/core/engine.ts';
import { FINDING_CODES, type Finding } from '../server/src/core/types.ts';
import { createNodeFileSystem } from '../server/src/node/nodefs.ts';
import { parseLabels, type Label } from './accuracy/labels.ts';
import { formatReport, summaryJson, type RunSummary } from './accuracy/report.ts';
import { addTallies, scoreCase } from './accuracy/score.ts';

const ROOT = resolve(dirname(process.argv[1] ?? 'scripts/accuracy.ts'), '..');
/** `--fixtures <dir>` picks another labelled set (e.g. test/fixtures/heldout); default test/fixtures/accuracy. */
const fixturesAt = process.argv.indexOf('--fixtures');
const FIXTURES = fixturesAt >= 0 ? (process.argv[fixturesAt + 1] ?? '') : 'test/fixtures/accuracy';
const CASES = join(ROOT, FIXTURES, 'cases');

interface Case {
  name: string;
  text: string;
  labels: Label[];
}

/** Loads every case, or exits 2 naming the cases whose labels are malformed. */
function loadCases(only?: string): Case[] {
  const want = only?.replace(/\.md$/, '');
  const names = readdirSync(CASES).filter((n) => n.endsWith('.md')).sort()
    .filter((n) => !want || basename(n, '.md') === want);
  if (names.length === 0) fail(`no case named ${only}`);
  const cases: Case[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const text = readFileSync(join(CASES, name), 'utf8');
    const { labels, errors } = parseLabels(text);
    for (const e of errors) problems.push(`${name}: ${e.message}`);
    cases.push({ name, text, labels });
  }
  if (problems.length > 0) fail(`malformed fixtures:\n  ${problems.join('\n  ')}`);
  return cases;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function loadEngine(): Promise<Engine> {
  const config = { ...DEFAULT_CONFIG, corpus: [`${FIXTURES}/corpus`] };
  const engine = createEngine({ fs: createNodeFileSystem(), root: ROOT, config });
  const problems = await engine.loadCorpus();
  for (const p of problems) console.error(`corpus: ${p.path}: ${p.message}`);
  return engine;
}

function describe(c: Case, findings: Finding[]): string {
  const lines = [`== ${c.name}`, '-- labels:'];
  for (const l of c.labels) lines.push(`  ${l.kind} ${l.code ?? ''} "${l.text}" at ${l.occurrences.map((o) => `[${o.start},${o.end})`).join(' ')}`);
  lines.push('-- findings:');
  for (const f of findings) {
    lines.push(`  ${f.code} [${f.start},${f.end}) "${c.text.slice(f.start, f.end)}"\n      ${f.message}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const caseAt = args.indexOf('--case');
  const only = caseAt >= 0 ? args[caseAt + 1] : undefined;
  const cases = loadCases(only);
  const engine = await loadEngine();
  const summary: RunSummary = { cases: cases.length, tallies: new Map(), falseNegatives: [], falsePositives: [], duplicates: 0 };
  for (const c of cases) {
    const findings = engine.check(c.text, { path: join(CASES, c.name) }).findings;
    if (only) console.log(describe(c, findings) + '\n');
    const out = scoreCase(c.name, c.text, c.labels, findings);
    addTallies(summary.tallies, out.tallies);
    summary.falseNegatives.push(...out.falseNegatives);
    summary.falsePositives.push(...out.falsePositives);
    summary.duplicates += out.duplicates;
  }
  console.log(`fixtures: ${FIXTURES}`);
  console.log(formatReport(summary, FINDING_CODES));
  if (args.includes('--json')) console.log(summaryJson(summary, FINDING_CODES));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
