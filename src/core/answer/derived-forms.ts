/**
 * Widens a question with the forms of its words that English spells apart, which neither the
 * stemmer nor the word families (member → membership) join: a reader asks how much a firm "lost"
 * where the article reports its "loss", or what it "sold" where it reports a "sale". Pairs are
 * stems (choos → choic), kept only where the story uses the partner.
 */
import { hasTerm } from '../index/fuzzy-terms.js';
import type { PackedIndex } from '../index/packed-index.js';
import { withRelatedTerms, type ExpandedQuery } from './expand-query.js';
import { FAMILY_WEIGHT } from './word-families.js';

/** Common English verbs and adjectives and their nouns, spelt apart, as the stemmer leaves them. */
const IRREGULAR: [string, string][] = [
  ['lose', 'loss'],
  ['sell', 'sale'],
  ['die', 'death'],
  ['speak', 'speech'],
  ['choos', 'choic'],
  ['succe', 'success'],
  ['defend', 'defenc'],
  ['offend', 'offenc'],
  ['respond', 'respons'],
  ['pursu', 'pursuit'],
  ['fly', 'flight'],
  ['try', 'trial'],
  ['inquir', 'inquiri'],
  ['maintain', 'mainten'],
  ['strong', 'strength'],
  ['long', 'length'],
  ['high', 'height'],
  ['wide', 'width'],
  ['deep', 'depth'],
];
const PARTNER = new Map<string, string[]>();
for (const [a, b] of IRREGULAR) {
  PARTNER.set(a, [...(PARTNER.get(a) ?? []), b]);
  PARTNER.set(b, [...(PARTNER.get(b) ?? []), a]);
}

/** The stems a stem's derived forms may have: its partner, and "repai" with its y back (repay → repayment). */
export function derivedStems(stem: string): string[] {
  const out = new Set(PARTNER.get(stem) ?? []);
  // The stemmer spells a verb's final y as i (repay → repai) but keeps it in the longer forms (repayment → repay).
  if (/[aeou]i$/.test(stem)) out.add(`${stem.slice(0, -1)}y`);
  out.delete(stem);
  return [...out];
}

/** Adds to `expanded` (in place) the derived forms of each own term that the index holds. */
export function addDerivedForms(expanded: ExpandedQuery, index: PackedIndex): ExpandedQuery {
  const related: [string, string[]][] = [];
  for (const term of expanded.groups.keys()) {
    const found = derivedStems(term).filter((stem) => hasTerm(index, stem));
    if (found.length > 0) related.push([term, found]);
  }
  return withRelatedTerms(expanded, related, FAMILY_WEIGHT);
}
