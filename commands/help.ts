/**
 * `/help` — what each command does with an example from the story being served, and how the
 * answers' buttons and the message menu work, from the same definitions every adapter uses.
 */
import { exampleOf, usageOf, type Command, type HelpResult } from './command.js';
import { whoSaidThisCommand } from './who-said-this.js';

/** How an answer's buttons and the message context menu work (Discord shows them; the terminal says where to find them). */
export const HELP_TIPS: HelpResult['tips'] = [
  { name: `Apps → ${whoSaidThisCommand.name}`, text: 'on any message (long-press on a phone): who said its words' },
  { name: 'Share', text: 'answers are private; Share posts one in the channel' },
  { name: 'Read a passage in context…', text: 'the menu under an answer: the sentences around an excerpt' },
  { name: 'Previous / Next', text: 'page through a long answer' },
];

/** Builds the help command over a list of commands (given late, since help is one of them). */
export function makeHelpCommand(list: () => readonly Command[]) {
  const helpCommand = {
    kind: 'slash',
    name: 'help',
    description: 'What Byline can do, and how to ask',
    options: [],
    run: (story) => ({
      kind: 'help' as const,
      result: { commands: list().map((c) => ({ name: c.name, usage: usageOf(c), description: c.description, example: exampleOf(c, story) })), tips: HELP_TIPS },
    }),
  } satisfies Command;
  return helpCommand;
}
