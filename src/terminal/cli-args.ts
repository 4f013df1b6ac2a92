/**
 * Parses the CLI's words with node's `parseArgs`: `<command> [text…] [--json] [--all]
 * [--corpus DIR] [--help]`. The words after the command are joined into one text for the
 * command's first option; a name typed as two words (`who said …`) is the command's.
 */
import { parseArgs } from 'node:util';
import { splitCommand } from '../../commands/index.js';

/** A parsed command line (`command` is null only with `--help`), or the reason it could not be parsed. */
export type CliArgs =
  | { ok: true; command: string | null; text: string; json: boolean; all: boolean; help: boolean; corpus: string | null }
  | { ok: false; message: string; json: boolean };

const OPTIONS = {
  json: { type: 'boolean' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  corpus: { type: 'string' },
} as const;

/** Parses `argv` (without node and the script). */
export function parseCliArgs(argv: string[]): CliArgs {
  // Known before parsing, so that even a parse error is reported as JSON when asked for.
  const json = argv.includes('--json');
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    return { ok: false, message: reason(error), json };
  }
  const { values, positionals } = parsed;
  if (values.corpus === '') return { ok: false, message: '--corpus needs a folder: --corpus DIR', json };
  const help = values.help === true;
  const { name, text } = splitCommand(positionals.join(' '));
  if (!name && !help) return { ok: false, message: 'no command given', json };
  return { ok: true, command: name || null, text, json, all: values.all === true, help, corpus: values.corpus ?? null };
}

/** parseArgs' error in the CLI's words. */
function reason(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}${option?.startsWith('--') ? '' : ' (text that starts with - goes after --)'}`;
  if (option === '--corpus') return '--corpus needs a folder: --corpus DIR';
  return `${option ?? 'an option'} takes no value`;
}
