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

  it('drops stop words and question words', () => {
    expect(contentTerms('Who was the mayor of the town?')).toEqual(['mayor', 'town']);
  });
});
