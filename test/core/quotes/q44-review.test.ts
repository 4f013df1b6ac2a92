import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the archives asked for.

describe('someone at a branch or office of a firm, in a long phrase closing the sentence', () => {
  // Reuters 10697.
  const opening = 'BANKS EYE FRANKFURT\n\nJapanese banks plan to expand in Frankfurt, bankers said.\n';

  it('is the speaker described with the branch and the firm', () => {
    const text = `${opening}"I don't think they have firm plans yet," a banker at the West German commercial branch of Acme Bank Ltd in Duesseldorf said.\n`;
    expect(speakerOf(text, "I don't think")).toBe('a banker at the West German commercial branch of Acme Bank');
  });
});
