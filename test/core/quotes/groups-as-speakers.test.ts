import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News politics copy.

describe('a group known only in the plural ("MPs", "campaigners")', () => {
  it('speaks with whatever describes it ("pro-hunt MPs say")', () => {
    const text =
      'Hunt law "cannot be enforced"\n\n' + 'The new law on hunting with dogs is "so badly written" that no police force can enforce it, pro-hunt MPs say.\n';
    expect(speakerOf(text, 'so badly written')).toBe('pro-hunt MPs');
  });

  it('is described by its cause ("anti-war campaigners said")', () => {
    const text =
      'March goes ahead\n\n' +
      'Thousands marched through the city centre on Saturday.\n\n' +
      'The government "must listen to the people", anti-war campaigners said.\n';
    expect(speakerOf(text, 'must listen to the people')).toBe('anti-war campaigners');
  });
});
