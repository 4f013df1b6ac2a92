import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';
import { buildStory } from '../../../src/core/story/build-story.js';
import { whoSaid } from '../../../src/core/answer/quotes.js';

// Sentences from Reuters (1987) and BBC News (2004-05) articles, cut down to what each rule reads.

describe('readUnknownName: a sentence\'s opening "The" before a body\'s one-word name is the article, as "the" is', () => {
  it('gives The Tories called it a "vote now, pay later" Budget to the Tories, not to nobody', () => {
    const text =
      'Brown targets OAPs and homebuyers\n\n' +
      "Gordon Brown has doubled the level at which house buyers pay stamp duty to £120,000 as he put the economy at the heart of Labour's election campaign.\n\n" +
      'Mr Brown put 1p a pint on beer, 4p on a bottle of wine and 7p on 20 cigarettes but froze petrol duty until September. The Tories called it a "vote now, pay later" Budget. The Lib Dems branded it a "sticking plaster" for the election.\n';
    expect(speakerOf(text, 'vote now, pay later')).toBe('Tories');
    expect(speakerOf(text, 'sticking plaster')).toBe('Lib Dems');
  });

  it('leaves The MP, who is consulting his lawyers, told … to whom it describes: a title names no one', () => {
    const text =
      'Tories reject rethink on axed MP\n\n' +
      "Sacked MP Howard Flight's local Conservative association has insisted he will not be its candidate at the general election.\n\n" +
      'Mr Flight says he will not stand down as a candidate unless his local party instructs him to do so at an extraordinary general meeting (EGM). The MP, who is consulting his lawyers, told BBC News: "They selected me and they, if you like, dispose of me or keep me."\n';
    expect(speakerOf(text, 'They selected me')).toBe('Howard Flight');
  });
});

describe("attributeQuote: a description set off after the name may end in a firm's name with commas of its own", () => {
  it('gives "…," Buchheit, a partner with Cleary, Gottlieb, Steen and Hamilton, told a conference to Buchheit, not to nobody', () => {
    const text =
      'PHILIPPINE DEBT TALKS FINELY POISED, BANKERS SAY\n12-MAR-1987 19:17:09.22\n\n' +
      'Debt talks between the Philippine\ngovernment and its bank advisory committee were delicately\npoised after a brief meeting between the two sides today,\nbankers said.\n' +
      '    One of the  main architects of the PINs proposal, U.S.\nlawyer Lee Buchheit, is adamant that the banks have nothing to\nworry about.\n' +
      '    "To the extent that it\'s a precedent, it\'s a precedent to\nbe encouraged," Buchheit, a partner with Cleary, Gottlieb,\nSteen and Hamilton, told a debt-equity swaps conference\nsponsored by Euromoney magazine.\n';
    expect(speakerOf(text, "To the extent that it's a precedent")).toBe('Lee Buchheit');
  });

  it('gives "…," Winfried Hutmann, chief economist of Schroeder, Munchmeyer, Hengst Investment GmbH said to Hutmann', () => {
    const text =
      'GERMAN CALL MONEY SEEN STEADY\n2-JUN-1987 10:11:12.13\n\n' +
      'Money market dealers said call money was likely to hold in\na 3.50/70 pct range for most of this month.\n' +
      '    "They have set this signal and indicated they could maybe\nlower market rates even further, but not with the discount or\nLombard," Winfried Hutmann, chief economist of Schroeder,\nMunchmeyer, Hengst Investment GmbH said.\n';
    expect(speakerOf(text, 'They have set this signal')).toBe('Winfried Hutmann');
  });
});

describe('resolvePronoun: a sentence that opens on a full name the cast does not know and reports their words is about them', () => {
  it('gives "…," he told Reuters after "But Bijan Moussavar-Rahmani of Harvard … said that …" to him, not to the analyst quoted before', () => {
    const text =
      'OPEC MAY HAVE TO MEET TO FIRM PRICES - ANALYSTS\n26-FEB-1987 17:34:11.89 [crude]\n\n' +
      'OPEC may be forced to meet before a\nscheduled June session, oil industry analysts said.\n' +
      '    "OPEC must hold to its pact for the next six to eight weeks\nsince buyers will come back into the market then," said Dillard\nSpriggs of Petroleum Analysis Ltd in New York.\n' +
      "    But Bijan Moussavar-Rahmani of Harvard University's Energy\nand Environment Policy Center said that the demand for OPEC oil\nhas been rising through the first quarter and this may have\nprompted excesses in its production.\n" +
      '    "Demand for their (OPEC) oil is clearly above 15.8 mln bpd\nand is probably closer to 17 mln bpd or higher now," he told Reuters in a\ntelephone interview.\n';
    expect(speakerOf(text, 'Demand for their')).toBe('Bijan Moussavar-Rahmani');
  });

  it('reads no name in words that open sentences: "The Tory leader countered …. He declared: "…"" is not "The Tory"\'s', () => {
    const text =
      'Blair dismisses quit claim report\n\n' +
      'Mr Blair directly denied that quote on Wednesday. He again insisted there could be no deals about the premiership. ' +
      'The Tory leader countered that such agreements had been struck twice at dinners with the chancellor. ' +
      'He declared: "He is the deals on meals prime minister. No wonder the chancellor is not a happy eater."\n';
    expect(speakerOf(text, 'He is the deals on meals')).not.toBe('The Tory');
  });
});

