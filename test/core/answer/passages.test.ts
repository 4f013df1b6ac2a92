import { describe, expect, it } from 'vitest';
import { areNearDuplicates } from '../../../src/core/index/near-duplicates.js';
import { passageOf } from '../../../src/core/answer/passage.js';
import type { Sentence } from '../../../src/core/types.js';

const sentence = (n: number, text: string, paragraph = 1): Sentence => ({ article: 'a', n, paragraph, text, norm: text, credits: [], people: [] });

describe('areNearDuplicates', () => {
  it.each([
    ['The council delayed the ferry vote on Tuesday.', 'On Tuesday the council delayed its ferry vote.', true],
    [
      'She said "we will not sell the harbour to anyone at any price" in May.',
      'Asked again, she repeated: "we will not sell the harbour to anyone at any price".',
      true,
    ],
    ['The council delayed the ferry vote on Tuesday.', 'Fishermen protested outside the town hall.', false],
  ])('%j ~ %j → %s', (a, b, expected) => {
    expect(areNearDuplicates(a, b)).toBe(expected);
  });
});

describe('passageOf', () => {
  const article = [sentence(1, 'The mayor resigned on Friday.'), sentence(2, 'She had served for ten years.'), sentence(3, 'It was a surprise.', 2)];

  it('joins a sentence that opens with a pronoun to the one before it in its paragraph', () => {
    expect(passageOf(article[1]!, article)).toEqual({ text: 'The mayor resigned on Friday. She had served for ten years.', from: 1 });
  });

  it('does not reach into the previous paragraph', () => {
    expect(passageOf(article[2]!, article)).toEqual({ text: 'It was a surprise.', from: 3 });
  });

  // BBC politics 133 (the Gambling Bill): a connective before a named subject stands alone; before a pronoun it leans (its third sentence is another article's).
  const paragraph = [
    sentence(1, 'She told the Guardian newspaper there would be no "Las Vegas-style" super-casinos, as rumoured in the press.'),
    sentence(2, 'Meanwhile Labour backbencher Stephen Pound labelled casino-related regeneration schemes "a pile of pants".'),
    sentence(3, 'But he said he was unable to return to the UK because he had lost his British passport.'),
  ];

  it('keeps a sentence alone when its connective is followed by a name', () => {
    expect(passageOf(paragraph[1]!, paragraph).from).toBe(2);
  });

  it('joins a sentence whose connective is followed by a pronoun', () => {
    expect(passageOf(paragraph[2]!, paragraph).from).toBe(2);
  });
});
