/**
 * The timeline: the story's events in date order (events that cannot be placed come after, as
 * they are), optionally only those about a person (by any alias) or a topic (every word of it),
 * and only those within a period (`from`, `to`).
 */
import type { Story, StoryEvent, TimelineEvent, TimelineResult } from '../types.js';
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
  const order = timelineOf(story);
  const isAbout = about ? aboutFilter(story, order, about) : () => true;
  const { from, to } = range;
  const inRange = from || to ? (i: number) => order.events[i]!.date !== null && overlaps(order.events[i]!.date!, from, to) : () => true;
  const events: TimelineEvent[] = [];
  order.events.forEach((_, i) => inRange(i) && isAbout(i) && events.push(shownAt(story, order, i)));
  const result: TimelineResult = { ...(about ? { about } : {}), ...(from ? { from: from.date } : {}), ...(to ? { to: to.date } : {}), events };
  if (events.length === 0) result.hint = emptyHint(about, range);
  else if (events.every((e) => e.date === null))
    result.hint = 'None of these events can be placed on a calendar: the articles do not state their publication dates.';
  return result;
}

function emptyHint(about: string | undefined, { from, to }: TimelineRange): string {
  const period = from && to ? ` between ${from.date} and ${to.date}` : from ? ` from ${from.date} on` : to ? ` up to ${to.date}` : '';
  if (!about) return period ? `No dated events${period} in these articles. Try a wider period, or none.` : 'No dated events in these articles.';
  return `No dated events about “${about}”${period} in these articles. Try a name from /people or a single word${period ? ', or a wider period' : ''}.`;
}

/** A story's events in timeline order, with what is worked out for each once per story. */
interface Timeline {
  events: StoryEvent[];
  /** Each event as shown, built on first need. */
  shown: (TimelineEvent | undefined)[];
  /** Each event's sentences as positions in the story's sentence list, on first need. */
  positions: number[][] | null;
}

const timelines = new WeakMap<Story, Timeline>();

/** The story's events, dated ones first in date order, then the others as found: sorted once per story. */
function timelineOf(story: Story): Timeline {
  let found = timelines.get(story);
  if (!found) {
    const dated = story.events.filter((e) => e.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    const events = [...dated, ...story.events.filter((e) => e.date === null)];
    found = { events, shown: new Array(events.length), positions: null };
    timelines.set(story, found);
  }
  return found;
}

/** Works out the story's timeline order and its events' sentences in two steps (a bot loading a story keeps answering between them). */
export function* prepareTimeline(story: Story): Generator<void, void> {
  const order = timelineOf(story);
  yield;
  order.positions ??= positionsOf(story, order.events);
}

function aboutFilter(story: Story, order: Timeline, about: string): (i: number) => boolean {
  const person = findPeople(story, about)[0];
  if (person) return (i) => order.events[i]!.occurrences.some((o) => story.byArticle.get(o.article)![o.sentence - 1]!.people.includes(person.name));
  // A topic: the sentences that have every word of it, found in the index, not by reading each event's.
  const chosen = new Uint8Array(story.sentences.length);
  for (const id of story.index.sentencesWithAll(contentTerms(about))) chosen[id] = 1;
  const positions = (order.positions ??= positionsOf(story, order.events));
  return (i) => positions[i]!.some((id) => chosen[id] === 1);
}

/** Each event's sentences as positions in the story's sentence list. */
function positionsOf(story: Story, events: StoryEvent[]): number[][] {
  // An article's sentences lie together in the story's list, in order: its first one's position gives the rest.
  const first = new Map<string, number>();
  story.sentences.forEach((s, i) => first.has(s.article) || first.set(s.article, i));
  return events.map((e) => e.occurrences.map((o) => first.get(o.article)! + o.sentence - 1));
}

/** The event at position `i` as the timeline shows it, with its citations: built once per event. */
function shownAt(story: Story, order: Timeline, i: number): TimelineEvent {
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
