/**
 * Finds an article's dated events: each sentence with a date expression becomes an event dated by
 * the expression that dates what the sentence reports (a "said Thursday" yields to another date
 * in the sentence), resolved against the article's publication date, in reading order so that
 * "the following day" can count from the last dated sentence before it.
 */
import type { Sentence } from '../types.js';
import { findDateExpressions } from './find-date-expressions.js';
import { resolveDate, type Precision, type ResolvedDate } from './resolve-date.js';

/** "The following day" counts from the last dated sentence if it is at most this many sentences back. */
const RECENT = 4;

/** An event as found in one article. */
export interface FoundEvent {
  article: string;
  sentence: number;
  when: string;
  date: string | null;
  precision: Precision | null;
  resolvedFrom: string | null;
}

/** The events of one article (its sentences in order); `published` is its ISO date or null. */
export function extractEvents(sentences: Sentence[], published: string | null): FoundEvent[] {
  const events: FoundEvent[] = [];
  let previous: { n: number; date: ResolvedDate } | null = null;
  for (const s of sentences) {
    const expressions = findDateExpressions(s.text);
    const chosen = expressions.find((e) => !e.ofSaying) ?? expressions[0];
    if (!chosen) continue;
    const resolved = resolveDate(chosen, published, previous && previous.n >= s.n - RECENT ? previous.date : null);
    const usesArticleDate = resolved.date !== null && published !== null && !/\d{4}/.test(chosen.text);
    events.push({ article: s.article, sentence: s.n, when: chosen.text, ...resolved, resolvedFrom: usesArticleDate ? published : null });
    previous = { n: s.n, date: resolved };
  }
  return events;
}
