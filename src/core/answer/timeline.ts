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
  const terms = contentTerms(about);
  return (e) => terms.length > 0 && termsOf(e).some((own) => terms.every((t) => own.has(t)));
}

const eventTerms = new WeakMap<StoryEvent, Set<string>[]>();

/** The content terms of each of an event's sentences, worked out once. */
function termsOf(e: StoryEvent): Set<string>[] {
  let terms = eventTerms.get(e);
  if (!terms) {
    terms = e.occurrences.map((o) => new Set(contentTerms(o.text)));
    eventTerms.set(e, terms);
  }
  return terms;
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
  const citations = citationsPerArticle(story, e.occurrences.map((o) => ({ ...o, excerpt: o.text })));
  return { date: e.date, precision: e.precision, when: e.when, resolvedFrom: e.resolvedFrom, text: e.text, citations };
}
