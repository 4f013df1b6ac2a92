import { describe, expect, it } from 'vitest';
import { attributedQuotes, speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of Reuters and BBC News copy.

/** The quotes an article's text yields, their words only. */
const quotesOf = (text: string) => attributedQuotes('a1', text).map(([q]) => q);

describe('a name the writer gives something in quote marks', () => {
  it('after "known as the" is nobody\'s words ("an associate known as the "banana king,"")', () => {
    const text =
      'PHILIPPINES SEEKS ASSETS\n\n' +
      '    Government lawyer Ramon Cruz said the commission had seized plantations of Antonio Ruiz, an associate known as the "banana king," in the south.\n' +
      '    "We will recover what was taken," Cruz said.\n';
    expect(quotesOf(text).some((q) => q.startsWith('banana king'))).toBe(false);
    expect(speakerOf(text, 'We will recover')).toBe('Ramon Cruz');
  });

  it('after a passive "billed as" or "nicknamed" is nobody\'s words, whoever the sentence is about', () => {
    const text =
      'Stars line up for charity match\n\n' +
      'Real Madrid director Luis Moreno said the match, which has been billed as "Ronaldo\'s friends against Figo\'s friends", would raise money for flood victims.\n\n' +
      'The power adaptor, nicknamed "energy vampires", wastes electricity, according to the agency.\n';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.startsWith("Ronaldo's friends"))).toBe(false);
    expect(quotes.some((q) => q.startsWith('energy vampires'))).toBe(false);
  });

  it('after "billed as" with a subject doing the billing is still read as a quote', () => {
    const text =
      'Stars line up for charity match\n\n' + 'The organisers billed as "the match of the decade" what was in the end a dull draw, said Luis Moreno.\n';
    expect(quotesOf(text).some((q) => q.startsWith('the match of the decade'))).toBe(true);
  });

  it('right before "program", "show" or "campaign" names a broadcast or a campaign, though a cue comes before it', () => {
    const text =
      'BUDGET CHIEF SAYS NO TAX RISE\n\n' +
      '    Budget director James Miller said on NBC\'s "Today" program that the President would not give in.\n' +
      '    The board said it would spend 375,000 dlrs on its "Pork - The Other White Meat" campaign, a spokesman said.\n' +
      '    "No, the President has been very clear about that," Miller said.\n';
    const quotes = quotesOf(text);
    expect(quotes).not.toContain('Today');
    expect(quotes.some((q) => q.startsWith('Pork'))).toBe(false);
    expect(speakerOf(text, 'No, the President')).toBe('James Miller');
  });

  it('in small letters before "policy" or "program" is still the speaker\'s word', () => {
    const text = 'HEINZ CUTS COSTS\n\n' + '    Chairman Anthony O\'Reilly said Heinz had begun a "lowest cost imaginable" program in manufacturing.\n';
    expect(speakerOf(text, 'lowest cost')).toBe("Anthony O'Reilly");
  });

  it('between a given name and a surname is a nickname, nobody\'s words ("Burkhard "Bobby" Junger")', () => {
    const text =
      'VW EX-MANAGER ARRESTED\n\n' +
      '    He told Reuters that Burkhard "Bobby" Junger was arrested yesterday, chief prosecutor Carl Retemeyer said.\n' +
      "    Rap mogul Marion 'Suge' Knight has been arrested, police said.\n" +
      '    "There is reason to believe that Junger could have evaded justice," Retemeyer said.\n';
    const quotes = quotesOf(text);
    expect(quotes).not.toContain('Bobby');
    expect(quotes).not.toContain('Suge');
    expect(speakerOf(text, 'There is reason')).toBe('Carl Retemeyer');
  });

  it('leaves the name whole for the cue it ends ("said John "Bud" Frazier, grain analyst" is John Frazier\'s)', () => {
    const text =
      'GRAIN STOCKS FRIENDLY\n\n' +
      '    "It is the first report in a long time that shows any optimism," said John "Bud" Frazier, grain analyst with Dean Witter, ' +
      'on a Chicago Board of Trade panel.\n';
    expect(speakerOf(text, 'It is the first report')).toBe('John Frazier');
  });

  it('one capitalised word after "called" or a kind of work names a thing ("a lipstick tube called "Amadeus,"", "the films "Platoon" and "Hoosiers"")', () => {
    const text =
      'VESTRON SEES GAINS\n\n' +
      '    Vestron said it was distributing the films "Platoon" and "Hoosiers", a spokesman said. ' +
      'Entourage markets a perfume in a lipstick tube called "Amadeus," the company said.\n';
    const quotes = quotesOf(text);
    expect(quotes).not.toContain('Platoon');
    expect(quotes).not.toContain('Hoosiers');
    expect(quotes.some((q) => q.startsWith('Amadeus'))).toBe(false);
  });

  it('a word in small letters after "called" is still the caller\'s ("which he called "substantial,"")', () => {
    const text = 'STAKE SOLD\n\n    The stake, which he called "substantial," was sold, Irwin Jacobs said.\n';
    expect(speakerOf(text, 'substantial')).toBe('Irwin Jacobs');
  });

  it('a programme\'s title is read as no speaker either ("the program, "John McLaughlin: One on One," … the Georgia Democrat shot back")', () => {
    const text =
      'GATES NOMINATION IN TROUBLE\n\n' +
      '    Senator Paul Laxalt, appearing on the ABC News program, "This Week With David Brinkley," admitted "the Gates nomination is in trouble." ' +
      'Senate Armed Services Committee Chairman Sam Nunn said the odds were against confirmation. ' +
      'When asked on the syndicated television program, "John McLaughlin: One on One," if he thought Gates would be confirmed, ' +
      'the Georgia Democrat shot back: "I wouldn\'t bet any money on it."\n';
    expect(speakerOf(text, 'the Gates nomination')).toBe('Paul Laxalt');
    expect(speakerOf(text, "I wouldn't bet")).toBe('Sam Nunn');
  });
});

describe('a name in quote marks after "called the"', () => {
  it('is nobody\'s words, no quote at all ("a new bullion coin called the "Britannia"", Reuters 4066)', () => {
    const text =
      'UK GOLD COIN\n\n' +
      'Britain will launch a new bullion coin called the "Britannia" later this year, a Treasury official said. ' +
      'It will be sold "at a small premium" to the price of gold, the official said.\n';
    const quotes = attributedQuotes('a1', text).map(([q]) => q);
    expect(quotes.some((q) => q.startsWith('Britannia'))).toBe(false);
    expect(quotes).toContain('at a small premium');
  });
});
