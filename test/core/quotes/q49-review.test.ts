import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the
// archives asked for.

describe('"the senior official" after two sources described by the same noun', () => {
  const text =
    'BANKS COOL ON DEBT TALKS\n\n    "We are not keen on the rescheduling," said a senior official at a leading ' +
    'Tokyo bank.\n    "The debtor has neglected us," said another Tokyo bank official.\n    Talks open on Monday. ' +
    '"Otherwise, our response will be negative," the senior official said.\n';

  it('is the source whom the same words described, not the nearer one who lacks them', () => {
    // Reuters 306.
    expect(speakerOf(text, 'Otherwise')).toBe('a senior official at a leading Tokyo bank');
  });

  it('leaves "the official" to the nearer source', () => {
    expect(speakerOf(text.replace('the senior official said', 'the official said'), 'Otherwise')).toBe('another Tokyo bank official');
  });
});

describe('"with" and a subject before "claiming", "labelling" or "branding"', () => {
  it('gives the words to that subject, not to the speaker of the sentence before', () => {
    // BBC entertainment 074, BBC sport 189.
    const text =
      'Film opens to poor reviews\n\n"It is a strong opening," said studio chief Dan Fellman. US critics were less ' +
      'kind, with the Los Angeles Times labelling it a "dispiriting vanity project". Ferguson did not play, with ' +
      'Rovers boss Mark Hughes claiming it had been an "emotional and difficult time" for the player.\n';
    expect(speakerOf(text, 'dispiriting')).toBe('Los Angeles Times');
    expect(speakerOf(text, 'emotional and')).toBe('Mark Hughes');
  });

  it('leaves "calling for" a thing, and a participle after a clause\'s word ("with Craig Bellamy after claiming")', () => {
    // BBC sport 138.
    const text =
      'Souness renews Bellamy row\n\nNewcastle boss Graeme Souness has reopened his dispute with Craig Bellamy after ' +
      'claiming the Welshman was "not good enough" for the club. The club is struggling, with fans calling for the ' +
      '"immediate sacking" of the board.\n';
    expect(speakerOf(text, 'not good enough')).toBe('Graeme Souness');
    expect(speakerOf(text, 'immediate sacking') ?? null).not.toBe('fans');
  });
});

describe('a source described by the desk they work at ("an officer on Prudential-Bache\'s syndicate desk")', () => {
  const text =
    'DOLLAR NOTES SELL WELL\n\n    "We have sold 20 to 25 pct of the notes," an officer on Prudential-Bache\'s ' +
    'syndicate desk said.\n    Investors pay in dollars, underwriters said.\n    "I would like to underwrite a deal a ' +
    'day," the Prudential-Bache officer admitted.\n';

  it('is the speaker, described in full', () => {
    // Reuters 10931, 8272.
    expect(speakerOf(text, 'We have sold')).toBe("an officer on Prudential-Bache's syndicate desk");
  });

  it('is whom "the Prudential-Bache officer" points back to', () => {
    expect(speakerOf(text, 'I would like')).toBe("an officer on Prudential-Bache's syndicate desk");
  });
});

describe('"the first diplomat" after two sources described by the same noun', () => {
  const text =
    'CHINA DEFICIT GROWS\n\n    A Western diplomat said the deficit was large. "Firms compete on the free market," ' +
    'the diplomat said.\n    Another diplomat said demand was high. "There will be no surprises," the diplomat ' +
    'said.\n    The first diplomat said times were thrifty. "Normally, a visit is a chance to feast," he said.\n';

  it('points back to the source brought in first, not the latest', () => {
    // Reuters 8627.
    expect(speakerOf(text, 'Normally')).toBe('a Western diplomat');
  });

  it('leaves "the diplomat" to the latest', () => {
    expect(speakerOf(text, 'There will be')).toBe('another diplomat');
  });
});
