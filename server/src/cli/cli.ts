/**
 * The `citecheck` command as a function: arguments and I/O in, exit code out.
 */
import { HELP, parseCommandLine } from './args.ts';
import { EXIT, UsageError, oneLine } from './errors.ts';
import { VERSION } from './meta.ts';
import { runCheck, runIndex, type Io } from './run.ts';

/** Runs the CLI with `argv` (arguments after the program name); resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const cmd = parseCommandLine(argv);
    switch (cmd.kind) {
      case 'help':
        io.stdout(HELP);
        return EXIT.clean;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return EXIT.clean;
      case 'check':
        return await runCheck(cmd, io);
      case 'index':
        return await runIndex(cmd, io);
    }
  } catch (err) {
    if (err instanceof UsageError) io.stderr(`citecheck: ${oneLine(err.message)}\n`);
    else io.stderr(`citecheck: internal error: ${oneLine(err)}\n`);
    return EXIT.usage;
  }
}
