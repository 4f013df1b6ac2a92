import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters and BBC copy, built to show a rule a readers' audit of the archives
// asked for.

const castOf = castUnder('Talks go on');
const personOf = (name: string, ...paragraphs: string[]) => {
  const person = castOf(...paragraphs).find((p) => p.name === name);
  return person ? { name: person.name, roles: person.roles } : undefined;
};

describe('"Another" and what someone is, in capitals or not, before a name set off by commas', () => {
  it('brings in the name ("Another Belgrade trade union council leader, Predrag Petrovic,")', () => {
    // Reuters 7530.
    expect(personOf('Predrag Petrovic', 'Another Belgrade trade union council leader, Predrag Petrovic, was quoted as saying workers left.')).toBeDefined();
  });
});

describe('a title in capitals that opens the sentence, with what it is of, before a name set off by commas', () => {
  it('is the name\'s whole role ("President of International Telecom Japan Inc, Nobuo Ito,")', () => {
    // Reuters 9755, 4422.
    expect(personOf('Nobuo Ito', 'President of <International Telecom Japan Inc> (ITJ), Nobuo Ito, declined to specify the share.')).toEqual({
      name: 'Nobuo Ito',
      roles: ['President of International Telecom Japan Inc'],
    });
    expect(personOf('Frank Naylor', 'Chairman of the FCA board, Frank Naylor, urged that Congress act.')).toEqual({
      name: 'Frank Naylor',
      roles: ['Chairman of the FCA board'],
    });
  });

  it('reads past the initials of a body in brackets ("The director of the … department (CACEX), Roberto Fendt,")', () => {
    // Reuters 5684.
    expect(personOf('Roberto Fendt', "The director of the Banco do Brasil's foreign trade department (CACEX), Roberto Fendt, told reporters.")).toEqual({
      name: 'Roberto Fendt',
      roles: ["director of the Banco do Brasil's foreign trade department"],
    });
  });
});
