/**
 * The local console: the same commands as the bot, typed as `/ask question: …` or `ask …`, from a
 * terminal or piped stdin. Started by `npm start` when no Discord token is configured.
 */
import { distinctSourceCount } from '../core/answer/sources.js';
import { createInterface } from 'node:readline';
import { findCommand, splitCommand, suggestCommand } from '../../commands/index.js';
import { readOptionText, usageOf, withoutOptionName } from '../../commands/command.js';
import type { Story } from '../core/types.js';
import { renderText } from '../render/text.js';
import { commandDetails } from './cli-usage.js';
import { forTerminal } from './terminal-text.js';

/** Long lists show this many entries unless the line says `--all`. */
const LIST_LIMIT = 50;

/** A console line read as a command and its text (`all`: long lists whole; `help`: the command's usage), or a request to quit. */
export type ConsoleLine = { kind: 'empty' | 'quit' } | { kind: 'command'; name: string; text: string; all?: true; help?: true };

/** Reads `/ask question: why?`, `ask why?`, `who said …`, `people --all`, `ask --help`, `/help` (or `?`) or `quit`. */
export function parseConsoleLine(line: string): ConsoleLine {
  const trimmed = line.trim();
  if (!trimmed) return { kind: 'empty' };
  if (trimmed === '?') return { kind: 'command', name: 'help', text: '' };
  // `--all` and `--help` are options wherever they stand, as on the command line.
  const flags = { all: /(?:^|\s)--all(?=\s|$)/.test(trimmed), help: /(?:^|\s)--help(?=\s|$)/.test(trimmed) };
  const { name, text: rest } = splitCommand(trimmed.replace(/(?:^|\s)--(?:all|help)(?=\s|$)/g, ' '));
  if (name === 'quit' || name === 'exit') return { kind: 'quit' };
  // Slash-command style "question: …" names the option; only the command's own option name is taken off.
  const command = findCommand(name);
  const text = command ? withoutOptionName(command, rest) : rest;
  return { kind: 'command', name, text, ...(flags.all ? { all: true as const } : {}), ...(flags.help ? { help: true as const } : {}) };
}

/** Answers one console line as text. */
export function answerConsoleLine(story: Story, line: ConsoleLine & { kind: 'command' }): string {
  const command = findCommand(line.name);
  if (!command) {
    const meant = suggestCommand(line.name);
    return `Unknown command "${line.name}".${meant ? ` Did you mean /${meant.name}?` : ''} Type /help for the list.`;
  }
  if (line.help) return [`/${usageOf(command)}`, ...commandDetails(command)].join('\n');
  const answer = command.run(story, readOptionText(command, line.text));
  if (answer.kind === 'usage-error') return answer.message;
  const cut = line.all ? {} : { listLimit: LIST_LIMIT, moreHint: `type "${command.name}${line.text ? ` ${line.text}` : ''} --all" to see them all` };
  return renderText(answer, { articleCount: distinctSourceCount(story), ...cut });
}

/** Runs the console until stdin ends or the user quits. */
export function runConsole(story: Story, banner: string): Promise<void> {
  const interactive = process.stdin.isTTY === true;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  process.stdout.write(`${forTerminal(banner)}\n`);
  const prompt = () => interactive && rl.prompt();
  rl.setPrompt('byline> ');
  prompt();
  return new Promise((resolve) => {
    rl.on('line', (raw) => {
      const line = parseConsoleLine(raw);
      if (line.kind === 'quit') return rl.close();
      // Answers quote articles and echo what was typed: neither may drive the terminal.
      if (line.kind === 'command') process.stdout.write(`${forTerminal(answerConsoleLine(story, line))}\n\n`);
      prompt();
    });
    rl.on('close', resolve);
  });
}
