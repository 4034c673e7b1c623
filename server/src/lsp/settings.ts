/**
 * The effective configuration: `.citecheck.json` at the workspace root (the file the
 * CLI reads), with the VS Code settings the user set explicitly merged over it.
 */
import { join } from 'node:path';
import { DEFAULT_CONFIG, mergeConfig, parseConfig, type Config } from '../core/config.ts';
import type { FileSystem } from '../core/types.ts';

/** Name of the project configuration file at the workspace root. */
export const CONFIG_FILE = '.citecheck.json';

/** Keys of `citecheck.*` settings that override `.citecheck.json`. */
const OVERRIDABLE = ['corpus', 'ignore', 'citationStyle', 'severity', 'maxFileSize'] as const;

/** True for values that mean "not set": null, undefined, '', [] and {}. */
function isUnset(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value as object).length === 0;
  return false;
}

/**
 * Validates the client's `citecheck` settings with the same rules as the config file
 * and keeps only the keys that were set and valid (valid severity entries are kept
 * even when others are not).
 */
export function settingsOverrides(settings: unknown): { overrides: Partial<Config>; errors: string[] } {
  const overrides: Partial<Config> = {};
  const errors: string[] = [];
  if (!settings || typeof settings !== 'object') return { overrides, errors };
  const raw = settings as Record<string, unknown>;
  for (const key of OVERRIDABLE.filter((k) => !isUnset(raw[k]))) {
    const parsed = parseConfig(JSON.stringify({ [key]: raw[key] }), 'VS Code settings');
    errors.push(...parsed.errors.map((e) => `citecheck.${e}`));
    if (parsed.errors.length === 0 || key === 'severity') (overrides as Record<string, unknown>)[key] = parsed.config[key];
  }
  return { overrides, errors };
}

/** Reads `.citecheck.json` (if any) and merges the client settings over it. */
export async function loadConfig(
  fs: FileSystem,
  root: string,
  settings: unknown,
): Promise<{ config: Config; errors: string[] }> {
  const path = join(root, CONFIG_FILE);
  let base: Config = DEFAULT_CONFIG;
  const errors: string[] = [];
  if (await fs.stat(path)) {
    try {
      const text = new TextDecoder().decode(await fs.readFile(path));
      const parsed = parseConfig(text, path);
      base = parsed.config;
      errors.push(...parsed.errors);
    } catch (e) {
      errors.push(`${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const { overrides, errors: settingErrors } = settingsOverrides(settings);
  errors.push(...settingErrors);
  return { config: mergeConfig(base, overrides), errors };
}

/** True when two configs load a different corpus (so the index must be rebuilt). */
export function corpusChanged(a: Config, b: Config): boolean {
  return (
    JSON.stringify([a.corpus, a.ignore, a.maxFileSize]) !==
    JSON.stringify([b.corpus, b.ignore, b.maxFileSize])
  );
}
