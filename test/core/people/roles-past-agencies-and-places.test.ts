import { describe, expect, it } from 'vitest';
import { rolesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters copy, each built to show one rule a readers' audit of the archives
// asked for.

const rolesOf = rolesUnder('TRADE NEWS');

describe('the news agency told before an office ("told Reuters Finance Secretary Jaime Ongpin")', () => {
  it('is no part of the title', () => {
    // Reuters 350.
    expect(rolesOf('Jaime Ongpin', 'Monsod told Reuters Finance Secretary Jaime Ongpin had agreed to the plan.')).toEqual(['Finance Secretary']);
  });

  it('still names a job held at the agency ("Reuters correspondent")', () => {
    expect(rolesOf('John Smith', 'He told Reuters correspondent John Smith the talks were over.')).toEqual(['Reuters correspondent']);
  });
});

describe('a place after "in" that ends a body\'s name before a title ("Seafarers in India president Leo Barnes")', () => {
  it('is not read as the office of the place ("India president")', () => {
    // Reuters 6436.
    const roles = rolesOf('Leo Barnes', 'National Union of Seafarers in India president Leo Barnes said the strike would go on.');
    expect(roles.some((r) => /India/.test(r))).toBe(false);
  });
});

describe('a trade\'s noun before a job in small letters ("refinery sales manager", "rock star")', () => {
  it('is part of the role, in small letters where it opens the sentence', () => {
    // Reuters 4769, BBC politics 066.
    expect(rolesOf('Pekka Purra', 'Refinery sales manager Pekka Purra said prices would rise.')).toEqual(['refinery sales manager']);
    expect(rolesOf('Bryan Ferry', 'Otis Ferry, the son of rock star Bryan Ferry, was arrested.')).toEqual(['rock star']);
  });

  it('is no part of it before a capital, where it ends another clause ("to credit Ireland flanker Johnny O\'Connor")', () => {
    // BBC sport 404.
    expect(rolesOf("Johnny O'Connor", "He gave credit Ireland flanker Johnny O'Connor for the win.")).toEqual(['Ireland flanker']);
  });
});
