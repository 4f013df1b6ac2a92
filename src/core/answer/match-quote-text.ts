/**
 * Scores how well a user's text matches a quote, forgiving small typos, missing quote marks and
 * an attribution pasted along with the words: the share of the user's words found in order in the
 * quote, or (when that is at least half) the share of the quote's words found in the user's text.
 * Quotes are compared as numbers over one vocabulary, so that each of the user's words is held
 * against each distinct word of the story's quotes once, whatever the number of quotes.
 */
import { editDistance } from '../text/edit-distance.js';
import type { Vocabulary } from '../quotes/quote-words.js';

/**
 * The score of the query's words against any quote numbered in `vocabulary`, from 0 to 1 (1 when
 * the text is the quote or wholly inside it). Whether a query word is like a vocabulary word is
 * worked out on first need and kept in a table.
 */
export function quoteMatcher(query: string[], vocabulary: Vocabulary): QuoteMatcher {
  // Per query word, per vocabulary word: 0 not yet known, 1 alike, 2 not.
  const known = query.map(() => null as Uint8Array | null);
  const like = (i: number, id: number) => {
    const row = (known[i] ??= new Uint8Array(vocabulary.words.length));
    // A word numbered after the row was made is compared each time.
    if (id >= row.length) return similar(query[i]!, vocabulary.words[id]!);
    if (row[id] === 0) row[id] = similar(query[i]!, vocabulary.words[id]!) ? 1 : 2;
    return row[id] === 1;
  };
  // Per vocabulary word: which of the query's first words it is (the first that fits), NONE, or not yet known.
  const leading = Math.min(LEADING_EXTRA, query.length);
  const firstOf = new Uint8Array(vocabulary.words.length).fill(UNKNOWN);
  const first = (id: number) => {
    if (id < firstOf.length && firstOf[id] !== UNKNOWN) return firstOf[id]!;
    let i = 0;
    while (i < leading && !like(i, id)) i++;
    const found = i < leading ? i : NONE;
    if (id < firstOf.length) firstOf[id] = found;
    return found;
  };
  const ofQuery = (quote: Uint32Array) => (query.length === 0 || quote.length === 0 ? 0 : matchInOrder(query.length, quote, like, first) / query.length);
  const score = (quote: Uint32Array) => {
    const share = ofQuery(quote);
    // The quote's share counts only when most of the user's words are in it too (a quote pasted
    // with its attribution), so that one common word does not match a one-word quote.
    return share >= 0.5 ? Math.max(share, (0.9 * share * query.length) / quote.length) : share;
  };
  return Object.assign(score, { ofQuery });
}

/** A quote's score against the user's words, and (`ofQuery`) the share of the user's words found in it in order. */
export type QuoteMatcher = ((quote: Uint32Array) => number) & { ofQuery: (quote: Uint32Array) => number };

/** How many of the query's first words may be missing from the quote before the match starts ("[Sessions has] done a fine job"). */
const LEADING_EXTRA = 4;

const UNKNOWN = 255;
const NONE = 254;

/** How many of the query's words appear in `quote` in order, each within a few words of the last. */
function matchInOrder(queryLength: number, quote: Uint32Array, like: (i: number, id: number) => boolean, firstOf: (id: number) => number): number {
  let best = 0;
  for (let start = 0; start < quote.length && best < queryLength; start++) {
    // The match starts at the first of the query's first words that this quote word is: words the
    // user put before the quote (an editor's bracket, a name and "said") are simply not counted.
    const first = firstOf(quote[start]!);
    // No match from here can beat the best so far.
    if (first === NONE || queryLength - first <= best) continue;
    let at = start;
    let matched = 0;
    for (let i = first; i < queryLength; i++) {
      let found = -1;
      for (let skip = 0; skip <= 3 && at + skip < quote.length; skip++) {
        if (like(i, quote[at + skip]!)) {
          found = at + skip;
          break;
        }
      }
      if (found < 0) continue;
      matched++;
      at = found + 1;
    }
    best = Math.max(best, matched);
  }
  return best;
}

/** Equal, or within the typos a longer word allows (one edit from 4 letters, two from 8). */
function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const allowed = Math.min(a.length, b.length) >= 8 ? 2 : Math.min(a.length, b.length) >= 4 ? 1 : 0;
  return allowed > 0 && Math.abs(a.length - b.length) <= allowed && editDistance(a, b) <= allowed;
}
