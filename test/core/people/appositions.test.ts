import { describe, expect, it } from 'vitest';
import { namesAfterRolePhrases, roleAfterName } from '../../../src/core/people/appositions.js';
import { findNameMentions } from '../../../src/core/people/find-name-mentions.js';

// Sentences from BBC business and Reuters wires, read from the text after the name.
const roles: [string, string | null][] = [
  [", an analyst at Nomura told the BBC's World Business Report.", 'analyst at Nomura'],
  [", a board member of Germany's central bank, the Bundesbank, said that cash trading should remain.", "board member of Germany's central bank"],
  [', its minister for economic affairs added.', 'minister for economic affairs'],
  [', a spokesman for Union Investment.', 'spokesman for Union Investment'],
  [', investment director of UK Equities at Standard Life Investments.', 'investment director of UK Equities at Standard Life Investments'],
  [', a senior official of the National Merchant Marine Union, told Reuters he was optimistic.', 'senior official of the National Merchant Marine Union'],
  [', a former chief executive of the firm who left in 2001, said.', 'former chief executive of the firm'],
  [', the actor, said', 'actor'],
  [", Emery's chairman, John C. Emery, said the company would wait.", null],
  [", the chairman of Spain's most powerful bank, Santander Central Hispano, has started", "chairman of Spain's most powerful bank"],
  [', chief executive officer of U.S. Courier division, will run the new company.', 'chief executive officer of U.S. Courier division'],
  // BBC politics 365: "and" between capitals goes on with the body's name.
  [', the leader of the Public and Commercial Services Union said: "In last year\'s budget', 'leader of the Public and Commercial Services Union'],
  // Reuters 15206: a body's name joined by "and" may run past the most words a role takes, and what it owns goes on.
  [
    ", chairman of the General Agreement on Tariffs and Trade's negotiating group on agriculture, met this morning",
    "chairman of the General Agreement on Tariffs and Trade's negotiating group on agriculture",
  ],
  // Made up: "and" that brings in the next person of a list, with a role of their own, ends the role.
  [', chairman of BP and Bill Gates, chairman of Microsoft, met.', 'chairman of BP'],
  // No role: a list of names, a description that is no job, a possessive, a clause.
  [', Gordon Brown and John Prescott met.', null],
  // BBC entertainment 047: the next item of a list, another person's post.
  [', the King of Belgium as well as the French foreign ministry.', null],
  [', the first man to climb it, said.', null],
  ["'s analyst said", null],
  [', who heads the mills, said.', null],
  [', said the union.', null],
  // A member of the public, an audience or a crowd holds no post.
  [', a member of the public, confronted the prime minister.', null],
  [', a member of the audience, shouted.', null],
  // BBC entertainment 091: "her role in Vera Drake, winning best actress": an award's category, what was won, no post.
  [', winning best actress, while Liam Neeson won best actor for Kinsey.', null],
  [', the best supporting actress award for their roles in the film.', null],
  // A readers' audit of the archives' casts (BBC tech 383, Reuters 7832, 11914, 9617): fields joined by "and" in small
  // letters go on, cut where the job is held when the whole runs too long; a verb of speech ends the role; a title's
  // abbreviation before its holder ends nothing.
  [', senior vice president of digital development and distribution at EMI, said', 'senior vice president of digital development and distribution at EMI'],
  [', minister for economic and financial services at the Department of Foreign Affairs, said', 'minister for economic and financial services'],
  [', head of research and said he would leave.', 'head of research'],
  [', analyst for AGE Clearing noted the rise.', 'analyst for AGE Clearing'],
  [', aide to Sen. Thad Cochran (R-Miss), said', 'aide to Sen. Thad Cochran'],
  // Reuters 13258: a second job after the "and", its field cut by the length, leaves the first job alone.
  [
    ", chairman of the NAPM's business survey committee and director of purchasing for Acme Corp of Chicago, said",
    "chairman of the NAPM's business survey committee",
  ],
];

