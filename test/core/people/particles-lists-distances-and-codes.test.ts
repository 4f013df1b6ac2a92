import { describe, expect, it } from 'vitest';
import { namesUnder, rolesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters and BBC copy, built to show rules readers' audits of the archives asked
// for.

const namesOf = namesUnder('NEWS IN BRIEF');
const rolesOf = rolesUnder('NEWS IN BRIEF');

describe('a hyphened given name before a surname that opens on "al-" ("Abdul-Aziz al-Saqr")', () => {
  it('is a person, not a club or a firm known by its first word', () => {
    // Reuters 11921.
    expect(namesOf('The chairman, Abdul-Aziz al-Saqr, said the visitors had submitted 40 proposals.')).toEqual(['Abdul-Aziz al-Saqr']);
  });
});

describe('where someone in a list is from, set off by commas ("Moazzam Begg, from Birmingham, and Martin Mubanga")', () => {
  it('leaves the first name in the list', () => {
    // BBC politics 205.
    const text = 'Moazzam Begg, from Birmingham, and Martin Mubanga, Richard Belmar and Feroz Abbasi, from London, are held.';
    expect(namesOf(text)).toContain('Moazzam Begg');
  });
});

describe('a race\'s distance inside a role ("former Olympic 100m champion Maurice Greene")', () => {
  it('keeps the whole role', () => {
    // BBC sport 006, 032.
    expect(rolesOf('Maurice Greene', 'It was won by former Olympic 100m champion Maurice Greene on Sunday.')).toEqual(['former Olympic 100m champion']);
  });
});

describe('a code of three numbers after a name ("the Liu Hua 11-1-1 A well")', () => {
  it("is a well's or a site's, no one's", () => {
    // Reuters 3003.
    expect(namesOf('It said the Liu Hua 11-1-1 A well produced at around 2,240 barrels per day.')).toEqual([]);
  });

  it('leaves a player before a score', () => {
    expect(namesOf('Roger Federer beat Andy Roddick 6-3 6-4 in the final.')).toContain('Andy Roddick');
  });
});

describe('a surname written alone after a professor\'s title ("Professor Etzioni was a senior adviser")', () => {
  it("shows the full name the article gives once is a person's, whatever the lexicon makes of the given name", () => {
    // BBC politics 052.
    const castNames = namesOf(
      'Amitai Etzioni, a key influence on New Labour thinking, says the US emphasis on an "Axis of Evil" is misplaced.',
      "Professor Etzioni was a senior adviser to President Carter's White House.",
    );
    expect(castNames).toContain('Amitai Etzioni');
  });
});
