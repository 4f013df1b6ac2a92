import { describe, expect, it } from 'vitest';
import { attributedQuotes, speakerOf } from '../../support/attributed-quotes.js';
import { buildCastLookup } from '../../../src/core/people/cast-lookup.js';
import { readSpeaker } from '../../../src/core/quotes/speaker-phrase.js';

// Sentences from Reuters wires (1987) and BBC News (2004-05) articles, cut down to what each rule reads, except where
// a test says it is made up.

describe('a body named by its kind and what it is for', () => {
  it('is the whole name after "the" ("the Department for Transport said")', () => {
    // BBC business 166.
    const text =
      "Crossrail link 'to get go-ahead'\n\nThe paper says it will go before the House of Commons on 23 February.\n\n" +
      '"We\'ve always said we are going to introduce a hybrid Bill for Crossrail in the Spring and this remains the case," the Department for Transport said on Sunday.\n';
    expect(speakerOf(text, "We've always said")).toBe('Department for Transport');
  });

  it('is one body for "it" with a Centre in its name too (made up after the review)', () => {
    const text = 'Growth\n\nThe figures came out.\n\n"Growth will slow," the Centre for Economics and Business Research said. "It will hurt," it added.\n';
    expect(speakerOf(text, 'It will hurt')).toBe('Centre for Economics and Business Research');
  });

  it('is one body, not several, though its name holds "and": a later "it said" is its', () => {
    // Reuters 19000.
    const text =
      'JOINT ACTION SAID VITAL TO BOOST WORLD GROWTH\n18-JUN-1987 18:45:02.67 [gnp,jobs,cpi]\n\nProspects for world economic growth remain\n' +
      'very sluggish, and coordinated action by western governments is\nurgently needed to restore business confidence, stabilize\n' +
      'currencies and encourage investment, the Organization for\nEconomic Cooperation and Development (OECD) said here.\n' +
      '    "The economic situation has deteriorated in recent months,\nand ... Slow growth, high unemployment and large payments\n' +
      'imbalances are likely to persist," it said in one of its\ngloomiest reviews of the world economy in recent years.\n';
    expect(speakerOf(text, 'The economic situation')).toBe('Organization for Economic Cooperation and Development');
  });
});

describe('a body by its noun', () => {
  it('is a commission, a department or an office ("the commission said", "the finance department said")', () => {
    // Reuters 18542 and 19015.
    const commission =
      'AIR LANKA REPORT\n\n    It said the airline had irretrievably lost its share capital.\n' +
      '    "These results must rank as the most devastating financial tragedy ever suffered in Sri Lanka\'s commercial history," the commission said.\n';
    expect(speakerOf(commission, 'These results must rank')).toBe('the commission');
    const department =
      'CANADA TAX CHANGES\n\n    The changes are needed to ensure that all financial companies are taxed fairly.\n' +
      '    "It would be inconsistent for the tax system to continue to provide different reserves," the finance department said.\n';
    expect(speakerOf(department, 'It would be inconsistent')).toBe('the finance department');
  });

  it('is a firm named in the possessive ("Moody\'s said")', () => {
    // Reuters 7210.
    const text =
      "MOODY'S DOWNGRADES MERRILL\n\n    Merrill's Prime-1 commercial paper was not under review.\n" +
      '    "These activities elevate the risk content of Merrill\'s balance sheet," Moody\'s said.\n';
    expect(speakerOf(text, 'These activities elevate')).toBe("Moody's");
  });

  it("reads no firm in a pronoun's or a country's possessive", () => {
    const none = buildCastLookup([]);
    expect(readSpeaker("It's", none, [])).toBeNull();
    expect(readSpeaker("France's", none, [])).toBeNull();
    expect(readSpeaker("Moody's", none, [])).toMatchObject({ kind: 'named', speaker: "Moody's" });
  });

  it('reads a capitalised body noun at the sentence start only in a plural the readers know ("Companies", "Unions", not "Airlines")', () => {
    const none = buildCastLookup([]);
    expect(readSpeaker('Companies', none, [])).toMatchObject({ kind: 'anonymous', speaker: 'companies' });
    expect(readSpeaker('Unions', none, [])).toMatchObject({ kind: 'anonymous', speaker: 'unions' });
    expect(readSpeaker('Airlines', none, [])).toMatchObject({ kind: 'named', speaker: 'Airlines' });
  });

  it('leaves a title after a body\'s name out of it ("the Commission for Racial Equality Chairman", made up)', () => {
    const text = 'Race row\n\nThe report came out.\n\n"We disagree," the Commission for Racial Equality Chairman said.\n';
    expect(speakerOf(text, 'We disagree')).toBe('the Commission for Racial Equality Chairman');
  });
});

