/**
 * The search index over every sentence of the story, built once at start-up with MiniSearch.
 * Fields: the sentence text, the people it mentions (so "Sessions" finds "the attorney general"
 * sentences), and its article's headline (a weak hint of topic).
 */
import MiniSearch, { type Options } from 'minisearch';
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
  /** The index as JSON, for a snapshot. */
  toJSON(): string;
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
  return wrap(mini, sentences);
}

/** Loads an index saved with `toJSON` (the sentences give back what is derived from them). */
export function loadSentenceIndex(json: string, sentences: IndexedSentence[]): SentenceIndex {
  return wrap(MiniSearch.loadJSON<IndexedSentence>(json, OPTIONS), sentences);
}

function wrap(mini: MiniSearch<IndexedSentence>, sentences: IndexedSentence[]): SentenceIndex {
  // Each sentence's own terms (text and people, not headline): what a match must cover.
  const termSet = (text: string) => new Set(tokenize(text).map(termOf).filter((t): t is string => t !== null));
  const own = sentences.map((s) => termSet(`${s.text} ${s.people}`));
  const title = sentences.map((s) => termSet(s.title));
  const frequency = new Map<string, number>();
  for (const s of sentences) for (const t of termSet(s.text)) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  return {
    size: sentences.length,
    documentFrequency: (term) => frequency.get(term) ?? 0,
    toJSON: () => JSON.stringify(mini),
    search: (query, limit, boosts) =>
      mini
        .search(query, { boostTerm: (term) => boosts?.get(term) ?? 1 })
        .slice(0, limit)
        .map((r) => {
          const id = r.id as number;
          const terms = r.queryTerms.filter((t) => hasTerm(own[id]!, t));
          return { id, score: r.score, terms, titleTerms: r.queryTerms.filter((t) => !terms.includes(t) && hasTerm(title[id]!, t)) };
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
