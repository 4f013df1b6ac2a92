import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from Reuters (1987) and BBC News (2004-05) articles, cut down to what each rule reads.

describe('attributeQuote: after an inverted cue, the speaker may be followed by what they spoke of or when', () => {
  it('gives "…," said Merrill Lynch analyst Thomas Kurlack of the two key memory chips to Kurlack, not to nobody', () => {
    const text =
      'JAPAN CUTS CHIP SUPPLY, MAY PRODUCE SHORTAGE\n7-APR-1987 11:54:31.63 [trade]\n\n' +
      'Japan is attempting to cut back semiconductor production, industry analysts said.\n' +
      '    "We\'ve seen the grey market begin to dry up for D-RAMS, and it\nhas virtually dried up for EPROMS," said Merrill Lynch analyst\nThomas Kurlack of the two key memory chips used in computers.\n';
    expect(speakerOf(text, "We've seen the grey market")).toBe('Thomas Kurlack');
  });

  it('gives "…," said another official following an assessment to that official, not to the one quoted before', () => {
    const text =
      'U.S. OFFICIALS SAY BRAZIL SHOULD DEAL WITH BANKS\n3-MAR-1987 17:07:07.46\n\n' +
      'The U.S. is sticking for the moment\nto its policy that Brazil, which two weeks ago suspended debt\npayments to private banks, should deal with its creditors and\nnot with governments, U.S. officials said.\n' +
      '    "I don\'t see any desire here to scurry around and help\nBrazil until we get a better sense of what they are trying to\ndo," a senior administration official stated.\n' +
      '    "Brazil has to do business through the banks at this point,"\nsaid another official following an assessment of that country\'s\nlatest debt crisis.\n';
    expect(speakerOf(text, 'Brazil has to do business')).toBe('another official');
  });
});

describe('attributeQuote: a title too long for a speaker phrase, ending in the name of someone the story knows', () => {
  it('gives "…," Ministry of International Trade and Industry (MITI) director general Noboru Hatakeyama told reporters to him', () => {
    const text =
      'JAPAN WARNS OF ANTI-U.S. SENTIMENT IN TRADE ROW\n2-APR-1987 07:22:47.91 [trade]\n\n' +
      'Japan is sending a three-man team to Washington to try to halt\nthreatened trade sanctions that officials warn could spark a\nwave of anti-U.S. Sentiment here.\n' +
      '    The team will lay the groundwork for high-level emergency\ntalks next week aimed at defusing an increasingly bitter row over\ntrade in computer microchips, officials said.\n' +
      '    "The sanctions are against the free trade system," Ministry of\nInternational Trade and Industry (MITI) director general Noboru\nHatakeyama told reporters, adding: "If these measures are taken,\nthe atmosphere in Japan against the United States would become\nnot so good as before."\n';
    expect(speakerOf(text, 'The sanctions are against')).toBe('Noboru Hatakeyama');
    expect(speakerOf(text, 'If these measures')).toBe('Noboru Hatakeyama');
  });
});

describe('readSpeaker: a description by an indefinite article whose words before its noun name a place', () => {
  it('gives "…," one top New York rescheduler said to that rescheduler, not to nobody', () => {
    const text =
      'BRAZIL CRISIS SPURS RETHINK OF DEBT STRATEGY\n6-MAR-1987 16:31:16.36\n\n' +
      "Brazil's economic crisis is forcing a wholesale re-examination of\nthe established strategy for dealing with developing-country\ndebt, leading bankers say.\n" +
      '    While U.S. bankers obviously see things differently, some have\nstarted to wonder whether the advisory committee is still the\nright tool for the job.\n' +
      '    "The debt crisis has probably evolved beyond the capacity of\ncommercial banks alone, at least in some cases," one top New York\nrescheduler said.\n';
    expect(speakerOf(text, 'The debt crisis')).toBe('one top New York rescheduler');
  });
});

describe('resolvePronoun: a sentence that opens on "the" and a source\'s noun points back to that source', () => {
  it('gives "…," he said after "The senior official sounded pessimistic about … Nakasone" to the official, not to Nakasone', () => {
    const text =
      'JAPAN WARNS OF ANTI-U.S. SENTIMENT IN TRADE ROW\n2-APR-1987 07:22:47.91 [trade]\n\n' +
      'Japan is sending a three-man team to Washington to try to halt\nthreatened trade sanctions, officials said.\n' +
      '    A senior Foreign Ministry official, who declined to be\nidentified, told Reuters the U.S. Threats have undercut those in\nthe government who argue for conciliation.\n' +
      '    "Anything we do, we will be bashed," he said.\n' +
      '    The senior official sounded pessimistic about the likelihood\nof Prime Minister Yasuhiro Nakasone defusing U.S. Anger over\nJapanese trade practices when he visits Washington on April 29.\n' +
      '    "I don\'t think trade friction will be solved all of a sudden\n(by the visit)," he said.\n';
    expect(speakerOf(text, "I don't think trade friction")).toBe('a senior Foreign Ministry official');
  });
});

