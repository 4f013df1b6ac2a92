import { describe, expect, it } from 'vitest';
import { castUnder, rolesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of BBC and Reuters copy, each built to show one rule a readers' audit of the archives
// asked for: a role cut to its head changes what the post is.

const castOf = castUnder('NEWS OF THE DAY');
const rolesOf = rolesUnder('NEWS OF THE DAY');

describe('a qualifier in small letters before a role\'s head ("local government secretary", "joint spokesman")', () => {
  it('stays with the role', () => {
    // BBC politics 091, Reuters (Deutsche Bank's management board), BBC sport (a ground's staff).
    expect(rolesOf('Ed Davey', 'The shadow local government secretary Ed Davey said the tax was unfair.')).toEqual(['shadow local government secretary']);
    expect(rolesOf('Hans Fischer', 'The bank said management board joint spokesman Hans Fischer would retire.')).toEqual(['management board joint spokesman']);
    expect(rolesOf('Bill Jones', 'The club said stadium manager Bill Jones had closed the stand.')).toEqual(['stadium manager']);
    expect(rolesOf('Ken Sato', 'The bank said its branch manager Ken Sato would move to London.')).toEqual(['branch manager']);
  });
});

describe('what a post works against, or where it serves ("anti-piracy director", "church envoy")', () => {
  it('stays with the role', () => {
    // BBC entertainment 366, Reuters 8278.
    expect(rolesOf('David Martin', "The organisation's anti-piracy director David Martin said it was theft.")).toEqual(['anti-piracy director']);
    expect(rolesOf('Terry Waite', 'The church envoy Terry Waite was last seen in Beirut.')).toEqual(['church envoy']);
  });
});

describe('a job of one trade before a name ("accountant Jose Lopez")', () => {
  it('is the role', () => {
    // BBC business 123.
    expect(rolesOf('Jose Lopez', 'The losses were hidden for years, said accountant Jose Lopez.')).toEqual(['accountant']);
  });
});

describe('a role before a title of learning ("executive chairman Dr Geoffrey Guy")', () => {
  it('is the role of the one after it', () => {
    // BBC business 327.
    expect(rolesOf('Geoffrey Guy', 'The drug will be sold next year, said executive chairman Dr Geoffrey Guy.')).toEqual(['executive chairman']);
    expect(rolesOf('Bob Smith', 'The tests went well, said research director Dr. Bob Smith.')).toEqual(['research director']);
  });

  it('is one job, not two joined, after "both" ("Both the Cardinal and Archbishop of Canterbury Dr Rowan Williams")', () => {
    // BBC politics 060.
    const roles = rolesOf('Rowan Williams', 'Both the Cardinal and Archbishop of Canterbury Dr Rowan Williams appealed for peace.');
    expect(roles).toEqual(['Archbishop of Canterbury']);
  });

  it('is none when no role stands there ("the great Dr Johnson")', () => {
    expect(rolesOf('Samuel Johnson', 'He quoted the great Dr Samuel Johnson on the matter.')).toEqual([]);
  });
});

describe('a word that dates the first of two jobs joined by "and" ("former president and chief executive of McIntyre")', () => {
  it('dates the second too: no alias makes him the chief executive now', () => {
    // Reuters 10219.
    const cast = castOf('Michael Henson, former president and chief executive of McIntyre, said the bid was too low.');
    const henson = cast.find((p) => p.name === 'Michael Henson')!;
    expect(henson.aliases.some((a) => /^the chief executive/.test(a))).toBe(false);
    expect(henson.roles).toEqual(['former president and chief executive of McIntyre']);
  });
});

describe('a firm named after its partners in a role set off after the name ("oil analyst at Donaldson, Lufkin and Jenrette")', () => {
  it("goes on past the partners' commas", () => {
    // Reuters (analysts and lawyers at partnerships).
    expect(rolesOf('Jim Smith', 'Prices fell, said Jim Smith, oil analyst at Donaldson, Lufkin and Jenrette.')).toEqual([
      'oil analyst at Donaldson, Lufkin and Jenrette',
    ]);
    expect(rolesOf('Ann Lee', 'It will be appealed, said Ann Lee, an attorney with Kronish, Lieb, Weiner and Hellman, in New York.')).toEqual([
      'attorney with Kronish, Lieb, Weiner and Hellman',
    ]);
  });

  it('still ends at a comma that closes the role ("analyst at Nomura, who added")', () => {
    expect(rolesOf('Jim Smith', 'Prices fell, said Jim Smith, analyst at Nomura, who added that more falls were likely.')).toEqual(['analyst at Nomura']);
  });
});
