import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('World news');
const person = (name: string, ...paragraphs: string[]) => castOf(...paragraphs).find((p) => p.name === name);

describe('people: roles written before a name', () => {
  // BBC politics 205.
  it('keeps a day written before a title out of the role ("On Tuesday Foreign Secretary Jack Straw")', () => {
    const straw = person('Jack Straw', 'On Tuesday Foreign Secretary Jack Straw told the Commons that the US had agreed to release the four.');
    expect(straw?.roles).toEqual(['Foreign Secretary']);
  });

  // BBC tech 084 and politics 351: an adverb opening the sentence is no part of the title after it.
  it('keeps a sentence adverb out of the role ("However Nintendo president Satoru Iwata")', () => {
    const iwata = person('Satoru Iwata', 'However Nintendo president Satoru Iwata said the company was "pleased" with the launch.');
    expect(iwata?.roles).toEqual(['Nintendo president']);
    const howard = person('Michael Howard', 'Earlier Tory leader Michael Howard sent Mr Bush his "warmest congratulations".');
    expect(howard?.roles).toEqual(['Tory leader']);
  });

  // Sentences shaped like BBC reports on its own programmes: "Today" opens a sentence as an adverb before a title, as a programme before a job.
  it('keeps "Today" in the role where it names the programme ("Today presenter John Humphrys"), not where it dates a title', () => {
    const humphrys = person('John Humphrys', 'Today presenter John Humphrys said the BBC had to change.');
    expect(humphrys?.roles).toEqual(['Today presenter']);
    const straw = person('Jack Straw', 'Today Foreign Secretary Jack Straw told the Commons the talks would go on.');
    expect(straw?.roles).toEqual(['Foreign Secretary']);
    const eddington = person('Rod Eddington', 'Today chief executive Rod Eddington will meet the unions.');
    expect(eddington?.roles).toEqual(['chief executive']);
  });

  // BBC business: "Next" opens a sentence as the retailer's name, not as an adverb.
  it('keeps a firm named like an adverb in the role ("Next chief executive Simon Wolfson")', () => {
    const wolfson = person('Simon Wolfson', 'Next chief executive Simon Wolfson said trading had been difficult.');
    expect(wolfson?.roles).toEqual(['Next chief executive']);
  });

  // BBC politics 251: a day that opens a paper's name stays in the role.
  it('keeps a paper named after a day in the role ("Sunday Telegraph journalist Robert Peston")', () => {
    const peston = person(
      'Robert Peston',
      'The book, by Sunday Telegraph journalist Robert Peston and serialised in the newspaper, said the pair had fallen out.',
    );
    expect(peston?.roles).toEqual(['Sunday Telegraph journalist']);
  });

  // BBC sport 126: a day inside a club's name stays in the role.
  it('keeps a day that is part of a name in the role ("Sheffield Wednesday manager Paul Sturrock")', () => {
    const sturrock = person('Paul Sturrock', 'Sheffield Wednesday manager Paul Sturrock said the club would appeal.');
    expect(sturrock?.roles).toEqual(['Sheffield Wednesday manager']);
  });
});

describe('people: a speaker after a name is no apposition', () => {
  // BBC politics 065.
  it('gives no role from a reporting tail ("Feroz Abbasi, the men\'s solicitor says.")', () => {
    const abbasi = person(
      'Feroz Abbasi',
      'A letter sent to Martin Mubanga said his British passport would not be issued.',
      "An identical letter has been sent to Feroz Abbasi, the men's solicitor says.",
      'Moazzam Begg, Martin Mubanga, Feroz Abbasi and Richard Belmar were held for three years.',
    );
    expect(abbasi).toBeDefined();
    expect(abbasi?.roles).toEqual([]);
  });

  it('still reads a role closed by a comma before "said" ("Tom Murtha, an analyst at Nomura, said.")', () => {
    const m = person('Tom Murtha', 'Prices will fall, Tom Murtha, an analyst at Nomura, said.');
    expect(m?.roles).toEqual(['analyst at Nomura']);
  });
});

