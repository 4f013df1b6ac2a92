import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shapes of Reuters and BBC News copy (reuters/17402, bbc/politics/264) a readers' audit found unattributed.

describe('quotes: what someone reaffirmed, talked about or spoke of', () => {
  it('"reaffirmed" gives the words to whoever said them again', () => {
    const text = 'LAWSON KEEPS TAX TARGET\n\n    Chancellor Nigel Lawson today reaffirmed that the basic rate would be "no more than 25p."\n';
    expect(speakerOf(text, 'no more than 25p')).toBe('Nigel Lawson');
  });

  it('"talked about a" or "spoke of" before the quote gives it to the talker', () => {
    const text =
      'Blair sets out stall\n\n' +
      'In his speech Tony Blair talked about a "New Labour manifesto that will be aimed at the future". Ann Lee spoke of "a great loss".\n';
    expect(speakerOf(text, 'New Labour manifesto')).toBe('Tony Blair');
    expect(speakerOf(text, 'a great loss')).toBe('Ann Lee');
  });

  it('not where the words quoted do not follow what was talked about', () => {
    const text = 'Weather\n\nThey talked about the weather for an hour, and "a great loss" was felt across the town.\n';
    expect(speakerOf(text, 'a great loss')).toBeNull();
  });
});
