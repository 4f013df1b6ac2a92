/** `/help` — what each command does, from the same definitions every adapter uses. */
import { usageOf, type Command } from './command.js';

/** Builds the help command over a list of commands (given late, since help is one of them). */
export function makeHelpCommand(list: () => readonly Command[]) {
  const helpCommand = {
    name: 'help',
    description: 'What Byline can do, and how to ask',
    options: [],
    run: () => ({ kind: 'help' as const, result: { commands: list().map((c) => ({ name: c.name, usage: usageOf(c), description: c.description })) } }),
  } satisfies Command;
  return helpCommand;
}
