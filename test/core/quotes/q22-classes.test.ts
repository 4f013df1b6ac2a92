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

describe('a cue later in the sentence, or a passive "was quoted as saying", after the quote', () => {
  it('gives "…" in talks, said Juan Carlos Pugliese to Pugliese', () => {
    const text =
      'ARGENTINA DEBT TALKS\n2-APR-1987 10:00:00.00\n\n' +
      '"I suppose (the debt) will be unavoidable" in talks, said Juan Carlos Pugliese, speaker of the lower house of the Argentine Parliament.\n';
    expect(speakerOf(text, 'I suppose')).toBe('Juan Carlos Pugliese');
  });

  it('gives no speaker from "…, said in a prepared statement at the Offshore Technology Conference"', () => {
    const text =
      'OFFSHORE OIL INDUSTRY WAITING FOR TURNAROUND\n29-APR-1987 19:22:52.24\n\n' +
      'The depressed offshore oil industry is still waiting for a turnaround.\n' +
      '    "The perception of a turnaround comes from the change in prices," Charles Siess Jr, vice chairman of Marathon Manufacturing Co, a subsidiary of USX Corp, and chairman of the National Ocean Industries Association, said in a prepared statement at the Offshore Technology Conference.\n';
    expect(speakerOf(text, 'The perception')).not.toBe('Offshore Technology Conference');
  });

  it('gives "…," Keswick was quoted by the newspaper as saying to Keswick', () => {
    const text =
      'HONGKONG LAND SEES CROSSROADS\n2-APR-1987 10:00:00.00\n\n' +
      'The newspaper quoted Simon Keswick, chairman of Hongkong Land, as saying the company was at a crossroads.\n' +
      '    "If we can\'t find any opportunities we might have to look abroad," Keswick was quoted by the newspaper as saying.\n';
    expect(speakerOf(text, 'If we can')).toBe('Simon Keswick');
  });
});
