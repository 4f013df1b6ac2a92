import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters copy, built to show a rule a readers' audit of the archives asked for.

const namesOf = namesUnder('COMPANY NEWS');

describe('a name before a firm\'s "unit" or "plant", perhaps with an initial ("its William G. Krummrich plant")', () => {
  it("is the unit's or the plant's, no person", () => {
    // Reuters (Monsanto's plant; a firm's unit sold).
    expect(namesOf('Monsanto said its William G. Krummrich plant would close next year.')).toEqual([]);
    expect(namesOf('Acme said it sold its John Carr unit to a rival for 20 mln dlrs.')).toEqual([]);
  });

  it('leaves a person named with a role beside it ("unit president John Carr")', () => {
    expect(namesOf('Acme said unit president John Carr would retire.')).toEqual(['John Carr']);
  });
});
