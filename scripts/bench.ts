/**
 * `npm run bench [-- --corpus <folder|file.jsonl[.gz]>] [--json] [--quick] [--seed N]`
 *
 * Measures the engine at newsroom scale: index build, cached load, check latency per
 * draft size, re-check after a one-figure edit, growth with corpus size and peak RSS,
 * next to a MiniSearch baseline. Progress goes to stderr; with --json the last line of
 * stdout is one JSON object. See docs/bench.md.
 */
import { cpus, platform, release } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from '../server/src/core/config.ts';
import { createEngine, type Engine } from '../server/src/core/engine.ts';
import { baselineCheck, buildBaseline } from './bench/baseline.ts';
import { buildDraft, editOneFigure, type DraftSource, type GeneratedDraft } from './bench/drafts.ts';
import { readCorpus, type Article } from './bench/jsonl.ts';
import { canonical, memFsOf, MemFs } from './bench/memfs.ts';
import { evaluateTargets, formatJson, formatTable, growthPer10x, type BenchResult } from './bench/report.ts';
import { mb, peakRssMb, repeat, timeAsync, type Timing } from './bench/stats.ts';
import { syntheticCorpus } from './bench/synthetic.ts';

const ROOT = '/bench';
const FOLDER = `${ROOT}/corpus`;
const CACHE = `${ROOT}/cache`;
/** Time the baseline's timed 5k-word checks may take before stopping early (after >= 3 runs). */
const BASELINE_BUDGET_MS = 60_000;

interface Options {
  corpus?: string;
  json: boolean;
  quick: boolean;
  seed: number;
  reps: number;
  skipBaseline: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      json: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      reps: { type: 'string' },
      'skip-baseline': { type: 'boolean', default: false },
    },
  });
  const quick = values.quick ?? false;
  return { corpus: values.corpus, json: values.json ?? false, quick, seed: Number(values.seed), reps: Number(values.reps ?? (quick ? 3 : 15)), skipBaseline: values['skip-baseline'] ?? false };
}

const progress = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);

async function loadArticles(o: Options): Promise<{ articles: Article[]; label: string }> {
  if (!o.corpus) {
    const n = o.quick ? 500 : 5000;
    progress(`no --corpus given: building a SYNTHETIC corpus of ${n} newswire articles (seed ${o.seed})`);
    return { articles: syntheticCorpus(n, o.seed), label: `synthetic (${n} articles, seed ${o.seed})` };
  }
  progress(`reading ${o.corpus}`);
  const all = await readCorpus(o.corpus);
  const articles = o.quick ? all.slice(0, 2000) : all;
  return { articles, label: o.quick ? `${o.corpus} (first ${articles.length}, --quick)` : o.corpus };
}

function engineOver(fs: MemFs): Engine {
  return createEngine({ fs, root: ROOT, config: { ...DEFAULT_CONFIG, corpus: ['corpus'] }, cacheDir: CACHE });
}

async function indexed(articles: readonly Article[]): Promise<{ engine: Engine; fs: MemFs; ms: number; problems: number }> {
  const fs = memFsOf(articles, FOLDER);
  const engine = engineOver(fs);
  let last = 0;
  const { result, ms } = await timeAsync(() =>
    engine.loadCorpus((done, total) => {
      if (done - last >= 2000 || done === total) progress(`  loaded ${(last = done)}/${total}`);
    }),
  );
  return { engine, fs, ms, problems: result.length };
}

/** Corpus sizes of the scaling test: 1k and 5k articles, or a tenth of a small corpus. */
function scalingSizes(total: number): number[] {
  const sizes = [1000, 5000].filter((n) => n < total);
  return sizes.length ? sizes : [Math.max(1, Math.floor(total / 10))];
}

/** Draft sources: the engine's plain text and key of the first articles (so every corpus size of the scaling test holds them). */
function draftSources(engine: Engine, articles: readonly Article[], span: number): DraftSource[] {
  const byPath = new Map(engine.sources().map((d) => [canonical(d.path), d]));
  const out: DraftSource[] = [];
  for (const a of articles.slice(0, span)) {
    const doc = byPath.get(canonical(`${FOLDER}/${a.file}`));
    if (doc) out.push({ key: doc.key, text: doc.plain });
  }
  return out;
}

/** Full checks: the engine's per-sentence memo is cleared before each run, so every sentence is analysed. */
function timeChecks(engine: Engine, text: string, reps: number): Timing {
  return repeat(() => {
    engine.clearCache();
    engine.check(text);
  }, reps);
}

/** Repeated checks of an unchanged draft (memoised sentences reused). */
function timeRepeats(engine: Engine, text: string, reps: number): Timing {
  engine.check(text);
  return repeat(() => engine.check(text), reps);
}

/** Re-check after a one-figure edit: a chain of texts, each one figure away from the last. */
function timeEdits(engine: Engine, text: string, reps: number): Timing {
  const chain = [text];
  for (let i = 0; i < reps + 2; i++) chain.push(editOneFigure(chain[i], i + 1) ?? chain[i]);
  engine.check(chain[0]);
  return repeat((i) => engine.check(chain[i < 0 ? -i : i + 3]), reps, 2);
}

