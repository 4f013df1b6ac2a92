import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';

/** The cast of a story of one article, given as its lines. */
function castOf(lines: string[]) {
  return buildStory([{ id: 'a1.txt', text: lines.join('\n') }]).story.people;
}

describe('a titled surname after a kin word ("Michael Hartwell, son of President Hartwell")', () => {
  const cast = castOf([
    'Game show sold to network',
    '',
    'The show will be hosted by Michael Hartwell, son of President Hartwell by his first marriage, the producers said.',
  ]);

  it('is another person than the one the kin phrase describes, who keeps no title of theirs', () => {
    const son = cast.find((p) => p.name === 'Michael Hartwell');
    expect(son?.roles).toEqual([]);
    expect(son?.aliases).not.toContain('the president');
  });

  it('is listed with the title', () => {
    expect(cast.find((p) => p.name !== 'Michael Hartwell' && p.roles.includes('President'))?.name).toBe('Hartwell');
  });
});
