import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';

// A banker whose surname is a letter from a country the article writes as a place.
const wire = [
  'BANK CHAIRMAN SEES SLOWER GROWTH',
  '',
  'Bankers Trust chairman Alfred Brittain said growth in Britain and the United States would slow this year.',
  'Brittain said lending to companies in Britain had fallen.',
  'Britain said it would cut interest rates to support exports.',
].join('\n');

describe('a word a typo from a surname that the story writes as a place', () => {
  const { story } = buildStory([{ id: 'wire.txt', text: wire }]);
  const brittain = story.people.find((p) => p.name === 'Alfred Brittain');

  it('is the place, no misspelling of the surname', () => {
    expect(brittain?.aliases).not.toContain('Britain');
    expect(story.byArticle.get('wire.txt')!.find((s) => s.text.startsWith('Britain said'))!.people).toEqual([]);
  });

  it('leaves the surname his', () => {
    expect(brittain?.aliases).toContain('Brittain');
    expect(brittain?.mentions).toBe(2);
  });
});
