/**
 * The message context-menu command "Who said this?": finds a quote in a message (its quoted
 * words if it has any, else its text; a shared answer's embed when it has no text) and attributes it.
 */
import { whoSaid } from '../src/core/answer/quotes.js';
import { findQuoteSpans } from '../src/core/quotes/find-quote-spans.js';
import type { Story } from '../src/core/types.js';
import type { Answer, UsageError } from './command.js';

const MAX_TEXT = 300;

/** A message as the context menu sees it. */
export interface TargetMessage {
  content: string;
  embedTexts: string[];
}

/** What a shared answer's text says before its embed: not words to look up. */
const SHARED_BY = /^Shared by <@!?\d+>$/;

/** The message context-menu command: the quote in a message, attributed. */
export const whoSaidThisCommand = {
  name: 'Who said this?',
  /**
   * The words to look up in a message: its quoted words (the longest span) or its text; for a
   * shared answer (no text of its own), the first quoted excerpt of its embed.
   */
  quoteIn(message: TargetMessage): string {
    const content = message.content.trim();
    const text = content && !SHARED_BY.test(content) ? content : '';
    const excerpt = message.embedTexts.join('\n').split('\n').find((line) => line.startsWith('> '))?.slice(2) ?? message.embedTexts.join('\n');
    // An answer's passage: its bold (the question's words) and its source numbers are not the article's words.
    const source = text || excerpt.replace(/(?<!\\)\*\*/g, '').replace(/(?:\s*\[\d+\])+(?: and \d+ more)?\s*$/, '').replace(/\\([*_~`|>\\[\]])/g, '$1');
    const spans = findQuoteSpans(source).sort((a, b) => b.text.length - a.text.length);
    return (spans[0]?.text ?? source).replace(/\s+/g, ' ').slice(0, MAX_TEXT).trim();
  },
  run(story: Story, words: string): Answer | UsageError {
    if (!words) return { kind: 'usage-error', message: 'That message has no text to look up. Use it on a message that quotes someone.' };
    return { kind: 'who-said', result: whoSaid(story, words) };
  },
};
