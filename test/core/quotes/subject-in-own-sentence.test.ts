import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC Sport copy, whose quotes of several sentences open a new mark at each.

describe('a cue before its quote', () => {
  it('takes its subject from its own sentence, though a quote left open ran the sentence on past a full stop', () => {
    const text =
      'Coach issues keeper warning\n\n' +
      'Germany coach Richard Gale has warned goalkeeper Joe Pike he may have to leave his club to keep his World Cup place.\n\n' +
      'Pike is understudy to the captain in the German squad, but has lost his place at his club. ' +
      'Gale said: "It will be difficult for any of our players if he is not first choice at his club. ' +
      '"If Joe is not the number one keeper, that is a problem for me. He must be playing regularly." ' +
      'Pike is desperate to keep his place in the squad when the country hosts the World Cup in 2006. ' +
      'Gale added: "If he is not playing regularly he cannot be our number one keeper, or even number two keeper. ' +
      '"This could be critical if it remains the same next season."\n';
    expect(speakerOf(text, 'If he is not playing regularly')).toBe('Richard Gale');
  });
});
