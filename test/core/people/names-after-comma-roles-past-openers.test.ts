import { describe, expect, it } from 'vitest';
import { castUnder, rolesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters and BBC copy, built to show a rule a readers' audit of the archives asked
// for.

const castOf = castUnder('Talks go on');
const rolesOf = rolesUnder('Talks go on');

describe('a name set off by commas after a role that opens its clause', () => {
  it('is found after a sentence\'s opening word and its comma ("However, the European representative …, Herve de Carmoy,")', () => {
    // Reuters 8075.
    expect(
      rolesOf(
        'Herve de Carmoy',
        'However, the European representative on the task force, Herve de Carmoy, chief executive international for Midland Bank PLC, disagreed.',
      ),
    ).toEqual(['European representative on the task force']);
  });

  it('is found where the clause after an earlier comma has a subject of its own ("Barcelona, I spoke with the Bulgarian manager,")', () => {
    // BBC sport 277.
    expect(
      rolesOf(
        'Hristo Stoichkov',
        '"When we were out playing Barcelona, I spoke with the Bulgarian manager, Hristo Stoichkov, and he mentioned this game to me," he said.',
      ),
    ).toEqual(['Bulgarian manager']);
  });

  it('leaves the role to the name it follows when both are set off ("Emilio Botin, the chairman of the bank, Santander,")', () => {
    expect(castOf('Emilio Botin, the chairman of the bank, Santander, said profits rose.').map((p) => p.name)).toEqual(['Emilio Botin']);
  });
});
