import { describe, expect, it } from 'vitest';
import { articleUnder, speakerOf } from '../../support/attributed-quotes.js';

const article = articleUnder('Saudi budget cuts spending');

describe('a writing that says what it is on and when it came out', () => {
  it('is the speaker of its words, not the place it is on', () => {
    const text = article(
      'A U.S. Embassy report on Saudi Arabia published just before the budget said: "While industrialisation has continued, the pace has slowed."',
    );
    expect(speakerOf(text, 'While industrialisation')).toBe('a U.S. Embassy report');
  });

  it('still reads a writing given out on a day', () => {
    expect(speakerOf(article('The Ministry statement issued on Monday said: "We are calm about the markets."'), 'We are calm')).toBe('the Ministry statement');
  });
});
