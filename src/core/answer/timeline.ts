/**
 * The timeline: the story's events in date order (events that cannot be placed come after, as
 * they are), optionally only those about a person (by any alias) or a topic (every word of it).
 */
import type { Story, TimelineEvent, TimelineResult } from '../types.js';
import type { TimelineOrder } from '../dates/timeline-order.js';
import { findPeople } from '../people/find-person.js';
import { contentTerms } from '../index/terms.js';
import { citationsPerArticle } from './citation.js';

/** The events of the story, or of those about `about`, dated ones first in order. */
export function timeline(story: Story, about?: string): TimelineResult {
  const order = story.lookups.timeline;
  const matches = about ? aboutFilter(story, order, about) : () => true;
  const events: TimelineEvent[] = [];
  order.events.forEach((_, i) => matches(i) && events.push(shownAt(story, order, i)));
  const result: TimelineResult = about ? { about, events } : { events };
  if (events.length === 0) result.hint = about ? `No dated events about “${about}” in these articles. Try a name from /people or a single word.` : 'No dated events in these articles.';
  else if (events.every((e) => e.date === null)) result.hint = 'None of these events can be placed on a calendar: the articles do not state their publication dates.';
  return result;
}

function aboutFilter(story: Story, order: TimelineOrder, about: string): (i: number) => boolean {
  const person = findPeople(story.lookups.people, about)[0];
  if (person) return (i) => order.events[i]!.occurrences.some((o) => story.byArticle.get(o.article)![o.sentence - 1]!.people.includes(person.name));
  // A topic: the sentences that have every word of it, found in the index, not by reading each event's.
  const chosen = new Uint8Array(story.sentences.length);
  for (const id of story.index.sentencesWithAll(contentTerms(about))) chosen[id] = 1;
  return (i) => order.positions[i]!.some((id) => chosen[id] === 1);
}

/** The event at position `i` as the timeline shows it, with its citations: built once per event. */
function shownAt(story: Story, order: TimelineOrder, i: number): TimelineEvent {
  let shown = order.shown[i];
  if (!shown) {
    const e = order.events[i]!;
    shown = { date: e.date, precision: e.precision, ...(e.partialDate ? { partialDate: e.partialDate } : {}), when: e.when, resolvedFrom: e.resolvedFrom, text: e.text, citations: citationsPerArticle(story, e.occurrences, (o) => o.text) };
    order.shown[i] = shown;
  }
  return shown;
}
