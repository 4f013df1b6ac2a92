import { describe, expect, it } from 'vitest';
import { roleBefore } from '../../../src/core/people/roles.js';
import { castUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters wires (1987), each a case read in the Reuters archive (20462, 14749, 5985, 871).
const castOf = castUnder('WORLD NEWS');
const roleOf = (name: string, ...sentences: string[]) => castOf(...sentences).find((p) => p.name === name)?.roles;

describe('a title whose head is followed by what it is of ("Secretary of State George Shultz")', () => {
  it('is the role of the name after it, with "of" or "to" and the body in capitals', () => {
    expect(roleOf('George Shultz', 'Secretary of State George Shultz said he agreed.')).toEqual(['Secretary of State']);
    expect(roleOf('Michael Samuels', 'The U.S. will fight, U.S. Ambassador to GATT Michael Samuels said.')).toEqual(['U.S. Ambassador to GATT']);
    expect(roleOf('Roger Smith', 'The chairman of General Motors Roger Smith said he agreed.')).toEqual(['chairman of General Motors']);
  });

  it('keeps the capitals of the body in the alias ("the chairman of General Motors", made up)', () => {
    const cast = castOf('The chairman of General Motors Roger Smith said he agreed.');
    expect(cast.find((p) => p.name === 'Roger Smith')?.aliases).toContain('the chairman of General Motors');
  });

  it('is not read when the capitals are a title of their own ("an aide to State Comptroller Bob Bullock")', () => {
    expect(roleOf('Bob Bullock', 'Tony Proffitt, an aide to State Comptroller Bob Bullock said the state needs revenue.')).toEqual(['State Comptroller']);
    expect(roleOf('Richard Lyng', 'An aide to Agriculture Secretary Richard Lyng said the plan was dead.')).toEqual(['Agriculture Secretary']);
  });

  it('is not read when the capitals hold a given name whose surname the line broke off ("Chancellor of the Exchequer Nigel / Lawson")', () => {
    expect(roleBefore(['told', 'Chancellor', 'of', 'the', 'Exchequer', 'Nigel'])).not.toBe('Chancellor of the Exchequer Nigel');
    expect(roleBefore(['told', 'Chancellor', 'of', 'the', 'Exchequer'])).toBe('Chancellor of the Exchequer');
  });
});

describe("a place's possessive after a full name", () => {
  it('is no part of the name ("told … George Shultz China\'s recent troubles were over")', () => {
    const cast = castOf("Chinese leader Deng Xiaoping told visiting U.S. Secretary of State George Shultz China's recent troubles were over.");
    expect(cast.map((p) => p.name)).toContain('George Shultz');
    expect(cast.map((p) => p.name)).not.toContain('George Shultz China');
  });
});
