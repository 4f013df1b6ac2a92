/** `/quote text:` — the quotes that best match some words, as shareable snippets. */
import { findQuotes } from '../src/core/answer/quotes.js';
import { textCommand } from './command.js';
import { quoteOpening } from './examples.js';

/** The quote command: some words in, the best-matching quotes out. */
export const quoteCommand = textCommand(
  {
    name: 'quote',
    description: 'Look up a quote: the best matches, with speaker and sources',
    option: { name: 'text', description: 'Words from the quote', required: true, maxLength: 300 },
    example: (story) => quoteOpening(story, 1, 5) ?? 'a few words',
  },
  (story, text) => ({ kind: 'quote', result: findQuotes(story, text) }),
);
