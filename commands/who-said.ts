/** `/who-said quote:` — who said some words, with the exact wording and where it appears. */
import { whoSaid } from '../src/core/answer/quotes.js';
import { textCommand } from './command.js';

/** The who-said command: words in, their speaker, wording and sources out. */
export const whoSaidCommand = textCommand(
  { name: 'who-said', description: 'Find who said a quote, with the exact wording and its sources', option: { name: 'quote', description: 'The words, or part of them (quote marks optional)', required: true, maxLength: 300 } },
  (story, text) => ({ kind: 'who-said', result: whoSaid(story, text) }),
);
