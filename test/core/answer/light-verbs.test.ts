import { describe, expect, it } from 'vitest';
import { withLightVerbsLightened } from '../../../src/core/answer/light-verbs.js';

const terms = (...names: string[]) => names.map((term) => ({ term, synonyms: new Set<string>(), weight: 2 }));
const weights = (query: string, ...names: string[]) => withLightVerbsLightened(terms(...names), query).map((q) => q.weight);

describe('withLightVerbsLightened', () => {
  it('lightens a light verb ("come out of bankruptcy")', () => {
    expect(weights('When did the company come out of bankruptcy?', 'compani', 'come', 'bankruptci')).toEqual([2, 1, 2]);
  });

  it('lightens a verb that leads to another ("tried to settle", "want to race")', () => {
    expect(weights('Has Pennzoil tried to settle with Texaco?', 'pennzoil', 'tri', 'settl', 'texaco')).toEqual([2, 1, 2, 2]);
    expect(weights('Does Thanou want to race again?', 'thanou', 'want', 'race')).toEqual([2, 1, 2]);
  });

  it('lightens a readiness that leads to a verb ("willing to pay" is answered by "Birmingham\'s £6m offer")', () => {
    expect(weights('How much were Birmingham willing to pay for Bellamy?', 'birmingham', 'will', 'pay', 'bellami')).toEqual([2, 1, 2, 2]);
    expect(weights('Is the board prepared to sell?', 'board', 'prepar', 'sell')).toEqual([2, 1, 2]);
  });

  it('keeps the weight of such a verb when it is the question\'s own ("Why does Harcourt want Harper and Row?")', () => {
    expect(weights('Why does Harcourt want Harper and Row?', 'harcourt', 'want', 'harper', 'row')).toEqual([2, 2, 2, 2]);
  });
});
