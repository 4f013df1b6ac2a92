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

describe('a name the lexicon does not know after a title of something (Reuters 9718, 5808, 17060, 19819)', () => {
  const namesOf = (...sentences: string[]) => castOf(...sentences).map((p) => p.name);

  it('is found as the last words of the run of capitals, with the title as its role', () => {
    expect(roleOf('Caspar Weinberger', 'The issue is being discussed, U.S. Secretary of Defence Caspar Weinberger said.')).toEqual([
      'U.S. Secretary of Defence',
    ]);
    expect(roleOf('Hajime Tamura', 'Minister of International Trade and Industry Hajime Tamura said exports would fall.')).toEqual([
      'Minister of International Trade and Industry',
    ]);
  });

  it('takes a third word that no field or given name is, and a surname joined to its particle', () => {
    expect(namesOf('Output rose, Minister of State for Commerce Priya Ranjan Dasmunsi told Parliament.')).toContain('Priya Ranjan Dasmunsi');
    expect(namesOf('Talks went well, Minister of State for Foreign Affairs Rashid Abdulla al-Nuaimi said today.')).toContain('Rashid Abdulla al-Nuaimi');
    expect(namesOf('Chairman of the Stock Exchange of Hong Kong Ronald Li said trading would resume.')).toContain('Ronald Li');
  });

  it('finds no one in a body\'s name, nor in a title and a surname ("of the Federal Reserve Board", "Secretary of State Shultz")', () => {
    const cast = namesOf(
      'The talks included Paul Volcker, Chairman of the Federal Reserve Board.',
      'He was named to the Superintendent of Nuclear Operations Quality Assurance Division at headquarters.',
      'Secretary of State Shultz told Congress the talks would go on.',
    );
    expect(cast.filter((n) => /Board|Division|State/.test(n))).toEqual([]);
  });

  it('reads no initial into what a title is of ("vice chairman of Roberts and J. Thomas Clark chairman")', () => {
    expect(roleBefore(['vice', 'chairman', 'of', 'Roberts', 'and', 'J.'])).toBeNull();
  });
});
