import { describe, expect, it } from 'vitest';
import { castUnder, namesUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('Sports and budgets');
const namesOf = namesUnder('Sports and budgets');

describe('names of things built like names of people', () => {
  it('a tournament known by its ground\'s namesake is no person ("Roland Garros will be his main target")', () => {
    // BBC sport 466 and 495.
    const names = namesOf('Roger Federer won three Grand Slams.', 'Roland Garros will be his main target in 2005, Federer said.');
    expect(names).toContain('Roger Federer');
    expect(names).not.toContain('Roland Garros');
  });

  it('nor a fellowship, a budget\'s term or a brand ("Lawyers\' Christian Fellowship", "Borrowing Requirement", "Flora Lite")', () => {
    // BBC politics 068, Reuters 11858, BBC sport 030.
    const names = namesOf(
      "The Christian Medical Fellowship and Lawyers' Christian Fellowship backed the bill, said chairman Peter Saunders.",
      'The measures reduced the Exchequer Borrowing Requirement to 1.85 billion punts, finance minister Ray MacSharry said.',
      'Mark Carroll won the Flora Lite 5K road race in London.',
    );
    expect(names).not.toContain('Christian Fellowship');
    expect(names).not.toContain('Borrowing Requirement');
    expect(names).not.toContain('Flora Lite');
    expect(names).toEqual(expect.arrayContaining(['Peter Saunders', 'Ray MacSharry', 'Mark Carroll']));
  });
});

describe('a surname a "who" clause describes ("Hewitt, who lost")', () => {
  it("shows the full name before it to be a person's, whose given name the lexicon does not know", () => {
    // BBC sport 495: "Federer's performance against Lleyton Hewitt …. Federer again got the better of Hewitt …".
    const cast = castOf(
      "Federer's performance against Lleyton Hewitt in the US Open final was breathtaking.",
      'It was another blow to Hewitt, who had won the title in 2001.',
    );
    expect(cast.find((p) => p.name === 'Lleyton Hewitt')?.aliases).toContain('Hewitt');
  });

  it('is no firm\'s or place\'s, which "which" describes ("Deutsche Boerse, which")', () => {
    const names = namesOf('The news came as Deutsche Boerse held a meeting.', 'It is a blow to Boerse, which wants the deal.');
    expect(names).not.toContain('Deutsche Boerse');
  });
});

describe('heroes of fiction and the news agency', () => {
  it('are no people, though written like them ("Harry Potter", "James Bond")', () => {
    // BBC tech 203 and entertainment 347.
    const names = namesOf(
      'Games linked to Shrek, The Incredibles, Spider-Man, Harry Potter and Lord of the Rings sold well, said analyst Nick Parker.',
      "It was author Ian Fleming's first James Bond book.",
    );
    expect(names).not.toContain('Harry Potter');
    expect(names).not.toContain('James Bond');
    expect(names).toEqual(expect.arrayContaining(['Nick Parker', 'Ian Fleming']));
  });

  it('the agency a source told opens no name of the person after it ("told Reuters Sanchez is …")', () => {
    // Reuters 20662.
    const names = namesOf('The spokesman told Reuters Sanchez is a 46-year-old civil engineer.');
    expect(names).not.toContain('Reuters Sanchez');
  });
});