describe('people: a speaker named with where they come from', () => {
  // BBC politics 151.
  it('finds the person before ", from the …, said"', () => {
    const cast = castOf('Massoud Shadjareh, from the Muslim Safety Forum, said: "What sort of homecoming is this? They are innocent people."');
    expect(cast.map((p) => p.name)).toEqual(['Massoud Shadjareh']);
  });
});

describe('people: a name written after an age', () => {
  // BBC politics 192.
  it('finds the person after "48-year-old Australian"', () => {
    const cast = castOf(
      'The US has also announced that 48-year-old Australian Mamdouh Habib, previously accused of terrorist offences, will be released without charge from Camp Delta.',
    );
    expect(cast.map((p) => p.name)).toEqual(['Mamdouh Habib']);
  });

  it('lists no team or place written after an age ("24-year-old Los Angeles man")', () => {
    const cast = castOf('A 24-year-old Los Angeles man was arrested, and a 17-year-old Irish League midfielder was signed.');
    expect(cast).toEqual([]);
  });
});

describe('people: given names alone that open a full name', () => {
  // BBC sport 472.
  it('reads "Juan Carlos" as Juan Carlos Ferrero\'s, not a second person', () => {
    const cast = castOf(
      'Masters Cup champions Mike and Bob Bryan thrashed Juan Carlos Ferrero and Tommy Robredo 6-0 6-3 6-2 in front of a partisan crowd in Seville.',
      'Arrese said: "Juan Carlos hasn\'t played at all badly. He played the right way but the Bryans are great doubles players."',
    );
    const names = cast.map((p) => p.name);
    expect(names).toContain('Juan Carlos Ferrero');
    expect(names).not.toContain('Juan Carlos');
    // "Carlos" is no surname of his: Carlos Moya shares it as a given name.
    expect(cast.find((p) => p.name === 'Juan Carlos Ferrero')?.aliases).not.toContain('Carlos');
  });
});

describe('people: firms named after people', () => {
  // Reuters 15239 (1987).
  it('lists no firm written "<Name> and co" before a job ("Bear Stearns and co analyst")', () => {
    const cast = castOf('"I think the proposal is realistic," said Timothy Pettee, Bear Stearns and co analyst.').map((p) => p.name);
    expect(cast).toEqual(['Timothy Pettee']);
  });
});

describe('people: a bare job as an alias', () => {
  // Reuters 18299 and 18005 (1987).
  it('gives no "the chairman" alias when another person holds a chairman\'s job', () => {
    const cast = castOf(
      'Federal Reserve Board Chairman Paul Volcker declined another term.',
      'Officials are confident that newly-nominated chairman Alan Greenspan will re-establish close working relations with Baker.',
      '"The President made it very clear that he would be very, very pleased had the chairman\'s decision been otherwise," Treasury Secretary James Baker said.',
    );
    expect(cast.find((p) => p.name === 'Alan Greenspan')?.aliases).not.toContain('the chairman');
  });
});

describe('people: the capitals of a role as an alias', () => {
  // BBC politics 065 and 192.
  it('keeps the capitals of names inside a job in small letters ("the Home Affairs spokesman", "the Labour MP")', () => {
    const cast = castOf(
      'Home Affairs spokesman Mark Oaten also demanded assurances that the evidence against the men was not gained under torture.',
      "Moazzam Begg's Labour MP Roger Godsiff welcomed his release, but said questions remained unanswered, particularly about charges.",
      'Foreign Secretary Jack Straw told the Commons on Tuesday.',
    );
    expect(cast.find((p) => p.name === 'Mark Oaten')?.aliases).toContain('the Home Affairs spokesman');
    expect(cast.find((p) => p.name === 'Roger Godsiff')?.aliases).toContain('the Labour MP');
    expect(cast.find((p) => p.name === 'Jack Straw')?.aliases).toContain('the foreign secretary');
  });

  it('still lowers a job word opening a role in small letters ("Health spokesman Paul Burstow")', () => {
    const cast = castOf(
      'Health spokesman Paul Burstow said: "Promoting independence sounds good and helping people to live in their own homes is a goal we share."',
    );
    expect(cast.find((p) => p.name === 'Paul Burstow')?.aliases).toContain('the health spokesman');
  });
});

