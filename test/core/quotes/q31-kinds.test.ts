import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from Reuters wires (1987) and BBC News (2004-05) articles, cut down to what each rule reads, except where
// a test says it is made up.

describe('a body named by its kind', () => {
  it('is a Forum, which "who say" after it quotes ("the Music Managers\' Forum (MMF), who say")', () => {
    // BBC entertainment 289.
    const text =
      'US visa rules hit UK bands\n\nThe Musicians\' Union stance is being endorsed by the Music Managers\' Forum (MMF), who say British artists face "an uphill struggle" to succeed in the US, thanks to the tough visa requirements.\n';
    expect(speakerOf(text, 'an uphill struggle')).toBe("Music Managers' Forum");
  });
});
