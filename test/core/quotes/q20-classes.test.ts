import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/quotes/find-quote-spans.js';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) and Reuters (1987) articles, cut down to what each rule reads.

describe('a quote opened with a single mark and closed with a straight double one ends there', () => {
  const text =
    'Row brewing over ads\n\nThe BPI is equally quick to condemn established brands. \'Networks like eDonkey facilitate illegal filesharing," it said in a statement. ' +
    '"Illegal file-sharers steal millions of pounds worth of music," it said. But the issue is more complicated, said Mark Mulligan, a music analyst. ' +
    '"This has been a problem for a long time," he told the BBC News website.\n';

  it('reads the quote up to its closing mark, and the quotes after it as their own', () => {
    const para = text.split('\n\n')[1]!;
    expect(findQuoteSpans(para).map((s) => s.text)).toEqual([
      'Networks like eDonkey facilitate illegal filesharing,',
      'Illegal file-sharers steal millions of pounds worth of music,',
      'This has been a problem for a long time,',
    ]);
  });

  it('gives the quote after the mismatched one to its own speaker', () => {
    expect(speakerOf(text, 'This has been a problem')).toBe('Mark Mulligan');
  });

  it('still nests a double-quoted phrase inside a single-quoted quote', () => {
    expect(findQuoteSpans('He wrote: \'They call it "the bubble", and it is.\' Then he left.').map((s) => s.text)).toEqual([
      'They call it "the bubble", and it is.',
    ]);
  });
});

describe('an acronym after "The" that a sentence opens on is the body an "it said" after it means', () => {
  it('gives "…," it said in a statement to the BPI of the sentence before', () => {
    const text =
      'Row brewing over ads\n\nThe BPI is equally quick to condemn brands becoming bedfellows with such networks. ' +
      '"Illegal file-sharers steal millions of pounds worth of music through these services," it said in a statement.\n';
    expect(speakerOf(text, 'Illegal file-sharers')).toBe('BPI');
  });

  it('does not make a body of a capitalised word after "The" that is no acronym', () => {
    const text = 'Row\n\nThe Arsenal boss walks away from the press. "We play football," it said.\n';
    expect(speakerOf(text, 'We play football')).not.toBe('Arsenal');
  });
});

describe('a name written with initials run together is a name, and a role of titles’ words is none', () => {
  const head =
    'U.S. ENERGY INDUSTRY SAID IN BETTER HEALTH\n18-MAR-1987 14:26:22.35 [crude,nat-gas]\n\nThe U.S. oil and gas industry is in\nbetter health than it was a year ago.\n';

  it('gives "…," said J.S. Simon, General Manager of the Supply Department at Exxon to Simon, not to "General Manager"', () => {
    const text = `${head}     "In the U.S., 1986 petroleum production responded to lower\nprices," said J.S. Simon, General Manager of the Supply\nDepartment at Exxon Corp, the nation's largest oil\ncompany.\n`;
    expect(speakerOf(text, 'In the U.S.')).toBe('J.S. Simon');
  });

  it('gives "…," said W.A. Kistler of Hutton to Kistler', () => {
    const text = `${head}     "Prices have bottomed out," said W.A. Kistler of Hutton.\n`;
    expect(speakerOf(text, 'Prices have bottomed')).toBe('W.A. Kistler');
  });

  it('does not read the letters of a place before a body as a person ("…," said U.S. Steel)', () => {
    const text = `${head}     "Prices have bottomed out," said U.S. Steel.\n`;
    expect(speakerOf(text, 'Prices have bottomed')).not.toBe('U.S. Steel');
  });
});

describe('a nickname in brackets inside a name leaves the name whole', () => {
  const head =
    'U.S. ENERGY INDUSTRY SAID IN BETTER HEALTH\n18-MAR-1987 14:26:22.35 [crude,nat-gas]\n\nThe Commission heard testimony from a number of executives.\n';

  it('gives "…," Commissioner James E. (Jim) Nugent told Reuters to James E. Nugent', () => {
    const text = `${head}     "The attitude expressed here today so far is a great deal\nmore optimistic (than last year)," Commissioner James E. (Jim)\nNugent told Reuters.\n`;
    expect(speakerOf(text, 'The attitude expressed')).toBe('James E. Nugent');
  });
});

