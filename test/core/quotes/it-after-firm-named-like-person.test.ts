import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News business copy.

describe('an "it added" after a firm named like a person', () => {
  it('is the firm\'s, which the story never counts among its people ("housebuilder George Hardwick")', () => {
    const text =
      'Housing market stays robust\n\n' +
      'The UK property market remains robust despite the recent slowdown, according to housebuilder George Hardwick.\n\n' +
      'Hardwick reported a 12% rise in profits and said new home reservations were better than expected.\n\n' +
      'Hardwick said the UK housing market had proved "challenging" last year. ' +
      '"By late summer, the market in general had slowed sharply across the country," it added.\n';
    expect(speakerOf(text, 'By late summer')).toBe('George Hardwick');
  });
});
