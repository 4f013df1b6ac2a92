/**
 * Finds an article's dated events: each date expression of a sentence dates what the sentence
 * reports there ("met Thursday to review the pact hammered out last year" is two events), except
 * that the date of a saying ("said Thursday") counts only when the sentence has no other. Dates
 * are resolved against the article's publication date, in reading order so that "the following
 * day" can count from the last dated sentence before it and "one day after" from the date before
 * it in the sentence.
 */
import type { Sentence } from '../types.js';
import { findDateExpressions } from './find-date-expressions.js';
import { countsFromAnotherDate, resolveDate, type Precision, type ResolvedDate } from './resolve-date.js';

/** "The following day" counts from the last dated sentence if it is at most this many sentences back. */
const RECENT = 4;

/** An event as found in one article. */
export interface FoundEvent {
  article: string;
  sentence: number;
  when: string;
  date: string | null;
  precision: Precision | null;
  /** A day or month without a year (`--08-12`, `--08`), when the article has no date to place it. */
  partialDate?: string;
  resolvedFrom: string | null;
}

/** The events of one article (its sentences in order); `published` is its ISO date or null. */
export function extractEvents(sentences: Sentence[], published: string | null): FoundEvent[] {
  const events: FoundEvent[] = [];
  let previous: { n: number; date: ResolvedDate } | null = null;
  for (const s of sentences) {
    const expressions = findDateExpressions(s.text);
    const reported = expressions.filter((e) => !e.ofSaying);
    let inSentence: ResolvedDate | null = null;
    for (const e of reported.length > 0 ? reported : expressions.slice(0, 1)) {
      const before = e.kind === 'interval' ? inSentence : previous && previous.n >= s.n - RECENT ? previous.date : null;
      const resolved = resolveDate(e, published, before);
      // "one day after the vote" with no date to count from is no date at all.
      if (e.kind === 'interval' && resolved.date === null) continue;
      const usesArticleDate = resolved.date !== null && published !== null && !/\d{4}/.test(e.text) && !countsFromAnotherDate(e);
      events.push({ article: s.article, sentence: s.n, when: e.text, ...resolved, resolvedFrom: usesArticleDate ? published : null });
      previous = { n: s.n, date: resolved };
      if (resolved.date !== null) inSentence = resolved;
    }
  }
  return events;
}
