/**
 * What the CLI and the console say about how to call them: the usage of the CLI as a whole
 * (`--help`), of one command (`ask --help`), and the one line that follows a usage error.
 */
import { commands } from '../../commands/index.js';
import { usageOf, type Command } from '../../commands/command.js';

const CLI = 'npm run -s cli --';

/** The one-line usage that follows a usage error on stderr. */
export const USAGE_LINE = `usage: ${CLI} <command> [text…] [--json] [--all] [--corpus DIR] (--help for more); commands: ${commands.map(usageOf).join(', ')}`;

/** The options every command takes, with what they do. */
const OPTIONS = [
  ['--json', 'print one JSON object (the contract in the README), complete'],
  ['--all', 'print long lists (people, sources, a timeline, quotes) whole, not the first 50'],
  ['--corpus DIR', 'the folder of articles (else CORPUS_DIR, else seeds/)'],
  ['--help, -h', 'this help; COMMAND --help for one command'],
] as const;

/** The CLI's help: how to call it, each command, each option. */
export function cliUsage(): string {
  return [
    `usage: ${CLI} <command> [text…] [--json] [--all] [--corpus DIR]`,
    '',
    'The words after the command are its text. Commands:',
    ...commands.map((c) => `  ${usageOf(c).padEnd(20)} ${c.description}`),
    '',
    'Options:',
    ...OPTIONS.map(([name, what]) => `  ${name.padEnd(20)} ${what}`),
    '',
    `Example: ${CLI} who-said "fine job"`,
  ].join('\n');
}

/** One command's help for the CLI (`ask --help`): its usage, what it does, and what its text is. */
export function commandUsage(command: Command): string {
  return [`usage: ${CLI} ${usageOf(command)} [--json] [--all] [--corpus DIR]`, ...commandDetails(command)].join('\n');
}

/** What a command does and what its text is, under its usage line (the CLI's or the console's). */
export function commandDetails(command: Command): string[] {
  const option = command.options[0];
  const limits = option ? [option.required ? '' : 'optional', option.maxLength ? `at most ${option.maxLength} characters` : ''].filter(Boolean).join(', ') : '';
  return [`  ${command.description}`, ...(option ? [`  ${option.name}: ${option.description}${limits ? ` (${limits})` : ''}`] : [])];
}
