/**
 * The message context-menu command "Who said this?": the words of a message (the adapter reads
 * them out of the message's markup) looked up as /who-said does: a quote, an article's own
 * sentence, or nothing found.
 */
import { whoSaid } from '../src/core/answer/quotes.js';
import type { MessageCommand } from './command.js';
import { whoSaidCommand } from './who-said.js';

/** /who-said's one option: the answer's buttons run /who-said again with these words. */
const QUOTE = whoSaidCommand.options[0]!;
const MAX_TEXT = QUOTE.maxLength ?? 300;

/** The words to look up in a message's text: on one line, cut at a word within /who-said's length. */
function wordsIn(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= MAX_TEXT) return words;
  const cut = words.slice(0, MAX_TEXT + 1);
  return (cut.slice(0, cut.lastIndexOf(' ')) || cut.slice(0, MAX_TEXT)).trim();
}

/** The message context-menu command: any text of a message, attributed. */
export const whoSaidThisCommand = {
  kind: 'message',
  name: 'Who said this?',
  wordsIn,
  run(story, text) {
    const words = wordsIn(text);
    if (!words) return { kind: 'usage-error', message: 'That message has no text to look up. Use it on a message that quotes someone or an article.' };
    return { kind: 'who-said', result: whoSaid(story, words) };
  },
  asked: (text) => ({ command: whoSaidCommand.name, args: { [QUOTE.name]: wordsIn(text) } }),
} satisfies MessageCommand & { wordsIn(text: string): string };
