/** `/who-said quote:` — who said some words (a quote's speaker, or an article in its own words), with the exact wording and where it appears. */
import { whoSaid } from '../src/core/answer/quotes.js';
import { textCommand } from './command.js';
import { quoteOpening } from './examples.js';

/** The who-said command: words in, their speaker, wording and sources out. */
export const whoSaidCommand = textCommand(
  {
    name: 'who-said',
    description: 'Who said some words: a quote’s speaker, or an article in its own words, cited',
    option: { name: 'quote', description: 'The words, or part of them (quote marks optional)', required: true, maxLength: 300 },
    example: (story) => quoteOpening(story, 0, 5) ?? 'a few words of a quote',
  },
  (story, text) => ({ kind: 'who-said', result: whoSaid(story, text) }),
);
