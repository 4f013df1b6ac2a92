/**
 * Every command: the bot, the CLI and the console all read these lists, `commands` (answered from
 * the story, typed in every adapter) and, for the bot, `appCommands` (those, the message command
 * and the admin commands).
 */
import type { Command } from './command.js';
import { askCommand } from './ask.js';
import { sourcesCommand } from './sources.js';
import { peopleCommand } from './people.js';
import { whoSaidCommand } from './who-said.js';
import { quoteCommand } from './quote.js';
import { quotesCommand } from './quotes.js';
import { timelineCommand } from './timeline.js';
import { makeHelpCommand } from './help.js';
import { reloadCommand } from './reload.js';
import { whoSaidThisCommand } from './who-said-this.js';
import { typoDistance } from '../src/core/text/edit-distance.js';

/** The commands, in the order /help lists them. */
export const commands: readonly Command[] = [
  askCommand,
  whoSaidCommand,
  quoteCommand,
  quotesCommand,
  timelineCommand,
  sourcesCommand,
  peopleCommand,
  makeHelpCommand(() => commands),
];

/** A command the bot registers with Discord, of any kind. */
export type AppCommand = Command | typeof whoSaidThisCommand | typeof reloadCommand;

/** Every command the bot registers, in the order it registers them. */
export const appCommands: readonly AppCommand[] = [...commands, reloadCommand, whoSaidThisCommand];

/** The bot's command of this kind and exact name (as Discord sends it), if any. */
export function findAppCommand<K extends AppCommand['kind']>(kind: K, name: string): Extract<AppCommand, { kind: K }> | undefined {
  return appCommands.find((c): c is Extract<AppCommand, { kind: K }> => c.kind === kind && c.name === name);
}

/** The command with this name, if any. */
export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name.toLowerCase());
}

/**
 * A typed line read as a command name and its text, a name typed as two words (`who said …`)
 * read as the command's (`who-said …`).
 *
 * @example splitCommand('who said Weak') // => { name: 'who-said', text: 'Weak' }
 */
export function splitCommand(typed: string): { name: string; text: string } {
  // A name is letters, digits and dashes; typed with other characters, it is the first word.
  const m = /^\/?([\w-]+)\s*([\s\S]*)$/.exec(typed.trim()) ?? /^(\S*)\s*([\s\S]*)$/.exec(typed.trim())!;
  const name = m[1]!.toLowerCase();
  const text = m[2]!.trim();
  const second = /^(\w+)(?:\s+([\s\S]*))?$/.exec(text);
  if (second && findCommand(`${name}-${second[1]!.toLowerCase()}`) && !findCommand(name))
    return { name: `${name}-${second[1]!.toLowerCase()}`, text: second[2]?.trim() ?? '' };
  return { name, text };
}

/**
 * The command a mistyped name most likely meant (`aks` → ask, `timline` → timeline, `peop` →
 * people): one typo away (two for a longer name), or the start of one command's name.
 */
export function suggestCommand(typed: string): Command | undefined {
  const name = typed.toLowerCase().replace(/_/g, '-');
  const starts = commands.filter((c) => name.length >= 2 && c.name.startsWith(name));
  if (starts.length === 1) return starts[0];
  const near = commands
    .map((c) => ({ c, d: typoDistance(name, c.name) }))
    .filter(({ c, d }) => d <= (Math.min(name.length, c.name.length) > 4 ? 2 : 1))
    .sort((a, b) => a.d - b.d);
  return near[0]?.c;
}
