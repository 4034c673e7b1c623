/**
 * `npm run accuracy`: checks every labelled draft in test/fixtures/accuracy/cases against
 * the fixture corpus, reports precision and recall per finding code and compares the run
 * with the per-case baseline test/fixtures/<set>/baseline.json.
 *
 *   npm run accuracy                          table + every miss and false alarm + baseline check
 *   npm run accuracy -- --json                the same, then the numbers as JSON on the last line
 *   npm run accuracy -- --case NAME           one case, verbosely (NAME: file name, with or without .md)
 *   npm run accuracy -- --fixtures DIR        another labelled set (e.g. test/fixtures/heldout)
 *   npm run accuracy -- --update-baseline     rewrites the baseline from this run
 *   npm run accuracy -- --archive PATH        adds the Reuters archive (folder with
 *                                             articles.jsonl.gz, or the file) to the corpus and
 *                                             compares with the plain run (no baseline check)
 *
 * Exits 1 on a new miss or false alarm vs the baseline (or, with --archive, when figure.* or
 * all precision or recall moves by more than 0.02); exits 2 when a fixture's labels are malformed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../server/src/core/config.ts';
import { createEngine, type Engine } from '../server/src/core/engine.ts';
import { FINDING_CODES, type FileSystem, type Finding } from '../server/src/core/types.ts';
import { createNodeFileSystem } from '../server/src/node/nodefs.ts';
import { ARCHIVE_FOLDER, archiveMemFs, formatDeltas, groupDeltas, overlayFs, readArchive } from './accuracy/archive.ts';
import { caseRecord, compareBaseline, formatBaseline, formatComparison, parseBaseline, passes, type Baseline } from './accuracy/baseline.ts';
import { parseLabels, type Label } from './accuracy/labels.ts';
import { formatReport, summaryJson, type RunSummary } from './accuracy/report.ts';
import { addTallies, scoreCase } from './accuracy/score.ts';

const ROOT = resolve(dirname(process.argv[1] ?? 'scripts/accuracy.ts'), '..');
const ARGS = process.argv.slice(2);
/** The value after `--name`, if the flag is given. */
const option = (name: string): string | undefined => (ARGS.includes(name) ? (ARGS[ARGS.indexOf(name) + 1] ?? '') : undefined);
const FIXTURES = option('--fixtures') ?? 'test/fixtures/accuracy';
const CASES = join(ROOT, FIXTURES, 'cases');
const BASELINE = join(FIXTURES, 'baseline.json');

interface Case {
  name: string;
  text: string;
  labels: Label[];
}

