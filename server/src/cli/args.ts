/**
 * Command-line parsing for `citecheck`, on top of node:util parseArgs (strict mode:
 * unknown flags and missing values are usage errors).
 */
import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';

/** Output formats of `citecheck check`. */
export type OutputFormat = 'text' | 'json' | 'sarif';

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** A parsed command line. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'check';
      drafts: string[];
      corpus: string[];
      config?: string;
      format: OutputFormat;
      fix: boolean;
      /** --figures: list every figure with its verdict (text format only). */
      figures: boolean;
      /** false when --no-color was given; otherwise decided by the terminal. */
      color: boolean;
      cache?: string;
    }
  | { kind: 'index'; corpus: string[]; config?: string; cache?: string };

const OPTIONS = {
  corpus: { type: 'string', multiple: true },
  config: { type: 'string' },
  format: { type: 'string' },
  fix: { type: 'boolean' },
  figures: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  cache: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseStrict>['values'];

function parseStrict(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

/** Rewrites node's parseArgs errors ("Unknown option '--x'. To specify …") as one short line. */
function usageFromParseError(err: unknown): UsageError {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const flag = /'(-[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${flag ?? ''}`.trim());
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(`option ${flag ?? ''} needs a value`.replace('  ', ' '));
  }
  return new UsageError(message.split('\n')[0]);
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'text';
  if ((FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${value}')`);
}

/** Rejects options that the chosen command does not take. */
function rejectOptions(values: Values, command: string, names: (keyof Values)[]): void {
  for (const name of names) {
    if (values[name] !== undefined) throw new UsageError(`option --${name} does not apply to '${command}'`);
  }
}

/**
 * Parses the arguments after the program name.
 * @throws UsageError for unknown commands or flags, missing drafts and bad values.
 */
export function parseCommandLine(argv: string[]): Command {
  let parsed: ReturnType<typeof parseStrict>;
  try {
    parsed = parseStrict(argv);
  } catch (err) {
    throw usageFromParseError(err);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [name, ...rest] = positionals;
  if (name === undefined) throw new UsageError("missing command (try 'citecheck --help')");
  const corpus = values.corpus ?? [];
  if (name === 'check') {
    if (rest.length === 0) throw new UsageError('check: missing draft file (citecheck check <draft.md>...)');
    const format = parseFormat(values.format);
    // json always lists the figures; sarif holds findings only.
    if (values.figures && format === 'sarif') throw new UsageError('--figures does not apply to --format sarif');
    return {
      kind: 'check', drafts: rest, corpus, config: values.config,
      format, fix: values.fix ?? false, figures: values.figures ?? false, color: !values['no-color'],
      ...(values.cache !== undefined ? { cache: values.cache } : {}),
    };
  }
  if (name === 'index') {
    rejectOptions(values, name, ['format', 'fix', 'figures']);
    if (rest.length > 0) throw new UsageError(`index: unexpected argument '${rest[0]}'`);
    return { kind: 'index', corpus, config: values.config, cache: values.cache };
  }
  throw new UsageError(`unknown command '${name}' (expected 'check' or 'index')`);
}

/** The text of `citecheck --help`. */
export const HELP = `Usage:
  citecheck check <draft.md>... [--corpus <dir|glob>]... [--config <file>]
                  [--format text|json|sarif] [--figures] [--fix] [--no-color]
                  [--cache <dir>]
  citecheck index [--corpus <dir|glob>]... [--config <file>] [--cache <dir>]
  citecheck --help | --version

Checks the figures and quotations of Markdown drafts against a folder of source
articles. Every figure outside quotations gets a verdict: verified (a source the
passage draws on states it), contradicted (that source states another value),
unsupported (the passage draws on sources, none states it) or unchecked (not
compared, e.g. the passage draws on no source). The text output ends each file
with the counts.

Options:
  --corpus <dir|glob>  source folder or glob, relative to the current directory;
                       repeatable; overrides "corpus" of the config file
  --config <file>      config file (default: the nearest .citecheck.json)
  --format <name>      text (default), json or sarif; json lists every figure
                       with its verdict
  --figures            list every figure with its verdict and reason (text;
                       json always lists them)
  --fix                apply the preferred fix of each finding, then re-check
  --no-color           plain text output (also when NO_COLOR is set)
  --cache <dir>        index cache folder (default: .citecheck-cache next to the
                       config; 'index' creates it, 'check' uses it when present)
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 no errors, 1 findings at error severity, 2 usage or config error.
`;
