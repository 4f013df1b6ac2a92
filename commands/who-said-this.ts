/**
 * The message context-menu command "Who said this?": the words of a message (the adapter reads
 * them out of the message's markup) looked up as /who-said does: a quote, an article's own
 * sentence, or nothing found.
 */
import { whoSaid } from '../src/core/answer/quotes.js';
import type { Story } from '../src/core/types.js';
import type { Answer, UsageError } from './command.js';
import { whoSaidCommand } from './who-said.js';

/** As long as /who-said's quote may be: the answer's buttons run /who-said again with these words. */
const MAX_TEXT = whoSaidCommand.options[0]!.maxLength ?? 300;

/** The message context-menu command: any text of a message, attributed. */
export const whoSaidThisCommand = {
  name: 'Who said this?',
  /** The words to look up in a message's text: on one line, cut at a word within /who-said's length. */
  wordsIn(text: string): string {
    const words = text.replace(/\s+/g, ' ').trim();
    if (words.length <= MAX_TEXT) return words;
    const cut = words.slice(0, MAX_TEXT + 1);
    return (cut.slice(0, cut.lastIndexOf(' ')) || cut.slice(0, MAX_TEXT)).trim();
  },
  run(story: Story, words: string): Answer | UsageError {
    if (!words) return { kind: 'usage-error', message: 'That message has no text to look up. Use it on a message that quotes someone or an article.' };
    return { kind: 'who-said', result: whoSaid(story, words) };
  },
};
