import { describe, expect, it } from 'vitest';
import { oneEditApart, termsOneEditFrom } from '../../../src/core/index/fuzzy-terms.js';
import { seedIndex } from './seed-index.js';

describe('oneEditApart', () => {
  const cases: [string, string, boolean][] = [
    ['recusal', 'recusel', true],
    ['recusal', 'recusals', true],
    ['recusals', 'recusal', true],
    ['recusal', 'ecusal', true],
    ['recusal', 'xrecusal', true],
    ['recusal', 'recusla', false],
    ['recusal', 'recusal', false],
    ['recusal', 'rexusel', false],
    ['recusal', 'recus', false],
    ['ab', 'ba', false],
    ['a', '', true],
  ];
  it.each(cases)('%s → %s: %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
    expect(oneEditApart(b, a)).toBe(expected);
  });
});

describe('termsOneEditFrom', () => {
  const { mini, packed } = seedIndex();
  const fuzzyGet = (term: string) => [...(mini as unknown as { _index: { fuzzyGet(t: string, d: number): Map<string, [unknown, number]> } })._index.fuzzyGet(term, 1)].filter(([, [, d]]) => d > 0).map(([t]) => t);

  it('finds the terms MiniSearch finds at one edit, in the order its fuzzy search meets them: every long term, and typos of each', () => {
    const words = packed.terms.filter((t) => t.length >= 7).flatMap((t) => [t, `${t}s`, t.slice(1), `${t.slice(0, 3)}x${t.slice(4)}`, t.slice(0, -1)]);
    let ordered = 0;
    for (const word of words) {
      const ours = termsOneEditFrom(packed, word).map((t) => packed.terms[t]);
      expect(ours, word).toEqual(fuzzyGet(word));
      if (ours.length > 1) ordered++;
    }
    // Enough words with several neighbours that the order, not only the set, is checked.
    expect(words.length).toBeGreaterThan(500);
    expect(ordered).toBeGreaterThanOrEqual(15);
  });
});
