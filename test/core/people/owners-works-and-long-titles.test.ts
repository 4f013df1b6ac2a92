import { describe, expect, it } from 'vitest';
import { namesUnder, rolesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters and BBC copy, built to show rules readers' audits of the archives asked
// for.

const namesOf = namesUnder('ARTS NEWS');
const rolesOf = rolesUnder('COMPANY NEWS');

describe('a possessive before a thing whose name goes on with a number or "of" ("Judy Finnigan\'s Channel 4 show")', () => {
  it('lists the owner', () => {
    // BBC entertainment 004, 126.
    expect(namesOf("The book was chosen for Richard Madeley and Judy Finnigan's Channel 4 show.")).toContain('Judy Finnigan');
    expect(namesOf("It is like Joseph O'Connor's Star of the Sea.")).toEqual(["Joseph O'Connor"]);
  });

  it('leaves a title that is a possessive and one word', () => {
    expect(namesOf("Bridget Jones's Diary is a hit.")).toEqual([]);
  });
});

describe('a name after a title of four capitalised words ("US District Court Judge Robert W Sweet")', () => {
  it('is read whole, with its middle initial', () => {
    // BBC entertainment 298.
    expect(namesOf('US District Court Judge Robert W Sweet ruled that the law was void.')).toEqual(['Robert W Sweet']);
  });
});

describe('a firm in small letters "of" a firm in capitals before a job ("a family company of News Corp Ltd chief executive")', () => {
  it('gives the person the job at the firm after "of", not the firm it owns', () => {
    // Reuters 3491, 6340.
    expect(rolesOf('Rupert Murdoch', 'The stake is held by a family company of News Corp Ltd chief executive Rupert Murdoch.')).toEqual([
      'News Corp Ltd chief executive',
    ]);
  });
});

describe('an amount after "at" in a role set off by commas ("a Scherer director at 25 dlrs a share")', () => {
  it('ends the role before it', () => {
    // Reuters 149.
    expect(rolesOf('Richard Manoogian', 'Richard Manoogian, a Scherer director at 25 dlrs a share, bought the stake.')).toEqual(['Scherer director']);
  });

  it('leaves a number that is part of where the job is held', () => {
    expect(rolesOf('James Humphreys', 'James Humphreys, ex-head of communications at Number 10, said so.')).toEqual(['ex-head of communications at Number 10']);
  });
});

describe('a film named like a person ("his role in Vera Drake", "Vera Drake, Mike Leigh\'s tale about …")', () => {
  it('is a work, not a person', () => {
    // BBC entertainment 352, 084.
    expect(namesOf("Vera Drake, Mike Leigh's tale about a 1950s backstreet abortionist, leads the field.")).toEqual(['Mike Leigh']);
    expect(namesOf('He tipped Phil Davis for a prize for his role in Vera Drake. Vera Drake is the favourite.')).toEqual(['Phil Davis']);
  });

  it('leaves a person after "role in" and a possessive ("a role in Tony Blair\'s government")', () => {
    expect(namesOf("She had a role in Tony Blair's government.")).toContain('Tony Blair');
  });
});
