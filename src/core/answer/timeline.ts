/**
 * The timeline: the story's events in date order (events that cannot be placed come after, as
 * they are), optionally only those about a person (by any alias) or a topic (every word of it).
 */
import type { Story, StoryEvent, TimelineEvent, TimelineResult } from '../types.js';
import { findPeople } from '../people/find-person.js';
import { contentTerms } from '../index/terms.js';
import { citationsPerArticle } from './citation.js';

/** The events of the story, or of those about `about`, dated ones first in order. */
export function timeline(story: Story, about?: string): TimelineResult {
  const matches = about ? aboutFilter(story, about) : () => true;
  const chosen = inTimelineOrder(story).filter(matches);
  const dated = chosen.filter((e) => e.date !== null);
  const events = chosen.map((e) => toTimelineEvent(story, e));
  const result: TimelineResult = about ? { about, events } : { events };
  if (events.length === 0) result.hint = about ? `No dated events about “${about}” in these articles. Try a name from /people or a single word.` : 'No dated events in these articles.';
  else if (dated.length === 0) result.hint = 'None of these events can be placed on a calendar: the articles do not state their publication dates.';
  return result;
}

const ordered = new WeakMap<Story, StoryEvent[]>();

/** The story's events, dated ones first in date order, then the others as found: sorted once per story. */
function inTimelineOrder(story: Story): StoryEvent[] {
  let events = ordered.get(story);
  if (!events) {
    const dated = story.events.filter((e) => e.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    events = [...dated, ...story.events.filter((e) => e.date === null)];
    ordered.set(story, events);
  }
  return events;
}

function aboutFilter(story: Story, about: string): (e: StoryEvent) => boolean {
  const person = findPeople(story, about)[0];
  if (person) return (e) => e.occurrences.some((o) => story.byArticle.get(o.article)![o.sentence - 1]!.people.includes(person.name));
  // A topic: the sentences that have every word of it, found in the index, not by reading each event's.
  const chosen = new Uint8Array(story.sentences.length);
  for (const id of story.index.sentencesWithAll(contentTerms(about))) chosen[id] = 1;
  const positions = eventPositions(story);
  return (e) => positions.get(e)!.some((id) => chosen[id] === 1);
}

const positionsOf = new WeakMap<Story, Map<StoryEvent, number[]>>();

/** Each event's sentences as positions in the story's sentence list: worked out once per story. */
function eventPositions(story: Story): Map<StoryEvent, number[]> {
  let found = positionsOf.get(story);
  if (!found) {
    // An article's sentences lie together in the story's list, in order: its first one's position gives the rest.
    const first = new Map<string, number>();
    story.sentences.forEach((s, i) => first.has(s.article) || first.set(s.article, i));
    found = new Map();
    for (const e of story.events) found.set(e, e.occurrences.map((o) => first.get(o.article)! + o.sentence - 1));
    positionsOf.set(story, found);
  }
  return found;
}

const timelineEvents = new WeakMap<StoryEvent, TimelineEvent>();

/** An event as the timeline shows it, with its citations: built once per event. */
function toTimelineEvent(story: Story, e: StoryEvent): TimelineEvent {
  let shown = timelineEvents.get(e);
  if (!shown) {
    shown = buildTimelineEvent(story, e);
    timelineEvents.set(e, shown);
  }
  return shown;
}

function buildTimelineEvent(story: Story, e: StoryEvent): TimelineEvent {
  const citations = citationsPerArticle(story, e.occurrences, (o) => o.text);
  return { date: e.date, precision: e.precision, when: e.when, resolvedFrom: e.resolvedFrom, text: e.text, citations };
}
