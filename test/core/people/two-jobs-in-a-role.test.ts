import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';
import { speakerOf } from '../../support/attributed-quotes.js';

const castOf = castUnder('BOARD CHANGES');
const rolesOf = (name: string, ...paragraphs: string[]) => castOf(...paragraphs).find((p) => p.name === name)?.roles;

// Made up in the shape of Reuters and BBC copy; a readers' audit of the archives' casts found the first of two jobs
// joined by "and" dropped ("GM chairman and chief executive Rick Wagoner" was only "chief executive").

describe('people: two jobs joined by "and" are one role', () => {
  it('keeps both jobs written before the name ("Acme chairman and chief executive Joe Pike")', () => {
    expect(rolesOf('Joe Pike', 'Acme chairman and chief executive Joe Pike said sales fell.')).toEqual(['Acme chairman and chief executive']);
    expect(rolesOf('Ann Lee', 'Deputy Prime Minister and Foreign Minister Ann Lee left for Bonn.')).toEqual(['Deputy Prime Minister and Foreign Minister']);
  });

  it('keeps no piece of a firm whose own "and" cut it ("Cable and Wireless Chairman and Chief Executive Joe Pike")', () => {
    expect(rolesOf('Joe Pike', 'Cable and Wireless Chairman and Chief Executive Joe Pike said no.')).toEqual(['Chairman and Chief Executive']);
  });

  it('keeps both jobs set off after the name ("Joe Pike, president and chief executive of Acme,")', () => {
    expect(rolesOf('Joe Pike', 'Joe Pike, president and chief executive of Acme, said sales fell.')).toEqual(['president and chief executive of Acme']);
  });

  it('keeps the first job where both and where they are held run too long for a role', () => {
    const long = 'Joe Pike, Acme chairman and chief software architect, during a keynote speech at the RSA Security conference in San Francisco, said yes.';
    expect(rolesOf('Joe Pike', long)).toEqual(['Acme chairman']);
  });

  it('gives each job its alias, so "the chief executive" after the name is the same person', () => {
    const text =
      'BOARD CHANGES\n\nAcme chairman and chief executive Joe Pike said sales fell.\n\nAnalyst Ann Lee disagreed. "We are doing well," the chief executive said.';
    expect(speakerOf(text, 'We are doing well')).toBe('Joe Pike');
  });

  it('keeps two people two: a title in capitals after one in small letters, or after a royal title', () => {
    expect(rolesOf('Gordon Brown', 'Both the prime minister and Chancellor Gordon Brown have called for calm.')).toEqual(['Chancellor']);
    expect(rolesOf('Philip', 'In Britain, the Queen and Prince Philip will lead the commemoration.')).toEqual(['Prince']);
  });
});
