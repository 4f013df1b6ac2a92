/**
 * The timeline: the story's events in date order (those with a day or month but no year after,
 * in calendar order, and those that cannot be placed at all last), optionally only those about a person (by any alias) or a topic (every word of it),
 * and only those within a period.
 */
import type { Story, TimelineEvent, TimelineResult } from '../types.js';
import type { TimelineOrder } from '../dates/timeline-order.js';
import { overlaps, type DatePeriod } from '../dates/date-period.js';
import { findPeople } from '../people/find-person.js';
import { contentTerms } from '../index/terms.js';
import { citationsPerArticle } from './citation.js';

/** The periods a timeline keeps: events that overlap them (an event of 2018 is within "from March 2018"). */
export interface TimelineRange {
  from?: DatePeriod;
  to?: DatePeriod;
}

/**
 * The events of the story, or of those about `about`, dated ones first in order; with a range,
 * only the dated events that overlap it.
 *
 * @example timeline(story, 'Comey', { from: { date: '2017-05', precision: 'month' } })
 */
export function timeline(story: Story, about?: string, range: TimelineRange = {}): TimelineResult {
  const order = story.lookups.timeline;
  const isAbout = about ? aboutFilter(story, order, about) : () => true;
  const { from, to } = range;
  const inRange = from || to ? (i: number) => order.events[i]!.date !== null && overlaps(order.events[i]!.date!, from, to) : () => true;
  const events: TimelineEvent[] = [];
  const unplaced = new Set<string>();
  order.events.forEach((e, i) => {
    if (!inRange(i) || !isAbout(i)) return;
    // A sentence with two dates, neither placeable ("on Sunday … this year" in an undated article),
    // would be listed twice, word for word, both "undated": once says all it can.
    if (e.date === null && !e.partialDate) {
      const key = e.occurrences.map((o) => `${o.article}\u0000${o.sentence}`).join('\u0001');
      if (unplaced.has(key)) return;
      unplaced.add(key);
    }
    events.push(shownAt(story, order, i));
  });
  // Dated events in date order, then those with a day or month but no year in calendar order, then
  // those that cannot be placed at all, each group in story order otherwise (the sort is stable).
  events.sort((a, b) => placement(a) - placement(b) || (a.partialDate && b.partialDate ? a.partialDate.localeCompare(b.partialDate) : 0));
  const result: TimelineResult = { ...(about ? { about } : {}), ...(from ? { from: from.date } : {}), ...(to ? { to: to.date } : {}), events };
  if (events.length === 0) result.hint = emptyHint(about, range);
  else if (events.every((e) => e.date === null))
    result.hint = 'None of these events can be placed on a calendar: the articles do not state their publication dates.';
  return result;
}

/** How far an event can be placed: on the calendar (0), within a year no article gives (1), not at all (2). */
function placement(e: TimelineEvent): number {
  return e.date !== null ? 0 : e.partialDate ? 1 : 2;
}

function emptyHint(about: string | undefined, { from, to }: TimelineRange): string {
  const period = from && to ? ` between ${from.date} and ${to.date}` : from ? ` from ${from.date} on` : to ? ` up to ${to.date}` : '';
  if (!about) return period ? `No dated events${period} in these articles. Try a wider period, or none.` : 'No dated events in these articles.';
  return `No dated events about “${about}”${period} in these articles. Try a name from /people or a single word${period ? ', or a wider period' : ''}.`;
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
    shown = {
      date: e.date,
      precision: e.precision,
      ...(e.partialDate ? { partialDate: e.partialDate } : {}),
      when: e.when,
      resolvedFrom: e.resolvedFrom,
      text: e.text,
      citations: citationsPerArticle(story, e.occurrences, (o) => o.text),
    };
    order.shown[i] = shown;
  }
  return shown;
}