describe('people: a rank opening a role alias', () => {
  // Reuters 1987.
  it('lowers a rank capitalised as the first word ("the deputy State Department spokeswoman")', () => {
    const cast = castOf('Deputy State Department spokeswoman Phyllis Oakley said the Marines would be rotated back to the United States.');
    expect(cast.find((p) => p.name === 'Phyllis Oakley')?.aliases).toContain('the deputy State Department spokeswoman');
  });
});

describe('people: a film named like a person, with the prize its star won after it', () => {
  // BBC entertainment 030 and 091: "her role in Vera Drake, winning best actress" gives the film no role.
  it('lists the star, not the film ("drama Vera Drake", "her role in Vera Drake, winning best actress")', () => {
    const names = castOf(
      'British actress Imelda Staunton won the CFCA best actress for the gritty abortion drama Vera Drake, adding to a growing list of awards she has won for her performance in the Mike Leigh film.',
      'British actress Imelda Staunton has again been recognised for her role in Vera Drake, winning best actress, while Liam Neeson won best actor for Kinsey.',
    ).map((p) => p.name);
    expect(names).toContain('Imelda Staunton');
    expect(names).not.toContain('Vera Drake');
  });
});

describe("people: a match's official named after the role", () => {
  // BBC sport 231: "Neale" is unknown to the lexicon as a given name.
  it('lists "referee Neale Barry" with the role', () => {
    const barry = person(
      'Neale Barry',
      'Mourinho intimated that United boss Sir Alex Ferguson influenced referee Neale Barry after the duo walked down the tunnel together at half-time.',
    );
    expect(barry?.roles).toEqual(['referee']);
  });
});

describe('people: a body named like a person', () => {
  // Reuters 9559 (1987): "International" is left out of the name, and "Cocoa Organization" was listed.
  it('lists no "Cocoa Organization" from "International Cocoa Organization, ICCO, Council chairman, Denis Bra Kanon, said"', () => {
    const cast = castOf(
      'International Cocoa Organization, ICCO, Council chairman, Denis Bra Kanon, said he will attempt to reach a compromise on buffer stock rules for the International Cocoa Agreement.',
      'Bra Kanon called for bilateral consultations among delegates.',
    );
    expect(cast.map((p) => p.name)).toContain('Denis Bra Kanon');
    expect(cast.map((p) => p.name).filter((n) => /Organi[sz]ation/.test(n))).toEqual([]);
  });
});

describe('people: given names the lexicon knows only as nouns', () => {
  const names = (...paragraphs: string[]) => castOf(...paragraphs).map((p) => p.name);

  // BBC sport 294 and entertainment: "warren" and "miles" are nouns too.
  it('lists a person whose given name is also a noun ("Warren Gatland", "Miles Davis")', () => {
    expect(names('Director of rugby Warren Gatland revealed that harsh words at half-time inspired his Wasps side to raise their game.')).toContain(
      'Warren Gatland',
    );
    expect(names('Works of art by musicians including Miles Davis and Bruni Sablan will also be featured.')).toEqual(
      expect.arrayContaining(['Miles Davis', 'Bruni Sablan']),
    );
  });

  // Reuters: a body's name runs to "and" before the given name.
  it('keeps the end of a body\'s name out of the name after it ("Commissioner of Food and Drugs Frank E. Young")', () => {
    const listed = names(
      'Under the proposed policy, announced Tuesday by Commissioner of Food and Drugs Frank E. Young at a press conference, patients are covered.',
    );
    expect(listed).toContain('Frank E. Young');
    expect(listed).not.toContain('Drugs Frank E. Young');
  });
});
