import { describe, expect, it } from 'vitest';
import { personUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters copy, built to show a rule a readers' audit of the archives asked for.

const personOf = personUnder('IRAN ARMS INQUIRY');

describe('"fired" or "sacked" before a role', () => {
  it('stays with the role, as "former" does: the holder no longer holds it', () => {
    // Reuters 10671, 18525.
    const north = personOf('Oliver North', 'The committee will question fired NSC aide Oliver North next week.');
    expect(north?.roles).toEqual(['fired NSC aide']);
    expect(north?.aliases).not.toContain('the NSC aide');
    expect(personOf('John Smith', 'The club paid sacked manager John Smith in full.')?.roles).toEqual(['sacked manager']);
  });

  it('leaves "suspended", whose holder still holds the role ("the suspended sprinter" is still a sprinter)', () => {
    // BBC sport 092.
    expect(personOf('Dwain Chambers', 'The suspended sprinter Dwain Chambers will appeal.')?.aliases).toContain('the sprinter');
  });
});
