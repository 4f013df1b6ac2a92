/**
 * The search index over every sentence of the story: packed into arrays that the ranking reads
 * and a snapshot saves as they are (see packed-index.ts).
 * Fields: the sentence text, the people it mentions (so "Sessions" finds "the attorney general"
 * sentences), and its article's headline (a weak hint of topic).
 */
import { buildPackedIndex, checkPackedIndex, termPositions, type PackedIndex } from './packed-index.js';
import { termOf, tokenize } from './terms.js';
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

/** The fields a sentence is indexed by. */
export const FIELDS = ['text', 'people', 'title'] as const;

/** Terms this long or longer also match at one edit (typos); shorter ones only exactly. */
export const FUZZY_FROM = 7;

/** Field weights, measured with `npm run eval` (see docs/design.md, Search). */
export const FIELD_BOOST = { text: 1, people: 0.6, title: 0.15 };

/** A built sentence index. */
export interface SentenceIndex {
  /** The best sentences for a query; `boosts` weighs some (processed) terms up or down. */
  search(query: string, limit: number, boosts?: Map<string, number>): SentenceHit[];
  /** How many sentences contain the term (for weighting rare words). */
  documentFrequency(term: string): number;
  /** The sentences (positions) whose own text has every one of the (processed) terms; none for no terms. */
  sentencesWithAll(terms: string[]): number[];
  size: number;
  /** The index as arrays, for a snapshot. */
  packed: PackedIndex;
}

/** Builds the index over the given sentences (their ids are their positions). */
export function buildSentenceIndex(sentences: IndexedSentence[]): SentenceIndex {
  return loadSentenceIndex(buildPackedIndex(sentences, FIELDS, tokenize, termOf));
}

/** An index from its packed arrays (as a snapshot saved them); throws when they do not fit together. */
export function loadSentenceIndex(packed: PackedIndex): SentenceIndex {
  checkPackedIndex(packed);
  const text = packed.fields.indexOf('text');
  const width = packed.fields.length;
  const positions = termPositions(packed);
  // Where a term's postings in the sentence text lie in the packed arrays, or null for a term no sentence has.
  const inText = (term: string): readonly [number, number] | null => {
    const p = positions.get(term);
    return p === undefined || text < 0 ? null : [packed.starts[p * width + text]!, packed.starts[p * width + text + 1]!];
  };
  return {
    size: packed.documentCount,
    packed,
    documentFrequency: (term) => {
      const range = inText(term);
      return range ? range[1] - range[0] : 0;
    },
    sentencesWithAll: (terms) => {
      // The rarest term's sentences, kept while every other term's postings have them too.
      const lists = terms.map(inText);
      if (lists.length === 0 || lists.some((l) => l === null)) return [];
      const [rarest, ...others] = (lists as (readonly [number, number])[]).sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
      let kept = Array.from(packed.documents.subarray(rarest![0], rarest![1]));
      for (const [from, to] of others) {
        const has = new Set(packed.documents.subarray(from, to));
        kept = kept.filter((doc) => has.has(doc));
      }
      return kept.map((doc) => packed.documentIds[doc]!);
    },
    search: (query, limit, boosts) =>
      rankedFor(packed, query, limit, boosts).map(({ id, score, queryTerms, termsByField }) => {
        // The query terms the sentence itself has (text and people), and those only its headline has.
        const terms = queryTerms.filter((t) => termsByField.text!.includes(t) || termsByField.people!.includes(t));
        return { id, score, terms, titleTerms: termsByField.title!.filter((t) => !terms.includes(t)) };
      }),
  };
}

/** The best sentences for a query (see rank-sentences.ts). */
function rankedFor(packed: PackedIndex, query: string, limit: number, boosts?: Map<string, number>): RankedSentence[] {
  const terms = tokenize(query)
    .map(termOf)
    .filter((t): t is string => t !== null);
  return rankSentences(packed, terms, limit, { boost: FIELD_BOOST, fuzzyFrom: FUZZY_FROM, boostTerm: (term) => boosts?.get(term) ?? 1 });
}
