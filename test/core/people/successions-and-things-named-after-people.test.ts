import { describe, expect, it } from 'vitest';
import { rolesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters copy, built to show rules a readers' audit of the archives asked for.

const rolesOf = rolesUnder('COMPANY NEWS');

describe('two "and"s joining posts before a name ("succeed Dixon as chairman and chief executive and senior vice president E. Gene Keigger")', () => {
  it("gives the name only the last job, the other two being the successor's", () => {
    // Reuters 4421.
    const text =
      'Acme said Robert Tacke will succeed John Dixon as chairman and chief executive and senior vice president E. Gene ' + 'Keigger will become president.';
    expect(rolesOf('E. Gene Keigger', text)).toEqual(['senior vice president']);
  });

  it('keeps two jobs joined by one "and"', () => {
    expect(rolesOf('Rick Wagoner', 'Acme named chairman and chief executive Rick Wagoner.')).toEqual(['chairman and chief executive']);
  });
});
