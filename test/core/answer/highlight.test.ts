import { describe, expect, it } from 'vitest';
import { matchedRanges } from '../../../src/core/answer/highlight.js';
import { ask } from '../../../src/core/answer/ask.js';
import { seedStory } from '../../discord/bot-harness.js';

const words = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe('the words of a passage that match a question', () => {
  it.each([
    ['He offered to resign.', ['resign'], ['resign']],
    ['Sessions’ resignation was refused; he resigned later.', ['resign'], ['resignation', 'resigned']],
    ["Trump's aides said Trump was angry.", ['trump'], ['Trump', 'Trump']],
    ['The AG, Mr. Sessions, stayed.', ['session'], ['Sessions']],
    // Dotted capitals are one word, as the index reads them.
    ['About 12,000 U.S. retirees rely on it.', ['us', 'retire'], ['U.S.', 'retirees']],
  ] as const)('%s', (text, terms, expected) => {
    expect(words(text, matchedRanges(text, new Set(terms)))).toEqual(expected);
  });

  it("an /ask answer carries the ranges of the question's words, word families included", () => {
    const [best] = ask(seedStory.story, 'Did Sessions ever offer to resign?').answers;
    expect(words(best!.text, best!.highlights!)).toEqual(['Sessions', 'offered', 'resignation']);
  });
});
