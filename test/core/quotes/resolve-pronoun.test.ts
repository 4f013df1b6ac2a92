import { describe, expect, it } from 'vitest';
import { fitsPronoun } from '../../../src/core/quotes/resolve-pronoun.js';

describe('fitsPronoun', () => {
  it.each([
    ['a woman\'s first name fits "she"', 'Mary Jones', 'she', true],
    ['a woman\'s first name does not fit "he"', 'Mary Jones', 'he', false],
    ['a man\'s first name fits "he"', 'John Smith', 'he', true],
    ['a man\'s first name does not fit "she"', 'John Smith', 'she', false],
    ['a name of no known gender fits "he"', 'Smith', 'he', true],
    ['a name of no known gender fits "she"', 'Smith', 'she', true],
  ] as const)('%s', (_name, name, pronoun, fits) => {
    expect(fitsPronoun(name, pronoun)).toBe(fits);
  });
});
