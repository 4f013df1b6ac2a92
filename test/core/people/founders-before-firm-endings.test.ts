import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters and BBC copy, built to show a rule a readers' audit of the archives asked
// for.

const namesOf = namesUnder('COMPANY NEWS');

describe("a founder's name right before the last word of a firm's or a foundation's name (\"James M. Barker Trust\")", () => {
  it('lists no one, wherever the firm stands in the sentence', () => {
    // Reuters 7305, BBC entertainment 213.
    expect(namesOf('The firms, Upland Associates L.P. and James M. Barker Trust, said they bought the stock.')).toEqual([]);
    expect(namesOf('"It is hard," said Rafael Marques of the George Soros Foundation for Southern Africa.')).toEqual(['Rafael Marques']);
  });

  it('leaves a person named before a word of a firm in small letters or after the firm', () => {
    expect(namesOf('Upland Associates and James M. Barker said they bought the stock.')).toContain('James M. Barker');
    expect(namesOf('Acme Trust said James Barker, its chairman, would retire.')).toContain('James Barker');
  });
});
