import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC Sport copy.

describe('a "he said" a quote has been given', () => {
  const text =
    'Sculthorpe backs Farrell move\n\n' +
    'Paul Sculthorpe said the rugby league world would understand if Farrell moved to union. ' +
    '"It is a short career and you have to make of it what you can," said Sculthorpe. ' +
    'Sculthorpe also called on the authorities to look at the number of games the top players play. ' +
    'Richard Long, his team-mate, has expressed doubts about his international future. ' +
    '"I think Richard\'s situation is to do with the sheer number of games we are playing," he said.\n\n' +
    '"The way he is looking at it is that he can extend his career by not playing international rugby."\n';

  it('is whom that quote found, who says the next paragraph too (not the team-mate the quote speaks of)', () => {
    expect(speakerOf(text, "I think Richard's situation")).toBe('Paul Sculthorpe');
    expect(speakerOf(text, 'The way he is looking')).toBe('Paul Sculthorpe');
  });
});
