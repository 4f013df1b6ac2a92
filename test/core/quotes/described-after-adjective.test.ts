import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC Sport copy.

describe('a description after the quote that re-mentions whom the sentence before is about', () => {
  it('finds them though an adjective stands before their name ("The versatile Finnan … "…," said the Liverpool player")', () => {
    const text =
      'Finnan says Irish can win group\n\n' +
      'Richard Finnan believes the Republic of Ireland can qualify directly for the World Cup finals.\n\n' +
      "After Saturday's display in Paris, Ireland face the Faroe Islands in Dublin on Wednesday. " +
      'The versatile Finnan, who starred against the French, is confident the group is there for the taking. ' +
      '"There is a chance for us now to go on and win our home games," said the Liverpool player.\n';
    expect(speakerOf(text, 'There is a chance')).toBe('Richard Finnan');
  });

  it('reads "the youngster" as someone described, like "the 22-year-old"', () => {
    const text =
      'Call-up for Perpignan centre\n\n' +
      'The French limped to a narrow win against Scotland on Saturday.\n\n' +
      "Perpignan's Richard Granclaude is delighted to have received his first call-up to the France squad. " +
      '"It is incredible," the youngster said.\n';
    expect(speakerOf(text, 'It is incredible')).toBe('Richard Granclaude');
  });
});
