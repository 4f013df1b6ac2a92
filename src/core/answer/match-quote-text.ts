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
  const withGap = (quote: Uint32Array) => (query.length === 0 || quote.length === 0 ? 0 : matchInOrder(query.length, quote, like, first, 1) / query.length);
  return Object.assign(score, { ofQuery, withGap });
}

/**
 * A quote's score against the user's words, (`ofQuery`) the share of the user's words found in it
 * in order, and (`withGap`) that share when one stretch of the quote may be left out between two of them.
 */
export type QuoteMatcher = ((quote: Uint32Array) => number) & { ofQuery: (quote: Uint32Array) => number; withGap: (quote: Uint32Array) => number };

/** How many of the query's first words may be missing from the quote before the match starts ("[Sessions has] done a fine job"). */
const LEADING_EXTRA = 4;

const UNKNOWN = 255;
const NONE = 254;

/** How many quote words a match may skip between two of the user's words. */
const SKIP = 3;

/**
 * How many of the query's words appear in `quote` in order, each within a few words of the last
 * (or, `longGaps` times, any number of words after it: a clause the user left out). The chain
 * starts at the first of the query's first words that a quote word is: words the user put before
 * the quote (an editor's bracket, a name and "said") are simply not counted. Every chain is
 * weighed, not only the one that takes each word at its first sight: "Verizon is bigger than Qwest
 * and has fewer debts" must not spend its "and" on the one after "debts".
 */
function matchInOrder(
  queryLength: number,
  quote: Uint32Array,
  like: (i: number, id: number) => boolean,
  firstOf: (id: number) => number,
  longGaps = 0,
): number {
  // The first-sight chain is cheap and usually the best: every chain is weighed only where it can
  // tell (most of the user's words met, not all), as who-said scores every quote sharing a word.
  const quick = firstSightChain(queryLength, quote, like, firstOf);
  if (quick === queryLength || (longGaps === 0 && quick < queryLength / 2)) return quick;
  return Math.max(quick, everyChain(queryLength, quote, like, firstOf, longGaps));
}

/** How many of the query's words appear in `quote` in order, each within a few words of the last, each taken where first seen. */
function firstSightChain(queryLength: number, quote: Uint32Array, like: (i: number, id: number) => boolean, firstOf: (id: number) => number): number {
  let best = 0;
  for (let start = 0; start < quote.length && best < queryLength; start++) {
    const first = firstOf(quote[start]!);
    // No match from here can beat the best so far.
    if (first === NONE || queryLength - first <= best) continue;
    let at = start;
    let matched = 0;
    for (let i = first; i < queryLength; i++) {
      let found = -1;
      for (let skip = 0; skip <= SKIP && at + skip < quote.length; skip++) {
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

function everyChain(queryLength: number, quote: Uint32Array, like: (i: number, id: number) => boolean, firstOf: (id: number) => number, longGaps = 0): number {
  const n = quote.length;
  // No quote word is one of the query's first words: no chain starts.
  let starts = false;
  for (let j = 0; j < n && !starts; j++) starts = firstOf(quote[j]!) !== NONE;
  if (!starts) return 0;
  // upTo[g][j * (queryLength + 1) + i]: the longest chain with g long gaps ending at quote word j on
  // a query word before i (0 for none).
  const size = n * (queryLength + 1);
  const upTo = Array.from({ length: longGaps + 1 }, () => new Uint16Array(size));
  // Per gap count, per query word: the longest chain ending on it more than SKIP + 1 quote words back.
  const far = Array.from({ length: longGaps + 1 }, () => new Uint16Array(queryLength + 1));
  let best = 0;
  for (let j = 0; j < n; j++) {
    // Chains ending SKIP + 1 words back now lie beyond the short reach: fold them into `far`.
    const gone = j - SKIP - 2;
    if (gone >= 0 && longGaps > 0) {
      for (let g = 0; g < longGaps; g++) {
        const row = upTo[g]!;
        const f = far[g]!;
        for (let i = 1; i <= queryLength; i++) f[i] = Math.max(f[i]!, f[i - 1]!, row[gone * (queryLength + 1) + i]!);
      }
    }
    const first = firstOf(quote[j]!);
    for (let g = 0; g <= longGaps; g++) {
      const row = upTo[g]!;
      const at = j * (queryLength + 1);
      let running = 0;
      for (let i = 0; i < queryLength; i++) {
        let chain = 0;
        if (i === first) chain = 1;
        if (like(i, quote[j]!)) {
          for (let back = 1; back <= SKIP + 1 && j - back >= 0; back++) {
            const before = row[(j - back) * (queryLength + 1) + i]!;
            if (before > 0) chain = Math.max(chain, before + 1);
          }
          if (g > 0) {
            const before = far[g - 1]![i]!;
            if (before > 0) chain = Math.max(chain, before + 1);
          }
        } else if (i !== first) chain = 0;
        running = Math.max(running, chain);
        row[at + i + 1] = running;
        best = Math.max(best, chain);
      }
    }
  }
  return best;
}

/** Equal, or within the typos a longer word allows (one edit from 4 letters, two from 8). */
function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const allowed = Math.min(a.length, b.length) >= 8 ? 2 : Math.min(a.length, b.length) >= 4 ? 1 : 0;
  return allowed > 0 && Math.abs(a.length - b.length) <= allowed && editDistance(a, b) <= allowed;
}
