/**
 * Finds and reads the `.citecheck.json` that applies to a run, and folds `--corpus`
 * into it. The config file's folder is the root for its corpus globs; without a file
 * the root is the current directory.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_CONFIG, parseConfig, type Config } from '../core/config.ts';
import { UsageError, oneLine } from './errors.ts';

/** The config file's name. */
export const CONFIG_NAME = '.citecheck.json';

/** The config of a run and where its relative paths start. */
export interface LoadedConfig {
  config: Config;
  /** Absolute folder the corpus and ignore globs are relative to. */
  root: string;
  /** Absolute path of the config file, when one was used. */
  path?: string;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The nearest `.citecheck.json` in `dir` or its ancestors. */
export function findUp(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const candidate = join(d, CONFIG_NAME);
    if (isFile(candidate)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

/**
 * The config file to use: `explicit` if given; else the nearest one above the first
 * draft's folder; else one in the current directory.
 */
export function locateConfig(cwd: string, firstDraft?: string, explicit?: string): string | undefined {
  if (explicit !== undefined) return resolve(cwd, explicit);
  const fromDraft = firstDraft !== undefined ? findUp(dirname(resolve(cwd, firstDraft))) : undefined;
  if (fromDraft) return fromDraft;
  const here = join(cwd, CONFIG_NAME);
  return isFile(here) ? here : undefined;
}

/** Reads and validates a config file; any problem is a one-line UsageError naming the key. */
export function readConfigFile(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read config ${path}: ${oneLine(err)}`);
  }
  const { config, errors } = parseConfig(text, path);
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new UsageError(`invalid config ${path}: ${oneLine(errors[0])}${more}`);
  }
  return config;
}

/** Forward-slash path of `abs` relative to `root`, or undefined when it lies outside. */
function inside(root: string, abs: string): string | undefined {
  const rel = relative(root, abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/**
 * Replaces the config's corpus by `--corpus` values (relative to `cwd`). They are
 * rebased onto the config root when they all lie inside it, so the config's ignore globs
 * keep their meaning; otherwise the root becomes `cwd`.
 */
export function withCorpus(loaded: LoadedConfig, corpus: readonly string[], cwd: string): LoadedConfig {
  if (corpus.length === 0) return loaded;
  const rebased = corpus.map((c) => inside(loaded.root, resolve(cwd, c)));
  if (rebased.every((r): r is string => r !== undefined)) {
    return { ...loaded, config: { ...loaded.config, corpus: rebased } };
  }
  const fromCwd = corpus.map((c) => inside(cwd, resolve(cwd, c)) ?? resolve(cwd, c));
  return { ...loaded, root: cwd, config: { ...loaded.config, corpus: fromCwd } };
}

/** Loads the config for a run: file (explicit or found), then `--corpus` overrides. */
export function loadConfig(opts: { cwd: string; firstDraft?: string; configPath?: string; corpus: readonly string[] }): LoadedConfig {
  const path = locateConfig(opts.cwd, opts.firstDraft, opts.configPath);
  const base: LoadedConfig = path
    ? { config: readConfigFile(path), root: dirname(path), path }
    : { config: { ...DEFAULT_CONFIG }, root: opts.cwd };
  return withCorpus(base, opts.corpus, opts.cwd);
}
