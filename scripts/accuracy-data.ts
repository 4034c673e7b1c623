/**
 * `npm run accuracy:data`: scores the engine's figure findings, span by span, on external
 * labelled datasets converted to JSON Lines by scripts/datasets/ (.data/<name>.jsonl).
 *
 *   npm run accuracy:data -- .data/<name>.jsonl [more.jsonl] [--split dev|heldout] [--limit N]
 *                            [--show misses|alarms] [--json] [--archive <reuters path>] [--fresh]
 *
 * --limit N       the first N cases (after the split filter) of each file
 * --show KIND     every missed figure-error span or every false alarm, with draft context
 * --json          the numbers as JSON on the last line
 * --archive PATH  the Reuters articles (folder with articles.jsonl.gz, or the file) stay in the
 *                 corpus next to each case's sources, as distractors
 * --fresh         a new engine per case instead of one engine whose sources are swapped
 *
 * Scoring: see scripts/accuracy/data-score.ts. Exits 0 whatever the numbers; 2 on bad input.
 */
import { readArchive } from './accuracy/archive.ts';
import { readDataCases, type DataCase } from './accuracy/data-cases.ts';
import { createCaseChecker } from './accuracy/data-engine.ts';
import { dataJson, formatExample, formatVerdictTable, formatDataTable, type DataGroups } from './accuracy/data-report.ts';
import { addDataTally, emptyTally, scoreDataCase, type DataExample, type DataTally } from './accuracy/data-score.ts';
import type { Article } from './bench/jsonl.ts';

interface Options {
  files: string[];
  split?: 'dev' | 'heldout';
  limit?: number;
  show?: 'misses' | 'alarms';
  json: boolean;
  archive?: string;
  fresh: boolean;
}

function usage(message: string): never {
  console.error(`${message}\nusage: npm run accuracy:data -- <file.jsonl>... [--split dev|heldout] [--limit N]`
    + ' [--show misses|alarms] [--json] [--archive <reuters path>] [--fresh]');
  process.exit(2);
}

/** Parses the command line, or exits 2. */
function parseArgs(argv: string[]): Options {
  const o: Options = { files: [], json: false, fresh: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--split') {
      const v = value();
      if (v !== 'dev' && v !== 'heldout') usage(`--split: dev or heldout, not ${v}`);
      o.split = v;
    } else if (a === '--limit') {
      o.limit = Number(value());
      if (!Number.isInteger(o.limit) || o.limit < 1) usage('--limit: a positive integer');
    } else if (a === '--show') {
      const v = value();
      if (v !== 'misses' && v !== 'alarms') usage(`--show: misses or alarms, not ${v}`);
      o.show = v;
    } else if (a === '--json') o.json = true;
    else if (a === '--fresh') o.fresh = true;
    else if (a === '--archive') o.archive = value();
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (o.files.length === 0) usage('no .jsonl file given');
  if (o.fresh && o.archive) usage('--fresh with --archive would index the archive once per case');
  return o;
}

/** The cases of every file, filtered by split and limited per file. */
function loadCases(o: Options): DataCase[] {
  const out: DataCase[] = [];
  for (const f of o.files) {
    let cases: DataCase[];
    try {
      cases = readDataCases(f);
    } catch (e) {
      usage(`${f}: ${(e as Error).message}`);
    }
    const picked = cases.filter((c) => !o.split || c.split === o.split);
    out.push(...(o.limit ? picked.slice(0, o.limit) : picked));
  }
  return out;
}

/** Adds a case's tally to its row, its dataset × split row and the total. */
function addToGroups(groups: DataGroups, c: DataCase, t: DataTally): void {
  for (const key of [`${c.dataset} ${c.split} ${c.domain}`, `${c.dataset} ${c.split} (all)`, 'TOTAL']) {
    const acc = groups.get(key) ?? emptyTally();
    addDataTally(acc, t);
    groups.set(key, acc);
  }
}

async function main(): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  const o = parseArgs(process.argv.slice(2));
  const cases = loadCases(o);
  const archive: Article[] = o.archive ? await readArchive(o.archive) : [];
  let t = performance.now();
  const checker = await createCaseChecker(archive, o.fresh);
  const indexMs = performance.now() - t;
  t = performance.now();
  const groups: DataGroups = new Map();
  const shown: string[] = [];
  let problems = 0;
  for (const c of cases) {
    const { result, problems: p } = await checker.check(c);
    problems += p.length;
    const out = scoreDataCase(c, result.findings, result.figures);
    addToGroups(groups, c, out.tally);
    const want = o.show === 'misses' ? 'miss' : o.show === 'alarms' ? 'alarm' : undefined;
    for (const e of out.examples.filter((x: DataExample) => x.kind === want)) shown.push(formatExample(e, c.draft));
  }
  const checkMs = performance.now() - t;
  if (o.show) console.log(`${o.show} (${shown.length}):\n${shown.join('\n')}\n`);
  console.log(formatDataTable(groups));
  console.log('\n' + formatVerdictTable(groups));
  const archiveNote = o.archive ? `, archive ${checker.baseSources} sources indexed in ${(indexMs / 1000).toFixed(1)} s` : '';
  console.log(`\n${cases.length} cases checked in ${(checkMs / 1000).toFixed(1)} s${archiveNote}`
    + `${problems > 0 ? `; ${problems} source load problems` : ''}`);
  if (o.json) console.log(dataJson(groups));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
