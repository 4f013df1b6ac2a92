/** Every command: the bot, the CLI and the console all read this one list. */
import type { Command } from './command.js';
import { askCommand } from './ask.js';
import { sourcesCommand } from './sources.js';
import { peopleCommand } from './people.js';
import { whoSaidCommand } from './who-said.js';
import { quoteCommand } from './quote.js';
import { quotesCommand } from './quotes.js';
import { timelineCommand } from './timeline.js';
import { makeHelpCommand } from './help.js';

/** The commands, in the order /help lists them. */
export const commands: readonly Command[] = [askCommand, whoSaidCommand, quoteCommand, quotesCommand, timelineCommand, sourcesCommand, peopleCommand, makeHelpCommand(() => commands)];

/** The command with this name, if any. */
export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name.toLowerCase());
}
