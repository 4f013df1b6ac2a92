import { describe, expect, it } from 'vitest';
import { termOf } from '../../../src/core/index/terms.js';
import { addCompoundParts, addJoinedCompounds, splitCompounds } from '../../../src/core/answer/split-compounds.js';
import { expandQuery } from '../../../src/core/answer/expand-query.js';

const storyWords = (...words: string[]) => {
  const terms = new Set(words.map((w) => termOf(w)));
  return (term: string) => terms.has(term);
};

describe('splitCompounds', () => {
  it('writes a word the story lacks as the two words of the story it is made of, split evenly', () => {
    expect(splitCompounds('Which chipmaker cut output?', storyWords('chip', 'maker', 'cut', 'output', 'chipm', 'aker'))).toBe('Which chip maker cut output?');
  });

  it('leaves a word the story has, a short word, and a word with no such split as they are', () => {
    const inStory = storyWords('chipmaker', 'chip', 'maker', 'car');
    expect(splitCompounds('chipmaker carpet carburettor', inStory)).toBe('chipmaker carpet carburettor');
  });
});

describe('addCompoundParts', () => {
  it('lets a compound the story has be met by its two parts too', () => {
    const expanded = addCompoundParts(expandQuery('chipmaker'), 'chipmaker', storyWords('chipmaker', 'chip', 'maker'));
    expect([...expanded.groups.get(termOf('chipmaker')!)!]).toContain(`${termOf('chip')} ${termOf('maker')}`);
  });
});

describe('addJoinedCompounds', () => {
  it('lets two words of the question be met by the one word the story writes them as ("code name" / "codenamed", BBC tech)', () => {
    const expanded = addJoinedCompounds(expandQuery('What is the code name?'), 'What is the code name?', storyWords('codenamed', 'code', 'name'));
    expect([...expanded.groups.get(termOf('code')!)!]).toContain(termOf('codenamed'));
    expect([...expanded.groups.get(termOf('name')!)!]).toContain(termOf('codenamed'));
  });

  it('joins nothing the story does not write as one word', () => {
    const expanded = addJoinedCompounds(expandQuery('What is the code name?'), 'What is the code name?', storyWords('code', 'name'));
    expect([...expanded.groups.get(termOf('code')!)!]).toEqual([termOf('code')]);
  });
});
