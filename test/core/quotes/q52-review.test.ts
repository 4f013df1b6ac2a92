import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the
// archives asked for.

describe('people named by a plural with no article ("meteorologists said", "by scouts who saw them")', () => {
  it('speak, and a "they said" after them is theirs, not an earlier source\'s', () => {
    // Reuters: the El Nino warming, the Meteorological Bureau quoted five paragraphs before.
    const text =
      'PACIFIC WARMING SEEN\n\nLocal bureau officials said the warming would go on. "It is a strong one," the officials ' +
      'said.\n\nThe rains moved on. The warm water returns across the Pacific as the trade winds weaken, meteorologists ' +
      'said. "The winds could turn again by June," they said.\n';
    expect(speakerOf(text, 'The winds could turn')).toBe('meteorologists');
  });

  it('name who called something what a passive quotes', () => {
    // BBC entertainment 262.
    const text = 'Band signs deal\n\nThe band played small venues, later being described as "pretty damn average" by scouts who saw ' + 'them live.\n';
    expect(speakerOf(text, 'pretty damn average')).toBe('scouts');
  });

  it('is no subject when it stands in a list of what someone does before the cue', () => {
    // BBC tech 110.
    const text =
      'Podcasts catch on\n\nAdam Curry is a former MTV presenter. Mr Curry records, hosts, edits and produces a daily ' +
      'podcast called The Daily Source Code. He wants to make podcasting "the Next Big Thing" and says it is fun.\n';
    expect(speakerOf(text, 'the Next Big Thing')).not.toBe('hosts');
  });
});

describe('a colon after a subject "more" or "less" something ("Henman was more restrained in his assessment:")', () => {
  it("brings in the subject's own words, not the last speaker's", () => {
    // BBC sport 453.
    const text =
      'Henman takes Adelaide title\n\nSecond seed Tim Henman beat Greg Rusedski 7-5 6-3. "He is a top contender," ' +
      'said Rusedski. Henman was more restrained in his assessment: "I have to improve my serve."\n';
    expect(speakerOf(text, 'I have to improve my serve')).toBe('Tim Henman');
  });

  it('is no subject\'s own words after a passive ("was more closely watched by Ann Lee:")', () => {
    const text =
      'Henman takes Adelaide title\n\nSecond seed Tim Henman beat Greg Rusedski 7-5 6-3. "He is a top contender," ' +
      'said Rusedski. Henman was more closely watched by Ann Lee: "He has to improve his serve."\n';
    expect(speakerOf(text, 'He has to improve his serve')).not.toBe('Tim Henman');
  });
});

describe("a headline's quoted claim and the source its lede closes on", () => {
  it('is the source\'s when the lede shares a word of it in another form ("grey vote", "older UK voters")', () => {
    // BBC politics 043.
    const text =
      "Parties warned over 'grey vote'\n\nPolitical parties cannot afford to take older UK voters for granted in the coming " + 'election, says Age Concern.\n';
    expect(speakerOf(text, 'grey vote')).toBe('Age Concern');
  });

  it('is the source\'s when the lede closes on a ruling ("…, the Law Lords have ruled.")', () => {
    // BBC politics 370.
    const text =
      "UK 'discriminated against Roma'\n\nThe government's immigration rules racially discriminated against Roma seeking " +
      'entry into the UK, the Law Lords have ruled.\n';
    expect(speakerOf(text, 'discriminated against Roma')).toBe('Law Lords');
  });

  it('is the spokesman\'s whom the lede\'s closing clause names by "his" ("…, his spokesman has said.")', () => {
    // BBC entertainment 293.
    const text =
      "Singer Ian Brown 'in gig arrest'\n\nFormer Stone Roses singer Ian Brown was arrested after a fight during a " +
      'concert in San Francisco on Tuesday, his spokesman has said.\n';
    expect(speakerOf(text, 'in gig arrest')).toBe("Ian Brown's spokesman");
  });

  it("is no one's when the lede shares no word of it", () => {
    const text = "Economy 'stronger than forecast'\n\nThe economy grew at a faster rate than reported, the deputy governor has said.\n";
    expect(speakerOf(text, 'stronger than forecast')).toBeNull();
  });
});

describe('a trade\'s firms heard as one ("film distributors have hailed …", "refiners said")', () => {
  it('speak, whatever words describe them, and are not read as a name of their capitals', () => {
    // BBC entertainment 366.
    const text =
      'Bollywood pirate jailed\n\nA man was jailed on Tuesday. Legitimate Bollywood film distributors have hailed the ' + 'conviction as "a major boost".\n';
    expect(speakerOf(text, 'a major boost')).toBe('Legitimate Bollywood film distributors');
  });
});
