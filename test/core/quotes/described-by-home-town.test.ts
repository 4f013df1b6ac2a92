import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of a BBC Sport feature (bbc/sport/093) a readers' audit found with a whole account unattributed.

describe('quotes: a man or a woman described by where they are from', () => {
  it('is whom a "he" before it stands for ("says the Waterford man" after a sentence about him by "he")', () => {
    const text =
      'Costin aims for comeback in 2006\n\n' +
      'Jamie Costin should be paralysed.\n\n' +
      'He says so himself as he recalls the car accident. There is an ironic chuckle as he talks of his immediate thoughts. ' +
      '"I was in a lot of pain and I guessed that one of my toes was broken," says the Waterford man.\n';
    expect(speakerOf(text, 'I was in a lot of pain')).toBe('Jamie Costin');
  });

  it('is read as the description where no one is meant before it', () => {
    const text = 'Flood warning\n\n' + 'The river rose overnight. "We have never seen it this high," said the Kent woman.\n';
    expect(speakerOf(text, 'We have never seen it')).toBe('the Kent woman');
  });
});
