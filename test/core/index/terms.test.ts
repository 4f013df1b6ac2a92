import { describe, expect, it } from 'vitest';
import { contentTerms, termOf, tokenize } from '../../../src/core/index/terms.js';

describe('termOf: word families meet (words not in the seeds)', () => {
  it.each([
    [['nationalised', 'nationalisation', 'nationalization', 'nationalize']],
    [['deported', 'deportation', 'deporting', 'deports']],
    [['abstained', 'abstain', 'abstaining']],
    [['steadily', 'steady']],
  ])('%j share one term', (words) => {
    expect(new Set(words.map(termOf)).size).toBe(1);
  });

  it.each([
    [['bought', 'buy', 'buys', 'buying']],
    [['met', 'meet', 'meets', 'meeting']],
    [['overseen', 'oversee', 'oversees']],
    [['won', 'win', 'wins']],
    [['women', 'woman']],
  ])('irregular forms %j share one term with their base form', (words) => {
    expect(new Set(words.map((w) => termOf(w))).size).toBe(1);
  });

  it('reads "won\'t" as "will not", not as the past of "win"', () => {
    expect(contentTerms("They won't win")).toEqual([termOf('win')]);
    expect(contentTerms('They won’t sell')).toEqual([termOf('sell')]);
  });

  it('drops stop words and question words', () => {
    expect(contentTerms('Who was the mayor of the town?')).toEqual(['mayor', 'town']);
  });
});

describe('tokenize: dotted capitals are one word, as a reader writes them', () => {
  it.each([
    ['about 12,000 U.S. retirees', ['about', '12', '000', 'us', 'retirees']],
    ['the U.N. Security Council', ['the', 'un', 'security', 'council']],
    ['E.F. Hutton and Co', ['ef', 'hutton', 'and', 'co']],
  ])('%j → %j', (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });

  it('meets "US" in a question with "U.S." in a wire', () => {
    expect(contentTerms('the U.S. retirees')).toEqual(contentTerms('How many US retirees?'));
  });
});
