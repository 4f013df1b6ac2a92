/**
 * The core's entry point: article texts in, an indexed story out. Pure: the caller reads the files
 * and passes their texts (and any metadata the user gave); nothing here touches the disk.
 *
 * The build is split into steps so that the per-article ones (reading an article, finding its
 * quotes and events) can run in parallel elsewhere, while the steps across articles (the cast, the
 * merges, the index) run once; `buildStory` runs them all in order on one thread.
 */
import type { Article, ArticleMetaInput, ArticleSource, IngestWarning, Person, Sentence, Story, StoryData, StoryServices } from '../types.js';
import { ingestArticle } from '../ingest/ingest-article.js';
import { buildCast } from '../people/build-cast.js';
import { findArticleNameMentions, type NameMention } from '../people/find-name-mentions.js';
import { buildSentenceIndex, type SentenceIndex } from '../index/sentence-index.js';
import { buildCastLookup, type StoryCastLookup } from '../people/cast-lookup.js';
import { extractQuotes, type FoundQuote } from '../quotes/extract-quotes.js';
import { mergeQuotes } from '../quotes/merge-quotes.js';
import { nameDescribedBodies } from '../quotes/described-bodies.js';
import { extractEvents, type FoundEvent } from '../dates/extract-events.js';
import { mergeEvents } from '../dates/merge-events.js';
import { markCopies } from '../copies/find-copies.js';
import { prepareStory } from './prepare-story.js';

/** A built story, prepared for answering, and what could not be read cleanly on the way. */
export interface BuiltStory {
  story: Story;
  warnings: IngestWarning[];
}

/** One article read on its own: its sentences and the names written in each. */
export interface ArticleReading {
  article: Article;
  sentences: Sentence[];
  names: NameMention[][];
}

/** What one article reports: its quotes and its dated events, before merging across articles. */
export interface ArticleReports {
  quotes: FoundQuote[];
  events: FoundEvent[];
}

/** The per-article steps of a build, as a progress report names them: reading (step 1), quotes and events (step 3). */
export type BuildStep = 'articles' | 'quotes';

/** Hears how many articles a per-article step has done, of how many. */
export type OnBuildStep = (step: BuildStep, done: number, total: number) => void;

/** Ingests every article, finds the cast and builds the search index; the story is prepared with `services` (see prepareStory); `onStep` hears the per-article steps advance. */
export function buildStory(
  sources: ArticleSource[],
  metadata: Record<string, ArticleMetaInput> = {},
  services: StoryServices = {},
  onStep?: OnBuildStep,
): BuiltStory {
  const { data, warnings } = buildStoryData(sources, metadata, onStep);
  // 5. Look-ups: what answers look up in the story, worked out once.
  return { story: prepareStory(data, services), warnings };
}

/** A built story's data, not yet prepared for answering (what a snapshot holds), and what could not be read cleanly on the way. */
export interface BuiltStoryData {
  data: StoryData;
  warnings: IngestWarning[];
}

/** `buildStory` without the look-ups: the data only, for a build that saves it and never answers from it (the story worker's). */
export function buildStoryData(sources: ArticleSource[], metadata: Record<string, ArticleMetaInput> = {}, onStep?: OnBuildStep): BuiltStoryData {
  const warnings: IngestWarning[] = [];
  // 1. Articles: each text through the ingest steps and the name finders.
  const readings = inBuildOrder(sources).flatMap((source, i) => {
    const reading = keepReadable(readArticle(source, metadata[source.id]), source.id, warnings);
    onStep?.('articles', i + 1, sources.length);
    return reading;
  });
  // 2. People: the cast across all articles; each sentence learns whom it mentions.
  const people = castOf(readings);
  // 3. Quotes and events: found article by article.
  const cast = buildCastLookup(people);
  const reports = readings.map((r, i) => {
    const report = reportsOf(r, cast);
    onStep?.('quotes', i + 1, readings.length);
    return report;
  });
  // 4. Index and merges: one search index over every sentence; quotes and events merged across articles.
  return { data: assembleStory(readings, people, reports, indexOf(readings)), warnings };
}

/** The sources in the order the story keeps its articles (by id). */
export function inBuildOrder(sources: ArticleSource[]): ArticleSource[] {
  return [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Step 1 for one article: its ingested sentences and the names in each. */
export function readArticle(source: ArticleSource, meta?: ArticleMetaInput): ArticleReading {
  const { article, sentences } = ingestArticle(source, meta);
  return { article, sentences, names: findArticleNameMentions(sentences.map((s) => s.norm)) };
}

/** An article that yields no sentence is skipped, with a warning naming its file. */
export function keepReadable(reading: ArticleReading, file: string, warnings: IngestWarning[]): ArticleReading[] {
  if (reading.sentences.length > 0) return [reading];
  warnings.push({ file, message: 'no readable sentence in this article; skipped' });
  return [];
}

/** Step 2: the cast of all articles (read in build order); marks each sentence with its people. */
export function castOf(readings: ArticleReading[]): Person[] {
  return buildCast(
    readings.flatMap((r) => r.sentences),
    readings.flatMap((r) => r.names),
  );
}

/** Step 3 for one article: its quotes, attributed with the cast, and its dated events. */
export function reportsOf(reading: ArticleReading, cast: StoryCastLookup): ArticleReports {
  return { quotes: extractQuotes(reading.sentences, cast), events: extractEvents(reading.sentences, reading.article.date) };
}

/** Step 4a: the search index over every sentence (their people already marked). */
export function indexOf(readings: ArticleReading[]): SentenceIndex {
  const titles = new Map(readings.map((r) => [r.article.id, r.article.title]));
  const sentences = readings.flatMap((r) => r.sentences);
  return buildSentenceIndex(sentences.map((s, id) => ({ id, text: s.norm, people: s.people.join(' '), title: titles.get(s.article) ?? '' })));
}

/** Step 4b: the story's data, with quotes and events merged across articles (reports in reading order). */
export function assembleStory(readings: ArticleReading[], people: Person[], reports: ArticleReports[], index: SentenceIndex): StoryData {
  const articles = readings.map((r) => r.article);
  const sentences = readings.flatMap((r) => r.sentences);
  const byArticle = new Map(readings.map((r) => [r.article.id, r.sentences]));
  // An article that copies an earlier one is no second source when articles are counted.
  markCopies(articles, byArticle);
  // A quote credited to "the German exchange" goes to the body the other articles say that is.
  const quotes = mergeQuotes(
    nameDescribedBodies(
      reports.flatMap((r) => r.quotes),
      sentences,
    ),
  );
  const events = mergeEvents(
    reports.flatMap((r) => r.events),
    (article, n) => byArticle.get(article)![n - 1]!,
  );
  return { articles, sentences, people, quotes, events, index, byArticle };
}
