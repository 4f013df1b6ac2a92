import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters copy, each built to show one rule a readers' audit of the archives
// asked for: people named once, before an apposition that says what they are.

const castOf = castUnder('TRADE NEWS');
const namesOf = (...paragraphs: string[]) => castOf(...paragraphs).map((p) => p.name);

describe('a name before an apposition that says what kind of private person it is ("Clem Eischen, a Portland-area resident,")', () => {
  it('is a person, whatever the lexicon knows of the given name', () => {
    // Reuters 5335.
    expect(namesOf('The complaint was filed on behalf of Clem Eischen, a Portland-area resident, in federal court.')).toContain('Clem Eischen');
  });
});

describe('a title of two words joined by a hyphen ("director-general", "secretary-general")', () => {
  it("shows the name before it is a person's, with the title as the role", () => {
    // Reuters 13039.
    const cast = castOf('The aides include Shigeru Muraoka, director-general of international trade policy at MITI.');
    expect(cast.find((p) => p.name === 'Shigeru Muraoka')?.roles[0]).toMatch(/^director-general/);
  });
});

describe('a name before two jobs joined by "and" ("Tom Kerr, president and chief operating officer, said")', () => {
  it('is a person', () => {
    expect(namesOf('Dimitar Vrba, president and chief operating officer, said sales would rise.')).toContain('Dimitar Vrba');
  });
});
