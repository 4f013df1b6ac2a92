import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) and Reuters (1987) articles, cut down to what each rule reads.

describe('"and" before a person opens the cue\'s own clause', () => {
  const benitez =
    'Benitez delight\n\nLiverpool manager Rafael Benitez said their qualification was "one of the proudest nights of my career."\n\n' +
    'The Reds beat Olympiakos 3-1 with a late Steven Gerrard strike and Benitez said: "It was a really great night. "The players ran hard all the time."\n';

  it('gives "… a late Steven Gerrard strike and Benitez said: …" to Benitez, not to the scorer', () => {
    expect(speakerOf(benitez, 'It was a really')).toBe('Rafael Benitez');
  });

  it('keeps a place after "and" in the subject ("the Group of Five nations and Canada agreed"): no speaker from it', () => {
    const mulford =
      'MULFORD SEES STABILITY\n13-APR-1987 10:00:00.00\n\n' +
      'Treasury Assistant Secretary David Mulford said the Paris agreement is intended to produce "reasonable stability" in exchange markets.\n' +
      '    He told a Senate Banking subcommittee the Group of Five nations and Canada agreed in Paris to "see if there can\'t be a period of reasonable stability instead."\n';
    expect(speakerOf(mulford, 'see if there')).not.toBe('Canada');
  });
});

describe('a quote alone after a sentence that opens on a person and their role', () => {
  it('gives the quote after "Graham Barlow, editor of Mac Format, understandably has a … viewpoint." to Barlow', () => {
    const text =
      'Mac Mini reviewed\n\nSo - is the Mac Mini just another computer or a revolution in computing? Graham Barlow, editor of Mac Format, ' +
      'understandably has a rather partisan viewpoint. "It\'s just a Mac, but we should be very excited - it\'s revolutionary in its size." ' +
      'The design of the Mac Mini is further evidence of a future when PCs are more than just bland, bulky boxes.\n';
    expect(speakerOf(text, "It's just a Mac")).toBe('Graham Barlow');
  });

  it('gives it to a wire\'s analyst set off by commas ("Arthur Cherry, coffee analyst at E.D. and F. Man, expressed doubts …")', () => {
    const text =
      'COFFEE PRICES SEEN NEAR FLOOR\n1-APR-1987 12:00:00.00\n\n' +
      'Arthur Cherry, coffee analyst at a London trade house, expressed doubts the price spiral would continue much below current levels. ' +
      '"One dlr coffee is catastrophic for many producers."\n';
    expect(speakerOf(text, 'One dlr coffee')).toBe('Arthur Cherry');
  });
});
