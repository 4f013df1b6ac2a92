import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the archives asked for.

describe('someone described by what they take part in ("An EC negotiator taking part in the talks said:")', () => {
  it('is the speaker, not a person named in the sentence before', () => {
    // Reuters 6373 and 7643.
    const text =
      'SALE ON COURSE\n\nFinance Minister Bo Ray has said the sale may be delayed. ' +
      'A banker involved in the placement said "Nothing has changed in the planning."\n';
    expect(speakerOf(text, 'Nothing has changed')).toBe('a banker involved in the placement');
  });

  it.each([
    [
      'taking part in',
      'An EC negotiator taking part in the three-day talks said: "We wanted the clause in."',
      'an EC negotiator taking part in the three-day talks',
    ],
    ['attending', 'A diplomat attending the meeting said: "We wanted the clause in."', 'a diplomat attending the meeting'],
    ['travelling with', '"We wanted the clause in," said an official travelling with him.', 'an official travelling with him'],
  ])('reads "%s" after the source noun as part of the description', (_how, sentence, speaker) => {
    const text = `TALKS END\n\nFinance Minister Bo Ray said the talks would go on. ${sentence}\n`;
    expect(speakerOf(text, 'We wanted the clause in')).toBe(speaker);
  });
});

describe('a title in small letters that ends the role of one person only ("The minister said:")', () => {
  // BBC politics 204.
  const opening =
    'Prison reform\n\nJustice Minister Ann Lee wants prisons to do more to stop reoffending. ' +
    'A new board will also be created to advise Ms Lee on the service.\n';

  it('is that person, named in the sentence before', () => {
    const text = `${opening}The minister said: "Better joint working will help prisons play a much stronger role."\n`;
    expect(speakerOf(text, 'Better joint working')).toBe('Ann Lee');
  });

  it('is no one of the cast where the title asks for a word the role lacks ("the prime minister")', () => {
    const text = `${opening}The prime minister said: "Better joint working will help prisons play a much stronger role."\n`;
    expect(speakerOf(text, 'Better joint working')).toBe('the prime minister');
  });

  it('is no one of the cast where two people hold such a role', () => {
    const both = opening.replace('Justice Minister Ann Lee wants', 'Justice Minister Ann Lee and Health Minister Bo Ray want');
    const text = `${both}The minister said: "Better joint working will help prisons."\n`;
    expect(speakerOf(text, 'Better joint working')).toBe('the minister');
  });
});

describe('a smile or a laugh right after the words ("…," smiles one broker)', () => {
  const text =
    'Markets cheer\n\nInvestment may now start to flow in. "You can call it a peace dividend," smiles one broker. ' +
    '"Let us see how long one can reap its benefits."\n';

  it('gives the words, and the quote that goes on after them, to the one who smiles', () => {
    // BBC business 428.
    expect(speakerOf(text, 'You can call it')).toBe('one broker');
    expect(speakerOf(text, 'Let us see how long')).toBe('one broker');
  });
});

describe('someone described by their age or by the work they are behind', () => {
  it('reads an age written as a figure ("one over-60 woman who took part in the research", BBC tech 316)', () => {
    const text =
      'Security\n\nWomen buy more security software. "I think older people have become more vigilant," said one over-60 woman who took part in the research.\n';
    expect(speakerOf(text, 'I think older people')).toBe('one over-60 woman');
  });

  it('reads what a director is behind ("said the director behind JFK, Platoon and …", BBC entertainment 072)', () => {
    const text =
      'Stone honoured\n\nStone hoped Alexander might be better liked in Europe. "Europeans tend to see me a little differently," ' +
      'said the director behind JFK, Platoon and Born on the Fourth of July.\n';
    expect(speakerOf(text, 'Europeans tend to see me')).toBe('the director behind JFK');
  });
});

describe('a court order or an advert speaks as a statement does', () => {
  it.each([
    ['the Fed order', 'Banks\n\nThe Fed approved the plan. "Commercial paper is customarily held to maturity," the Fed order said.\n'],
    ['the advert', 'Star Trek\n\nFans took out a newspaper advert. "Commercial paper is customarily held to maturity," the advert said.\n'],
  ])('gives the words to %s (Reuters 6891, BBC entertainment 183)', (speaker, text) => {
    expect(speakerOf(text, 'Commercial paper is')).toBe(speaker);
  });
});
