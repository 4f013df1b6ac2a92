/**
 * Widens a question with the longer words of each word's family that the stories' own words hold
 * (member → membership, state → statement: words the stemmer leaves apart): a
 * question in a reader's words often uses the short form of what an article says in a long one.
 */
import type { PackedIndex } from '../index/packed-index.js';
import { termsStartingWith } from '../index/fuzzy-terms.js';
import { withRelatedTerms, type ExpandedQuery } from './expand-query.js';

/** Weight of a family member's term against the question's own (1). */
export const FAMILY_WEIGHT = 0.5;
/** Words shorter than this have too many unrelated extensions (art → article). */
const FAMILY_FROM = 5;
/** At most this many family terms per question term, and each at most this many letters longer. */
const FAMILY_LIMIT = 4;
const FAMILY_EXTRA_LETTERS = 5;
/** How many of the index's terms with that beginning are looked at (a short common stem starts many). */
const FAMILY_LOOKED_AT = 200;

/** Adds to `expanded` (in place) the terms of the index that extend each own term. */
export function addWordFamilies(expanded: ExpandedQuery, index: PackedIndex): ExpandedQuery {
  const families: [string, string[]][] = [];
  for (const term of expanded.groups.keys()) {
    if (term.length < FAMILY_FROM || /\d/.test(term)) continue;
    const family = termsStartingWith(index, term, FAMILY_LOOKED_AT).filter(
      (t) => t.length - term.length >= 2 && t.length - term.length <= FAMILY_EXTRA_LETTERS && /^[a-z]+$/.test(t),
    );
    // The closest forms first (membership before memberships), then in spelling order: the same pick every time.
    family.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    families.push([term, family.slice(0, FAMILY_LIMIT)]);
  }
  return withRelatedTerms(expanded, families, FAMILY_WEIGHT);
}
