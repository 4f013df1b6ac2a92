import { describe, expect, it } from 'vitest';
import { namesUnder, rolesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters and BBC copy, built to show rules readers' audits of the archives asked
// for.

const namesOf = namesUnder('NEWS IN BRIEF');
const rolesOf = rolesUnder('NEWS IN BRIEF');

describe('a sport inside a role ("England rugby union captain Jason Robinson")', () => {
  it('is part of the role, as a field is', () => {
    // BBC sport 370.
    expect(rolesOf('Jason Robinson', 'England rugby union captain Jason Robinson said the side was ready.')).toEqual(['England rugby union captain']);
    expect(rolesOf('David Beckham', 'England football captain David Beckham said he was fit.')).toEqual(['England football captain']);
  });
});

describe('"and" before an initial after a firm in an apposition ("of Astrotech and S. Kent Rockwell\'s father")', () => {
  it("ends the role at the firm: the initial opens a person's name", () => {
    // Reuters 8781.
    const text = "George Rockwell, chairman and chief executive officer of Astrotech and S. Kent Rockwell's father, said it.";
    expect(rolesOf('George Rockwell', text)).toEqual(['chairman and chief executive officer of Astrotech']);
  });
});

describe('"Worldwide" ending a name ("a subsidiary of Ted Bates Worldwide")', () => {
  it("makes it a firm's", () => {
    // Reuters 736.
    expect(namesOf('Backer and Spielvogel, a subsidiary of Ted Bates Worldwide, won the account.')).toEqual([]);
  });
});

describe('a squad\'s entries, each an initial, a surname and a club in brackets ("A Baddeley (Harrow AC), M Farah (…)")', () => {
  it('are people, each under the initial and surname', () => {
    // BBC sport 068.
    const text = 'A Baddeley (Harrow AC), M Farah (Windsor, Slough, Eton and Hounslow AC), J Mayock (Barnsley AC).';
    expect(namesOf(text)).toEqual(['A. Baddeley', 'J. Mayock', 'M. Farah']);
  });

  it('take in the full name the story gives an athlete', () => {
    const text = '60m: D Chin (Belgrave Harriers), J Gardener (Wessex and Bath), M Lewis-Francis (Birchfield Harriers).';
    expect(namesOf('Defending 60m champion Jason Gardener is included.', text)).toContain('Jason Gardener');
    expect(namesOf('Defending 60m champion Jason Gardener is included.', text)).not.toContain('J. Gardener');
  });

  it('need two entries and nothing else in the sentence', () => {
    expect(namesOf('The vote went to T Blair (Labour) in the end.')).toEqual([]);
  });
});
