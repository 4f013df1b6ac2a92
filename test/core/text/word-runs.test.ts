import { describe, expect, it } from 'vitest';
import { SHARED_RUN, shareRun, wordRuns } from '../../../src/core/text/word-runs.js';

const words = (text: string) => text.split(' ');

describe('wordRuns', () => {
  it.each([
    [['a', 'b', 'c'], 2, ['a b', 'b c']],
    [['a', 'b', 'c'], 3, ['a b c']],
    [['a', 'b'], 3, []],
  ])('%j in runs of %i: %j', (list, n, expected) => {
    expect(wordRuns(list, n)).toEqual(expected);
  });

  it('reads runs of eight words unless told otherwise', () => {
    expect(SHARED_RUN).toBe(8);
    expect(wordRuns(words('one two three four five six seven eight nine'))).toEqual([
      'one two three four five six seven eight',
      'two three four five six seven eight nine',
    ]);
  });
});

describe('shareRun: one text repeats eight words of another', () => {
  const quote = 'we will not raise taxes on working families this year';
  it.each([
    ['the quote inside a longer report', `the minister said ${quote} and left`, true],
    ['eight words in a row in common', 'he said we will not raise taxes on working families again', true],
    ['seven words in a row in common', 'he said we will not raise taxes on working people', false],
    ['the same words out of order', 'this year working families will not raise taxes we on', false],
  ])('%s: %s', (_name, other, expected) => {
    expect(shareRun(words(quote), words(other))).toBe(expected);
    expect(shareRun(words(other), words(quote))).toBe(expected);
  });

  it('compares shorter runs when asked (a short quote inside a longer one)', () => {
    expect(shareRun(words('not true'), words('that is not true'), 2)).toBe(true);
    expect(shareRun(words('not true'), words('that is not so'), 2)).toBe(false);
  });
});
