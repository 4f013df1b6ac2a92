import { describe, expect, it } from 'vitest';
import { namesAfterKin } from '../../../src/core/people/kin-names.js';

describe("namesAfterKin: a name written after someone's relative or partner", () => {
  it.each([
    // BBC entertainment 096 and 269: neither word of the name is known to the lexicon.
    [
      'after "his boyfriend"',
      'It will also touch upon his turbulent personal life, including his arrest in 1998, and the death of his boyfriend Anselmo Feleppa from Aids.',
      ['Anselmo Feleppa'],
    ],
    [
      `after a possessive name and "partner"`,
      "The film also deals with the loss of Michael's partner Anselmo Feleppa from an Aids-related condition in 1993.",
      ['Anselmo Feleppa'],
    ],
    // BBC entertainment 047: a one-word name is left to other rules.
    ['a one-word name (left to other rules)', "Sophie Okonedo, who plays Cheadle's wife Tatiana, is nominated for best supporting actress.", []],
  ])('%s', (_situation, sentence, expected) => {
    expect(namesAfterKin(sentence)).toEqual(expected);
  });
});
