import { describe, expect, it } from 'vitest';
import { attributedQuotes, patternQuotes } from '../../support/attributed-quotes.js';
import { expandName } from '../../../src/core/quotes/unknown-name.js';
import type { Person } from '../../../src/core/types.js';

/** The quotes of a fixture article attributed against a given cast (none: every name is unknown to it). */
const quotesWithCast = (name: string, people: Person[] = []) => patternQuotes(name, people);

describe('extractQuotes: speakers the cast does not know', () => {
  const quotes = quotesWithCast('unknown-names');

  it.each([
    ['a surname after "said" widens to the full name given earlier', 'I believe the panel will protect the standing of the sport,', 'Yannis Koratakis'],
    ['an organisation known by its initials', 'There will be a final right of appeal to the sports court,', 'ITRF'],
    ['a title with a full stop and an apposition between the name and the cue', 'I am confident we will see action taken,', 'Mark Ellery'],
    ['"U.S." inside an unnamed source', 'Do not expect the ban to be lifted,', 'a senior U.S. rowing official'],
    ['two bodies speaking together', 'Given the complex nature of the case, more time was to be expected.', 'Norvik and Castell'],
    ['a given name used alone widens to the full name given earlier', 'We will row again next season.', 'Marta Lindqvist'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });

  it.each([
    ['a clause that opens with a surname, then "saying only:", widens to the full name', 'I will not talk about him.', 'Teodor Vrana'],
    ['"he" after a sentence that turns to a speaker the cast does not know', 'Nothing happened in the tunnel.', 'Teodor Vrana'],
    ['"Mr X meanwhile told …:" drops the honorific and widens the surname', 'We will win the league.', 'Teodor Vrana'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotesWithCast('unknown-subjects')).toContainEqual([quote, speaker]);
  });

  it('does not widen a word to part of a longer name ("Stock" in "Hong Kong Stock Exchange")', () => {
    expect(expandName('Stock', ['The Hong Kong Stock Exchange is considering new rules.'], () => false)).toBe('Stock');
    expect(expandName('Vrana', ['Teodor Vrana has hit back.'], () => false)).toBe('Teodor Vrana');
  });

  it('does not take a word mentioned as the subject of a reported clause for a quote', () => {
    expect(quotes.map((q) => q[0])).not.toContain('rowlock');
  });
});

describe('extractQuotes: cue forms', () => {
  const quotes = quotesWithCast('cue-forms', [{ name: 'Tomas Brenner', aliases: ['Brenner', 'Mr Brenner'], roles: ['director'], mentions: 2 }]);

  it.each([
    ["an organisation's statement speaks", 'The inspectors concluded that the hull is unsafe.', 'a Harbour Board statement'],
    ['"the statement" is the statement introduced before', 'Both vessels will stay in port.', 'a Harbour Board statement'],
    ['"the source" is the source introduced before', 'The old owners never had that problem - the ferry was not their baby,', 'a Marlow harbour source'],
    ['"to quote X as saying" names X', 'we will keep passengers informed as repairs proceed.', 'Tomas Brenner'],
    ['"X was heard saying" names X', 'answering to these pen-pushing inspectors', 'Tomas Brenner'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });

  it('keeps a conjunction that opens the sentence out of a description ("But the source said … he said")', () => {
    expect(quotes).toContainEqual(['It will cost millions,', 'a Marlow harbour source']);
  });
});

describe('extractQuotes: definite descriptions point back', () => {
  const quotes = quotesWithCast('descriptions', [
    // A spokesman of another article, known to the story by the role alias "the spokesman".
    { name: 'Ed Snow', aliases: ['Snow', 'the spokesman'], roles: ['spokesman'], mentions: 3 },
    { name: 'Ron Glenby', aliases: ['Glenby'], roles: [], mentions: 1 },
    { name: 'Ada Marsh', aliases: ['Marsh', 'the senator'], roles: ['Senator'], mentions: 1 },
  ]);

  it.each([
    [
      'a role alias of someone this article never names is the source the article introduced',
      'The board first saw the proposal last month. I expect several more meetings after this,',
      'a Coastal Ferry spokesman',
    ],
    ['"the analyst" is the person who spoke just before', "It's a reasonable deal for both sides,", 'Ron Glenby'],
    ['"the analyst" is not the person who just spoke when they hold another role', 'It is a good day for the port,', 'the analyst'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });
});

describe('extractQuotes: pronouns', () => {
  const quotes = quotesWithCast('pronouns-2', [
    { name: 'Dan Pollard', aliases: ['Pollard'], roles: ['chief'], mentions: 3 },
    { name: 'Greg Ionescu', aliases: ['Ionescu'], roles: ['lawyer'], mentions: 1 },
    { name: 'Clay Yardley', aliases: ['Yardley'], roles: ['envoy'], mentions: 1 },
    { name: 'Kostas Harlan', aliases: ['Harlan'], roles: [], mentions: 1 },
  ]);

  it.each([
    ['"he added" keeps the speaker of the quote before', 'If it does not, we will go to the sports court,', 'Dan Pollard'],
    ['"he" after a sentence that brings in a new person without quoting them is that person', 'Remarks like these only strengthen our case,', 'Greg Ionescu'],
    ['"Asked whether X …, he said": X is not the speaker', 'slim to none.', 'Clay Yardley'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });
});

describe('extractQuotes: long speaker phrases after the quote', () => {
  const quotes = quotesWithCast('long-speakers', [
    { name: 'Ola Brand', aliases: ['Brand'], roles: ['union president'], mentions: 1 },
    { name: 'Mark Tepper', aliases: ['Tepper'], roles: ['vice president'], mentions: 1 },
    { name: 'Ruth Baylor', aliases: ['Baylor'], roles: ['Senate Democratic Leader'], mentions: 1 },
    { name: 'Rene Lavalle', aliases: ['Lavalle'], roles: ['Harbour Group President'], mentions: 1 },
    // A firm's name taken for a person's, as a name finder may.
    { name: 'Harrow Fielding', aliases: ['Fielding'], roles: [], mentions: 1 },
    { name: 'Nina Edlund', aliases: ['Edlund'], roles: ['Ltd analyst'], mentions: 1 },
  ]);

  it.each([
    [
      'two people with their roles, the first named first',
      'We believe our members can be well served in the new group, and we will make it work,',
      'Ola Brand',
    ],
    ['a title of three words and "of" a place', "I think it's about time,", 'Ruth Baylor'],
    ['"X said in a statement" … "the statement said"', 'It will let the group keep its exports going,', 'Rene Lavalle'],
    ['of two names, the one right after its role', "I'm not sure the ministry can do much more than it has,", 'Nina Edlund'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });
});

describe('extractQuotes: quotes that run on', () => {
  it("a quote left open where the next opens (its paragraph merged into the line) takes the next quote's speaker", () => {
    const quotes = quotesWithCast('run-ons', [{ name: 'Lena Varga', aliases: ['Varga', 'Ms Varga'], roles: [], mentions: 2 }]);
    expect(quotes).toContainEqual(['We often take pictures on long flights. I just thought why not put them on my blog for fun.', 'Lena Varga']);
  });
});

describe('extractQuotes: a description set off between the name and the cue', () => {
  const people: Person[] = [
    { name: 'Dirk Lamb', aliases: ['Lamb', 'the Rowa chairman'], roles: ['Rowa chairman'], mentions: 3 },
    { name: 'Nikos Pallas', aliases: ['Pallas'], roles: [], mentions: 3 },
  ];
  const cases = [
    ['dashes, cue after the name', 'We will support the appeal.', 'Dirk Lamb'],
    ['brackets, cue after the name', 'We will go to the sports court if we must.', 'Nikos Pallas'],
    ['dashes, speaker after the quote', 'The ruling cannot stand,', 'Dirk Lamb'],
    ['brackets, speaker after the quote', 'The athletes knew the rules,', 'Nikos Pallas'],
    ['long dashes, speaker after the quote', 'We expected nothing else,', 'Dirk Lamb'],
    ['commas, cue after the name', 'We cannot prejudge it.', 'Nikos Pallas'],
  ];

  it.each(cases)('%s (names the cast knows)', (_name, quote, speaker) => {
    expect(quotesWithCast('appositions', people)).toContainEqual([quote, speaker]);
  });

  it.each(cases)('%s (names the cast does not know)', (_name, quote, speaker) => {
    expect(quotesWithCast('appositions')).toContainEqual([quote, speaker]);
  });
});

describe('extractQuotes: "he said" after a sentence that goes on about "he"', () => {
  it('gives the quote to whom "He" already meant, not to the person that sentence names as its object', () => {
    const text =
      'Trial\n\nFormer finance chief Oscar Lindqvist told the court his boss knew everything. "We did not disclose the adjustments," Mr Lindqvist said.\n\nHe portrayed Mr Haldane, who built the firm from a small operator, as obsessed with costs. "He would count the coffee filters," he said.\n';
    expect(attributedQuotes('trial', text)).toContainEqual(['He would count the coffee filters,', 'Oscar Lindqvist']);
  });
});

describe('extractQuotes: frames met in unseen wires and BBC copy', () => {
  const quotes = patternQuotes('frames-3');

  it.each([
    ['an apostrophe typed as a straight quote (Norland"s) opens no quote', 'We are patient,', 'Ramon Okafor'],
    ['"…, telling Reuters that …" gives a short quote to the subject, not the listener', 'worried', 'Ramon Okafor'],
    ['… and the quote standing alone after it', 'Every member is keeping to its quota,', 'Ramon Okafor'],
    ['a word quoted after another quote of its sentence shares the cue before both', 'fair', 'Ramon Okafor'],
    ['a surname misspelt by one letter is the speaker already quoted', 'Buyers will come back, they always do,', 'Ramon Okafor'],
    ['"her report said" is the report of whom "her" stands for', 'a list of broken promises', "Dora Feld's report"],
    ['"As X noted:" frames X as the speaker', 'The money ran out before the work began.', "Ms Feld's report"],
    ['a question whose cue the splitter put in a sentence of its own', 'Did you know about the second account?', 'Ann Weingarten'],
    ['… and the answer after it', 'I did not,', 'Paul Drury'],
    ['a quote ending on a quote of its own hands over to the cue after it', "She just said, 'let us go and win it,'", 'Lena Brock'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });

  it('finds every quote and no other (no span opened by the apostrophes)', () => {
    expect(quotes).toHaveLength(15);
  });
});

describe('extractQuotes: bodies as subjects, possessive antecedents, quotes of several paragraphs', () => {
  const quotes = patternQuotes('frames-4');

  it.each([
    ['a one-word name after the noun of its kind ("regulator Netcheck said")', 'fair access to its ducts', 'Netcheck'],
    ['a clause opening on a kind noun and a name, then "…, saying"', 'moved a long way', 'Bitwise'],
    ['… with a dotted name and its short form in brackets', 'we will sign up on day one', 'Linkly.net'],
    ['a clause opening on a body\'s name ("Harbour Motors will not comment, saying")', 'a fair price', 'Harbour Motors'],
    ['"he" after a sentence that names its person only in the possessive', 'The noise is the best part,', 'Bill Tallis'],
    [
      "a quote left open at a paragraph's end goes on in the next, whose cue names its speaker",
      'Nothing is written down. Every cue lives in my head.',
      'Bill Tallis',
    ],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });

  it('does not take a possessive for "he" when what is theirs is a person ("Brandt\'s lawyer … he said")', () => {
    expect(quotes.find((q) => q[0] === 'We will appeal within the week,')?.[1]).not.toBe('Olaf Brandt');
  });
});

describe('extractQuotes: statements, interjections, a sentence\'s own subject, "the network"', () => {
  const quotes = patternQuotes('frames-5');

  it.each([
    ['"X today issued a statement saying" gives the words to X, not to the statement', 'sharply lower', 'Petrona'],
    ['a participle clause between the quote and its cue ("…," pointing to the glut, says Vale)', 'Buyers may see a price war by the summer,', 'Teresa Vale'],
    ['"he" after the quote is the subject of the sentence\'s own first cue, not the last speaker', 'nobody wants to cut first,', 'one former cartel official'],
    ['"the network said" is the broadcaster last heard from', 'protects every job on the payroll.', 'NBC'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });
});

describe('extractQuotes: a body a sentence is about, before it speaks', () => {
  const quotes = patternQuotes('bodies-2');

  it.each([
    ['"the company said" is the company the sentence before opened on', 'filling the gap', 'Granton Mills Inc'],
    ['"It added" with no body heard from lately is the body a recent sentence opened on', 'the highest in the world.', 'GTM'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });

  it('does not give an "it" after a subject of its own to another body ("Norsk has said it believes")', () => {
    expect(quotes.find((q) => q[0] === 'no case to answer')?.[1]).not.toBe('Vexa Corp');
  });
});

describe('extractQuotes: corporate wires (spokesmen, analysts, arbitragers, officials)', () => {
  const quotes = patternQuotes('wires-2');

  it.each([
    ['"Asked if …, which is …, Nolan said": a relative clause before the subject is not between it and the cue', 'nobody has called us.', 'Peter Nolan'],
    ['"X characterized … as "overdone"": a word quoted after "characterized … as" is X\'s', 'overdone', 'Mary Vance'],
    ['"said Hayes, Ward and Lowell analyst Brian Cole": a firm\'s name with a comma is not the speaker', 'Nobody will top 45 dlrs,', 'Brian Cole'],
    [
      '"he" after a sentence opening on "An arbitrager who …" is that arbitrager, not a name in what they did',
      'Brandt has his hands full with his oil stocks,',
      'an arbitrager',
    ],
    [
      '"acting Assistant Attorney General Ruth Olin said": "acting" is part of a title, not a participle clause',
      'We will look at the filing with care,',
      'Ruth Olin',
    ],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });

  it('"X said he believes … "…"" with X unknown to the cast: the pronoun of the reported clause is X, not the last speaker', () => {
    expect(patternQuotes('wires-2', [])).toContainEqual(['at the top of what anyone would pay.', 'Hugh Ostrow']);
  });

  it('finds every quote and gives each its speaker', () => {
    expect(quotes).toHaveLength(7);
    expect(quotes).toContainEqual(['The bakery business alone is worth 30 dlrs a share,', 'Dan Keller']);
    expect(quotes).toContainEqual(['at the top of what anyone would pay.', 'Hugh Ostrow']);
  });
});

describe('extractQuotes: cue words that are not cues, and cues before their speaker', () => {
  const quotes = patternQuotes('wires-3');

  it.each([
    ['a clause opened by "Although" leaves the word out of the description', 'passive', 'the group'],
    [
      '"…, said Martha Hesse, chairman of …" makes her the speaker a later "she said" points back to',
      'I firmly believe that consumers would not be served by any such attempt,',
      'Martha Hesse',
    ],
    ['"Ann Lee … accused Mr Brandt …": the one accused is not the speaker', 'He has not read the order,', 'Ann Lee'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });

  it('"so-called" names a term, nobody\'s words: no quote, and no cue ("called") either', () => {
    expect(quotes.map(([q]) => q)).not.toContain('standstill');
  });

  it('finds every quote and no other', () => {
    expect(quotes).toHaveLength(3);
  });

  it('"the United States" is no cue ("States"): its sentence gives no speaker for a later "he said"', () => {
    expect(quotesWithCast('unknown-officials')).toEqual([['We were able to make our case against them here,', 'an SEC official in Washington']]);
  });
});

describe('extractQuotes: statement nouns and a sentence that opens on "he"', () => {
  const quotes = patternQuotes('claims');

  it.each([
    ['"a claim by X that … "…"" gives the words to X, not to the subject of the cue before', 'spoilt emperor', 'Tom Wexley'],
    ['… and a later word of the sentence, outside the claim, stays with that subject', 'panicking', 'Anna Corbett'],
    ['"hit back at Treasury claims he …": the claims are the Treasury\'s', 'a rotten mess', 'Treasury'],
    ["a quote standing alone after the reported claim is the rebutter's, not the claimant's", 'It is a lie, and they know it.', 'Dan Pryce'],
    ['a quote standing alone after a sentence opening on "He" that cues nobody', 'You will have your new bridge before the summer is out.', 'Dan Pryce'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });

  it('finds every quote and no other', () => {
    expect(quotes).toHaveLength(6);
  });
});

describe('extractQuotes: welcomes, "with X announcing that", "came the reply"', () => {
  const quotes = patternQuotes('frames-6');

  it.each([
    ['"X welcomed the minister\'s "…"" gives the words to X, not to the speaker before', 'honesty in holding the vote', 'Ruth Calloway'],
    [
      '"…, with the awards committee announcing that "…"": the committee, not the body announcing before',
      'short films no longer draw an audience at the ceremony.',
      'the awards committee',
    ],
    ['"…," came the reply: the one told before answers', 'Carry on playing,', 'the stage manager'],
    [
      'the quote after the reply goes on with the speaker before it',
      'So we played the overture with our eyes on the ceiling and our hands shaking.',
      'Ivo Marsh',
    ],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });

  it('finds every quote and no other, each with its speaker', () => {
    expect(quotes).toHaveLength(11);
    expect(quotes.filter((q) => q[1] === 'Ivo Marsh')).toHaveLength(3);
  });

  it('does not give a lone quote that speaks of "him" to the "he" of the sentence before', () => {
    expect(quotes).toContainEqual(['The tour would have made him a star across the continent.', null]);
  });

  it('keeps a date out of a description ("last July the cross-party committee stated") and a body someone is in out of the speakers', () => {
    expect(quotes).toContainEqual(['clear risk', 'the cross-party committee']);
    expect(quotes).toContainEqual(['acted in bad faith.', 'Ken Abara']);
  });
});
