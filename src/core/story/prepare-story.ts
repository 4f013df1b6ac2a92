/**
 * Prepares a story for answering: what the answers look up in it (articles by id, the cast by
 * name, each headline's terms, the quotes' words, the events in timeline order) is worked out once,
 * here, and carried in `story.lookups`, in plain sight, instead of on first need in caches beside
 * the code. It runs as small steps, so that a bot preparing its next story answers with the one
 * it serves between them.
 */
import type { Article, Story, StoryData, StoryQuote, StoryServices } from '../types.js';
import { termSet } from '../index/terms.js';
import { buildPeopleLookupSteps, type PeopleLookup } from '../people/find-person.js';
import { numberQuotesSteps, type QuoteWords } from '../quotes/quote-words.js';
import { timelineOrderSteps, type TimelineOrder } from '../dates/timeline-order.js';
import { newTopicTally, type TopicTally } from './topic-tally.js';
import { runSteps } from '../text/run-steps.js';

/** What the answers look up in a story, worked out once by `prepareStory`. */
export interface StoryLookups {
  /** The articles by id. */
  articles: Map<string, Article>;
  /** Each article's headline as terms, by article id (an answer's context). */
  headlines: Map<string, Set<string>>;
  /** The cast by name and alias, in texts, and the words of their names. */
  people: PeopleLookup;
  /** The quotes' words, numbered (every quote look-up compares against every quote). */
  quoteWords: QuoteWords;
  /** The speakers of the quotes each sentence holds, by `article#n` (what someone said is answered by their own words). */
  speakers: Map<string, string[]>;
  /** The events in timeline order. */
  timeline: TimelineOrder;
  /** The timeline's topics, tallied from a sample of the events on first need (see answer/topics.ts). */
  topics: TopicTally;
}

/** Articles read between two yields. */
const ARTICLE_BATCH = 500;

/** The story ready to answer: its data, its look-ups, and the services its caller lends it. */
export function prepareStory(data: StoryData, services: StoryServices = {}): Story {
  return runSteps(prepareStorySteps(data, services));
}

/** `prepareStory` as steps of a few milliseconds each: the story is the generator's return value. */
export function* prepareStorySteps(data: StoryData, services: StoryServices = {}): Generator<void, Story> {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const headlines = new Map<string, Set<string>>();
  for (const a of data.articles) {
    headlines.set(a.id, termSet(a.title));
    if (headlines.size % ARTICLE_BATCH === 0) yield;
  }
  const people = yield* buildPeopleLookupSteps(data.people);
  yield;
  const quoteWords = yield* numberQuotesSteps(data.quotes);
  yield;
  const speakers = speakersBySentence(data.quotes);
  const timeline = yield* timelineOrderSteps(data.events, data.sentences);
  return { ...data, lookups: { articles, headlines, people, quoteWords, speakers, timeline, topics: newTopicTally(data.events) }, services };
}

/** Each sentence's quote speakers, by `article#n`. */
function speakersBySentence(quotes: StoryQuote[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    for (const o of q.occurrences) {
      const key = `${o.article}#${o.sentence}`;
      out.set(key, [...(out.get(key) ?? []), q.speaker]);
    }
  }
  return out;
}
