/**
 * The `.citecheck.json` configuration shared by the CLI and the language server:
 * defaults, strict validation (every error names its key), merging of overrides
 * and the effective severity of a finding code.
 */
import { editDistance } from './text/distance.ts';
import { FINDING_CODES, type CitationStyle, type FindingCode, type Severity } from './types.ts';

/** The configuration of a workspace. */
export interface Config {
  /** Folders, files or globs of sources, relative to the workspace root; default ["sources"]. */
  corpus: string[];
  /** Globs of paths to leave out; default []. */
  ignore: string[];
  /** Style of inserted citations; default "pandoc". */
  citationStyle: CitationStyle;
  /** Overrides of the default severities. */
  severity: Partial<Record<FindingCode, Severity | 'off'>>;
  /** Bytes; larger sources are skipped with a message; default 5_000_000. */
  maxFileSize: number;
}

/** The default severity of every finding code. */
export const DEFAULT_SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  'figure.mismatch': 'error',
  'figure.sources-disagree': 'warning',
  'figure.unsupported': 'warning',
  'quote.altered': 'error',
  'quote.not-found': 'warning',
  'quote.misattributed': 'error',
  'source.uncited': 'warning',
  'citation.mismatch': 'warning',
  'citation.unknown-key': 'warning',
};

/** The configuration used when there is no config file. */
export const DEFAULT_CONFIG: Config = Object.freeze({
  corpus: ['sources'],
  ignore: [],
  citationStyle: 'pandoc',
  severity: {},
  maxFileSize: 5_000_000,
}) as Config;

/** Citation styles accepted in `citationStyle`. */
export const CITATION_STYLES: readonly CitationStyle[] = ['pandoc', 'footnote', 'link'];
/** Levels accepted in `severity`. */
export const SEVERITY_LEVELS: readonly (Severity | 'off')[] = ['error', 'warning', 'info', 'hint', 'off'];
const KEYS: readonly string[] = ['corpus', 'ignore', 'citationStyle', 'severity', 'maxFileSize'];
/** Keys accepted and ignored (editor schema hints). */
const IGNORED_KEYS = new Set(['$schema', '$comment']);


/** ' (did you mean "x"?)' for the closest candidate within a third of its length, else ''. */
function suggestion(name: string, candidates: readonly string[]): string {
  let best = '';
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(2, Math.floor(best.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

/** 1-based line and column of an offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/**
 * Offset of a JSON syntax error: from the message's position, else (V8's
 * "Unexpected token 'x'" has none) the first `x` at which a prefix fails the same way.
 */
function errorOffset(text: string, message: string): number {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  if (/end of JSON input/.test(message)) return text.length;
  const token = /^Unexpected token '(.)'/su.exec(message)?.[1];
  for (let k = token ? text.indexOf(token) : -1; k >= 0; k = text.indexOf(token as string, k + 1)) {
    try {
      JSON.parse(text.slice(0, k + 1));
    } catch (e) {
      if ((e as Error).message.startsWith(`Unexpected token '${token}'`)) return k;
    }
  }
  return 0;
}

/** Parses JSON, or returns an "invalid JSON at line:column" error. */
function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    const message = (e as Error).message
      .replace(/,\s*(?:\.\.\.)?".*is not valid JSON$/s, '')
      .replace(/ (?:in JSON )?at position \d+.*$/s, '');
    return { error: `invalid JSON at ${lineColumn(text, errorOffset(text, (e as Error).message))}: ${message}` };
  }
}

/** A string or an array of strings as an array, or undefined when it is neither. */
function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}

/** Validates one top-level key into `config`; returns the errors. */
function applyKey(config: Config, key: string, value: unknown): string[] {
  switch (key) {
    case 'corpus':
    case 'ignore': {
      const list = stringList(value);
      if (!list) return [`${key}: must be a string or an array of strings`];
      if (key === 'corpus' && list.every((s) => s.trim() === '')) return ['corpus: must name at least one folder, file or glob'];
      config[key] = list.filter((s) => s.trim() !== '');
      return [];
    }
    case 'citationStyle':
      if (!CITATION_STYLES.includes(value as CitationStyle)) return [`citationStyle: must be one of ${CITATION_STYLES.join(', ')}`];
      config.citationStyle = value as CitationStyle;
      return [];
    case 'maxFileSize':
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return ['maxFileSize: must be a positive number of bytes'];
      config.maxFileSize = value;
      return [];
    case 'severity':
      return applySeverity(config, value);
    default:
      return IGNORED_KEYS.has(key) ? [] : [`unknown key "${key}"${suggestion(key, KEYS)}`];
  }
}

/** Validates the `severity` object into `config.severity`. */
function applySeverity(config: Config, value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return ['severity: must be an object mapping finding codes to levels'];
  }
  const errors: string[] = [];
  const severity: Config['severity'] = {};
  for (const [code, level] of Object.entries(value as Record<string, unknown>)) {
    if (!FINDING_CODES.includes(code as FindingCode)) {
      errors.push(`severity.${code}: unknown finding code${suggestion(code, FINDING_CODES)}`);
    } else if (!SEVERITY_LEVELS.includes(level as Severity)) {
      errors.push(`severity.${code}: must be one of ${SEVERITY_LEVELS.join(', ')}`);
    } else {
      severity[code as FindingCode] = level as Severity | 'off';
    }
  }
  config.severity = severity;
  return errors;
}

/**
 * Validates JSON text (`origin` names it in the one error of an unreadable file).
 * Errors name the key and the problem ("severity.figure.mismach: unknown finding
 * code"); `config` is DEFAULT_CONFIG with every valid key applied.
 */
export function parseConfig(text: string, origin: string): { config: Config; errors: string[] } {
  const config = mergeConfig(DEFAULT_CONFIG, {});
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { config, errors: [] };
  const parsed = parseJson(body);
  if ('error' in parsed) return { config, errors: [parsed.error] };
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { config, errors: [`${origin}: must be a JSON object`] };
  }
  const errors: string[] = [];
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) errors.push(...applyKey(config, key, v));
  return { config, errors };
}

/** Merges overrides (e.g. VS Code settings) over a config; `severity` merges per code. */
export function mergeConfig(base: Config, overrides: Partial<Config>): Config {
  return {
    corpus: [...(overrides.corpus ?? base.corpus)],
    ignore: [...(overrides.ignore ?? base.ignore)],
    citationStyle: overrides.citationStyle ?? base.citationStyle,
    severity: { ...base.severity, ...overrides.severity },
    maxFileSize: overrides.maxFileSize ?? base.maxFileSize,
  };
}

/** The effective level of a finding code: the configured override, else `defaultSeverity`. */
export function severityFor(config: Config, code: FindingCode, defaultSeverity: Severity = DEFAULT_SEVERITY[code]): Severity | 'off' {
  return config.severity[code] ?? defaultSeverity;
}