describe('roleAfterName', () => {
  it.each(roles)('%s → %s', (after, role) => {
    expect(roleAfterName(after)).toBe(role);
  });
});

describe('namesAfterRolePhrases', () => {
  it.each([
    [
      "The head of the National Merchant Marine Authority, Murilo Rubens Habbema, was quoted in today's Gazeta Mercantil newspaper.",
      [{ name: 'Murilo Rubens Habbema', role: 'head of the National Merchant Marine Authority' }],
    ],
    [
      'One of their leaders, Orlando dos Santos, told Reuters that most of the 1,100 seamen offered their resignations.',
      [{ name: 'Orlando dos Santos', role: null }],
    ],
    // A clause that is no role before the name: the name may be a firm's or a place's.
    ['The strike was called by the union, National Merchant Marine, and others.', []],
    ["Seamen in Santos, Brazil's main port, are in defiant mood.", []],
  ])('%s', (sentence, expected) => {
    expect(namesAfterRolePhrases(sentence)).toEqual(expected);
  });
});

describe('findNameMentions: roles set off after the name', () => {
  it('gives the name the role written after it, as one written before it', () => {
    const mentions = findNameMentions(
      '"We prefer a sensible entrepreneurial solution at a price that is not too high," said Rolf Dress, a spokesman for Union Investment.',
    );
    expect(mentions).toContainEqual({ name: 'Rolf Dress', role: 'spokesman for Union Investment', honorific: null });
  });

  it('keeps a ministry\'s fields joined by "and" in the title written before the name', () => {
    // BBC business 382.
    const mentions = findNameMentions('Trade and Industry Secretary Patricia Hewitt said people would not be forced to work longer than they wanted.');
    expect(mentions).toContainEqual({ name: 'Patricia Hewitt', role: 'Trade and Industry Secretary', honorific: null });
    // Three fields, the first set off by a comma (BBC politics 199).
    expect(findNameMentions('Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said so.')).toContainEqual({
      name: 'Tessa Jowell',
      role: 'Culture, Media and Sport Secretary',
      honorific: null,
    });
    // A party is no field before "and" (made up), though it is one after it ("Social Affairs and Labour Minister", Reuters 6603).
    expect(findNameMentions('Tories attacked Labour and Education Secretary Ruth Kelly.')).toContainEqual({
      name: 'Ruth Kelly',
      role: 'Education Secretary',
      honorific: null,
    });
    expect(findNameMentions('French Social Affairs and Labour Minister Philippe Seguin said so.')).toContainEqual({
      name: 'Philippe Seguin',
      role: 'French Social Affairs and Labour Minister',
      honorific: null,
    });
    // Not a list of a name and a title: "Mr Blair and Foreign Secretary Jack Straw".
    expect(findNameMentions('Mr Blair and Foreign Secretary Jack Straw met the envoy.')).toContainEqual({
      name: 'Jack Straw',
      role: 'Foreign Secretary',
      honorific: null,
    });
  });

  it('gives a title in the plural to the name after it in the singular ("Lord Justices Clarke and Rix")', () => {
    // BBC politics 131.
    const mentions = findNameMentions('The police were urging Lord Chief Justice and Lord Justices Clarke and Rix to overturn the ruling.');
    expect(mentions).toContainEqual({ name: 'Clarke', role: 'Lord Justice', honorific: null });
  });
});

describe("namesAfterRolePhrases: a role that is another name's apposition", () => {
  it('reads no name after "Emilio Botin, the chairman of Spain\'s most powerful bank,"', () => {
    expect(
      namesAfterRolePhrases("The trial of Emilio Botin, the chairman of Spain's most powerful bank, Santander Central Hispano, has started in Madrid."),
    ).toEqual([]);
  });
});

describe('roleAfterName: a title after the comma', () => {
  it('reads no role from "Frances Hodgson Burnett, A Little Princess,"', () => {
    expect(roleAfterName(', A Little Princess, and The Secret Garden.')).toBeNull();
  });
});