describe('a speaker described before the body they speak for', () => {
  it('is the description, not the body, when "The" opens the sentence ("The Trafford Centre spokeswoman said")', () => {
    // BBC business 317.
    const text =
      'Christmas sales\n\nThe Trafford Centre spokeswoman said about 8,500 thousand vehicles had arrived at the centre on Saturday. ' +
      '"We predict that the next week will continue the same trend," she added.\n';
    expect(speakerOf(text, 'We predict')).toBe('the Trafford Centre spokeswoman');
  });
});

describe('a paper that spoke', () => {
  it('is not what "it" stands for after a sentence that opens on a body (made up after the review)', () => {
    const text =
      'BT jobs\n\nBT met Ofcom.\n\n"BT will cut 5,000 jobs," the Financial Times reported. BT wants lighter regulation from Ofcom. "We are pleased with the ruling," it said.\n';
    expect(speakerOf(text, 'We are pleased')).toBe('BT');
  });

  it('is what a later "it concluded" stands for', () => {
    // BBC tech 379.
    const text =
      'Apple laptop is greatest gadget\n\nThe Apple Powerbook 100 has been chosen as the greatest gadget of all time, by US magazine Mobile PC.\n\n' +
      'The magazine staff compiled the list. "In general we included only items that were potentially mobile," said the magazine. ' +
      '"In the end, we tried to get to the heart of what really makes a gadget a gadget," it concluded.\n';
    expect(speakerOf(text, 'In the end, we tried')).toBe('Mobile PC');
  });
});

describe('a paper described, not named', () => {
  it('is the description when the word before "newspaper" says where it is or whose it is (made up)', () => {
    const based = 'Trade row\n\nThe talks ended.\n\n"The ministry will act soon," said the Tokyo-based newspaper.\n';
    expect(speakerOf(based, 'The ministry will act')).toBe('the Tokyo-based newspaper');
    const owned = 'Trade row\n\nThe talks ended.\n\n"The plan is sound," said the Government newspaper.\n';
    expect(speakerOf(owned, 'The plan is sound')).toBe('the Government newspaper');
  });
});

describe('a name after the quote with its description', () => {
  it('reads a web address inside the description ("editor of Computerandvideogames.com told")', () => {
    // BBC tech 178.
    const text =
      'PlayStation sales\n\nSony sold more consoles last week.\n\n' +
      '"It is obviously very, very encouraging for Sony because Microsoft briefly outsold them last week," John Houlihan, editor of Computerandvideogames.com told BBC News.\n';
    expect(speakerOf(text, 'It is obviously')).toBe('John Houlihan');
  });

  it('is the name when copy dropped the commas round a long description ("Dr Mark Tuffy games systems director at … told")', () => {
    // BBC tech 306.
    const text =
      'HD gaming\n\nThe next generation of consoles is expected at the end of 2005.\n\n' +
      '"In the next generation [of consoles] HD support is mandatory," Dr Mark Tuffy games systems director at digital content firm THX told the BBC.\n\n' +
      '"Probably, in the UK [gaming] is going to be the only thing you are going to really be able to show off," said Mr Tuffy.\n';
    expect(speakerOf(text, 'In the next generation')).toBe('Mark Tuffy');
  });
});

