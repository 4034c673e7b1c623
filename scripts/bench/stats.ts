/**
 * Small statistics and timing helpers for the benchmark.
 */
import { performance } from 'node:perf_hooks';

/** The q-quantile (0..1) of `values` by linear interpolation between closest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = Math.min(1, Math.max(0, q)) * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** The median of `values` (NaN when empty). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The 95th percentile of `values` (NaN when empty). */
export function p95(values: readonly number[]): number {
  return quantile(values, 0.95);
}

/** Summary of a series of timings, in ms. */
export interface Timing {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

/** Summarises a series of samples. */
export function summarize(samples: readonly number[]): Timing {
  return {
    median: median(samples),
    p95: p95(samples),
    min: samples.length ? Math.min(...samples) : NaN,
    max: samples.length ? Math.max(...samples) : NaN,
    runs: samples.length,
  };
}

/** Runs `fn` once and returns its result and the elapsed wall time in ms. */
export function timeOnce<T>(fn: () => T): { result: T; ms: number } {
  const t0 = performance.now();
  const result = fn();
  return { result, ms: performance.now() - t0 };
}

/** Awaits `fn` once and returns its result and the elapsed wall time in ms. */
export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const t0 = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - t0 };
}

/**
 * Times `fn(i)` for `reps` runs after `warmup` untimed runs; run i of the timed series
 * gets index i (warm-up runs get negative indices), so callers can vary the input.
 * With `budgetMs`, stops early once the timed runs have used the budget, after at least
 * `minRuns` runs (for slow baselines).
 */
export function repeat(fn: (i: number) => unknown, reps: number, warmup = 2, budgetMs = Infinity, minRuns = 3): Timing {
  for (let w = 0; w < warmup; w++) fn(-1 - w);
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < reps; i++) {
    samples.push(timeOnce(() => fn(i)).ms);
    spent += samples[i];
    if (spent >= budgetMs && samples.length >= minRuns) break;
  }
  return summarize(samples);
}

/** Bytes to megabytes (10^6). */
export function mb(bytes: number): number {
  return bytes / 1e6;
}

/** Peak resident set size of this process so far, in MB (10^6 bytes). */
export function peakRssMb(): number {
  return (process.resourceUsage().maxRSS * 1024) / 1e6;
}
