import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters copy, built to show a rule a readers' audit of the archives asked for.

const namesOf = namesUnder('GULF NEWS');

describe('a place named after its kind ("the naval port of Bandar Abbas")', () => {
  it('is no person, whatever name it reads like', () => {
    // Reuters 8688.
    expect(namesOf('Iran fired the missile at a hulk off its naval port of Bandar Abbas, the agency said.')).toEqual([]);
    expect(namesOf('The ship sailed from the town of Chester Williams on Monday.')).toEqual([]);
  });

  it('still leaves the person of a possessive after it ("the city of John Smith\'s birth")', () => {
    expect(namesOf("He went back to the city of John Smith's birth, where John Smith said he was happy.")).toEqual(['John Smith']);
  });
});
