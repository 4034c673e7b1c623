/**
 * Errors the CLI reports as one line and exit code 2 (bad usage, bad config, unreadable
 * input). Anything else that escapes is an internal error.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes of the `citecheck` command. */
export const EXIT = {
  /** No findings at error severity. */
  clean: 0,
  /** At least one finding at error severity. */
  findings: 1,
  /** Usage, config or input error, or an internal error. */
  usage: 2,
} as const;

/** The message of any thrown value, on one line. */
export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
