import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of BBC and Reuters copy, each built to show one rule a readers' audit of the archives
// asked for: people a reader lists that the cast missed.

const castOf = castUnder('News of the day');

describe('a titled name in the possessive before capitals ("Prime Minister Kalevi Sorsa\'s Social Democratic Party")', () => {
  it('is the person, and what follows is theirs', () => {
    // Reuters 5774.
    const cast = castOf("The poll put Prime Minister Kalevi Sorsa's Social Democratic Party in second place.");
    expect(cast.map((p) => [p.name, p.roles])).toEqual([['Kalevi Sorsa', ['Prime Minister']]]);
  });
});
