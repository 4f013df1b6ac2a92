/**
 * The story's events in timeline order, worked out once per story: dated events first in date
 * order, then the others as found, each with its sentences' positions in the story's sentence list
 * (a topic's events are found through the index's sentences).
 */
import type { Sentence, StoryEvent, TimelineEvent } from '../types.js';

/** The events in timeline order, with what is worked out for each. */
export interface TimelineOrder {
  events: StoryEvent[];
  /** Each event's sentences as positions in the story's sentence list. */
  positions: number[][];
  /** Each event as the timeline shows it, with its citations, filled in on first need (a listing reads them all). */
  shown: (TimelineEvent | undefined)[];
}

/** Orders the events, and finds their sentences, in two steps (a bot loading a story keeps answering between them). */
export function* timelineOrderSteps(events: StoryEvent[], sentences: Sentence[]): Generator<void, TimelineOrder> {
  const dated = events.filter((e) => e.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const ordered = [...dated, ...events.filter((e) => e.date === null)];
  yield;
  // An article's sentences lie together in the story's list, in order: its first one's position gives the rest.
  const first = new Map<string, number>();
  sentences.forEach((s, i) => first.has(s.article) || first.set(s.article, i));
  const positions = ordered.map((e) => e.occurrences.map((o) => first.get(o.article)! + o.sentence - 1));
  return { events: ordered, positions, shown: new Array(ordered.length) };
}
