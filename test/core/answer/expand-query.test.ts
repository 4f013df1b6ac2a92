import { describe, expect, it } from 'vitest';
import { expandQuery, superlativeOf } from '../../../src/core/answer/expand-query.js';
import type { Thesaurus } from '../../../src/core/index/thesaurus.js';

const thesaurus: Thesaurus = {
  synonyms: (phrase) =>
    ({ quit: ['resign', 'leave office'], 'step down': ['resign'], 'turn down': ['reject'], 'go down': ['sink'], ferry: ['boat'], quickest: ['quick', 'fast'] })[
      phrase
    ] ?? [],
  antonyms: (phrase) => ({ accept: ['reject'] })[phrase] ?? [],
};

describe('expandQuery', () => {
  it('adds single-word synonyms at a lower weight, grouped under the word they widen', () => {
    const q = expandQuery('Did the mayor quit?', thesaurus);
    expect(q.groups.get('quit')).toEqual(new Set(['quit', 'resign']));
    expect(q.boosts.get('resign')).toBeLessThan(1);
    expect(q.text).toContain('resign');
    expect(q.text).not.toContain('leave office');
  });

  it('looks up two-word phrases such as "step down"', () => {
    expect(expandQuery('Will the mayor step down?', thesaurus).groups.get('step')).toContain('resign');
  });

  it('looks up a phrasal verb with its object between its words: "turn the offer down" is "turn down" (Reuters, Caesars World)', () => {
    expect(expandQuery('Why did Caesars turn the offer down?', thesaurus).groups.get('turn')).toContain('reject');
    expect(expandQuery('Why did the board turn it down?', thesaurus).groups.get('turn')).toContain('reject');
    // "going to step down": the particle's verb is "step", the words before it no object.
    expect(expandQuery('Is the mayor going to turn down?', thesaurus).groups.get('go')).toEqual(new Set(['go']));
  });

  it('widens a yes-or-no question with the opposites of its words, and only such a question', () => {
    const yesOrNo = expandQuery('Did the board accept the offer?', thesaurus);
    expect(yesOrNo.groups.get('accept')).toEqual(new Set(['accept', 'reject']));
    expect(yesOrNo.boosts.get('reject')).toBeLessThan(1);
    expect(expandQuery('Why did the board accept the offer?', thesaurus).groups.get('accept')).toEqual(new Set(['accept']));
  });

  it('gives a superlative the superlatives of its synonyms: "quickest" is met by "fastest" (BBC tech, the Cell chip)', () => {
    expect(expandQuery("How fast is Intel's quickest processor?", thesaurus).groups.get('quickest')).toContain('fastest');
  });

  it.each([
    ['fast', 'fastest'],
    ['large', 'largest'],
    ['easy', 'easiest'],
    ['big', 'biggest'],
    ['strong', 'strongest'],
  ])('the superlative of %j is %j', (adjective, superlative) => {
    expect(superlativeOf(adjective)).toBe(superlative);
  });

  it('leaves a question as it is without a thesaurus', () => {
    const q = expandQuery('Did the mayor quit?');
    expect(q.text).toBe('Did the mayor quit?');
    expect([...q.groups.keys()]).toEqual(['mayor', 'quit']);
  });
});
