/**
 * Scores how well a user's text matches a quote, forgiving small typos, missing quote marks and
 * an attribution pasted along with the words: the share of the user's words found in order in the
 * quote, or (when that is at least half) the share of the quote's words found in the user's text.
 */
import { foldForComparison } from '../ingest/normalize-typography.js';
import { editDistance } from '../text/edit-distance.js';

/** The folded words of a text, for matching. */
export function quoteWords(text: string): string[] {
  return foldForComparison(text).split(' ').filter(Boolean);
}

/** A score from 0 to 1: 1 when the text is the quote or wholly inside it. */
export function matchQuoteText(query: string[], quote: string[]): number {
  return quoteMatcher(query)(quote);
}

/**
 * The scoring of `matchQuoteText` for one query against many quotes: whether a query word is
 * similar to a quote word is worked out once per pair of words, not at every comparison.
 */
export function quoteMatcher(query: string[]): (quote: string[]) => number {
  const known = query.map(() => new Map<string, boolean>());
  const like = (i: number, word: string) => {
    let found = known[i]!.get(word);
    if (found === undefined) {
      found = similar(query[i]!, word);
      known[i]!.set(word, found);
    }
    return found;
  };
  return (quote) => {
    if (query.length === 0 || quote.length === 0) return 0;
    const matched = matchInOrder(query.length, quote, like);
    // The quote's share counts only when most of the user's words are in it too (a quote pasted
    // with its attribution), so that one common word does not match a one-word quote.
    const ofQuery = matched / query.length;
    return ofQuery >= 0.5 ? Math.max(ofQuery, (0.9 * matched) / quote.length) : ofQuery;
  };
}

/** How many of the query's words appear in `quote` in order, each within a few words of the last. */
function matchInOrder(queryLength: number, quote: string[], like: (i: number, word: string) => boolean): number {
  let best = 0;
  for (let start = 0; start < quote.length; start++) {
    if (!like(0, quote[start]!) && !(queryLength > 1 && like(1, quote[start]!))) continue;
    let at = start;
    let matched = 0;
    for (let i = 0; i < queryLength; i++) {
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
