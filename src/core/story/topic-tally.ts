/**
 * The tally of a story's timeline topics (see answer/topics.ts): a sample of its events, spread
 * over the story, tagged with compromise a few at a time on first need or while a bot loads the
 * story, and counted here. It is one of the story's look-ups, made empty by prepareStory (the
 * sample is cheap to choose; the tagging is not, and a command-line answer never needs it).
 */
import type { StoryEvent } from '../types.js';

/** A topic: its text as the story writes it, what it is, and in how many events it appears (estimated from the sample for non-people). */
export interface Topic {
  text: string;
  kind: 'person' | 'organisation' | 'place' | 'subject';
  events: number;
}

/** What has been tallied of a story's events so far. */
export interface TopicTally {
  sample: string[];
  next: number;
  /** Counts by key (a name folded, or a subject's stem): the surface forms seen and their counts. */
  counts: Map<string, { kind: Topic['kind']; forms: Map<string, number>; events: number }>;
  topics: Topic[] | null;
}

/** At most this many events are tagged: about a second of compromise on a slow machine, done in steps. */
export const TOPIC_SAMPLE = 240;

/** An empty tally over a sample of the events, spread evenly over the story's order: every article and period has its say. */
export function newTopicTally(events: readonly StoryEvent[]): TopicTally {
  const stride = Math.max(1, events.length / TOPIC_SAMPLE);
  const sample: string[] = [];
  for (let at = 0; at < events.length && sample.length < TOPIC_SAMPLE; at += stride) sample.push(events[Math.floor(at)]!.text);
  return { sample, next: 0, counts: new Map(), topics: null };
}
