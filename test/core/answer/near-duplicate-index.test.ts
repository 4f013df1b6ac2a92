import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../support/growth.js';
import { NearDuplicateIndex, termRarity } from '../../../src/core/answer/near-duplicate-index.js';
import { areNearDuplicates } from '../../../src/core/answer/near-duplicates.js';
import { loadStory } from '../../../src/store/load-story.js';
import { SEEDS } from '../../fixtures/read-fixture.js';

/** What the index replaces: every earlier text compared, the first near-duplicate taken. */
function scanFirst(earlier: string[], text: string): number | undefined {
  const at = earlier.findIndex((e) => areNearDuplicates(e, text));
  return at < 0 ? undefined : at;
}

describe('NearDuplicateIndex', () => {
  it('when every seed sentence is added in turn, finds the same earlier sentence as comparing with all of them', async () => {
    const texts = (await loadStory(SEEDS)).story.sentences.map((s) => s.text);
    const index = new NearDuplicateIndex<number>(termRarity(texts));
    const earlier: string[] = [];
    let found = 0;
    for (const text of texts) {
      const expected = scanFirst(earlier, text);
      expect(index.find(text)).toBe(expected);
      if (expected !== undefined) found++;
      index.add(text, earlier.length);
      earlier.push(text);
    }
    // The seeds retell the same story five times: some sentences must be near-duplicates.
    expect(found).toBeGreaterThan(5);
  });

  it('finds a text whose content terms overlap by exactly one half, though its rarest terms are its own', () => {
    const first = 'Officials approved the harbour budget after a long meeting';
    const half = 'Officials approved the harbour budget amid protests';
    const less = 'Officials approved the harbour plan amid protests';
    const index = new NearDuplicateIndex<string>(termRarity([first, half, less, 'Officials approved']));
    index.add(first, 'first');
    expect(areNearDuplicates(first, half)).toBe(true);
    expect(index.find(half)).toBe('first');
    expect(areNearDuplicates(first, less)).toBe(false);
    expect(index.find(less)).toBeUndefined();
  });

  it('finds a text that shares a run of eight words with few terms in common', () => {
    const quote = 'the people of this town deserve better than what they got, the mayor said on a long night of arguments';
    const other = 'Protesters chanted that the people of this town deserve better than what they got';
    const index = new NearDuplicateIndex<string>(termRarity([quote, other]));
    index.add(quote, 'quote');
    expect(index.find(other)).toBe('quote');
  });

  it('when texts of few words share common terms, finds the same earlier text as comparing with all of them', () => {
    const words = 'harbor council budget vote bridge tax school rail storm'.split(' ');
    const texts = Array.from({ length: 400 }, (_, i) =>
      Array.from({ length: 1 + (i % 9) }, (_, j) => words[(i * 7 + j * j * 3 + (i >> 3)) % words.length]).join(' '),
    );
    const index = new NearDuplicateIndex<number>(termRarity(texts));
    const earlier: string[] = [];
    for (const text of texts) {
      expect(index.find(text)).toBe(scanFirst(earlier, text));
      index.add(text, earlier.length);
      earlier.push(text);
    }
  });

  it('stays linear when thousands of short texts share their common terms: 20,000 take at most 8 times as long as 5,000', () => {
    // Two words of their own and three every text has: not near-duplicates, yet all in each other's prefixes.
    const ratio = growthRatio((n) => {
      const texts = Array.from({ length: n }, (_, i) => `Firm${i}x Town${i}y shares rose on Monday`);
      const index = new NearDuplicateIndex<number>(termRarity(texts));
      texts.forEach((text, i) => {
        expect(index.find(text)).toBeUndefined();
        index.add(text, i);
      });
    }, 5_000);
    // Linear is 4x; reading every text that shares a common term was 20x (41 s for 20,000).
    expect(ratio).toBeLessThan(8);
  }, 300_000);
});
