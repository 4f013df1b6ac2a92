import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { OPTIONS, type IndexedSentence } from '../../../src/core/index/sentence-index.js';
import { packIndex } from '../../../src/core/index/packed-index.js';
import { oneEditApart, termsOneEditFrom } from '../../../src/core/index/fuzzy-terms.js';
import { loadStory } from '../../../src/load-story-sync.js';
import { SEEDS } from '../../fixtures/read-fixture.js';

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
  const { story } = loadStory(SEEDS, 'off');
  const titles = new Map(story.articles.map((a) => [a.id, a.title]));
  const mini = new MiniSearch<IndexedSentence>(OPTIONS);
  mini.addAll(story.sentences.map((s, id) => ({ id, text: s.norm, people: s.people.join(' '), title: titles.get(s.article) ?? '' })));
  const packed = packIndex(mini);
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
