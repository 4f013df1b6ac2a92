import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of a Reuters debt story (reuters/16904) a readers' audit found given to the minister spoken of.

describe('quotes: a cue that closes its sentence after a comma reports all before it', () => {
  it('so a "he said" after it is the source\'s, not the one its clause says "has not said" something', () => {
    const text =
      'PHILIPPINES WANTS LOWER SPREAD\n\n' +
      '    Finance Secretary Jaime Ongpin wants the spread cut, a source close to the Manila government said. ' +
      'Ongpin has not said the Philippines will start paying the lower rate but has made it clear he will not pay more than Mexico, the source said. ' +
      '"The Philippines really means business on this," he said.\n';
    expect(speakerOf(text, 'The Philippines really means business')).toBe('a source close to the Manila government');
  });
});
