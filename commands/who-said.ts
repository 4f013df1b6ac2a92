/** `/who-said quote:` — who said some words, with the exact wording and where it appears. */
import { whoSaid } from '../src/core/answer/quotes.js';
import { requiredText, type Command, type CommandOption } from './command.js';

const quote: CommandOption = { name: 'quote', description: 'The words, or part of them (quote marks optional)', required: true, maxLength: 300 };

export const whoSaidCommand = {
  name: 'who-said',
  description: 'Find who said a quote, with the exact wording and its sources',
  options: [quote],
  run(story, args) {
    const text = requiredText(whoSaidCommand, quote, args.quote);
    return typeof text === 'string' ? { kind: 'who-said', result: whoSaid(story, text) } : text;
  },
} satisfies Command;
