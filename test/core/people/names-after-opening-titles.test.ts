import { describe, expect, it } from 'vitest';
import { personUnder, rolesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters and BBC copy, built to show a rule a readers' audit of the archives
// asked for.

const personOf = personUnder('Talks go on');
const rolesOf = rolesUnder('Talks go on');

describe('"Another" and what someone is, in capitals or not, before a name set off by commas', () => {
  it('brings in the name ("Another Belgrade trade union council leader, Predrag Petrovic,")', () => {
    // Reuters 7530.
    expect(personOf('Predrag Petrovic', 'Another Belgrade trade union council leader, Predrag Petrovic, was quoted as saying workers left.')).toBeDefined();
  });
});

describe('a title in capitals that opens the sentence, with what it is of, before a name set off by commas', () => {
  it('is the name\'s whole role ("President of International Telecom Japan Inc, Nobuo Ito,")', () => {
    // Reuters 9755, 4422.
    expect(rolesOf('Nobuo Ito', 'President of <International Telecom Japan Inc> (ITJ), Nobuo Ito, declined to specify the share.')).toEqual([
      'President of International Telecom Japan Inc',
    ]);
    expect(rolesOf('Frank Naylor', 'Chairman of the FCA board, Frank Naylor, urged that Congress act.')).toEqual(['Chairman of the FCA board']);
  });

  it('reads past the initials of a body in brackets ("The director of the … department (CACEX), Roberto Fendt,")', () => {
    // Reuters 5684.
    expect(rolesOf('Roberto Fendt', "The director of the Banco do Brasil's foreign trade department (CACEX), Roberto Fendt, told reporters.")).toEqual([
      "director of the Banco do Brasil's foreign trade department",
    ]);
  });
});
