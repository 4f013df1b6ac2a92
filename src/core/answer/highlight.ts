/**
 * Where a passage matches a question: the character ranges of its words whose index term is one
 * the question asked for (its own words, their synonyms and word families, and the neighbours a
 * typo matched), so that an adapter can show them in bold without knowing how words become terms.
 */
import { termOf } from '../index/terms.js';
import { normalizeTypography } from '../ingest/normalize-typography.js';

/** A word as the index splits text: letters and digits (an apostrophe's `'s` is a word of its own, and no term), or dotted capitals ("U.S."). */
const WORD = /\b(?:[A-Z]\.){2,}|[\p{L}\p{N}]+/gu;

/**
 * The ranges `[start, end)` of `text` whose words have a term in `terms`, in order, touching ones
 * not merged (each is one word).
 *
 * @example matchedRanges('He offered to resign.', new Set(['resign'])) // => [[14, 20]]
 */
export function matchedRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  if (terms.size === 0) return ranges;
  for (const m of text.matchAll(WORD)) {
    const term = termOf(normalizeTypography(m[0]).toLowerCase().replace(/\./g, ''));
    if (term !== null && terms.has(term)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
