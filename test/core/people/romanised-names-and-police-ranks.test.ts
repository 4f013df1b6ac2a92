import { describe, expect, it } from 'vitest';
import { surnameFirst } from '../../../src/core/people/surname-first.js';
import { castUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('Trade talks');

describe('a given name of two romanised syllables joined by a hyphen ("Li Gun-Mo")', () => {
  it('is written after the surname, though the story never writes the surname alone', () => {
    // Reuters 10698 and 17374 (1987).
    expect(surnameFirst('Li Gun-Mo', new Set())).toBe('Li');
    expect(surnameFirst('Wang Chien-shien', new Set())).toBe('Wang');
    expect(surnameFirst('Kim Dae-jung', new Set())).toBe('Kim');
  });

  it('is not a double-barrelled surname, whose halves are no such syllables ("Dick King-Smith", "Koffi Dei-Anang")', () => {
    expect(surnameFirst('Dick King-Smith', new Set())).toBeNull();
    expect(surnameFirst('Koffi Dei-Anang', new Set())).toBeNull();
    expect(surnameFirst('Peter Hill-Wood', new Set())).toBeNull();
  });

  it('gives the cast the surname as the alias, not the given name', () => {
    const person = castOf(
      'The letter was sent by North Korean prime minister Li Gun-Mo to his southern counterpart.',
      'Seoul said it would study the proposal.',
    ).find((p) => p.name === 'Li Gun-Mo');
    expect(person?.aliases).toContain('Li');
    expect(person?.aliases).not.toContain('Gun-Mo');
  });
});

describe('a police rank written short ("Chief Supt Deats")', () => {
  it('is a role before the surname of someone the story named in full, not a person of its own', () => {
    // BBC tech 120.
    const cast = castOf(
      'The head of the unit, Acting Detective Chief Superintendent, Mick Deats, said: "This investigation has been long."',
      'Chief Supt Deats went on to warn: "The internet is not safe."',
    );
    expect(cast.map((p) => p.name)).toEqual(['Mick Deats']);
  });
});

describe('"Legislator" before a name', () => {
  it("is the person's role, not their given name", () => {
    // Reuters 20099 (1987).
    const cast = castOf('Legislator Lee Yu-tai said small investors would be hard-hit by the decision.');
    expect(cast.map((p) => [p.name, p.roles])).toEqual([['Lee Yu-tai', ['Legislator']]]);
  });
});

describe('a body\'s initials in brackets after its name, before a role ("International Monetary Fund (IMF) head")', () => {
  it('make the role with the initials, as the story goes on to write it, not a bare "head"', () => {
    // Reuters, 1987: IMF head Michel Camdessus; UAW president Owen Bieber.
    const cast = castOf(
      'The International Monetary Fund (IMF) head Michel Camdessus said the debt burden was large.',
      'United Automobile Workers (UAW) president Owen Bieber was cheered by delegates.',
    );
    expect(cast.find((p) => p.name === 'Michel Camdessus')?.roles).toEqual(['IMF head']);
    expect(cast.find((p) => p.name === 'Owen Bieber')?.roles).toEqual(['UAW president']);
  });
});

describe('"counterpart" before a name ("his West German counter-part Ignaz Kiechle")', () => {
  it('brings the person it names into the cast, with no role: it says only how they stand to another', () => {
    // Reuters, 1987; BBC business 496 ("his German counterpart Hans Eichel"): readers' audits twice found it no role.
    const cast = castOf('The minister met his West German counter-part Ignaz Kiechle on Monday to discuss farm prices.');
    expect(cast.map((p) => [p.name, p.roles])).toEqual([['Ignaz Kiechle', []]]);
  });
});

describe('a given name in pinyin, a syllable or two run together ("Wang Deyan", "Xie Xuren")', () => {
  it('is written after a surname of one syllable, which is the alias', () => {
    // Reuters 10622 (1987), BBC business 427.
    expect(surnameFirst('Wang Deyan', new Set())).toBe('Wang');
    expect(surnameFirst('Xie Xuren', new Set())).toBe('Xie');
    expect(surnameFirst('Li Peng', new Set())).toBe('Li');
  });

  it('is not read into a name whose given name the lexicon knows ("Dan Rather", "Ken Lay")', () => {
    expect(surnameFirst('Dan Rather', new Set())).toBeNull();
    expect(surnameFirst('Ken Lay', new Set())).toBeNull();
  });
});

describe('a firm named after its founder with "and Assoc Inc" ("Louis Harris and Assoc Inc")', () => {
  it('is no one of the cast', () => {
    // Reuters 12233 (1987).
    expect(castOf('Most Americans oppose hostile takeovers, according to a public opinion poll by Louis Harris and Assoc Inc.')).toEqual([]);
  });
});

describe('a surname of two words the story writes together ("Febres Cordero said" of Leon Febres Cordero)', () => {
  it('goes by both words: its last word alone is no alias, and a title goes with both', () => {
    // Reuters 5143 (1987), BBC politics ("Mr Duncan Smith").
    const cast = castOf(
      'President Leon Febres Cordero said the debt was large. Febres Cordero said more talks were due.',
      'Tory leader Iain Duncan Smith spoke later. Mr Duncan Smith said no.',
    );
    expect(cast.find((p) => p.name === 'Leon Febres Cordero')?.aliases).not.toContain('Cordero');
    expect(cast.find((p) => p.name === 'Leon Febres Cordero')?.aliases).toContain('Febres Cordero');
    expect(cast.find((p) => p.name === 'Iain Duncan Smith')?.aliases).toContain('Mr Duncan Smith');
    expect(cast.find((p) => p.name === 'Iain Duncan Smith')?.aliases).not.toContain('Smith');
  });

  it('keeps the last word as an alias where the story writes it alone ("Webber added")', () => {
    const cast = castOf('Composer Andrew Lloyd Webber said yes. Lloyd Webber spoke again. Webber added no.');
    expect(cast.find((p) => p.name === 'Andrew Lloyd Webber')?.aliases).toContain('Webber');
  });
});

describe('a wire\'s stock ticker between a firm and a title ("Commerzbank AG <CBKG.F> management board chairman Walter Seipp")', () => {
  it('is no part of the role, which keeps the firm', () => {
    // Reuters 11773 (1987).
    const cast = castOf('Commerzbank AG <CBKG.F> management board chairman Walter Seipp said profits rose.');
    expect(cast.find((p) => p.name === 'Walter Seipp')?.roles).toEqual(['Commerzbank AG management board chairman']);
  });
});
