import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../support/growth.js';
import { mergeQuotes } from '../../../src/core/quotes/merge-quotes.js';
import { NearWordingIndex } from '../../../src/core/quotes/near-wording-index.js';
import type { FoundQuote } from '../../../src/core/quotes/extract-quotes.js';
import type { SpeakerKind } from '../../../src/core/types.js';

const said = (text: string, article: string, speaker: string | null = null, kind: SpeakerKind = 'named'): FoundQuote => ({
  text,
  article,
  sentence: 1,
  attribution: speaker ? { speaker, kind, cue: 'said' } : null,
});

describe('mergeQuotes: short quotes', () => {
  it.each([
    ['the same words, case and punctuation aside', [said('Weak,', 'a', 'Ann Lee'), said('weak.', 'b')], [['Weak,', 2]]],
    ['a wording two words longer', [said('not true', 'a'), said('That is not true', 'b')], [['That is not true', 2]]],
    ['a wording two words shorter, after the longer', [said('That is not true', 'a'), said('not true', 'b')], [['That is not true', 2]]],
    [
      'not a wording three words longer',
      [said('weak', 'a'), said('It is a weak plan', 'b')],
      [
        ['weak', 1],
        ['It is a weak plan', 1],
      ],
    ],
    [
      'not the same words said by two named people',
      [said('No comment', 'a', 'Ann Lee'), said('No comment', 'b', 'Tom Reed')],
      [
        ['No comment', 1],
        ['No comment', 1],
      ],
    ],
    [
      'two unnamed sources described differently',
      [said('It is over', 'a', 'an official', 'anonymous'), said('it is over', 'b', 'a White House official', 'anonymous')],
      [['It is over', 2]],
    ],
  ])('merges %s as before', (_name, found, expected) => {
    expect(mergeQuotes(found).map((q) => [q.text, q.occurrences.length])).toEqual(expected);
  });

  it('merges into the oldest matching quote when several match', () => {
    const merged = mergeQuotes([said('we will not', 'a', 'Ann Lee'), said('we will not go', 'b', 'Tom Reed'), said('we will', 'c')]);
    expect(merged.map((q) => [q.text, q.occurrences.map((o) => o.article)])).toEqual([
      ['we will not', ['a', 'c']],
      ['we will not go', ['b']],
    ]);
  });
});

describe('mergeQuotes: many tiny articles', () => {
  const VOCAB = 'plan vote budget harbor council money bridge road school tax fire water rail park night storm'.split(' ');
  const NAMES = ['Ellen Park', 'Omar Diaz', 'Tom Reed', 'Ann Lee'];
  /** One short quote per tiny article, a few words each, some repeated across articles. */
  const tinyArticles = (n: number) =>
    Array.from({ length: n }, (_, i) => said(`The ${VOCAB[i % 16]} ${VOCAB[(i * 7) % 13]} ${VOCAB[(i * 5) % 11]} matters ${i % 997},`, `a${i}`, NAMES[i % 4]!));

  it('stays linear in the number of short quotes: 20,000 take at most 8 times as long as 5,000', () => {
    const ratio = growthRatio((n) => expect(mergeQuotes(tinyArticles(n)).length).toBeGreaterThan(n / 2), 5_000);
    // Linear is 4x; comparing every short quote with every earlier one was 16x (166 s for 20,000).
    expect(ratio).toBeLessThan(8);
  }, 300_000);
});

describe('NearWordingIndex', () => {
  it('finds every wording that contains the words in a row with at most two more, or is contained with at most two fewer', () => {
    const words = 'a b c'.split(' ');
    const random = (seed: number) => Array.from({ length: 1 + (seed % 6) }, (_, i) => words[(seed * (i + 3)) % 3]!);
    const wordings = Array.from({ length: 300 }, (_, i) => random(i * 31 + 7));
    const index = new NearWordingIndex<number>();
    wordings.forEach((w, i) => index.add(w, i));
    const inRow = (short: string[], long: string[]) => ` ${long.join(' ')} `.includes(` ${short.join(' ')} `);
    const near = (a: string[], b: string[]) => (a.length <= b.length ? inRow(a, b) && b.length - a.length <= 2 : inRow(b, a) && a.length - b.length <= 2);
    for (const query of wordings.slice(0, 60)) {
      const expected = wordings.flatMap((w, i) => (near(query, w) ? [i] : []));
      expect(index.near(query).sort((x, y) => x - y)).toEqual(expected);
    }
  });
});
