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

/**
 * Common English verbs and adjectives with their nouns, spelt apart (sue/suit), as the stemmer leaves every form
 * (died → di, dying → dy, succeeded → succeed, tried → tri) and with the US and British spellings
 * (defense, enquiry): each stem of a family stands for all the others.
 */
const FAMILIES: string[][] = [
  ['lose', 'loss'],
  ['sell', 'sale'],
  ['die', 'di', 'dy', 'death'],
  ['speak', 'speech'],
  ['choos', 'choic'],
  ['succe', 'succeed', 'success'],
  ['defend', 'defenc', 'defens'],
  ['offend', 'offenc', 'offens'],
  ['respond', 'respons'],
  ['pursu', 'pursuit'],
  ['fly', 'fli', 'flight'],
  ['try', 'tri', 'trial'],
  ['sue', 'su', 'suit', 'lawsuit'],
  ['inquir', 'inquiri', 'enquir', 'enquiri'],
  ['maintain', 'mainten'],
  ['strong', 'strength'],
  ['long', 'length'],
  ['high', 'height'],
  ['wide', 'width'],
  ['deep', 'depth'],
];
const PARTNER = new Map<string, string[]>();
for (const family of FAMILIES) for (const stem of family) PARTNER.set(stem, [...(PARTNER.get(stem) ?? []), ...family]);

/**
 * The stems a stem's derived forms may have: the rest of its family, and a verb's final y both ways, which
 * the stemmer spells as i (repay → repai, employs → emploi) but keeps in the longer forms (repayment → repay).
 * Not "repaid" to "repay": a reader asking how lenders are "repaid" wants what they are paid, not the repayment plan.
 */
export function derivedStems(stem: string): string[] {
  const out = new Set(PARTNER.get(stem) ?? []);
  if (/[aeou]i$/.test(stem)) out.add(`${stem.slice(0, -1)}y`);
  if (/[aeou]y$/.test(stem)) out.add(`${stem.slice(0, -1)}i`);
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
