import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
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

describe('buildCast: titles, initials and knighthoods', () => {
  const { people } = buildStory([fixture('people-titles')]).story;
  const person = (name: string) => people.find((p) => p.name === name);

  it.each([
    ['Ephraim Inoni', 'Prime Minister'],
    ['Ellen Park', 'New York Mayor'],
    ['Lena Ortiz', 'Harbour Master'],
    ['L. Jack Van Fossen', 'Chairman'],
  ])('reads %s with the role %s, the title not taken for part of the name', (name, role) => {
    expect(person(name)?.roles).toContain(role);
  });

  it('merges a name with and without its initial into one person', () => {
    expect(people.filter((p) => p.name.endsWith('Van Fossen'))).toHaveLength(1);
    expect(person('L. Jack Van Fossen')!.mentions).toBe(2);
  });

  it('knows "Sir Paul" as Paul McCartney, not as a Mr Paul', () => {
    expect(person('Paul McCartney')!.aliases).toContain('Sir Paul');
    expect(people.map((p) => p.name)).not.toContain('Paul');
  });
});

describe('buildCast: a given name followed by a possessive surname', () => {
  it('reads "Anna Lindqvist\'s speech" as Anna Lindqvist, not Anna', () => {
    const names = buildStory([fixture('headline-context')]).story.people.map((p) => p.name);
    expect(names).toContain('Anna Lindqvist');
    expect(names).not.toContain('Anna');
  });
});

describe('buildCast: a full name with an initial and a generation', () => {
  const { people } = buildStory([
    {
      id: 'a1',
      text: 'Letter to holders\n\nThe letter, written by Coastal Chairman Oscar S. Wyatt Jr, urged holders to wait.\n\nWyatt said the bid was too low.\n',
    },
  ]).story;

  it('finds the full name written with its initial, and goes by the surname before "Jr"', () => {
    const oscar = people.find((p) => p.name === 'Oscar S. Wyatt Jr');
    expect(oscar?.aliases).toContain('Wyatt');
    expect(oscar?.mentions).toBe(2);
  });
});

describe('buildCast: one person spelled two ways', () => {
  const { people } = buildStory([
    {
      id: 'a1',
      text: 'Sprint boss speaks\n\nFederation head Vassilli Sevastis told parliament the pair would not race again.\n\nVassilli Sevastis said the evidence was weak.\n',
    },
    {
      id: 'a2',
      text: 'Appeal lodged\n\nFederation head Vassilis Sevastis said the federation would appeal. Carl Walker and Carol Walker, his aides, agreed.\n',
    },
  ]).story;
  const names = people.map((p) => p.name);

  it('merges given names a letter or two apart under one surname, under the spelling written most', () => {
    expect(names.filter((n) => n.endsWith('Sevastis'))).toEqual(['Vassilli Sevastis']);
    expect(people.find((p) => p.name === 'Vassilli Sevastis')!.aliases).toContain('Vassilis Sevastis');
  });

  it('merges a short form of a given name with the full one (Bernie / Bernard)', () => {
    const cast = buildStory([
      {
        id: 'b1',
        text: 'Trial\n\nFormer boss Bernie Ebbers told the court he knew nothing. Bernie Ebbers denied fraud.\n\nLawyer Reid Weingarten said Bernard Ebbers was misled. Mr Ebbers smiled.\n',
      },
    ]).story.people;
    const ebbers = cast.filter((p) => p.name.endsWith('Ebbers'));
    expect(ebbers.map((p) => p.name)).toEqual(['Bernie Ebbers']);
    expect(ebbers[0]!.aliases).toEqual(expect.arrayContaining(['Bernard Ebbers', 'Mr Ebbers']));
  });

  it('keeps short given names apart: Carl and Carol are two people', () => {
    expect(names).toEqual(expect.arrayContaining(['Carl Walker', 'Carol Walker']));
  });
});
