/**
 * What a candidate passage offers a question, as numbers the ranking and the confidence weigh:
 * how much of the question's weight the sentence itself matches, how much it matches with its
 * context (the sentence before, which often names whom "he" means, and its article's headline),
 * and the largest share of the question left unmatched even so.
 */
import type { Sentence } from '../types.js';
import { termSet } from '../index/terms.js';

/** Credits for a question term matched other than by the sentence's own word, measured with `npm run eval` (tuning half). */
export const MATCH_CREDIT = { synonym: 0.5, prefix: 0.6, previous: 0.6, headline: 0.5 };

/** A question term, its weight (rarer terms weigh more) and the terms of its synonyms. */
export interface WeightedTerm {
  term: string;
  weight: number;
  synonyms: Set<string>;
}

/** The coverage figures of one passage; every figure is a share of the question's weight (0 to 1). */
export interface PassageFeatures {
  /** Matched by the sentence's own words and the people it names. */
  own: number;
  /** Matched by the sentence with the one before it and the headline. */
  context: number;
  /** The heaviest question term matched nowhere in that context. */
  missing: number;
  /** Whether any question term is the sentence's own. */
  anyOwn: boolean;
}

/** Words of one family the stemmer leaves apart (member / membership, state / statement) share a long prefix. */
function sharesPrefix(term: string, terms: Set<string>): boolean {
  if (term.length < 5 || /\d/.test(term)) return false;
  const prefix = term.slice(0, 5);
  for (const t of terms) {
    // Two letters at least: one is the stemmer's own ending (factor / factori for "factories").
    const apart = Math.abs(t.length - term.length);
    if (t.startsWith(prefix) && apart >= 2 && apart <= 6 && (t.startsWith(term) || term.startsWith(t))) return true;
  }
  return false;
}

/** How well a set of terms matches one question term: 1 for the term itself, less for a relative. */
export function matchOf(q: WeightedTerm, terms: Set<string>): number {
  if (terms.has(q.term)) return 1;
  for (const s of q.synonyms) if (s !== q.term && (terms.has(s) || (s.includes(' ') && s.split(' ').every((p) => terms.has(p))))) return MATCH_CREDIT.synonym;
  return sharesPrefix(q.term, terms) ? MATCH_CREDIT.prefix : 0;
}

/** The coverage of the question by a sentence (with the people it names), its previous sentence and headline. */
export function passageFeatures(question: WeightedTerm[], own: Set<string>, previous: Set<string>, headline: Set<string>): PassageFeatures {
  const total = question.reduce((sum, q) => sum + q.weight, 0) || 1;
  let ownGot = 0;
  let contextGot = 0;
  let missing = 0;
  let anyOwn = false;
  for (const q of question) {
    const m = matchOf(q, own);
    if (m === 1) anyOwn = true;
    const around = Math.max(matchOf(q, previous) * MATCH_CREDIT.previous, matchOf(q, headline) * MATCH_CREDIT.headline);
    ownGot += q.weight * m;
    contextGot += q.weight * Math.max(m, around);
    if (m === 0 && around === 0) missing = Math.max(missing, q.weight / total);
  }
  return { own: ownGot / total, context: contextGot / total, missing, anyOwn };
}

/** A sentence's own terms with those of the people it names (so "he" sentences marked with a name match it). */
export function sentenceTerms(sentence: Sentence): Set<string> {
  const terms = termSet(sentence.norm);
  for (const person of sentence.people) for (const t of termSet(person)) terms.add(t);
  return terms;
}
