/**
 * The search index over every sentence of the story, built once at start-up with MiniSearch.
 * Fields: the sentence text, the people it mentions (so "Sessions" finds "the attorney general"
 * sentences), and its article's headline (a weak hint of topic).
 */
import MiniSearch from 'minisearch';
import { termOf, tokenize } from './terms.js';

/** What the index needs of a sentence. */
export interface IndexedSentence {
  id: number;
  text: string;
  people: string;
  title: string;
}

/** A sentence found for a query: its position in the story's sentence list, score and the query terms it matched. */
export interface SentenceHit {
  id: number;
  score: number;
  terms: string[];
}

/** Field weights, measured with `npm run eval` (see README). */
export const FIELD_BOOST = { text: 1, people: 0.6, title: 0.15 };

/** A built sentence index. */
export interface SentenceIndex {
  /** The best sentences for a query; `boosts` weighs some (processed) terms up or down. */
  search(query: string, limit: number, boosts?: Map<string, number>): SentenceHit[];
  /** How many sentences contain the term (for weighting rare words). */
  documentFrequency(term: string): number;
  size: number;
}

/** Builds the index over the given sentences. */
export function buildSentenceIndex(sentences: IndexedSentence[]): SentenceIndex {
  const mini = new MiniSearch<IndexedSentence>({
    fields: ['text', 'people', 'title'],
    tokenize,
    processTerm: (term) => termOf(term) ?? null,
    searchOptions: { boost: FIELD_BOOST, combineWith: 'OR', fuzzy: (term) => (term.length >= 7 ? 1 : false) },
  });
  mini.addAll(sentences);
  const frequency = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(tokenize(s.text).map(termOf))) if (t) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  return {
    size: sentences.length,
    documentFrequency: (term) => frequency.get(term) ?? 0,
    search: (query, limit, boosts) =>
      mini
        .search(query, { boostTerm: (term) => boosts?.get(term) ?? 1 })
        .slice(0, limit)
        .map((r) => ({ id: r.id as number, score: r.score, terms: r.queryTerms })),
  };
}