/** A run's summary and its per-case records. */
interface Run {
  summary: RunSummary;
  records: Baseline;
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

/** An engine over the fixture corpus, plus `extra` corpus entries served by `fs`. */
async function loadEngine(fs: FileSystem = createNodeFileSystem(), extra: string[] = []): Promise<Engine> {
  const config = { ...DEFAULT_CONFIG, corpus: [`${FIXTURES}/corpus`, ...extra] };
  const engine = createEngine({ fs, root: ROOT, config });
  const problems = await engine.loadCorpus();
  for (const p of problems.slice(0, 20)) console.error(`corpus: ${p.path}: ${p.message}`);
  if (problems.length > 20) console.error(`corpus: ... and ${problems.length - 20} more problems`);
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

/** Checks and scores every case with one engine. */
function runCases(engine: Engine, cases: Case[], verbose: boolean): Run {
  const summary: RunSummary = { cases: cases.length, tallies: new Map(), falseNegatives: [], falsePositives: [], duplicates: 0 };
  const records: Baseline = {};
  for (const c of cases) {
    const findings = engine.check(c.text, { path: join(CASES, c.name) }).findings;
    if (verbose) console.log(describe(c, findings) + '\n');
    const out = scoreCase(c.name, c.text, c.labels, findings);
    addTallies(summary.tallies, out.tallies);
    summary.falseNegatives.push(...out.falseNegatives);
    summary.falsePositives.push(...out.falsePositives);
    summary.duplicates += out.duplicates;
    records[c.name] = caseRecord(out);
  }
  return { summary, records };
}

function printRun(run: Run): void {
  console.log(`fixtures: ${FIXTURES}`);
  console.log(formatReport(run.summary, FINDING_CODES));
}

function readBaseline(): Baseline | undefined {
  const path = join(ROOT, BASELINE);
  return existsSync(path) ? parseBaseline(readFileSync(path, 'utf8')) : undefined;
}

/** Writes the baseline (only the run's cases are replaced when the run was partial). */
function updateBaseline(run: Run, partial: boolean): void {
  const merged = partial ? { ...(readBaseline() ?? {}), ...run.records } : run.records;
  writeFileSync(join(ROOT, BASELINE), formatBaseline(merged));
  console.log(`\nbaseline written: ${BASELINE} (${Object.keys(merged).length} cases)`);
}

/** Compares the run with the baseline; returns the exit code. */
function checkBaseline(run: Run, partial: boolean): number {
  const baseline = readBaseline();
  const script = FIXTURES.replace(/\/+$/, '') === 'test/fixtures/heldout' ? 'accuracy:second --' : 'accuracy --';
  const flags = /^test\/fixtures\/(accuracy|heldout)\/?$/.test(FIXTURES) ? '' : ` --fixtures ${FIXTURES}`;
  const hint = `npm run ${script}${flags} --update-baseline`;
  if (!baseline) {
    console.log(`\nno baseline at ${BASELINE}: run \`${hint}\` and commit it.`);
    return 1;
  }
  const cmp = compareBaseline(baseline, run.records, partial);
  console.log('\n' + formatComparison(cmp, BASELINE, hint));
  return passes(cmp) ? 0 : 1;
}

/** --archive: the plain run, then the run with the archive; returns the exit code. */
async function archiveMode(path: string, cases: Case[]): Promise<number> {
  const plain = runCases(await loadEngine(), cases, false);
  let t = performance.now();
  const articles = await readArchive(path);
  const fs = overlayFs(createNodeFileSystem(), archiveMemFs(articles), ARCHIVE_FOLDER);
  const readMs = performance.now() - t;
  t = performance.now();
  const engine = await loadEngine(fs, [ARCHIVE_FOLDER]);
  const indexMs = performance.now() - t;
  t = performance.now();
  const run = runCases(engine, cases, false);
  const checkMs = performance.now() - t;
  printRun(run);
  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`\narchive: ${articles.length} articles from ${path} + fixture corpus = ${engine.sources().length} sources`
    + ` (read ${sec(readMs)}, index ${sec(indexMs)}, check ${cases.length} cases ${sec(checkMs)})`);
  const deltas = groupDeltas(plain.summary.tallies, run.summary.tallies);
  console.log('\nplain vs archive (Δ in points):\n' + formatDeltas(deltas));
  const bad = deltas.filter((d) => d.exceeds);
  if (bad.length > 0) console.log(`\nFAIL: ${bad.map((d) => d.group).join(', ')} moved by more than 2 points with the archive.`);
  if (ARGS.includes('--json')) console.log(summaryJson(run.summary, FINDING_CODES));
  return bad.length > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  const only = option('--case');
  const cases = loadCases(only);
  const archive = option('--archive');
  if (archive !== undefined) return archive ? archiveMode(archive, cases) : fail('--archive needs a path');
  const run = runCases(await loadEngine(), cases, only !== undefined);
  printRun(run);
  let code = 0;
  if (ARGS.includes('--update-baseline')) updateBaseline(run, only !== undefined);
  else code = checkBaseline(run, only !== undefined);
  if (ARGS.includes('--json')) console.log(summaryJson(run.summary, FINDING_CODES));
  return code;
}

main().then((code) => process.exit(code), (e: unknown) => {
  console.error(e);
  process.exit(1);
});
