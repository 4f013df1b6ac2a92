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
