/**
 * Parses the CLI's words with node's `parseArgs`: `<command> [text…] [--OPTION VALUE…] [--json]
 * [--all] [--corpus DIR] [--png FILE] [--help]`. The words after the command are joined into one
 * text for the command's first option; its other options are named (`timeline Comey --from 2017
 * --to 2018`); a name typed as two words (`who said …`) is the command's.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { commands, splitCommand } from '../../commands/index.js';

/** A parsed command line (`command` is null only with `--help`), or the reason it could not be parsed. */
export type CliArgs =
  | {
      ok: true;
      command: string | null;
      text: string;
      json: boolean;
      all: boolean;
      help: boolean;
      corpus: string | null;
      /** Named options (`--from 2017`), when any. */
      options?: Record<string, string>;
      /** Where to write the answer's picture (`--png FILE`), when asked. */
      png?: string;
    }
  | { ok: false; message: string; json: boolean };

/** The CLI's own options. */
const OWN = {
  json: { type: 'boolean' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  corpus: { type: 'string' },
  png: { type: 'string' },
} as const;

/** Every command option, by name, as the CLI takes it (`--from 2017`). */
const OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  ...Object.fromEntries(commands.flatMap((c) => c.options.map((o) => [o.name, { type: 'string' as const }]))),
  ...OWN,
};

/** Parses `argv` (without node and the script). */
export function parseCliArgs(argv: string[]): CliArgs {
  // Known before parsing, so that even a parse error is reported as JSON when asked for.
  const json = argv.includes('--json');
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    return { ok: false, message: reason(error), json };
  }
  const { values, positionals } = parsed;
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  if (text('corpus') === '') return { ok: false, message: '--corpus needs a folder: --corpus DIR', json };
  if (text('png') === '') return { ok: false, message: '--png needs a file: --png FILE', json };
  const options: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (!(name in OWN) && typeof value === 'string') options[name] = value;
  const help = values.help === true;
  const { name, text: words } = splitCommand(positionals.join(' '));
  if (!name && !help) return { ok: false, message: 'no command given', json };
  const png = text('png');
  return {
    ok: true,
    command: name || null,
    text: words,
    json,
    all: values.all === true,
    help,
    corpus: text('corpus') ?? null,
    ...(Object.keys(options).length ? { options } : {}),
    ...(png === undefined ? {} : { png }),
  };
}

/** parseArgs' error in the CLI's words. */
function reason(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}${option?.startsWith('--') ? '' : ' (text that starts with - goes after --)'}`;
  if (option === '--corpus') return '--corpus needs a folder: --corpus DIR';
  if (option === '--png') return '--png needs a file: --png FILE';
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && option.slice(2) in OPTIONS && !(option.slice(2) in OWN))
    return `${option} needs a value: ${option} VALUE`;
  return `${option ?? 'an option'} takes no value`;
}
