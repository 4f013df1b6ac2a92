import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of BBC and Reuters copy, each built to show one rule a readers' audit of the archives
// asked for: people a reader lists that the cast missed.

const castOf = castUnder('News of the day');
const namesOf = (...paragraphs: string[]) => castOf(...paragraphs).map((p) => p.name);

describe('a titled name in the possessive before capitals ("Prime Minister Kalevi Sorsa\'s Social Democratic Party")', () => {
  it('is the person, and what follows is theirs', () => {
    // Reuters 5774.
    const cast = castOf("The poll put Prime Minister Kalevi Sorsa's Social Democratic Party in second place.");
    expect(cast.map((p) => [p.name, p.roles])).toEqual([['Kalevi Sorsa', ['Prime Minister']]]);
  });
});

describe('a name right after a nationality, beside another person or a score ("Kenyan Evans Rutto beat Paul Tergat")', () => {
  it('is a person, whatever the given name', () => {
    // BBC sport (athletics results).
    expect(namesOf('Kenyan Evans Rutto beat Paul Tergat by two seconds.').sort()).toEqual(['Evans Rutto', 'Paul Tergat']);
    expect(namesOf('Moroccan Abdel Benhamou won 6-3 6-4 in the final.')).toEqual(['Abdel Benhamou']);
  });

  it('is no one for a firm or a team written so ("British Airways", "American Express")', () => {
    expect(namesOf('British Airways and American Express said John Smith would lead the talks.')).toEqual(['John Smith']);
  });
});
