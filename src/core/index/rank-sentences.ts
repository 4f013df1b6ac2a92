/**
 * Ranks sentences for a query exactly as MiniSearch's `search` does (BM25+ per field, fuzzy terms
 * at MiniSearch's weight, scores summed over the query's terms and multiplied by how many matched,
 * ties in the order MiniSearch meets them), but over the packed index's arrays and keeping only
 * the best: on an archive of 140,000 sentences a common word matches ten thousand of them, and
 * MiniSearch makes an object for each and sorts them all. A test checks the ranking against
 * `MiniSearch.search` on real questions.
 */
import { termPositionsSteps, type PackedIndex } from './packed-index.js';
import { termsOneEditFrom } from './fuzzy-terms.js';
import { best } from './best-scores.js';
import { runSteps } from '../text/run-steps.js';

/** How to rank: the fields and their boosts, when a term is also matched at one edit, each term's boost. */
export interface RankOptions {
  boost: Record<string, number>;
  fuzzyFrom: number;
  boostTerm: (term: string) => number;
}

/** A ranked sentence: its id, score, and the query terms it matched in each field, in query order. */
export interface RankedSentence {
  id: number;
  score: number;
  queryTerms: string[];
  /** Per field: the query terms (or their one-edit neighbours) the sentence has in that field. */
  termsByField: Record<string, string[]>;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const FUZZY_WEIGHT = 0.45;

/**
 * What ranking over an index works out once: each term's position by spelling, BM25's length
 * term of every document per field, k·(1 − b + b·length/average), and per-sentence arrays that
 * every query reuses and leaves at zero (allocating and zeroing them for each query cost more
 * than the scoring on an archive).
 */
export interface RankTables {
  positions: Map<string, number>;
  norms: Float64Array[];
  scratch: Scratch;
}

/** Per-sentence arrays, zero between queries. */
interface Scratch {
  total: Float64Array;
  matched: Uint16Array;
  termScore: Float64Array;
  inTerm: Uint8Array;
}

/** The ranking tables of an index (see `RankTables`). */
export function rankTables(index: PackedIndex): RankTables {
  return runSteps(rankTablesSteps(index));
}

/** `rankTables` in steps of a few milliseconds, for a caller that must keep its thread answering. */
export function* rankTablesSteps(index: PackedIndex): Generator<void, RankTables> {
  const positions = yield* termPositionsSteps(index);
  const width = index.fields.length;
  const size = index.documentIds.length;
  const norms: Float64Array[] = [];
  for (let f = 0; f < width; f++) {
    const average = index.averageFieldLength[f]!;
    const found = new Float64Array(size);
    for (let doc = 0; doc < size; doc++) found[doc] = BM25.k * (1 - BM25.b + (BM25.b * index.fieldLength[doc * width + f]!) / average);
    norms.push(found);
    yield;
  }
  const scratch = { total: new Float64Array(size), matched: new Uint16Array(size), termScore: new Float64Array(size), inTerm: new Uint8Array(size) };
  return { positions, norms, scratch };
}

/** The best `limit` sentences for the query's terms (already processed), ranked with the index's tables. */
export function rankSentences(index: PackedIndex, tables: RankTables, terms: string[], limit: number, options: RankOptions): RankedSentence[] {
  const { total, matched, termScore, inTerm } = tables.scratch;
  const positionOf = tables.positions;
  const fields = Object.keys(options.boost).map((name) => index.fields.indexOf(name));
  const termsOf = new Map<string, number[]>();
  const order: number[] = [];
  for (const term of terms) {
    // 1. One term: its exact postings, then its one-edit neighbours, summed per sentence.
    const touched: number[] = [];
    const first = !termsOf.has(term);
    const kept: number[] = [];
    termsOf.set(term, kept);
    const add = (position: number | undefined, weight: number) => {
      if (position === undefined) return;
      kept.push(position);
      scorePostings(index, tables.norms, position, weight * options.boostTerm(term), fields, Object.values(options.boost), { termScore, inTerm, touched });
    };
    add(positionOf.get(term), 1);
    if (term.length >= options.fuzzyFrom) {
      for (const near of termsOneEditFrom(index, term)) {
        const derived = index.terms[near]!;
        add(near, (FUZZY_WEIGHT * derived.length) / (derived.length + 1));
      }
    }
    // 2. The term's scores join the query's, as MiniSearch combines terms with OR; a term counts once.
    for (const doc of touched) {
      if (matched[doc] === 0) {
        order.push(doc);
        total[doc] = termScore[doc]!;
      } else total[doc] = total[doc]! + termScore[doc]!;
      if (first) matched[doc]!++;
      termScore[doc] = 0;
      inTerm[doc] = 0;
    }
  }
  // 3. Each sentence's score times the number of query terms it matched; the best kept, ties in order met.
  const scoreOf = (doc: number) => total[doc]! * matched[doc]!;
  const ranked = best(order, scoreOf, limit).map((doc) => {
    const termsByField = Object.fromEntries(
      Object.keys(options.boost).map((name, f) => [
        name,
        [...termsOf].filter(([, positions]) => positions.some((p) => hasPosting(index, p, fields[f]!, doc))).map(([term]) => term),
      ]),
    );
    const queryTerms = [...termsOf.keys()].filter((term) => Object.values(termsByField).some((list) => list.includes(term)));
    return { id: index.documentIds[doc]!, score: scoreOf(doc), queryTerms, termsByField };
  });
  // 4. The scratch arrays are left clean for the next query.
  for (const doc of order) {
    total[doc] = 0;
    matched[doc] = 0;
  }
  return ranked;
}

/** One term's scores so far: per sentence, whether it was met, and the sentences in the order met. */
interface TermScores {
  termScore: Float64Array;
  inTerm: Uint8Array;
  touched: number[];
}

function scorePostings(
  index: PackedIndex,
  lengthNorms: Float64Array[],
  position: number,
  weight: number,
  fields: number[],
  boosts: number[],
  { termScore, inTerm, touched }: TermScores,
): void {
  const width = index.fields.length;
  fields.forEach((field, f) => {
    if (field < 0) return;
    const from = index.starts[position * width + field]!;
    const to = index.starts[position * width + field + 1]!;
    if (from === to) return;
    const matching = to - from;
    const idf = Math.log(1 + (index.documentCount - matching + 0.5) / (matching + 0.5));
    const norms = lengthNorms[field]!;
    // MiniSearch multiplies by the document's own boost too: 1, as no sentence has one.
    const fieldWeight = weight * boosts[f]! * 1;
    const { documents, counts } = index;
    for (let i = from; i < to; i++) {
      const doc = documents[i]!;
      const frequency = counts[i]!;
      const raw = idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + norms[doc]!));
      const score = fieldWeight * raw;
      if (inTerm[doc] === 0) {
        inTerm[doc] = 1;
        touched.push(doc);
        termScore[doc] = score;
      } else termScore[doc] = termScore[doc]! + score;
    }
  });
}

/** True when the document is in the term's postings for the field (a binary search: each list is in document order). */
function hasPosting(index: PackedIndex, position: number, field: number, doc: number): boolean {
  if (field < 0) return false;
  const width = index.fields.length;
  let low = index.starts[position * width + field]!;
  let high = index.starts[position * width + field + 1]!;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (index.documents[middle]! < doc) low = middle + 1;
    else high = middle;
  }
  return index.documents[low] === doc && low < index.starts[position * width + field + 1]!;
}