describe('cast lookup: a compound whose last part is small describes the name after it', () => {
  it('gives "…" told by "the Oscar-nominated Owen" to Clive Owen, not to a person called "Oscar-nominated Owen"', () => {
    const text =
      'Aviator and Vera take Bafta glory\n\nHollywood blockbuster The Aviator and low-budget British movie Vera Drake have shared the main honours at the 2005 Bafta film awards. ' +
      'Jamie Foxx won best actor for Ray, while British actor Clive Owen took best supporting actor for Closer. ' +
      'Celebrating his win, the Oscar-nominated Owen told reporters: "The whole award season is new to me because I haven\'t won anything before. All of that is a bit overwhelming."\n';
    expect(speakerOf(text, 'The whole award season')).toBe('Clive Owen');
  });
});

describe('attributeQuote: a quote standing alone after one aside that names no one goes on from the speaker before it', () => {
  it('gives a paragraph-long quote after "Mr Jolin … added that …. Strong Oscar contenders … did not figure" to Jolin', () => {
    const text =
      "Vera Drake's Bafta triumph hope\n" +
      '\n' +
      'At the Bafta film awards on Saturday night, there is the prospect that a home-grown movie could walk off with a clutch of trophies.\n' +
      '\n' +
      "Vera Drake, Mike Leigh's tale about a 1950s backstreet abortionist, is nominated in 11 categories. These include best film, best director and best actress shortlist for Imelda Staunton who plays the eponymous character. The film has spent months being lauded with prizes, from the Venice Film Festival to five awards from the London Critics' Circle on Wednesday night.\n" +
      '\n' +
      'The Baftas has a tradition of honouring British cinema, and this year Vera Drake is the obvious candidate to be heaped with praise. Empire magazine\'s reviews editor Dan Jolin said the film had "a very good chance" of doing well on Saturday, predicting that it would collect five or six awards. "I don\'t think it\'s going to do a Lord of the Rings-style sweep, but Imelda Staunton is a shoo-in for best actress," he said.\n' +
      '\n' +
      '"A best director prize for Mike Leigh and best British film are also likely and it could steal some awards from heavily-nominated competitors The Aviator and Finding Neverland." Mr Jolin tipped another contender - most likely The Aviator - to walk away with the Bafta for best film, and added that Finding Neverland had been lavished with nominations but not trophies. Strong Oscar contenders Million Dollar Baby and Sideways did not figure in the Bafta nominations.\n' +
      '\n' +
      '"There is a sense that this film is ours and we should slap our own guys on the back. Out of all the films in the running for the Baftas, Vera Drake is the true blue British one."\n';
    expect(speakerOf(text, 'There is a sense')).toBe('Dan Jolin');
  });
});

describe('attributeQuote: a name left alone after a quote, its cue verb lost in the copy', () => {
  it('gives "…for the UK economy," Mr Bootle. to Roger Bootle, not to nobody', () => {
    const text =
      '\'Golden economic period\' to end\n\nTen years of "golden" economic performance may come to an end in 2005 with growth slowing markedly, City consultancy Deloitte has warned.\n\n' +
      'Deloitte\'s chief economic advisor Roger Bootle said: "The biggest hit of all is set to come from the housing market which has already embarked on a major slowdown."\n\n' +
      'However, Deloitte stressed that the slowdown was unlikely to have any major impact on retail prices. "Although 2005 may not be the year when things go completely wrong, it will probably mark the start of a more difficult period for the UK economy," Mr Bootle.\n';
    expect(speakerOf(text, 'Although 2005')).toBe('Roger Bootle');
  });
});

describe('extractQuotes: "It said" after a sentence whose subject is a writing, perhaps after an opening clause', () => {
  it('gives "It said …, saying that … "…"" after "Other than …, the NIESR report was optimistic" to the report', () => {
    const text =
      'UK \'risks breaking golden rule\'\n\nThe UK government will have to raise taxes or rein in spending if it wants to avoid breaking its "golden rule", a report suggests.\n\n' +
      'A Treasury spokesperson dismissed the latest claims, saying it was "on track to meeting spending rules and the golden rule in the current cycle and beyond". "Spending plans have been set out until 2008 and they are fully affordable." Other than its warning on possible tax hikes, the NIESR report was optimistic about the state of the UK and global economy.\n\n' +
      'It said the recent record-busting surge in oil prices would have a limited effect on worldwide expansion, saying that if anything the "world economy will continue to grow strongly".\n';
    expect(speakerOf(text, 'world economy')).toBe('the NIESR report');
  });
});
