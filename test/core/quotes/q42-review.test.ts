import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of BBC News copy, each built to show one rule a readers' audit of the archives asked for.

describe('a participle cue after a quote ("…", saying Mr Jackson would be welcomed)', () => {
  const opening = 'Defection\n\nBob Dean, MP for Wantage, said he was disillusioned with his party. ';

  it('never stands before its speaker: the name after "saying" is what was said, the subject before is who spoke', () => {
    const text = `${opening}Prime Minister Tom Hardy declared himself "delighted", saying Mr Dean would be warmly welcomed by his MPs.\n`;
    expect(speakerOf(text, 'delighted')).toBe('Tom Hardy');
  });

  it('nor does a pronoun after it take the quote from the subject ("…", saying he would be welcomed)', () => {
    const text = `${opening}Prime Minister Tom Hardy said he was "delighted", saying he would be warmly welcomed.\n`;
    expect(speakerOf(text, 'delighted')).toBe('Tom Hardy');
  });
});

describe('a time that opens the clause with no comma, before someone described ("Last month the governor said")', () => {
  it('is no part of the speaker: the description is read, and the title finds its holder', () => {
    // Reuters 1501.
    const text =
      'UTILITY STUDIES PLAN\n\nThe utility answered goals set by New Mexico Governor Bob Dean. ' +
      'Last month the governor said "I have outlined to the utility critical goals which I have asked them to meet."\n';
    expect(speakerOf(text, 'I have outlined')).toBe('Bob Dean');
  });
});

describe('organisers speak as a group, and a ruling as a writing does', () => {
  it('gives the quote to "organisers" ("…," organisers said in a statement)', () => {
    // BBC entertainment 042.
    const festival = 'Festival honour\n\n"His films all bear his unmistakable stamp," organisers said in a statement.\n';
    expect(speakerOf(festival, 'His films all bear')).toBe('organisers');
  });

  it('gives a ruling\'s words to the ruling, not to the organisers the sentence before speaks of ("…," the council\'s ruling said)', () => {
    // BBC entertainment 010.
    const text =
      'Play banned\n\nThe council said the play would not be put on. But the organisers of the play say it raises awareness. ' +
      '"The play promotes illegal acts, it should be and is hereby banned," the council\'s ruling said.\n';
    expect(speakerOf(text, 'The play promotes')).toBe("the council's ruling");
  });
});

describe('"it said" after a sentence that opens on "The paper" and a verb', () => {
  it('is the paper\'s ("The paper put output at …. "…," it said")', () => {
    // Reuters 4630.
    const text =
      'CHINA SUGAR OUTPUT FALLS\n\nOne trader said demand is rising fast. "China may have to import," he said. ' +
      'The official Economic Information newspaper last month said production will be short of demand. ' +
      'The paper put 1986/87 output at 4.82 mln tonnes. "In the last two years, acreage under sugar cane has fallen," it said.\n';
    expect(speakerOf(text, 'In the last two years')).toBe('the paper');
  });
});

describe("a wire's stock ticker inside the speaker's phrase after the quote", () => {
  it('is no part of it, and its full stop ends nothing ("…," a Hitachi Ltd <HIT.T> spokesman said)', () => {
    // Reuters 894.
    const text =
      'JAPAN CHIP MAKERS CUT OUTPUT\n\nThe firms doubt the usefulness of the move. ' +
      '"As long as there is a gap, there will be people who want to exploit it," a Hitachi Ltd <HIT.T> spokesman said.\n';
    expect(speakerOf(text, 'As long as there is a gap')).toBe('a Hitachi Ltd spokesman');
  });
});

describe('a relative clause whose own subject is named ("…DB9, which Mr Bez described as "…"")', () => {
  it("is that subject's cue, whoever the clause hangs on", () => {
    // BBC business 105.
    const text =
      'Budget car\n\nThe Vantage is "the most important car in our history", said chief executive Bob Dean.\n\n' +
      'First shown as a concept car in Detroit, the Vantage will be on sale in late summer. Costs have been kept low by sharing a ' +
      'platform with Aston\'s DB9, which Mr Dean described as "the previous most important car for our company". There is a waiting list.\n';
    expect(speakerOf(text, 'the previous most important car')).toBe('Bob Dean');
  });
});

describe('"remarks" as a verb of speech ("As Mr Prior remarks …: "…"")', () => {
  it('gives the quote to its subject, but not as a noun after a possessive ("Mr Blair\'s remarks were "…"")', () => {
    // BBC politics 393.
    const text = 'Tabloids\n\nEditor Tom Hardy runs the paper. As Mr Prior remarks as we walk by shelf after shelf of vellum: "All human life is here."\n';
    expect(speakerOf(text, 'All human life')).toBe('Prior');
    const noun = 'Row\n\nTony Blair spoke. Mr Blair\'s remarks were "deeply offensive", Mr Howard said.\n';
    expect(speakerOf(noun, 'deeply offensive')).toBe('Howard');
  });
});
