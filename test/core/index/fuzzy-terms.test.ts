import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { oneEditApart, termsOneEditFrom } from '../../../src/core/index/fuzzy-terms.js';
import { buildPackedIndex } from '../../../src/core/index/packed-index.js';
import { FIELDS } from '../../../src/core/index/sentence-index.js';
import { termOf, tokenize } from '../../../src/core/index/terms.js';
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
  // The seed sentences as their terms, in the index's field order, and a last document that holds every term: for that
  // document MiniSearch's match lists every neighbour of a word, in the order its fuzzy search met them.
  const { sentences, packed: seed } = seedIndex();
  const words = (text: string) => text.split(' ').filter(Boolean);
  const documents = sentences.map((s) => ({
    id: s.id,
    text: FIELDS.flatMap((f) => tokenize(s[f]).map(termOf))
      .filter(Boolean)
      .join(' '),
  }));
  documents.push({ id: documents.length, text: seed.terms.join(' ') });
  const packed = buildPackedIndex(documents, ['text'], words, (word) => word);
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], tokenize: words, processTerm: (word) => word });
  mini.addAll(documents);
  const integerLike = /^(0|[1-9]\d*)$/; // keys an object lists first, whatever the order they were set in
  const matchedBy = (word: string) =>
    mini
      .search(word, { fuzzy: 1, prefix: false })
      .map((r) => ({ id: r.id as number, terms: Object.keys(r.match).filter((t) => t !== word && !integerLike.test(t)) }));

  it('finds the terms MiniSearch finds at one edit, in the order its fuzzy search meets them: every long term, and typos of each', () => {
    expect(new Set(packed.terms)).toEqual(new Set(seed.terms));
    const tried = packed.terms.filter((t) => t.length >= 7).flatMap((t) => [t, `${t}s`, t.slice(1), `${t.slice(0, 3)}x${t.slice(4)}`, t.slice(0, -1)]);
    let ordered = 0;
    for (const word of tried) {
      const ours = termsOneEditFrom(packed, word)
        .map((t) => packed.terms[t]!)
        .filter((t) => !integerLike.test(t));
      const theirs = matchedBy(word);
      expect(ours, word).toEqual(theirs.find((r) => r.id === documents.length - 1)?.terms ?? []);
      for (const { terms } of theirs)
        expect(
          ours.filter((t) => terms.includes(t)),
          word,
        ).toEqual(terms);
      if (ours.length > 1) ordered++;
    }
    // Enough words with several neighbours that the order, not only the set, is checked.
    expect(tried.length).toBeGreaterThan(500);
    expect(ordered).toBeGreaterThanOrEqual(15);
  });
});