describe('a quote after an earlier quote of its sentence', () => {
  it("is not the previous sentence's speaker's when the sentence's own subject holds another office", () => {
    // BBC politics 232.
    const text =
      'Livingstone row\n\nDeputy Mayor Nicky Gavron spoke on Sunday. The Prime Minister Tony Blair is among those who have called for an apology but so far the mayor has refused.\n\n' +
      'The mayor accused Oliver Finegold, of the Evening Standard newspaper, of "doorstepping" him at a "predominately gay event" held for MP Chris Smith.\n';
    // The mayor is Ken Livingstone, whom the cast knows with no title: the description rather than a wrong name.
    expect(speakerOf(text, 'predominately gay event')).toBe('the mayor');
  });
});

describe("a body's noun that opens the sentence", () => {
  it('is that noun in the plural or for the police (made up: "Police said")', () => {
    const text = 'Break-in\n\nA house was burgled on Monday.\n\nPolice said the burglar "knew exactly what he was looking for".\n';
    expect(speakerOf(text, 'knew exactly')).toBe('police');
  });

  it('is the person when the cast knows it as a surname ("Banks told" of Mike Banks)', () => {
    // BBC sport 114.
    const text =
      'Robben out\n\nChelsea physio Mike Banks was hopeful that Robben could return at some point in March. ' +
      '"The fractures are tiny and he could be playing next month," Banks told the club\'s website.\n';
    expect(speakerOf(text, 'The fractures are tiny')).toBe('Mike Banks');
  });
});

describe('an "and" cut short inside a name', () => {
  it('opens no quote ("Steak \'n Egg", "Pay \'n Pak")', () => {
    // Reuters 2086 and 11078.
    const steak =
      "CARSON PIRIE SCOTT SALES\n\n    The Food Service and Lodging Group's sales were up 8.9 pct after eliminating sales of the Steak 'n Egg Kitchen Restaurant chain sold Aug 15, 1986.\n";
    expect(attributedQuotes('r2086', steak)).toEqual([]);
    const pak = "BILZERIAN STAKE\n\n    Paul Bilzerian, who is seeking control of Pay 'n Pak Stores Inc, said he raised his stake in the company.\n";
    expect(attributedQuotes('r11078', pak)).toEqual([]);
  });
});

describe('a Gulf minister named in full, then by the name after his title', () => {
  it('is the full name for "Ali told" after "Sheikh Ali al-Khalifa al-Sabah"', () => {
    // Reuters 19559.
    const text =
      'KUWAIT SEES OPEC OUTPUT OVER CEILING TO END-YEAR\n29-JUN-1987 07:12:17.89 [crude]\n\n    OPEC output for the second half of 1987 will be above the ' +
      'official ceiling agreed by OPEC Saturday, Kuwait oil minister Sheikh Ali al-Khalifa al-Sabah, said.\n    Ali told a news conference that including ' +
      'Iraq, "OPEC third quarter output will be between 17.5 and 17.7 mln bpd while fourth quarter output will be nearly 18 mln bpd"\n';
    expect(speakerOf(text, 'OPEC third quarter output')).toBe('Sheikh Ali al-Khalifa al-Sabah');
  });
});

describe("a wire's apostrophe typed as a quote mark after a ticker bracket", () => {
  it('opens no quote (<Qatar National Bank SAQ>"s)', () => {
    // Reuters 17199.
    const text =
      'QATAR BANKS\n\n    <Qatar National Bank SAQ>"s (QNB) General Manager, Abdulla Khalid al-Attiya, said: "The economy is not improving as we hoped... ' +
      '1987 will be another difficult year for the banks."\n';
    expect(attributedQuotes('r17199', text)).toEqual([
      ['The economy is not improving as we hoped... 1987 will be another difficult year for the banks.', 'Abdulla Khalid al-Attiya'],
    ]);
  });
});