describe('a sentence that opens on its cue verb names the speaker after it, before the colon', () => {
  const lead = 'Iraqi voters turn to economic issues\n\nOne Iraqi woman told Ms Alexander about her frustration. ';

  it('gives Observes Mr Hadi: "…" to Hadi, not to the woman of the sentence before', () => {
    const text = `${lead}Observes Mr Hadi: "The economy at present marks a big divide; the rich get richer." An indication of this can be seen.\n`;
    expect(speakerOf(text, 'The economy at present')).toBe('Hadi');
  });

  it('gives Said Mr Hadi: "…" to Hadi', () => {
    const text = `${lead}Said Mr Hadi: "The economy at present marks a big divide." An indication of this can be seen.\n`;
    expect(speakerOf(text, 'The economy at present')).toBe('Hadi');
  });
});

describe('"cautioned" is a verb of speech', () => {
  it('gives "…," one analyst cautioned to the analyst, not to the specialists of the sentence before', () => {
    const text =
      'ANALYSTS PEG U.S. COTTON SEEDINGS\n27-MAR-1987 12:25:34.63\n\nCotton farmers are likely to plant more.\n' +
      '    Some cotton specialists said their expectations for\nincreased acreage might not be verified. "Anything the USDA is\n' +
      'announcing now is based on information they gathered before," one analyst cautioned.\n';
    expect(speakerOf(text, 'Anything the USDA')).toBe('one analyst');
  });
});

describe('a body named after the noun of its kind may begin with "The"', () => {
  it('gives "…," the Washington-based think-tank The Brookings Institution says to the Brookings Institution', () => {
    const text =
      'Iraqi voters\n\nNobody knows how many Iraqis are out of work. "Estimates of Iraq\'s unemployment rate vary, but we estimate it to be ' +
      'between 30-40%," the Washington-based independent think-tank The Brookings Institution says in its Iraq Index.\n';
    expect(speakerOf(text, 'Estimates of Iraq')).toBe('Brookings Institution');
  });
});

describe('"…," read a statement from X: the writing after an inverted "read" gives the words', () => {
  it('gives the words to the statement from the firm, not to the analyst quoted before in the paragraph', () => {
    const text =
      'Row brewing over peer-to-peer ads\n\n"If you put the legality issues aside, not to advertise here would mean missing out," he added, said Mark Mulligan. ' +
      'OneTel adverts were spotted on eDonkey this week and its response was typical. "We have investigated this matter and believe that one of our ' +
      'affiliate partners has placed this advert," read a statement from the discount phone firm.\n';
    expect(speakerOf(text, 'We have investigated')).toBe('a statement from the discount phone firm');
  });
});

describe('"the government" says is no person who spoke of a government', () => {
  it('gives "The government says … "like property"" to the government, not to the shadow minister who spoke of "a Conservative government"', () => {
    const text =
      'Child access law shake-up planned\n\nThe Conservatives have called for an equal split. Theresa May, shadow secretary for the family, told the Today programme ' +
      'that the plans were "inadequate". She said a Conservative government would bring a "radical reform" of the family courts. ' +
      '"We want to make courts the last resort, rather than the first resort," she added. ' +
      'The government says children cannot simply be divided up "like property" when a marriage collapses.\n';
    expect(speakerOf(text, 'like property')).toBe('the government');
  });

  it('still gives "the statement said" to whoever spoke "in a statement" just before', () => {
    const text =
      'Bid\n\nAcme Corp said in a statement on Monday that it "will consider every offer". "We have not yet decided what to do," the statement said.\n';
    expect(speakerOf(text, 'We have not yet decided')).toBe('Acme Corp');
  });
});

describe('initials before a surname after a role, the last one’s stop perhaps lost, name the speaker', () => {
  it('gives Assistant banking commissioner K.K Wong told Reuters: "…" to K.K Wong', () => {
    const text =
      'JAPANESE BANKS EXPAND HONG KONG PRESENCE\n3-APR-1987 08:59:57.88\n\nHong Kong is rolling out the welcome mat to Japan.\n' +
      '    Assistant banking commissioner K.K Wong told Reuters: "There\nare no special favours towards the Japanese."\n';
    expect(speakerOf(text, 'There are no special')).toBe('K.K Wong');
  });
});
