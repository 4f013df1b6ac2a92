/** `/quote text:` — the quotes that best match some words, as shareable snippets. */
import { findQuotes } from '../src/core/answer/quotes.js';
import { requiredText, type Command, type CommandOption } from './command.js';

const text: CommandOption = { name: 'text', description: 'Words from the quote', required: true, maxLength: 300 };

export const quoteCommand = {
  name: 'quote',
  description: 'Look up a quote: the best matches, with speaker and sources',
  options: [text],
  run(story, args) {
    const words = requiredText(quoteCommand, text, args.text);
    return typeof words === 'string' ? { kind: 'quote', result: findQuotes(story, words) } : words;
  },
} satisfies Command;
