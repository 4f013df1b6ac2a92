import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

describe('a titled surname after a kin word ("Michael Hartwell, son of President Hartwell")', () => {
  const cast = castUnder('Game show sold to network')(
    'The show will be hosted by Michael Hartwell, son of President Hartwell by his first marriage, the producers said.',
  );

  it('is another person than the one the kin phrase describes, who keeps no title of theirs', () => {
    const son = cast.find((p) => p.name === 'Michael Hartwell');
    expect(son?.roles).toEqual([]);
    expect(son?.aliases).not.toContain('the president');
  });

  it('is listed with the title', () => {
    expect(cast.find((p) => p.name !== 'Michael Hartwell' && p.roles.includes('President'))?.name).toBe('Hartwell');
  });
});
