import { describe, expect, it } from 'vitest';
import { namesUnder, rolesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters copy, built to show rules a readers' audit of the archives asked for.

const namesOf = namesUnder('COMPANY NEWS');
const rolesOf = rolesUnder('COMPANY NEWS');

describe('two "and"s joining posts before a name ("succeed Dixon as chairman and chief executive and senior vice president E. Gene Keigger")', () => {
  it("gives the name only the last job, the other two being the successor's", () => {
    // Reuters 4421.
    const text =
      'Acme said Robert Tacke will succeed John Dixon as chairman and chief executive and senior vice president E. Gene ' + 'Keigger will become president.';
    expect(rolesOf('E. Gene Keigger', text)).toEqual(['senior vice president']);
  });

  it('keeps two jobs joined by one "and"', () => {
    expect(rolesOf('Rick Wagoner', 'Acme named chairman and chief executive Rick Wagoner.')).toEqual(['chairman and chief executive']);
  });
});

describe('a name that runs on in capitals to a word no name has ("the Hart-Scott-Rodino Antitrust Improvements Act")', () => {
  it("is a law's, a school's or a firm's, named after the person", () => {
    // Reuters 15308, 4491, 4003.
    expect(namesOf('The sale is subject to the Hart-Scott-Rodino Antitrust Improvements Act and other approvals, Acme said.')).toEqual([]);
    expect(namesOf("He is dean of Southern Methodist University's Edwin L. Cox School of Business.")).toEqual([]);
    expect(namesOf('Physicians at the Walter Reed Army Institute of Research said a soldier fell ill.')).toEqual([]);
  });

  it('leaves a person before a day or a month, or a word in small letters', () => {
    expect(namesOf('Treasury Secretary James Baker Tuesday said the dollar was stable.')).toContain('James Baker');
    expect(namesOf('Walter Reed said the Institute would open.')).toContain('Walter Reed');
  });
});

describe('a determiner and a capitalised word before a word found alone ("its Rio Rico 16,653 acre tract")', () => {
  it("names a thing of the owner's, no one", () => {
    // Reuters 10937.
    expect(namesOf('GAC Liquidating Trust said it has completed the sale of its Rio Rico 16,653 acre land tract.')).toEqual([]);
  });

  it('leaves a name after an honorific or a title after the determiner', () => {
    expect(namesOf('It was predicted that Mr Gates would show the new Xbox.')).toContain('Gates');
    expect(namesOf('The White House said that President Reagan opposed it.')).toContain('Reagan');
  });
});
