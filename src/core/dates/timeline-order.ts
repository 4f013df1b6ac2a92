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

/** Events or sentences read between two yields. */
const BATCH = 5_000;

/** Orders the events and finds their sentences in steps of a few milliseconds (a bot loading a story keeps answering between them). */
export function* timelineOrderSteps(events: StoryEvent[], sentences: Sentence[]): Generator<void, TimelineOrder> {
  // Events grouped by date in the order found, then the far fewer dates sorted: a stable sort by date.
  const byDate = new Map<string, StoryEvent[]>();
  const undated: StoryEvent[] = [];
  for (const [i, e] of events.entries()) {
    if (e.date === null) undated.push(e);
    else {
      const same = byDate.get(e.date);
      if (same) same.push(e);
      else byDate.set(e.date, [e]);
    }
    if (i % BATCH === BATCH - 1) yield;
  }
  const dates = [...byDate.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ordered = [...dates.flatMap((d) => byDate.get(d)!), ...undated];
  yield;
  // An article's sentences lie together in the story's list, in order: its first one's position gives the rest.
  const first = new Map<string, number>();
  for (let i = 0; i < sentences.length; i++) {
    if (!first.has(sentences[i]!.article)) first.set(sentences[i]!.article, i);
    if (i % (BATCH * 10) === BATCH * 10 - 1) yield;
  }
  const positions: number[][] = [];
  for (const e of ordered) {
    positions.push(e.occurrences.map((o) => first.get(o.article)! + o.sentence - 1));
    if (positions.length % BATCH === 0) yield;
  }
  return { events: ordered, positions, shown: new Array(ordered.length) };
}
