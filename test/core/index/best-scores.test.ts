import { describe, expect, it } from 'vitest';
import { best } from '../../../src/core/index/best-scores.js';

/** What a stable sort by score, best first, cut at `limit`, gives. */
function sortedBest(order: number[], scores: Map<number, number>, limit: number): number[] {
  return [...order].sort((a, b) => scores.get(b)! - scores.get(a)!).slice(0, limit);
}

describe('best', () => {
  it('keeps the documents a stable sort by score would put first, ties in the order met, for every limit', () => {
    // Scores from a few values only, so that ties are everywhere; a fixed sequence, not a random one.
    const order = Array.from({ length: 300 }, (_, i) => (i * 7919) % 1000);
    const scores = new Map(order.map((doc, i) => [doc, ((i * 37) % 11) / 4]));
    for (const limit of [0, 1, 5, 60, 299, 300, 400])
      expect(
        best(order, (doc) => scores.get(doc)!, limit),
        `limit ${limit}`,
      ).toEqual(sortedBest(order, scores, limit));
  });

  it('gives nothing for no documents', () => {
    expect(best([], () => 1, 60)).toEqual([]);
  });
});
