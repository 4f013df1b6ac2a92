/**
 * Parses the CLI's words: `<command> [text…] [--json] [--corpus DIR]`. The words after the command
 * are joined into one text for the command's first option.
 */

/** A parsed command line, or the reason it could not be parsed. */
export type CliArgs =
  | { ok: true; command: string; text: string; json: boolean; corpus: string | null }
  | { ok: false; message: string; json: boolean };

/** Parses `argv` (without node and the script). */
export function parseCliArgs(argv: string[]): CliArgs {
  const words: string[] = [];
  const json = argv.includes('--json');
  let corpus: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') continue;
    if (arg === '--corpus' || arg.startsWith('--corpus=')) {
      corpus = arg.includes('=') ? arg.slice('--corpus='.length) : (argv[++i] ?? '');
      if (!corpus) return { ok: false, message: '--corpus needs a folder: --corpus DIR', json };
    } else if (arg.startsWith('--') && arg.length > 2) return { ok: false, message: `unknown option ${arg}`, json };
    else words.push(arg);
  }
  const [command, ...rest] = words;
  if (!command) return { ok: false, message: 'no command given', json };
  return { ok: true, command, text: rest.join(' '), json, corpus };
}
