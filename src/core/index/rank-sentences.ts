/**
 * Ranks sentences for a query exactly as MiniSearch's `search` does (BM25+ per field, fuzzy terms
 * at MiniSearch's weight, scores summed over the query's terms and multiplied by how many matched,
 * ties in the order MiniSearch meets them), but into typed arrays and keeping only the best: on an
 * archive of 140,000 sentences a common word matches ten thousand of them, and MiniSearch makes an
 * object for each and sorts them all. MiniSearch still builds, stores and looks up the index;
 * a test checks the ranking against `MiniSearch.search` on real questions.
 */
import type MiniSearch from 'minisearch';

type Postings = Map<number, Map<number, number>>;

/** The parts of MiniSearch (version 7) the ranking reads. */
interface MiniSearchInternals {
  _index: { get(term: string): Postings | undefined; fuzzyGet(term: string, distance: number): Map<string, [Postings, number]> };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
}

/** How to rank: the fields and their boosts, when a term is also matched at one edit, each term's boost. */
export interface RankOptions {
  boost: Record<string, number>;
  fuzzyFrom: number;
  boostTerm: (term: string) => number;
}

/** A ranked sentence: its id, score and the query terms it matched, in query order. */
export interface RankedSentence {
  id: number;
  score: number;
  queryTerms: string[];
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const FUZZY_WEIGHT = 0.45;

/** The best `limit` sentences for the query's terms (already processed). */
export function rankSentences(mini: MiniSearch, terms: string[], limit: number, options: RankOptions): RankedSentence[] {
  const index = mini as unknown as MiniSearchInternals;
  const { total, matched, termScore, inTerm } = scratchFor(index);
  const postingsOf = new Map<string, Postings[]>();
  const order: number[] = [];
  for (const term of terms) {
    // 1. One term: its exact postings, then its one-edit neighbours, summed per sentence.
    const touched: number[] = [];
    const first = !postingsOf.has(term);
    const kept: Postings[] = [];
    postingsOf.set(term, kept);
    const add = (postings: Postings | undefined, weight: number) => {
      if (postings) kept.push(postings);
      scorePostings(index, postings, weight * options.boostTerm(term), options.boost, { termScore, inTerm, touched });
    };
    add(index._index.get(term), 1);
    if (term.length >= options.fuzzyFrom) {
      for (const [derived, [postings, distance]] of index._index.fuzzyGet(term, 1)) if (distance > 0) add(postings, (FUZZY_WEIGHT * derived.length) / (derived.length + distance));
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
  const fieldIds = Object.keys(options.boost).map((field) => index._fieldIds[field]!);
  const has = (doc: number, term: string) => postingsOf.get(term)!.some((postings) => fieldIds.some((f) => postings.get(f)?.has(doc)));
  const ranked = best(order, scoreOf, limit).map((doc) => ({ id: index._documentIds.get(doc) as number, score: scoreOf(doc), queryTerms: [...postingsOf.keys()].filter((term) => has(doc, term)) }));
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

function scorePostings(index: MiniSearchInternals, postings: Postings | undefined, weight: number, boosts: Record<string, number>, { termScore, inTerm, touched }: TermScores): void {
  if (!postings) return;
  for (const field of Object.keys(boosts)) {
    const fieldId = index._fieldIds[field]!;
    const frequencies = postings.get(fieldId);
    if (!frequencies) continue;
    const matching = frequencies.size;
    const idf = Math.log(1 + (index._documentCount - matching + 0.5) / (matching + 0.5));
    const norms = lengthNorms(index, fieldId);
    const fieldWeight = weight * boosts[field]! * 1;
    // forEach, not for…of: no [key, value] pair is made for each of thousands of postings.
    frequencies.forEach((frequency, doc) => {
      const raw = idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + norms[doc]!));
      const score = fieldWeight * raw;
      if (inTerm[doc] === 0) {
        inTerm[doc] = 1;
        touched.push(doc);
        termScore[doc] = score;
      } else termScore[doc] = termScore[doc]! + score;
    });
  }
}

/** The `limit` documents of highest score, in the order a stable sort by score would give them. */
function best(order: number[], scoreOf: (doc: number) => number, limit: number): number[] {
  if (order.length <= limit) return [...order].sort((a, b) => scoreOf(b) - scoreOf(a));
  const scores = Float64Array.from(order, scoreOf).sort();
  const threshold = scores[scores.length - limit]!;
  const kept = order.filter((doc) => scoreOf(doc) >= threshold);
  return kept.sort((a, b) => scoreOf(b) - scoreOf(a)).slice(0, limit);
}

const norms = new WeakMap<object, Map<number, Float64Array>>();

/** BM25's length term of every document for one field, k·(1 − b + b·length/average), worked out once per index. */
function lengthNorms(index: MiniSearchInternals, fieldId: number): Float64Array {
  const byField = norms.get(index) ?? new Map<number, Float64Array>();
  norms.set(index, byField);
  let found = byField.get(fieldId);
  if (!found) {
    const average = index._avgFieldLength[fieldId]!;
    found = new Float64Array(scratchFor(index).total.length);
    for (const [doc, lengths] of index._fieldLength) found[doc] = BM25.k * (1 - BM25.b + (BM25.b * lengths[fieldId]!) / average);
    byField.set(fieldId, found);
  }
  return found;
}

/** Per-sentence arrays, zero between queries. */
interface Scratch {
  total: Float64Array;
  matched: Uint16Array;
  termScore: Float64Array;
  inTerm: Uint8Array;
}

const scratches = new WeakMap<object, Scratch>();

/**
 * One set of per-sentence arrays per index, reused by every query (each query cleans what it
 * touched): allocating and zeroing them for each query cost more than the scoring on an archive.
 */
function scratchFor(index: MiniSearchInternals): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    // MiniSearch numbers documents from 0: one slot per number up to the highest.
    let size = 0;
    for (const id of index._documentIds.keys()) size = Math.max(size, id + 1);
    scratch = { total: new Float64Array(size), matched: new Uint16Array(size), termScore: new Float64Array(size), inTerm: new Uint8Array(size) };
    scratches.set(index, scratch);
  }
  return scratch;
}

