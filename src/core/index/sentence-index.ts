/**
 * The search index over every sentence of the story, built once at start-up with MiniSearch.
 * Fields: the sentence text, the people it mentions (so "Sessions" finds "the attorney general"
 * sentences), and its article's headline (a weak hint of topic).
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { termOf, tokenize } from './terms.js';
import { editDistance } from '../text/edit-distance.js';

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

/** The saved form of an index: MiniSearch's own, and each term's sentence count. */
export interface SavedIndex {
  mini: AsPlainObject;
  frequency: [string, number][];
}

const OPTIONS: Options<IndexedSentence> = {
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
  return wrap(mini, sentences, frequency);
}

/** Loads an index saved with `toJSON` (the sentences give back what is derived from them). */
export function loadSentenceIndex(saved: SavedIndex, sentences: IndexedSentence[]): SentenceIndex {
  if (!saved || !Array.isArray(saved.frequency)) throw new Error('saved index is malformed');
  return wrap(MiniSearch.loadJS<IndexedSentence>(saved.mini, OPTIONS), sentences, new Map(saved.frequency));
}

/** A text's distinct terms. */
function termSet(text: string): Set<string> {
  return new Set(tokenize(text).map(termOf).filter((t): t is string => t !== null));
}

function wrap(mini: MiniSearch<IndexedSentence>, sentences: IndexedSentence[], frequency: Map<string, number>): SentenceIndex {
  return {
    size: sentences.length,
    documentFrequency: (term) => frequency.get(term) ?? 0,
    toJSON: () => ({ mini: mini.toJSON(), frequency: [...frequency] }),
    search: (query, limit, boosts) =>
      mini
        .search(query, { boostTerm: (term) => boosts?.get(term) ?? 1 })
        .slice(0, limit)
        .map((r) => {
          const id = r.id as number;
          // The query terms the sentence itself has (text and people), and those only its headline has.
          const own = termSet(`${sentences[id]!.text} ${sentences[id]!.people}`);
          const terms = r.queryTerms.filter((t) => hasTerm(own, t));
          const title = termSet(sentences[id]!.title);
          return { id, score: r.score, terms, titleTerms: r.queryTerms.filter((t) => !terms.includes(t) && hasTerm(title, t)) };
        }),
  };
}

/** True when the set has the term, or (for long terms) a term one edit away. */
function hasTerm(terms: Set<string>, term: string): boolean {
  if (terms.has(term)) return true;
  if (term.length < FUZZY_FROM) return false;
  for (const t of terms) if (Math.abs(t.length - term.length) <= 1 && editDistance(t, term) <= 1) return true;
  return false;
}
