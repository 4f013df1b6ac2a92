import { describe, expect, it } from 'vitest';
import { isNameParticle, NAME_PARTICLE_PATTERN, NAME_PARTICLES } from '../../../src/core/text/name-particles.js';
import { cleanName, findNameMentions } from '../../../src/core/people/find-name-mentions.js';

describe('name particles: one list for every step that reads names', () => {
  it.each(['van', 'Van', 'VON', 'de', 'della', 'bin', 'al', 'ter', 'dos'])('%s is a particle in any case', (word) => {
    expect(isNameParticle(word)).toBe(true);
  });

  it.each(['vane', 'deal', 'Smith', 'the', 'and'])('%s is none', (word) => {
    expect(isNameParticle(word)).toBe(false);
  });

  it('is kept in lower case, and its pattern matches exactly the list', () => {
    expect([...NAME_PARTICLES].every((p) => p === p.toLowerCase())).toBe(true);
    const pattern = new RegExp(`^(?:${NAME_PARTICLE_PATTERN})$`);
    expect([...NAME_PARTICLES].every((p) => pattern.test(p))).toBe(true);
    expect(pattern.test('deal')).toBe(false);
  });

  it.each([
    ['Robert De Niro', 'Robert De Niro'],
    ['Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['Jack Van', null],
  ])('cleanName(%s) keeps a particle only inside a name', (candidate, expected) => {
    expect(cleanName(candidate)).toBe(expected);
  });

  it('does not read a word that starts like a particle as one (Smith deal)', () => {
    expect(findNameMentions('Barry Smith dealt with it quickly.').map((m) => m.name)).toContain('Barry Smith');
  });
});
