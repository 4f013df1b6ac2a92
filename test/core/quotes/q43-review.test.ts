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
