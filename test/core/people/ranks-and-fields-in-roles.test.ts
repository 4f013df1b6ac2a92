import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('TRADE ROW');

// Made up in the shape of Reuters copy; roles a readers' audit of the archives' casts found cut short.

describe('people: a role keeps its rank and its field', () => {
  it('keeps "Under" before "Secretary" ("Deputy Under Secretary of Commerce Joe Pike")', () => {
    const cast = castOf('Asked if Japan would retaliate, Deputy Under Secretary of Commerce Joe Pike replied, "That would be foolish."');
    expect(cast.find((p) => p.name === 'Joe Pike')?.roles).toEqual(['Deputy Under Secretary of Commerce']);
  });

  it('keeps "corporate" in "corporate finance director Joe Pike"', () => {
    const cast = castOf('The head of the bank and corporate finance director Joe Pike resigned in January.');
    expect(cast.find((p) => p.name === 'Joe Pike')?.roles).toEqual(['corporate finance director']);
  });
});
