import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the
// archives asked for.

describe('"thought" before a quote', () => {
  it('gives no one words quoted after "who thought they" (a thought said of others: no quote of anyone\'s)', () => {
    // BBC politics 290 (a readers' letter).
    const text =
      'Your views on the new powers\n\nI agree wholeheartedly with Mr Forsyth. That goes right back to Magna Carta, and ' +
      'ordinary people have spilled their blood to enforce that right against governments who thought they "knew best".\n';
    expect(speakerOf(text, 'knew best') ?? null).toBeNull();
  });

  it('leaves the words to the verb after "he thought he" ("said he thought he detected "a sense of frustration"")', () => {
    // Reuters 6326.
    const text =
      'FARM GROUP MEETS LYNG\n\n    Peter Myers, the deputy secretary, also attended the meeting. Union leader Glen Hofer ' +
      'described Lyng as "sympathetic," and said he thought he detected "a sense of frustration" on his part.\n';
    expect(speakerOf(text, 'a sense of frustration')).toBe('Glen Hofer');
  });

  it('still brings in the words of whom "he" stands for ("if he thought Gates would be confirmed, … shot back")', () => {
    // Reuters 386.
    const text =
      'GATES NOMINATION IN TROUBLE\n\n    Senate Armed Services Committee Chairman Sam Nunn said the odds were against it. ' +
      'When asked if he thought Gates would be confirmed, the Georgia Democrat shot back: "I wouldn\'t bet any money on it."\n';
    expect(speakerOf(text, "I wouldn't bet")).toBe('Sam Nunn');
  });
});

describe('a quote standing alone after a sentence that brings in someone new by what they did ("Double try scorer Martyn Williams was keen")', () => {
  it("is the newcomer's, not a run-on of the quote before", () => {
    // BBC sport 292.
    const text =
      'Wales coach elated with win\n\nCaptain Gareth Thomas, who kicked three penalties, was ecstatic after the win. ' +
      '"It is a special moment," he said. "We worked hard as a squad." Double try scorer Tom Shanklin was keen not to talk ' +
      'about a possible Grand Slam. "We have more self-belief these days. There is no mention of a Grand Slam."\n';
    expect(speakerOf(text, 'We have more self-belief')).toBe('Tom Shanklin');
    expect(speakerOf(text, 'We worked hard')).toBe('Gareth Thomas');
  });
});

describe('a source\'s noun with a capital that ends a firm named after its founder ("of Arvid Jauppi and Associates")', () => {
  it("is the firm's word, not the source: the analyst before it speaks", () => {
    // Reuters 9110.
    const text =
      'CAR DEALERS GO PUBLIC\n\n    The retail car market is "much more freeform now" than it was in 1956, says Detroit analyst Arvid ' +
      'Jauppi of Arvid Jauppi and Associates.\n';
    expect(speakerOf(text, 'much more freeform')).toBe('Arvid Jauppi');
  });

  it('is still the source in small letters ("Jones and other officials said")', () => {
    const text = 'TALKS END\n\n    "We will meet again," Mayor Ann Jones and other officials said on Monday.\n';
    expect(speakerOf(text, 'We will meet again')).not.toBeNull();
  });
});
