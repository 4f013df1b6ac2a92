import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News entertainment copy.

describe('a band named after its kind ("pop band Busted")', () => {
  it('speaks by its name, and the headline quoting its words is theirs', () => {
    const text =
      "Keane to 'take some time off'\n\n" +
      'Chart-topping rock band Keane have confirmed that they plan to "take some time off", following months of touring.\n\n' +
      'A statement from the band\'s record company said the members would "reconvene in due course".\n';
    expect(speakerOf(text, 'take some time off')).toBe('Keane');
  });
});
