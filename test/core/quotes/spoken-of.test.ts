import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shapes of Reuters and BBC News copy (reuters/17402, bbc/politics/264) a readers' audit found unattributed.

describe('quotes: what someone reaffirmed, talked about, spoke of, apologised for, alleged or recommended', () => {
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

  it('"apologised for" gives the words to whoever apologised', () => {
    const text = 'EastEnders actor quits\n\n' + 'Leslie Grantham has quit the show. He apologised for his "deplorable actions" and "a moment\'s stupidity".\n';
    expect(speakerOf(text, 'deplorable actions')).toBe('Leslie Grantham');
    expect(speakerOf(text, "a moment's stupidity")).toBe('Leslie Grantham');
  });

  it('"alleged" after a noun with its article, and "recommended", are verbs of speech; "alleged" before a noun is not', () => {
    const text =
      'TRANSAMERICAN SUES COASTAL\n\n' +
      '    "It is obvious that Coastal\'s efforts are aimed at control," the company alleged. ' +
      'The commission recommended that the case go "to the law officers of the state for action". ' +
      'Officers held four alleged "mercy killers" and their driver overnight.\n';
    expect(speakerOf(text, 'It is obvious')).toBe('the company');
    expect(speakerOf(text, 'to the law officers')).toBe('the commission');
    expect(speakerOf(text, 'mercy killers') ?? null).toBeNull();
  });
});
