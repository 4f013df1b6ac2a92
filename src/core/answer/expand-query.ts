/**
 * Widens a question with synonyms: each content word (and each two-word phrase such as "step
 * down") brings the terms of its synonyms, searched with a lower weight. The question's own terms
 * stay the unit of coverage: a term counts as matched when it or one of its synonyms is.
 */
import type { Thesaurus } from '../index/thesaurus.js';
import { contentTerms, termOf, tokenize } from '../index/terms.js';

/** Weight of a synonym's term against the question's own (1). */
export const SYNONYM_WEIGHT = 0.5;

/** A question answered yes or no: it opens with an auxiliary ("Did…", "Is…", "Will…"). */
const YES_OR_NO = /^\s*(did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b/i;

/** A question ready to search: the text to search, each own term with its synonyms' terms, term weights. */
export interface ExpandedQuery {
  text: string;
  groups: Map<string, Set<string>>;
  boosts: Map<string, number>;
}

/** Expands a question with the thesaurus' synonyms (none without a thesaurus). */
export function expandQuery(query: string, thesaurus?: Thesaurus): ExpandedQuery {
  const groups = new Map(contentTerms(query).map((t) => [t, new Set([t])]));
  const boosts = new Map<string, number>();
  const extra: string[] = [];
  if (thesaurus) {
    const words = tokenize(query);
    const yesOrNo = YES_OR_NO.test(query);
    const phrases = [...words.map((w) => [w]), ...words.slice(1).map((w, i) => [words[i]!, w]), ...splitPhrasalVerbs(words)];
    for (const phrase of phrases) {
      const owners = phrase.map(termOf).filter((t): t is string => t !== null && groups.has(t));
      if (owners.length === 0) continue;
      // A yes-or-no question is answered by the opposite as well: "Did the board accept the offer?" by "rejected it".
      const opposites = yesOrNo && phrase.length === 1 ? (thesaurus.antonyms?.(phrase[0]!) ?? []) : [];
      const found = [...thesaurus.synonyms(phrase.join(' ')), ...opposites];
      // WordNet gives an adjective's synonyms in their base form: "quickest" is met by "fastest", not "fast".
      const superlative = phrase.length === 1 && SUPERLATIVE.test(phrase[0]!);
      for (const synonym of superlative ? found.flatMap((f) => [f, superlativeOf(f)]) : found) {
        if (synonym.includes(' ')) continue;
        const term = termOf(synonym);
        if (!term || groups.has(term)) continue;
        for (const owner of owners) groups.get(owner)!.add(term);
        boosts.set(term, SYNONYM_WEIGHT);
        extra.push(synonym);
      }
    }
  }
  return { text: [query, ...new Set(extra)].join(' '), groups, boosts };
}

/** The particles of phrasal verbs: "turn down", "fend off", "buy out". */
const PARTICLE = /^(down|off|up|out|back|over|away)$/i;

/** The first word of an object: an article, a possessive, a pronoun or a name. */
const OBJECT_OPENING = /^(?:the|a|an|his|her|its|their|this|that|these|those|it|them|him|us|\p{Lu}.*)$/u;

/**
 * A phrasal verb with its object between its words, as its phrase: "turn the offer down" is "turn
 * down" (WordNet's "reject"), "buy Sosnoff out" is "buy out". The verb stands two to four words
 * before the particle, its object opening right after it ("going to step down" is no "go down").
 */
function splitPhrasalVerbs(words: string[]): string[][] {
  const phrases: string[][] = [];
  for (const [j, particle] of words.entries()) {
    if (!PARTICLE.test(particle)) continue;
    for (let i = Math.max(0, j - 4); i <= j - 2; i++) if (OBJECT_OPENING.test(words[i + 1]!)) phrases.push([words[i]!, particle.toLowerCase()]);
  }
  return phrases;
}

/** A superlative adjective: "quickest", "largest", "busiest" (not "best", whose base WordNet does not undo). */
const SUPERLATIVE = /^\p{Ll}{2,}est$/u;

/** The superlative of a one-word adjective: fast → fastest, large → largest, easy → easiest, big → biggest. */
export function superlativeOf(adjective: string): string {
  if (/est$/.test(adjective)) return adjective;
  if (/e$/.test(adjective)) return `${adjective}st`;
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}iest`;
  // A short word ending in one vowel and one consonant doubles it: big → biggest, hot → hottest.
  if (/^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/.test(adjective)) return `${adjective}${adjective.at(-1)}est`;
  return `${adjective}est`;
}

/**
 * Adds to `expanded` (in place) each owner's related terms as its synonyms, searched at `weight`:
 * a term the question asks itself, or the owner already has, is left as it is.
 */
export function withRelatedTerms(expanded: ExpandedQuery, related: Iterable<[owner: string, terms: string[]]>, weight: number): ExpandedQuery {
  const extra: string[] = [];
  for (const [owner, terms] of related) {
    const group = expanded.groups.get(owner);
    if (!group) continue;
    for (const term of terms) {
      if (expanded.groups.has(term) || group.has(term)) continue;
      group.add(term);
      if (!expanded.boosts.has(term)) expanded.boosts.set(term, weight);
      extra.push(term);
    }
  }
  return extra.length === 0 ? expanded : { ...expanded, text: `${expanded.text} ${extra.join(' ')}` };
}
