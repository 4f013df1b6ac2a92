/**
 * Merges the events of all articles: the same report (near-duplicate sentences) on the same date
 * (or the same day or month without a year), or with the same words for its date when it cannot
 * be placed, is one event with every occurrence.
 */
import type { Sentence, StoryEvent } from '../types.js';
import { NearDuplicateIndex, termRarity } from '../index/near-duplicate-index.js';
import type { FoundEvent } from './extract-events.js';

/** One StoryEvent per distinct event. */
export function mergeEvents(found: FoundEvent[], sentenceOf: (article: string, n: number) => Sentence): StoryEvent[] {
  const merged: StoryEvent[] = [];
  // Only events of the same date (or the same words, when unplaced) can be the same: each such
  // bucket is an index, since an archive may date thousands of sentences to one day.
  const rarity = termRarity(found.map((f) => sentenceOf(f.article, f.sentence).text));
  const byKey = new Map<string, NearDuplicateIndex<StoryEvent>>();
  for (const f of found) {
    const sentence = sentenceOf(f.article, f.sentence);
    const key = f.date ?? f.partialDate ?? `?${f.when.toLowerCase()}`;
    const bucket = byKey.get(key) ?? new NearDuplicateIndex<StoryEvent>(rarity);
    byKey.set(key, bucket);
    const same = bucket.find(sentence.text);
    const occurrence = { article: f.article, sentence: f.sentence, text: sentence.text };
    if (same) {
      // Two dates of one sentence on the same day or month ("over the weekend … this week's decline") are one occurrence.
      if (!same.occurrences.some((o) => o.article === f.article && o.sentence === f.sentence)) same.occurrences.push(occurrence);
      continue;
    }
    const event: StoryEvent = {
      date: f.date,
      precision: f.precision,
      ...(f.partialDate ? { partialDate: f.partialDate } : {}),
      when: f.when,
      resolvedFrom: f.resolvedFrom,
      text: sentence.text,
      occurrences: [occurrence],
    };
    merged.push(event);
    bucket.add(sentence.text, event);
  }
  return merged;
}
