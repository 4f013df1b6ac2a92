import { describe, expect, it } from 'vitest';
import { namesUnder, rolesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters and BBC copy, built to show rules readers' audits of the archives asked
// for.

const namesOf = namesUnder('NEWS IN BRIEF');
const rolesOf = rolesUnder('NEWS IN BRIEF');

describe('"Will" as a given name inside a sentence ("without centre Will Greenwood")', () => {
  it('opens a name after a word in small letters', () => {
    // BBC sport 383; BBC entertainment 312.
    expect(namesOf('England will be without centre Will Greenwood, who has a hamstring injury.')).toEqual(['Will Greenwood']);
    expect(namesOf("The comedy has ended Will Smith's reign at the top of the chart.")).toEqual(['Will Smith']);
  });

  it('stays a verb in a title or a question', () => {
    expect(namesOf('He sang We Will Rock You at the final.')).toEqual([]);
    expect(namesOf('Will Tory MPs back the plan?')).toEqual([]);
  });
});

describe('a capitalised word between names in a list ("Will Young, Queen, Kate Bush and Joy Division")', () => {
  it('is an item of the list, no role of the name before it', () => {
    // BBC entertainment 253.
    expect(rolesOf('Will Young', 'The track beat songs by Will Young, Queen, Kate Bush and Joy Division in a vote.')).toEqual([]);
  });
});
