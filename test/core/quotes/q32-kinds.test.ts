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
