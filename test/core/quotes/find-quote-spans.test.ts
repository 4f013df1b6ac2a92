import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../support/growth.js';
import { findQuoteSpans } from '../../../src/core/quotes/find-quote-spans.js';

describe('findQuoteSpans', () => {
  it.each([
    ['curly double quotes', 'He said “we won” today.', ['we won']],
    ['a short single quote closed by ’ after a word', 'The ‘Blog’ picked it.', ['Blog']],
    [
      'an apostrophe more than six words after an open ‘ does not close it',
      "In the 'nineties the fees rose and rose and the students' union",
      ["nineties the fees rose and rose and the students' union"],
    ],
    ['an apostrophe within six words closes it', "In the 'nineties the students' union", ['nineties the students']],
    // Reuters 20571: a year cut to two figures is no opening mark.
    [
      'a year cut to its last two figures opens nothing',
      'She remembered \'29 and the \'90s. "I still find it hard to spend money."',
      ['I still find it hard to spend money.'],
    ],
    ['a straight quote typed for an apostrophe (Opec"s) is neither mark', 'Opec"s agency said output was "well below" the ceiling.', ['well below']],
    // Reuters 9310: two terms nested in one straight-quoted sentence.
    [
      'straight-quoted words nested one after another in an open quote',
      '"We have not gone from "no confidence" to "full confidence" yet," commented one banker.',
      ['We have not gone from "no confidence" to "full confidence" yet,'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(findQuoteSpans(text).map((s) => s.text)).toEqual(expected);
  });

  it("stays linear when a ‘ opened by 'nineties never closes and plural possessives follow: 200 KB at most 8 times 50 KB", () => {
    const paragraph = (size: number) =>
      `In the 'nineties, as everyone here remembers, fees went up. ${"the students' fees and the workers' pay rose again. ".repeat(size / 50)}`;
    const texts = new Map([5_000, 50_000, 200_000].map((size) => [size, paragraph(size)]));
    const ratio = growthRatio((size) => expect(findQuoteSpans(texts.get(size) ?? paragraph(size))).toHaveLength(1), 50_000);
    // Linear is 4x; reading back to the open mark at every apostrophe was 16x.
    expect(ratio).toBeLessThan(8);
  }, 60_000);

  it('stays linear over a long run of straight-quoted words nested in one quote: 200 KB at most 8 times 50 KB', () => {
    const paragraph = (size: number) => `"We went from ${'"no confidence" to '.repeat(size / 20)}"full confidence" yet," commented one banker.`;
    const texts = new Map([5_000, 50_000, 200_000].map((size) => [size, paragraph(size)]));
    const ratio = growthRatio((size) => expect(findQuoteSpans(texts.get(size) ?? paragraph(size))).toHaveLength(1), 50_000);
    // Linear is 4x; reading the run again from every word in it was 16x.
    expect(ratio).toBeLessThan(8);
  }, 60_000);
});
