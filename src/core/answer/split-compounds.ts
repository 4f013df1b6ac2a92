/**
 * A reader writes a compound as one word where the article may write two ("chipmaker" / "chip
 * maker", "carmaker" / "car maker", "takeover" / "take-over"). A word the story never uses is
 * searched as the two words it splits into; a word it uses also counts as met by a sentence with
 * both of its parts.
 */
import { termOf, tokenize } from '../index/terms.js';
import { withRelatedTerms, type ExpandedQuery } from './expand-query.js';

/** The shortest part a compound is split into ("car", "web"). */
const PART_FROM = 3;
/** Words shorter than this are not compounds of two such parts worth splitting; longer than the
 * second, no compound of two words (a pasted blob is not tried letter by letter). */
const COMPOUND_FROM = 7;
const COMPOUND_TO = 24;

/** The two words of the story that `word` is written of ("chip", "maker"), the most even split; null if none. */
function partsOf(word: string, inStory: (term: string) => boolean): [string, string] | null {
  let best: [string, string] | null = null;
  for (let at = PART_FROM; at <= word.length - PART_FROM; at++) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    const [h, t] = [termOf(head.toLowerCase()), termOf(tail.toLowerCase())];
    if (!h || !t || !inStory(h) || !inStory(t)) continue;
    if (!best || Math.min(head.length, tail.length) > Math.min(best[0].length, best[1].length)) best = [head, tail];
  }
  return best;
}

/** `query` with each word the story lacks written as the two words of the story it splits into, where it can be. */
export function splitCompounds(query: string, inStory: (term: string) => boolean): string {
  return query.replace(/\p{L}+/gu, (word) => {
    if (word.length < COMPOUND_FROM || word.length > COMPOUND_TO) return word;
    const whole = termOf(tokenize(word)[0] ?? '');
    if (!whole || inStory(whole)) return word;
    const parts = partsOf(word, inStory);
    return parts ? parts.join(' ') : word;
  });
}

/**
 * Adds to `expanded` (in place), for each compound of the question the story uses, its two parts
 * as one synonym ("chip maker" for "chipmaker"), met by a sentence that has both.
 */
export function addCompoundParts(expanded: ExpandedQuery, query: string, inStory: (term: string) => boolean): ExpandedQuery {
  for (const word of query.match(/\p{L}+/gu) ?? []) {
    if (word.length < COMPOUND_FROM || word.length > COMPOUND_TO) continue;
    const whole = termOf(tokenize(word)[0] ?? '');
    const related = whole ? expanded.groups.get(whole) : undefined;
    const parts = related ? partsOf(word, inStory) : null;
    if (parts) related!.add(parts.map((p) => termOf(p.toLowerCase())).join(' '));
  }
  return expanded;
}

/**
 * Adds to `expanded`, for two words of the question the story writes as one ("code name" /
 * "codenamed", "chip maker" / "chipmaker"), the compound's term to both words: a sentence that
 * writes it meets them both.
 */
export function addJoinedCompounds(expanded: ExpandedQuery, query: string, inStory: (term: string) => boolean): ExpandedQuery {
  const words = query.match(/\p{L}+/gu) ?? [];
  const joined: [string, string[]][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!.toLowerCase(), words[i + 1]!.toLowerCase()];
    if (a.length < PART_FROM || b.length < PART_FROM || a.length + b.length > COMPOUND_TO) continue;
    const [ta, tb, whole] = [termOf(a), termOf(b), termOf(a + b)];
    if (!ta || !tb || !whole || !inStory(whole)) continue;
    joined.push([ta, [whole]], [tb, [whole]]);
  }
  return joined.length === 0 ? expanded : withRelatedTerms(expanded, joined, 1);
}
