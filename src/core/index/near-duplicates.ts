/**
 * Decides when two sentences report the same thing: their content words mostly coincide
 * (Jaccard ≥ 0.5 over stems), or one repeats a run of eight words of the other (a shared quote).
 */
import { contentTerms, tokenize } from './terms.js';
import { SHARED_RUN, shareRun } from '../text/word-runs.js';

const SAME_TERMS = 0.5;

/** True when two texts are near-duplicates. */
export function areNearDuplicates(a: string, b: string): boolean {
  const x = analysed(a);
  const y = analysed(b);
  return jaccard(x.terms, y.terms) >= SAME_TERMS || shareRun(x.words, y.words, SHARED_RUN);
}

/** Texts are compared many times over (every candidate against every group): their words are kept. */
const cache = new Map<string, { terms: string[]; words: string[] }>();
const CACHE_LIMIT = 100_000;

/** The words a text is compared by: its distinct content terms and all its words. */
export function analysed(text: string): { terms: string[]; words: string[] } {
  let found = cache.get(text);
  if (!found) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    found = { terms: contentTerms(text), words: tokenize(text) };
    cache.set(text, found);
  }
  return found;
}

/** The similarity thresholds, for indexes that must find every pair the test would accept. */
export const NEAR_DUPLICATE = { sameTerms: SAME_TERMS, sharedRun: SHARED_RUN } as const;

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setB = new Set(b);
  const both = a.filter((t) => setB.has(t)).length;
  return both / (a.length + b.length - both);
}
