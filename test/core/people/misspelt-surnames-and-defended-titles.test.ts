import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of BBC copy, each built to show one rule a readers' audit of the archives asked for.

const castOf = castUnder('News of the day');

describe('a surname misspelt once after "Mr" ("Mr Barrioneuvo" beside "Jose Barrionuevo")', () => {
  it('is the person named in full, not a second person', () => {
    // BBC business 200.
    const cast = castOf(
      'The tax will hit exporters hardest, says Jose Barrionuevo, head of strategy at the bank.',
      'Mr Barrioneuvo says the measure could be dropped before the vote.',
      'Mr Barrionuevo said the markets had already priced it in.',
    );
    expect(cast.map((p) => p.name)).toEqual(['Jose Barrionuevo']);
    expect(cast[0]!.aliases).toContain('Barrioneuvo');
  });

  it('keeps apart a short surname a letter away, as often another person ("Mr Hutton" beside "Tom Sutton")', () => {
    const cast = castOf('Tom Sutton, the chairman, said it was sold.', 'Mr Hutton said the price was too low.');
    expect(cast.map((p) => p.name).sort()).toEqual(['Hutton', 'Tom Sutton']);
  });
});

describe('a title held until the next contest ("defending champion Venus Williams")', () => {
  it('keeps the word that says so', () => {
    // BBC sport 456.
    const cast = castOf('Elena Dementieva swept aside defending champion Venus Williams in the final.');
    expect(cast.find((p) => p.name === 'Venus Williams')?.roles).toEqual(['defending champion']);
  });
});