describe('numberQuotesSteps: a quote merged with another wording is found by the words of either', () => {
  it('finds Lord Goldsmith\'s "In my parliamentary answer …" where a later article words the statement otherwise', () => {
    const { story } = buildStory([
      {
        id: 'bbc/politics/324.txt',
        text:
          'Iraq advice claim sparks new row\n\n' +
          'The Tories say ministers must respond in Parliament to claims that the legal advice used to justify the Iraq war was drawn up at Number 10.\n\n' +
          'In a statement to Newsnight, Lord Goldsmith said: "In my parliamentary answer on March 17 2003, I explained my genuinely held independent view, that military action was lawful under the existing Security Council resolutions."\n',
      },
      {
        id: 'bbc/politics/327.txt',
        text:
          'Goldsmith denies war advice claim\n\n' +
          'The attorney general has denied his statement to Parliament about the legality of the Iraq war was drafted by Downing Street officials.\n\n' +
          'In a statement, Lord Goldsmith said: "I was fully involved throughout the drafting process." "As I have always made clear, I set out in the answer my own genuinely held, independent view that military action was lawful under the existing (UN) Security Council resolutions," he said.\n',
      },
    ]);
    expect(whoSaid(story, 'In my parliamentary answer on March 17 2003').matches[0]?.speaker).toBe('Lord Goldsmith');
    expect(whoSaid(story, 'As I have always made clear').matches[0]?.speaker).toBe('Lord Goldsmith');
  });
});

describe('extractQuotes: an apostrophe wire copy typed as a quote mark (Kuwait"s) is read as one around the quotes', () => {
  it('gives "…," the minister said after "Kuwait"s Oil Minister … said" to Kuwait\'s Oil Minister, not to "s Oil Minister"', () => {
    const text =
      'KUWAIT SAYS NO PLANS FOR EMERGENCY OPEC TALKS\n1-MAR-1987 03:25:46.85 [crude]\n\n' +
      'Kuwait"s Oil Minister, in remarks\npublished today, said there were no plans for an emergency OPEC\nmeeting to review oil policies after recent weakness in world\noil prices.\n' +
      '    "This rumour is baseless. It is based on reports which said\nKuwait has the ability to exceed its share," the minister\nsaid.\n';
    expect(speakerOf(text, 'This rumour is baseless')).toBe("Kuwait's Oil Minister");
  });
});

describe('settleSpeaker: a title a place owns, brought in as a speaker, is the person the next sentence opens on and has speak', () => {
  const lede =
    'KUWAIT SAYS NO PLANS FOR EMERGENCY OPEC TALKS\n1-MAR-1987 03:25:46.85 [crude]\n\n' +
    'Kuwait"s Oil Minister, in remarks\npublished today, said there were no plans for an emergency OPEC\nmeeting to review oil policies after recent weakness in world\noil prices.\n';
  it('gives "…," the minister said to Sheikh Ali al-Khalifa al-Sabah, whom the sentence after "Kuwait\'s Oil Minister … said" quotes', () => {
    const text =
      lede +
      '    Sheikh Ali al-Khalifa al-Sabah was quoted by the local\ndaily al-Qabas as saying: "None of the OPEC members has asked\nfor such a meeting."\n' +
      '    He denied Kuwait was pumping above its quota of 948,000\nbarrels of crude daily (bpd).\n' +
      '    "This rumour is baseless. It is based on reports which said\nKuwait has the ability to exceed its share," the minister\nsaid.\n';
    // The cast keeps "Sheikh" apart as his title, and his family name joined to its particle in his name.
    expect(speakerOf(text, 'This rumour is baseless')).toBe('Ali al-Khalifa al-Sabah');
  });

  it('keeps the title where the next sentence has someone of another title speak', () => {
    const text =
      lede +
      '    Analyst Ann Lee said the market was weak.\n' +
      '    "This rumour is baseless. It is based on reports which said\nKuwait has the ability to exceed its share," the minister\nsaid.\n';
    expect(speakerOf(text, 'This rumour is baseless')).toBe("Kuwait's Oil Minister");
  });
});
