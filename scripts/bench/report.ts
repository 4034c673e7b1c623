/**
 * Benchmark results: the targets (PASS/MISS), a human-readable table and the JSON line.
 */

/** Everything one benchmark run measured (ms unless the name says otherwise). */
export interface BenchResult {
  corpus: string;
  synthetic: boolean;
  corpus_articles: number;
  corpus_mb: number;
  load_problems: number;
  index_build_ms: number;
  index_mb_per_s: number;
  cache: string;
  cache_load_ms: number;
  check_1k_median_ms: number;
  check_1k_p95_ms: number;
  check_5k_median_ms: number;
  check_5k_p95_ms: number;
  check_20k_median_ms: number;
  check_20k_p95_ms: number;
  findings_5k: number;
  edit_recheck_median_ms: number;
  edit_recheck_p95_ms: number;
  /** 5k-word check median on the smallest corpus of the scaling test (the first 1,000 articles when there are more). */
  check_1k_corpus_ms: number;
  check_5k_corpus_ms?: number;
  check_full_corpus_ms: number;
  scaling_per_10x: number;
  /** Every corpus size of the scaling test. */
  scaling: { articles: number; check_5k_median_ms: number }[];
  /** Peak RSS before the corpus was read (runtime and harness). */
  rss_start_mb: number;
  peak_rss_mb: number;
  /** Peak RSS growth caused by the engine: peak minus the RSS once the harness held the corpus. */
  engine_rss_mb: number;
  /** 5k-word check of an unchanged draft, per-sentence results reused. */
  repeat_check_5k_median_ms: number;
  baseline_index_build_ms: number;
  baseline_check_5k_median_ms: number;
  baseline_findings_5k: number;
  /** Timed baseline runs (fewer than `reps` when the baseline is slow). */
  baseline_runs: number;
  /** Engine 5k-word check median over the baseline's. */
  ratio: number;
  reps: number;
  cpu: string;
  cores: number;
  node: string;
  os: string;
  total_s: number;
  targets?: Record<string, 'PASS' | 'MISS'>;
}

/** A target next to its measurement. */
export interface Target {
  name: string;
  measured: number;
  unit: string;
  op: '<=' | '>=';
  limit: number;
  pass: boolean;
}

function target(name: string, measured: number, unit: string, op: '<=' | '>=', limit: number): Target {
  const pass = Number.isFinite(measured) && (op === '<=' ? measured <= limit : measured >= limit);
  return { name, measured, unit, op, limit, pass };
}

/**
 * How latency grows per tenfold corpus: (t_big / t_small) ^ (1 / log10(n_big / n_small)).
 * NaN when the corpus sizes are equal.
 */
export function growthPer10x(tSmall: number, tBig: number, nSmall: number, nBig: number): number {
  const decades = Math.log10(nBig / nSmall);
  return decades > 0 ? (tBig / tSmall) ** (1 / decades) : NaN;
}

/** A cold load is no cached load: without a cache the target is missed whatever the time. */
function cacheTarget(r: BenchResult): Target {
  const t = target(`cached load (cache: ${r.cache})`, r.cache_load_ms, 'ms', '<=', 300);
  return r.cache === 'implemented' ? t : { ...t, pass: false };
}

/** The issue's targets evaluated on a result. */
export function evaluateTargets(r: BenchResult): Target[] {
  return [
    target('5k-word check median', r.check_5k_median_ms, 'ms', '<=', 50),
    target('edit re-check median', r.edit_recheck_median_ms, 'ms', '<=', 5),
    target('check growth per 10x corpus', r.scaling_per_10x, 'x', '<=', 1.5),
    target('index build throughput', r.index_mb_per_s, 'MB/s', '>=', 20),
    cacheTarget(r),
    target('engine memory (start RSS + engine growth)', r.rss_start_mb + r.engine_rss_mb, 'MB', '<=', Math.round(2.5 * r.corpus_mb + 80)),
  ];
}

const fmt = (n: number | undefined): string => (n === undefined || !Number.isFinite(n) ? 'n/a' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** The result as an aligned text table plus the targets. */
export function formatTable(r: BenchResult, targets: Target[]): string {
  const rows: [string, string][] = [
    ['machine', `${r.cpu}, ${r.cores} cores, Node ${r.node}, ${r.os}`],
    ['corpus', `${r.corpus}: ${r.corpus_articles} articles, ${fmt(r.corpus_mb)} MB${r.load_problems ? `, ${r.load_problems} load problems` : ''}`],
    ['index build', `${fmt(r.index_build_ms)} ms (${fmt(r.index_mb_per_s)} MB/s)`],
    ['cached load', `${fmt(r.cache_load_ms)} ms (cache: ${r.cache})`],
    ['check 1k words', `median ${fmt(r.check_1k_median_ms)} ms, p95 ${fmt(r.check_1k_p95_ms)} ms`],
    ['check 5k words', `median ${fmt(r.check_5k_median_ms)} ms, p95 ${fmt(r.check_5k_p95_ms)} ms (${r.findings_5k} findings)`],
    ['check 20k words', `median ${fmt(r.check_20k_median_ms)} ms, p95 ${fmt(r.check_20k_p95_ms)} ms`],
    ['edit re-check (5k)', `median ${fmt(r.edit_recheck_median_ms)} ms, p95 ${fmt(r.edit_recheck_p95_ms)} ms`],
    ['corpus scaling (5k draft)', `${(r.scaling ?? []).map((x) => `${x.articles} articles ${fmt(x.check_5k_median_ms)} ms`).join(', ')}; ${fmt(r.scaling_per_10x)}x per 10x`],
    ['peak RSS', `${fmt(r.peak_rss_mb)} MB whole process (${fmt(r.rss_start_mb)} MB before reading the corpus; engine growth ${fmt(r.engine_rss_mb)} MB)`],
    ['repeat check 5k', `median ${fmt(r.repeat_check_5k_median_ms)} ms (unchanged draft, memoised sentences)`],
    ['baseline (MiniSearch)', `index ${fmt(r.baseline_index_build_ms)} ms, 5k check median ${fmt(r.baseline_check_5k_median_ms)} ms of ${r.baseline_runs} runs (${r.baseline_findings_5k} findings); engine/baseline ${fmt(r.ratio)}x (engine ${fmt(1 / r.ratio)}x faster)`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  lines.push('', 'targets:');
  for (const t of targets) lines.push(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${fmt(t.measured)} ${t.unit} (target ${t.op} ${t.limit} ${t.unit})`);
  lines.push(`(${r.reps} timed runs per median after warm-up; whole run ${fmt(r.total_s)} s)`);
  return lines.join('\n');
}

/** The result with its targets as one JSON line. */
export function formatJson(r: BenchResult, targets: Target[]): string {
  const marks: Record<string, 'PASS' | 'MISS'> = {};
  for (const t of targets) marks[t.name] = t.pass ? 'PASS' : 'MISS';
  const round = (_k: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v);
  return JSON.stringify({ ...r, targets: marks }, round);
}
