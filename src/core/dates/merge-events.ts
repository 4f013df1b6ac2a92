/**
 * Merges the events of all articles: the same report (near-duplicate sentences) on the same date,
 * or with the same words for its date when it cannot be placed, is one event with every
 * occurrence.
 */
import type { Sentence, StoryEvent } from '../types.js';
import { areNearDuplicates } from '../answer/near-duplicates.js';
import type { FoundEvent } from './extract-events.js';

/** One StoryEvent per distinct event. */
export function mergeEvents(found: FoundEvent[], sentenceOf: (article: string, n: number) => Sentence): StoryEvent[] {
  const merged: StoryEvent[] = [];
  // Only events of the same date (or the same words, when unplaced) can be the same: compare within those.
  const byKey = new Map<string, StoryEvent[]>();
  for (const f of found) {
    const sentence = sentenceOf(f.article, f.sentence);
    const key = f.date ?? `?${f.when.toLowerCase()}`;
    const bucket = byKey.get(key) ?? [];
    const same = bucket.find((e) => areNearDuplicates(e.text, sentence.text));
    const occurrence = { article: f.article, sentence: f.sentence, text: sentence.text };
    if (same) {
      same.occurrences.push(occurrence);
      continue;
    }
    const event: StoryEvent = { date: f.date, precision: f.precision, when: f.when, resolvedFrom: f.resolvedFrom, text: sentence.text, occurrences: [occurrence] };
    merged.push(event);
    byKey.set(key, [...bucket, event]);
  }
  return merged;
}
