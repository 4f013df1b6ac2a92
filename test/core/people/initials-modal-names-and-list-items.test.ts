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

describe('initials and a surname alone ("J. Makumbi said")', () => {
  it("are a person's before a cue or after a comma", () => {
    // Reuters 3034, 17371, 9762.
    expect(namesOf('J. Makumbi said when he returned from London that the talks had gone well.')).toEqual(['J. Makumbi']);
    expect(namesOf('Australian delegate C. J. Hurford said the round should end soon.')).toEqual(['C. J. Hurford']);
    expect(namesOf('The tests begin next year, vice-president of Asahi Chemical, R. Yumikura said.')).toEqual(['R. Yumikura']);
  });

  it("end a firm's name after a capitalised word or \"and\", and a country's initial is no one's", () => {
    // Reuters 18688, 9986, 11986.
    expect(namesOf('Industry analyst Richard Pzena of Sanford C. Bernstein said the value was hidden.')).not.toContain('C. Bernstein');
    expect(namesOf('It is rated AA-minus by S and P. Underwriters said the issue sold well.')).toEqual([]);
    expect(namesOf('Sales rose in W. Germany, the company said.')).toEqual([]);
    expect(namesOf('Its plant in W. Virginia, the company said, will close.')).toEqual([]);
  });

  it("are read spaced apart only, as initials run together are as often a firm's or a country's", () => {
    // Reuters 1299, 10976.
    expect(namesOf('The issue was managed by E.F. Hutton, the company said.')).toEqual([]);
    expect(namesOf('It called for a ban on U.S. Goods, the agency said.')).toEqual([]);
  });
});

describe('a capitalised word between names in a list ("Will Young, Queen, Kate Bush and Joy Division")', () => {
  it('is an item of the list, no role of the name before it', () => {
    // BBC entertainment 253.
    expect(rolesOf('Will Young', 'The track beat songs by Will Young, Queen, Kate Bush and Joy Division in a vote.')).toEqual([]);
  });
});

describe('a ministry\'s fields joined by "and" ("Minerals and Energy Minister John Kaputin")', () => {
  it('make one title', () => {
    // Reuters 1948.
    expect(rolesOf('John Kaputin', 'Minerals and Energy Minister John Kaputin said the mine would reopen.')).toEqual(['Minerals and Energy Minister']);
  });
});
