/** `/quotes speaker:` — everything one speaker said, found by any of their names. */
import { quotesBy } from '../src/core/answer/quotes.js';
import { requiredText, type Command, type CommandOption } from './command.js';

const speaker: CommandOption = { name: 'speaker', description: 'A speaker: a name, an alias or a description', required: true, maxLength: 100, autocomplete: true };

export const quotesCommand = {
  name: 'quotes',
  description: 'Every quote by one speaker',
  options: [speaker],
  run(story, args) {
    const name = requiredText(quotesCommand, speaker, args.speaker);
    return typeof name === 'string' ? { kind: 'quotes', result: quotesBy(story, name) } : name;
  },
} satisfies Command;
