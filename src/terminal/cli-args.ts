/**
 * Parses the CLI's words: `<command> [text…] [--json] [--corpus DIR] [--png FILE] [--OPTION VALUE…]`.
 * The words after the command are joined into one text for the command's first option; its other
 * options are named (`timeline Comey --from 2017 --to 2018`).
 */

/** A parsed command line, or the reason it could not be parsed. */
export type CliArgs =
  | { ok: true; command: string; text: string; json: boolean; corpus: string | null; /** Named options (`--from 2017`), when any. */ options?: Record<string, string>; /** Where to write the answer's picture (`--png FILE`), when asked. */ png?: string }
  | { ok: false; message: string; json: boolean };

/** Parses `argv` (without node and the script). */
export function parseCliArgs(argv: string[]): CliArgs {
  const words: string[] = [];
  const json = argv.includes('--json');
  let corpus: string | null = null;
  let png: string | null = null;
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') continue;
    const named = /^--([a-z][\w-]*)(?:=(.*))?$/s.exec(arg);
    if (!named) {
      words.push(arg);
      continue;
    }
    const [, name, inline] = named as unknown as [string, string, string | undefined];
    const value = inline ?? argv[++i] ?? '';
    if (name === 'corpus') {
      if (!value) return { ok: false, message: '--corpus needs a folder: --corpus DIR', json };
      corpus = value;
    } else if (name === 'png') {
      if (!value) return { ok: false, message: '--png needs a file: --png FILE', json };
      png = value;
    } else if (OPTION_VALUE.test(value)) options[name] = value;
    else return { ok: false, message: `unknown option --${name}`, json };
  }
  const [command, ...rest] = words;
  if (!command) return { ok: false, message: 'no command given', json };
  return { ok: true, command, text: rest.join(' '), json, corpus, ...(Object.keys(options).length ? { options } : {}), ...(png === null ? {} : { png }) };
}

/** A value of a named option: a word, not another option (`--bogus --json` names no value). */
const OPTION_VALUE = /^(?!--)\S/;
