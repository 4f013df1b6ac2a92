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
  const chosen = story.events.filter(matches);
  const dated = chosen.filter((e) => e.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const undated = chosen.filter((e) => e.date === null);
  const events = [...dated, ...undated].map((e) => toTimelineEvent(story, e));
  const result: TimelineResult = about ? { about, events } : { events };
  if (events.length === 0) result.hint = about ? `No dated events about “${about}” in these articles. Try a name from /people or a single word.` : 'No dated events in these articles.';
  else if (dated.length === 0) result.hint = 'None of these events can be placed on a calendar: the articles do not state their publication dates.';
  return result;
}

function aboutFilter(story: Story, about: string): (e: StoryEvent) => boolean {
  const person = findPeople(story, about)[0];
  if (person) return (e) => e.occurrences.some((o) => story.byArticle.get(o.article)![o.sentence - 1]!.people.includes(person.name));
  const terms = contentTerms(about);
  return (e) => terms.length > 0 && e.occurrences.some((o) => {
    const own = new Set(contentTerms(o.text));
    return terms.every((t) => own.has(t));
  });
}

function toTimelineEvent(story: Story, e: StoryEvent): TimelineEvent {
  const citations = citationsPerArticle(story, e.occurrences.map((o) => ({ ...o, excerpt: o.text })));
  return { date: e.date, precision: e.precision, when: e.when, resolvedFrom: e.resolvedFrom, text: e.text, citations };
}
