import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/build-story.js';
import { fixture } from '../../fixtures/read-fixture.js';

describe('buildCast', () => {
  const { people, sentences } = buildStory([fixture('people')]).story;
  const person = (name: string) => people.find((p) => p.name === name);

  it('splits titles off as roles and merges surname and honorific forms', () => {
    expect(person('Victor Hale')).toMatchObject({ roles: ['Governor'], mentions: 2 });
    expect(person('Victor Hale')!.aliases).toEqual(expect.arrayContaining(['Hale', 'Mr. Hale', 'the governor']));
    expect(person('Ellen Park')).toMatchObject({ roles: ['Mayor'], mentions: 3 });
    expect(person('Omar Diaz')!.roles).toEqual(['City manager']);
  });

  it('keeps a person met only as "Ms. Quinn"', () => {
    expect(person('Quinn')!.aliases).toContain('Ms. Quinn');
  });

  it('finds no false people: holidays, institutions, names with trailing punctuation', () => {
    const names = people.map((p) => p.name);
    expect(names.some((n) => /Mother|Day|College|Linden|[.,'’]$/.test(n))).toBe(false);
  });

  it('marks each sentence with the people it mentions, through aliases', () => {
    expect(sentences.find((s) => s.text.startsWith('Diaz later'))!.people).toEqual(expect.arrayContaining(['Omar Diaz', 'Ellen Park']));
  });
});
