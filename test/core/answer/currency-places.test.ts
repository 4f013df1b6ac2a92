import { describe, expect, it } from 'vitest';
import { currencyPlaces } from '../../../src/core/answer/currency-places.js';
import { termOf } from '../../../src/core/index/terms.js';

describe('currencyPlaces', () => {
  const terms = (...words: string[]) => words.map((w) => termOf(w));
  it.each([
    // BBC tech: a price in pounds is the British price, though Britain is never named.
    ['When it goes on sale the PSP is likely to cost between £130 and £200.', terms('britain', 'uk', 'british', 'england')],
    ['The handheld will cost about 19,800 yen (145 euros) when it hits the shelves.', terms('japan', 'japanese')],
    ['The launch price of 149 euros compares favourably.', terms('europe', 'european', 'eu')],
    // A conversion in brackets is no place of the price.
    ['Gamers queued for the gadget, which costs $250 (about £132).', []],
    ['Nine out of ten fans said so.', []],
  ])('%s', (sentence, places) => {
    expect(currencyPlaces(sentence)).toEqual(places);
  });
});
