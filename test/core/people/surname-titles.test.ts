import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';
import { speakerOf } from '../../support/attributed-quotes.js';

const castOf = castUnder('New hosts for the chart show');

// Made up in the shape of a BBC News feature a readers' audit found with "King says" unattributed.

describe('people: a surname that is also a title\'s word ("King")', () => {
  it('alone stands for the person where the story never writes it as a title', () => {
    const cast = castOf('The show is now hosted by Jason King and Joel Ross.', '"We are a double act," says King, 30.');
    expect(cast.find((p) => p.name === 'Jason King')?.aliases).toContain('King');
    expect(
      speakerOf('New hosts\n\nThe show is now hosted by Jason King and Joel Ross.\n\n"We are a double act," says King, 30.\n', 'We are a double act'),
    ).toBe('Jason King');
  });

  it('alone is the title\'s where the story writes it before a name or after "the"', () => {
    const beforeName = castOf('Jason King met King Abdullah in Amman.', 'King said the talks went well.');
    expect(beforeName.find((p) => p.name === 'Jason King')?.aliases ?? []).not.toContain('King');
    const afterThe = castOf('Jason King met the King in Amman.', 'King said the talks went well.');
    expect(afterThe.find((p) => p.name === 'Jason King')?.aliases ?? []).not.toContain('King');
  });
});
