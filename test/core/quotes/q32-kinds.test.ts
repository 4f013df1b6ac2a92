import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) and Reuters wires (1987) articles, cut down to what each rule reads, except where a
// test says it is made up.

describe('a verb of speech after an emphatic "did"', () => {
  it('gives the quoted words to its subject ("the LSE did agree to … whether a "significantly-improved proposal" …")', () => {
    // BBC business 279.
    const text =
      'Deutsche Boerse set to woo LSE\n\nThe news came as Deutsche Boerse held its third meeting with the LSE since its bid approach in December. However, the LSE did agree to leave the door open for talks to find out whether a "significantly-improved proposal" would be in the interests of LSE\'s shareholders and customers.\n';
    expect(speakerOf(text, 'significantly-improved proposal')).toBe('LSE');
  });

  it('is read only after "did" or "does": "agree on" and "add to" alone say nothing (made up)', () => {
    const text =
      'CARMAKERS IN TALKS\n\n    Ford and General Motors agree on little, but both want a "level playing field" in Japan.\n' +
      '    New plants in Ohio add to the "glut of capacity" in the industry.\n';
    expect(speakerOf(text, 'level playing field')).toBeNull();
    expect(speakerOf(text, 'glut of capacity')).toBeNull();
  });
});

describe('a verb of speech in the present set after what it reports ("…, argues Mr Donofrio, …")', () => {
  it('makes its speaker the one a quote standing alone after his argument goes on with', () => {
    // BBC tech 137.
    const text =
      "Tech to transform our lives\n\nThe invention of new things will have a different kind of value, says IBM's Nick Donofrio.\n\n" +
      "We are in a different phase now when it comes to technology, argues Mr Donofrio, Industry Week's 2003 Technology Leader of the Year. The hype and over-promise is over and now technology leaders have to demonstrate that things work, make sense, make a difference and life gets better as a result.\n\n" +
      '"In the dotcom era, there was something that was jumping up in your face every five minutes.\n\n' +
      '"Somebody had a new thing that would awe you. You weren\'t quite sure that it did anything, but it was cool."\n';
    expect(speakerOf(text, 'In the dotcom era')).toBe('Nick Donofrio');
    expect(speakerOf(text, 'Somebody had a new thing')).toBe('Nick Donofrio');
  });
});
