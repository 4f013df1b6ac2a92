import { describe, expect, it } from 'vitest';
import { attributedQuotes, speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the
// archives asked for.

describe('a drug\'s number written after an apostrophe ("known as \'771")', () => {
  it('opens no quote', () => {
    // BBC business 115.
    const text =
      'Drugs firm profits fall\n\nThe chief executive said 2005 would be better. However, the firm dropped an obesity ' +
      "treatment, known as '771, after poor trial results. The firm is relying on new treatments for growth.\n";
    expect(attributedQuotes('a1', text)).toEqual([]);
  });

  it("leaves a year cut short after a colon to open a quote ('50 years …')", () => {
    const text = "Veteran honoured\n\nThe mayor said: '50 years of service is a fine record.'\n";
    expect(attributedQuotes('a1', text).map(([q]) => q)).toEqual(['50 years of service is a fine record.']);
  });

  it("leaves a whole year to open a quote ('2004 top TV moment')", () => {
    // BBC entertainment 189.
    const text = "Holmes wins '2004 top TV moment'\n\nSprinter Kelly Holmes won the vote of viewers.\n";
    expect(attributedQuotes('a1', text).map(([q]) => q)).toEqual(['2004 top TV moment']);
  });
});

describe('a title after "ruling" and a party\'s name ("…," ruling Radical Party Deputy Raul Baglini said)', () => {
  it("is the speaker's, not a participle clause", () => {
    // Reuters 2786.
    const text =
      'DEBT PROPOSAL FAULTED\n\nThe counter-proposal was faulty, an Argentine observer at the talks said. "The ' +
      'negotiations are not going to prosper," ruling Radical Party Deputy Raul Baglini said. Baglini observed the talks.\n';
    expect(speakerOf(text, 'The negotiations')).toBe('Raul Baglini');
  });
});

describe('a player\'s position after a club\'s name ("…," said the Gloucester fly-half)', () => {
  const text =
    'Burger named player of the year\n\nCoach Jake White paid tribute. "He has been amazing," said White. Simon Amor, ' +
    'the England player, was named sevens player of the year. Amor, who will captain England in Dubai, was delighted ' +
    'with his award. "This is a genuine honour," said the Gloucester fly-half.\n';

  it('is the one the sentence before is about, whose role says only whom he plays for', () => {
    // BBC sport 369.
    expect(speakerOf(text, 'This is a genuine')).toBe('Simon Amor');
  });

  it('is no one the sentence before is about when it quotes someone', () => {
    const quoted = text.replace('Amor, who will captain England in Dubai, was delighted with his award.', '"I am delighted," said White.');
    expect(speakerOf(quoted, 'This is a genuine')).not.toBe('Simon Amor');
  });
});

describe('a title with a capitalised word before its noun ("The Tory leader said")', () => {
  it('is the one the article names with that title', () => {
    // BBC politics 141.
    const text =
      'Howard denies split over ID cards\n\nMichael Howard has denied his shadow cabinet was split over ID cards. The Tory ' +
      'leader said his front bench team had reached a "collective view" after holding a "good discussion".\n';
    expect(speakerOf(text, 'collective view')).toBe('Michael Howard');
  });
});

describe('a paper named for its staff ("according to the Hollywood Reporter")', () => {
  it('is the outlet, no title of a person', () => {
    // BBC entertainment 379.
    const text =
      "Tarantino 'to make Friday sequel'\n\nDirector Quentin Tarantino is in talks to write and direct a new instalment " +
      'in the Friday the 13th horror franchise, according to the Hollywood Reporter. The film-maker will produce it.\n';
    expect(speakerOf(text, 'to make Friday sequel')).toBe('Hollywood Reporter');
  });
});

describe('a market\'s sources after "leading" or "banking" ("…," banking sources said)', () => {
  it('speak for themselves, not the headline or the speaker before', () => {
    // Reuters 10339.
    const text =
      'MAIZE ESTIMATE CALLED CONSERVATIVE\n\nThe minister said the estimate was fair. The estimate is "rather too ' +
      'conservative," leading dealers said. "Rates will not fall this month," banking sources said.\n';
    expect(speakerOf(text, 'rather too conservative')).toBe('leading dealers');
    expect(speakerOf(text, 'Rates will not fall')).toBe('banking sources');
  });
});

describe('a speaker described as one of a kind after the apposition ("…," Richard Doherty, from …, one of the pioneers of Blu-ray, told)', () => {
  it('is the named speaker, not the firm the sentence before was about', () => {
    // BBC tech 155.
    const text =
      'Games maker backs Blu-ray\n\nToshiba announced that players for its format would be on sale by the end of 2005. ' +
      '"We have a much greater need for storage," Richard Doherty, from Panasonic\'s Hollywood Laboratories, one of the ' +
      'pioneers of Blu-ray, told the BBC news website.\n';
    expect(speakerOf(text, 'We have a much')).toBe('Richard Doherty');
  });
});

describe('a masthead\'s word as the job before a name ("Economist Wendy Smith Cork … said")', () => {
  it('is the job of the person who speaks, not the magazine', () => {
    // Reuters 1272.
    const text =
      'CANADA GDP FLAT\n\nGross domestic product rose 0.2 pct. Economist Wendy Smith Cork of the brokerage Nesbitt ' +
      'Thomson Bongard Inc said "it shows the economy is not moving along very steadily."\n';
    expect(speakerOf(text, 'it shows the economy')).toBe('Wendy Smith Cork');
  });
});

describe('unions as the source a lede closes on ("…, unions at the Italian carmaker have said")', () => {
  it("give the headline's quote their words", () => {
    // BBC business 148.
    const text =
      "Alfa Romeos 'to get GM engines'\n\nFiat is to stop making petrol engines for its Alfa Romeo cars and use " +
      'engines from General Motors instead, unions at the Italian carmaker have said.\n';
    expect(speakerOf(text, 'to get GM engines')).toBe('unions at the Italian carmaker');
  });
});
