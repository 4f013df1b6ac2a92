import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../support/growth.js';
import { buildCastLookup } from '../../../src/core/people/cast-lookup.js';
import { readSpeaker, subjectBefore } from '../../../src/core/quotes/speaker-phrase.js';

const cast = buildCastLookup([]);

/**
 * Clauses with a long run of blanks where a quote was blanked out, between a name the cast does not
 * know and its role or description: after a role, before a bracketed or dashed description, before an apposition.
 */
const clauses = (size: number) => {
  const blanks = ' '.repeat(size);
  return [
    `the sprint coach${blanks}Nikos Papas`,
    `Nikos Papas${blanks}(the federation head)`,
    `Nikos Papas${blanks}- the federation head -`,
    `Nikos Papas,${blanks}the federation head`,
  ];
};

describe('the speaker reader on a clause of blanks', () => {
  it('reads the name in time linear in the blanks: 400,000 take at most 8 times as long as 100,000', () => {
    const texts = new Map([10_000, 100_000, 400_000].map((size) => [size, clauses(size)]));
    const ratio = growthRatio((size) => {
      for (const clause of texts.get(size) ?? clauses(size)) expect(subjectBefore(clause, cast, [])).toMatchObject({ kind: 'named', speaker: 'Nikos Papas' });
    }, 100_000);
    // Linear is 4x; name patterns tried at every blank, each scanning the rest of the run, were 16x (11 s for 50,000).
    expect(ratio).toBeLessThan(8);
  }, 60_000);

  it.each([
    ['a name after its role', 'the sprint coach Nikos Papas', 17],
    ['a name before a bracketed description', 'Nikos Papas (the federation head)', 0],
    ['a name before a dashed description', 'Nikos Papas - the federation head -', 0],
  ])('reads %s', (_name, phrase, start) => {
    expect(readSpeaker(phrase, cast, [])).toEqual({ kind: 'named', speaker: 'Nikos Papas', start });
  });
});

describe('a description that opens the sentence after an adverb in -ly (BBC politics 069)', () => {
  it('leaves the adverb out ("Privately ministers believe" → "ministers"), not a place in -ly', () => {
    expect(readSpeaker('Privately ministers', cast, [])).toMatchObject({ kind: 'anonymous', speaker: 'ministers' });
    expect(readSpeaker('Italy officials', cast, [])).toMatchObject({ speaker: 'Italy officials' });
  });
});
