import { describe, expect, it } from 'vitest';
import { quoteMatcher } from '../../../src/core/answer/match-quote-text.js';
import { newVocabulary, numberWords, quoteWords } from '../../../src/core/quotes/quote-words.js';

/** The score of a text against a quote, both numbered over one vocabulary as the story's quotes are. */
function score(text: string, quote: string, others: string[] = []): number {
  const vocabulary = newVocabulary();
  for (const other of others) numberWords(quoteWords(other), vocabulary);
  return quoteMatcher(quoteWords(text), vocabulary)(numberWords(quoteWords(quote), vocabulary));
}

describe('quoteMatcher', () => {
  const quote = 'The harbour will reopen to ferries and passengers before the summer season begins';
  it.each([
    ['the whole quote', quote, 1],
    ['words from its middle', 'reopen to ferries and', 1],
    ['one typo in a word of four to seven letters', 'reopen to feries and', 1],
    ['two typos in a word of eight letters or more', 'ferries and pasengrs', 1],
    ['two typos in a shorter word: not that word', 'the harbuor will reopen', 0.75],
    ['the quote pasted with its attribution (90% of the quote, all in the text)', `“${quote},” the mayor said on Monday`, 0.9],
    ['words out of order: only those in order count', 'season summer harbour', 1 / 3],
    ['a name and "said" before the quote\'s words: those words are not counted', 'Mayor Park said the harbour will reopen to ferries', 6 / 9],
    ['words it does not have, but one', 'the airport closes at night', 0.2],
  ])('%s scores %s', (_, text, expected) => {
    expect(score(text, quote, ['Ferries were cancelled', 'The mayor said nothing'])).toBeCloseTo(expected, 5);
  });

  it('scores nothing for an empty text or quote', () => {
    expect(score('', quote)).toBe(0);
    expect(score('harbour', '')).toBe(0);
  });
});
