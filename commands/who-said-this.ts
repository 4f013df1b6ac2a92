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

export const whoSaidThisCommand = {
  name: 'Who said this?',
  /** The words to look up in a message: the longest quoted span, else the text itself. */
  quoteIn(message: TargetMessage): string {
    const text = message.content.trim() || message.embedTexts.join('\n').trim();
    const spans = findQuoteSpans(text).sort((a, b) => b.text.length - a.text.length);
    return (spans[0]?.text ?? text).replace(/\s+/g, ' ').slice(0, MAX_TEXT).trim();
  },
  run(story: Story, message: TargetMessage): Answer | UsageError {
    const words = whoSaidThisCommand.quoteIn(message);
    if (!words) return { kind: 'usage-error', message: 'That message has no text to look up. Use it on a message that quotes someone.' };
    return { kind: 'who-said', result: whoSaid(story, words) };
  },
};
