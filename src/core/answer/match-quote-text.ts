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
  if (query.length === 0 || quote.length === 0) return 0;
  const matched = matchInOrder(query, quote);
  // The quote's share counts only when most of the user's words are in it too (a quote pasted
  // with its attribution), so that one common word does not match a one-word quote.
  const ofQuery = matched / query.length;
  return ofQuery >= 0.5 ? Math.max(ofQuery, (0.9 * matched) / quote.length) : ofQuery;
}

/** How many of `query`'s words appear in `quote` in order, each within a few words of the last. */
function matchInOrder(query: string[], quote: string[]): number {
  let best = 0;
  for (let start = 0; start < quote.length; start++) {
    if (!similar(query[0]!, quote[start]!) && !(query.length > 1 && similar(query[1]!, quote[start]!))) continue;
    let at = start;
    let matched = 0;
    for (const word of query) {
      const found = [0, 1, 2, 3].map((skip) => at + skip).find((i) => i < quote.length && similar(word, quote[i]!));
      if (found === undefined) continue;
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
