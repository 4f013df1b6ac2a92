import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the archives asked for.

describe('a source the sentence says an outlet contacted or polled ("A Fiat spokesman contacted by Reuters said")', () => {
  // Reuters 4134.
  const opening = 'FIAT BOND RUMOURED\n\nThe Milan daily said a bond issue was under study.\n';

  it('is the speaker, not the outlet that asked', () => {
    const text = `${opening}A Fiat spokesman contacted by Reuters said only that the report was "one of the typical rumours on the bourse."\n`;
    expect(speakerOf(text, 'one of the typical')).toBe('a Fiat spokesman');
  });

  it('is so for a plural source after "and" opening the clause', () => {
    const text = `${opening}Shares fell, and bankers polled by Reuters said the issue was "a matter of weeks away."\n`;
    expect(speakerOf(text, 'a matter of')).toBe('bankers');
  });
});

describe('a name right before the "who" that opens a cue\'s clause ("including Mitchell who urged")', () => {
  // Reuters 4008.
  it('is the speaker, though the clause opens on "including" after another name', () => {
    const text =
      'CLARK SEES MOVEMENT\n\nJoe Clark met Secretary of State James Baker and Senator George Mitchell. ' +
      'The issue was discussed with Baker and several of the senators, including Mitchell who urged Canada to "keep the heat on" ' +
      'the administration, Canadian officials said.\n';
    expect(speakerOf(text, 'keep the heat')).toBe('George Mitchell');
  });
});
