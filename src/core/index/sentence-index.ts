/**
 * The search index over every sentence of the story, built once at start-up with MiniSearch.
 * Fields: the sentence text, the people it mentions (so "Sessions" finds "the attorney general"
 * sentences), and its article's headline (a weak hint of topic).
 */
import MiniSearch, { type Options } from 'minisearch';
import { packIndex, unpackIndex, type PackedIndex } from './packed-index.js';
import { termOf, tokenize } from './terms.js';
import { editDistance } from '../text/edit-distance.js';
import { rankSentences, type RankedSentence } from './rank-sentences.js';

/** What the index needs of a sentence. */
export interface IndexedSentence {
  id: number;
  text: string;
  people: string;
  title: string;
}

/** A sentence found for a query: its position in the story's sentence list, score, and the query terms the sentence itself matched (not its headline). */
export interface SentenceHit {
  id: number;
  score: number;
  terms: string[];
  /** Query terms found only in the sentence's headline. */
  titleTerms: string[];
}

/** Terms this long or longer also match at one edit (typos); shorter ones only exactly. */
const FUZZY_FROM = 7;

/** Field weights, measured with `npm run eval` (see README). */
export const FIELD_BOOST = { text: 1, people: 0.6, title: 0.15 };

/** A built sentence index. */
export interface SentenceIndex {
  /** The best sentences for a query; `boosts` weighs some (processed) terms up or down. */
  search(query: string, limit: number, boosts?: Map<string, number>): SentenceHit[];
  /** How many sentences contain the term (for weighting rare words). */
  documentFrequency(term: string): number;
  size: number;
  /** The index as plain data, for a snapshot. */
  toJSON(): SavedIndex;
}

/** The saved form of an index: MiniSearch's, packed, and each term's sentence count. */
export interface SavedIndex {
  packed: PackedIndex;
  frequency: [string, number][];
}

/** The index's MiniSearch options (exported for the ranking test). */
export const OPTIONS: Options<IndexedSentence> = {
  fields: ['text', 'people', 'title'],
  tokenize,
  processTerm: (term: string) => termOf(term) ?? null,
  searchOptions: { boost: FIELD_BOOST, combineWith: 'OR', fuzzy: (term: string) => (term.length >= FUZZY_FROM ? 1 : false) },
};

/** Builds the index over the given sentences. */
export function buildSentenceIndex(sentences: IndexedSentence[]): SentenceIndex {
  const mini = new MiniSearch<IndexedSentence>(OPTIONS);
  mini.addAll(sentences);
  const frequency = new Map<string, number>();
  for (const s of sentences) for (const t of termSet(s.text)) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  return wrap(mini, { count: sentences.length, at: (id) => sentences[id]! }, frequency);
}

/** The indexed sentences, looked up by id when they are hits (not all made again at load). */
export interface IndexedSentences {
  count: number;
  at(id: number): IndexedSentence;
}

/** Loads an index saved with `toJSON` (the sentences give back what is derived from them). */
export function loadSentenceIndex(saved: SavedIndex, sentences: IndexedSentences): SentenceIndex {
  if (!saved || !Array.isArray(saved.frequency)) throw new Error('saved index is malformed');
  return wrap(unpackIndex(saved.packed, OPTIONS), sentences, new Map(saved.frequency));
}

/** A text's distinct terms. */
function termSet(text: string): Set<string> {
  return new Set(tokenize(text).map(termOf).filter((t): t is string => t !== null));
}

function wrap(mini: MiniSearch<IndexedSentence>, sentences: IndexedSentences, frequency: Map<string, number>): SentenceIndex {
  return {
    size: sentences.count,
    documentFrequency: (term) => frequency.get(term) ?? 0,
    toJSON: () => ({ packed: packIndex(mini), frequency: [...frequency] }),
    search: (query, limit, boosts) =>
      rankedFor(mini, query, limit, boosts)
        .map((r) => {
          const id = r.id;
          // The query terms the sentence itself has (text and people), and those only its headline has.
          const sentence = sentences.at(id);
          const own = termSet(`${sentence.text} ${sentence.people}`);
          const terms = r.queryTerms.filter((t) => hasTerm(own, t));
          const title = termSet(sentence.title);
          return { id, score: r.score, terms, titleTerms: r.queryTerms.filter((t) => !terms.includes(t) && hasTerm(title, t)) };
        }),
  };
}

/** The best sentences for a query, ranked as MiniSearch would (see rank-sentences.ts). */
function rankedFor(mini: MiniSearch<IndexedSentence>, query: string, limit: number, boosts?: Map<string, number>): RankedSentence[] {
  const terms = tokenize(query).map(termOf).filter((t): t is string => t !== null);
  return rankSentences(mini, terms, limit, { boost: FIELD_BOOST, fuzzyFrom: FUZZY_FROM, boostTerm: (term) => boosts?.get(term) ?? 1 });
}

/** True when the set has the term, or (for long terms) a term one edit away. */
function hasTerm(terms: Set<string>, term: string): boolean {
  if (terms.has(term)) return true;
  if (term.length < FUZZY_FROM) return false;
  for (const t of terms) if (Math.abs(t.length - term.length) <= 1 && editDistance(t, term) <= 1) return true;
  return false;
}