async function scaling(articles: readonly Article[], draft: string, reps: number, fullMs: number): Promise<Record<number, number>> {
  const out: Record<number, number> = { [articles.length]: fullMs };
  for (const n of scalingSizes(articles.length)) {
    progress(`corpus scaling: first ${n} articles`);
    const { engine } = await indexed(articles.slice(0, n));
    out[n] = timeChecks(engine, draft, reps).median;
  }
  return out;
}

function baseline(sources: readonly { plain: string }[], draft: string, reps: number) {
  if (reps === 0) return { indexMs: NaN, findings: NaN, check: repeat(() => undefined, 0, 0) };
  progress('baseline: MiniSearch over every source sentence');
  const t0 = performance.now();
  const b = buildBaseline(sources.map((s) => s.plain));
  const indexMs = performance.now() - t0;
  const findings = baselineCheck(b, draft).length;
  progress(`baseline: 5k-word check (up to ${reps} runs or ${BASELINE_BUDGET_MS / 1000} s, at least 3)`);
  return { indexMs, findings, check: repeat(() => baselineCheck(b, draft), reps, 0, BASELINE_BUDGET_MS) };
}

async function run(o: Options): Promise<BenchResult> {
  const start = performance.now();
  const rssStart = peakRssMb();
  const { articles, label } = await loadArticles(o);
  (globalThis as { gc?: () => void }).gc?.();
  const rssAfterRead = process.memoryUsage().rss / 1e6;
  progress(`index build: ${articles.length} articles`);
  const main = await indexed(articles);
  const corpusMb = mb(main.fs.totalBytes);
  progress(`  ${corpusMb.toFixed(1)} MB in ${main.ms.toFixed(0)} ms`);
  const sources = draftSources(main.engine, articles, scalingSizes(articles.length)[0]);
  const drafts: Record<string, GeneratedDraft> = {};
  for (const [name, words] of [['1k', 1000], ['5k', 5000], ['20k', 20000]] as const) drafts[name] = buildDraft(sources, words, o.seed * 1000 + words);
  const checks: Record<string, Timing> = {};
  for (const name of ['1k', '5k', '20k']) {
    progress(`check ${name}-word draft (${drafts[name].words} words) x${o.reps}`);
    checks[name] = timeChecks(main.engine, drafts[name].text, o.reps);
  }
  const repeat5k = timeRepeats(main.engine, drafts['5k'].text, o.reps);
  const findings5k = main.engine.check(drafts['5k'].text).findings.length;
  progress('re-check after a one-figure edit');
  const edit = timeEdits(main.engine, drafts['5k'].text, o.reps);
  const peak = peakRssMb();
  progress('cached load: a second engine over the same corpus and cache folder');
  await main.engine.flushCache();
  const second = engineOver(main.fs);
  const cacheMs = (await timeAsync(() => second.loadCorpus())).ms;
  const cache = main.fs.written.some((p) => p.startsWith(CACHE)) ? 'implemented' : 'not implemented — cold load';
  const plain = main.engine.sources();
  const scale = await scaling(articles, drafts['5k'].text, o.reps, checks['5k'].median);
  const base = baseline(plain, drafts['5k'].text, o.skipBaseline ? 0 : o.reps);
  const sizes = Object.keys(scale).map(Number).sort((a, b) => a - b);
  const [nSmall, nBig] = [sizes[0], sizes[sizes.length - 1]];
  const cpu = cpus();
  return {
    corpus: label, synthetic: !o.corpus, corpus_articles: articles.length, corpus_mb: corpusMb, load_problems: main.problems,
    index_build_ms: main.ms, index_mb_per_s: corpusMb / (main.ms / 1000), cache, cache_load_ms: cacheMs,
    check_1k_median_ms: checks['1k'].median, check_1k_p95_ms: checks['1k'].p95,
    check_5k_median_ms: checks['5k'].median, check_5k_p95_ms: checks['5k'].p95,
    check_20k_median_ms: checks['20k'].median, check_20k_p95_ms: checks['20k'].p95, findings_5k: findings5k,
    edit_recheck_median_ms: edit.median, edit_recheck_p95_ms: edit.p95,
    repeat_check_5k_median_ms: repeat5k.median,
    check_1k_corpus_ms: scale[nSmall], check_5k_corpus_ms: scale[5000], check_full_corpus_ms: scale[nBig],
    scaling: sizes.map((n) => ({ articles: n, check_5k_median_ms: scale[n] })), rss_start_mb: rssStart,
    scaling_per_10x: growthPer10x(scale[nSmall], scale[nBig], nSmall, nBig), peak_rss_mb: peak,
    engine_rss_mb: Math.max(0, peak - rssAfterRead),
    baseline_index_build_ms: base.indexMs, baseline_check_5k_median_ms: base.check.median, baseline_findings_5k: base.findings, baseline_runs: base.check.runs,
    ratio: checks['5k'].median / base.check.median, reps: o.reps,
    cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, node: process.version, os: `${platform()} ${release()}`,
    total_s: (performance.now() - start) / 1000,
  };
}

async function main(): Promise<void> {
  const opts = options();
  const result = await run(opts);
  const targets = evaluateTargets(result);
  console.log(formatTable(result, targets));
  if (opts.json) console.log(formatJson(result, targets));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
