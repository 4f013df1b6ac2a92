import { describe, expect, it } from 'vitest';
import { contentTerms, termOf } from '../../../src/core/index/terms.js';

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
