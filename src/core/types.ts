/** The shapes the core works with: inputs, the ingested story, and the answers it gives. */
import type { SentenceIndex } from './index/sentence-index.js';
import type { Thesaurus } from './index/thesaurus.js';
import type { StoryLookups } from './story/prepare-story.js';

/** One article file as read from disk: its id (path without extension) and its decoded text. */
export interface ArticleSource {
  id: string;
  text: string;
}

/** Metadata a user may give for an article (it wins over what the text says). */
export interface ArticleMetaInput {
  title?: string;
  outlet?: string;
  byline?: string;
  date?: string;
  url?: string;
}

/** Something the loader or the ingester could not read cleanly; `file` names where. */
export interface IngestWarning {
  file: string;
  message: string;
}

/** An ingested article with its resolved metadata. */
export interface Article {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  /** ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string | null;
  url: string | null;
  sentenceCount: number;
  /** The first article this one copies (90% of its sentences the same), when it is a copy: the two are one source. */
  copyOf?: string;
}

/** A sentence, verbatim, with its stable id (article id and 1-based number). */
export interface Sentence {
  article: string;
  n: number;
  paragraph: number;
  /** The article's own words, shown to users. */
  text: string;
  /** Typography-normalised text, for matching only. */
  norm: string;
  /** Outlets the sentence credits for its report ("according to the Post"). */
  credits: string[];
  /** Canonical names of the people the sentence mentions (filled in by people extraction). */
  people: string[];
  /** A header line (the headline or a deck), not the body's prose. */
  header?: true;
}

/** A person in the cast, with the names they go by and the roles they hold. */
export interface Person {
  name: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  /**
   * Names this person shares with others of the story ("Johansson" of Joachim and Thomas Johansson): no alias, but
   * this person's in an article that names only them of those who share it.
   */
  shared?: string[];
}

/** How a quote's speaker is known: named in the cue, a resolved pronoun, an unnamed source, or an outlet's own words. */
export type SpeakerKind = 'named' | 'pronoun' | 'anonymous' | 'outlet';

/** Where a quote stands in one article, with that article's own wording. */
export interface QuoteOccurrence {
  article: string;
  sentence: number;
  wording: string;
  /** How this article describes the unnamed speaker, when another article's description is the quote's ("one administration official"). */
  source?: string;
}

/** A quote of the story: the same words in several articles are one quote. */
export interface StoryQuote {
  /** The longest wording found. */
  text: string;
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  cue: string;
  occurrences: QuoteOccurrence[];
}

/** A dated (or datable) event of the story: the same report in several articles is one event. */
export interface StoryEvent {
  date: string | null;
  precision: 'year' | 'month' | 'day' | null;
  /** A month or day named without a year in an undated article (ISO 8601 without the year: `--02-17`, `--02`); `date` stays null. */
  partialDate?: string;
  when: string;
  resolvedFrom: string | null;
  text: string;
  occurrences: { article: string; sentence: number; text: string }[];
}

/** What a story is made of, as built from its articles or read back from its snapshot. */
export interface StoryData {
  articles: Article[];
  /** Every sentence, each article's together and in order (sentence n of an article follows n − 1). */
  sentences: Sentence[];
  people: Person[];
  quotes: StoryQuote[];
  events: StoryEvent[];
  index: SentenceIndex;
  /** Sentences of each article, in order, by article id. */
  byArticle: Map<string, Sentence[]>;
}

/** What the caller lends a story for answering: the core reads no files itself. */
export interface StoryServices {
  /** Synonyms for widening questions; without one, words match as written. */
  thesaurus?: Thesaurus;
}

/**
 * The story every command answers from: its data, the look-ups prepared from it once
 * (`prepareStory`), and its services. The look-ups follow the data they were made from: a story
 * with other data (`{ ...story, events }`) is prepared again.
 */
export interface Story extends StoryData {
  lookups: StoryLookups;
  services: StoryServices;
}

/** Where an excerpt comes from: article id and 1-based sentence number, with what to show. */
export interface Citation {
  article: string;
  sentence: number;
  title: string;
  outlet: string | null;
  /** The article's date (ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD), null when unknown; every citation the core builds has it. */
  date?: string | null;
  url: string | null;
  excerpt?: string;
}

/** The answer to `ask` (the CLI JSON contract). */
export interface AskResult {
  query: string;
  answers: AskAnswer[];
  hint?: string;
  /** When nothing answers confidently: the closest passages (at most 3), shown under a plain label. */
  related?: AskAnswer[];
}

/** One passage of an `ask` answer, cited by every article that reports it. */
export interface AskAnswer {
  text: string;
  citations: Citation[];
  score: number;
  /** Outlets the articles themselves credit for this report ("per the Washington Post"). */
  reportedBy?: string[];
  /** The words of `text` that match the question (its own words, synonyms, word families), as ranges `[start, end)` of UTF-16 offsets; absent when none. */
  highlights?: [number, number][];
}

/** The answer to `sources` (the CLI JSON contract): each article's metadata and its sentence count. */
export interface SourcesResult {
  articles: (Omit<Article, 'sentenceCount'> & { sentences: number })[];
}

/** The answer to `people` (the CLI JSON contract). */
export interface PeopleResult {
  people: Person[];
}

/** A quote in an answer (the CLI JSON contract). */
export interface QuoteMatch {
  quote: string;
  speaker: string;
  speakerKind: SpeakerKind;
  cue: string;
  citations: Citation[];
}

/**
 * Words an article says in its own voice, not quoting anyone (the CLI JSON contract): the
 * article's sentence that holds them, and one citation per source, each with its own sentence.
 */
export interface OwnWordsMatch {
  text: string;
  citations: Citation[];
}

/** The answer to `who-said` and `quote` (the CLI JSON contract). */
export interface WhoSaidResult {
  query: string;
  matches: QuoteMatch[];
  /** `who-said` only: the words (or some of their sentences) are no quote but an article's own sentence. */
  ownWords?: OwnWordsMatch[];
  hint?: string;
}

/** The answer to `quotes` (the CLI JSON contract). */
export interface QuotesResult {
  speaker: string;
  quotes: QuoteMatch[];
  hint?: string;
}

/** One event of a timeline (the CLI JSON contract). */
export interface TimelineEvent {
  date: string | null;
  precision: 'year' | 'month' | 'day' | null;
  /** A day or month known without its year (`--02-17`, `--02`) when `date` is null; absent otherwise. */
  partialDate?: string;
  when: string;
  resolvedFrom: string | null;
  text: string;
  citations: Citation[];
}

/** The answer to `timeline` (the CLI JSON contract): dated events first, in order. */
export interface TimelineResult {
  about?: string;
  /** The first and last periods asked for (ISO prefixes: `2018`, `2018-03`, `2018-03-05`), when given. */
  from?: string;
  to?: string;
  events: TimelineEvent[];
  hint?: string;
}
