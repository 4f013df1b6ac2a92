import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) and Reuters (1987) articles, cut down to what each rule reads.

describe('extractQuotes: a clause opened by "but" or "while" before the cue has a subject of its own', () => {
  it('gives "… but Mr Livingstone said: …" to Livingstone, not to the "It" the sentence opens on', () => {
    const text =
      'Mayor will not retract Nazi jibe\n\nLondon mayor Ken Livingstone has again refused to retract a Nazi insult made to a Jewish reporter.\n\n' +
      'An official complaint has been made to local government watchdogs by the Board of Deputies of British Jews, demanding an investigation by the Standards Board of England. ' +
      'It has the power to suspended or bar him from office but Mr Livingstone said: "There must have been 20 instances like this over the last 24 years."\n';
    expect(speakerOf(text, 'There must have been')).toBe('Ken Livingstone');
  });

  it('gives "…, but Nashashibi said …. "…," he said" to Nashashibi, not to nobody', () => {
    const text =
      'ARAB BANKER SAYS TOO SOON FOR SINGLE CURRENCY\n29-MAR-1987 00:00:02.22 [money-fx]\n\nGulf Arab states must coordinate\neconomic policies more closely before moving towards their goal\nof a unified currency system, the President of the Arab Bankers\nAssociation said.\n    ' +
      'Hikmat Nashashibi told a news conference at the end of an\nArab currency traders meeting: "We have to start with\ncoordination of fiscal policies as a prerequisite for a common\nsystem of currencies ... There is quite a substantial way to go\nyet."\n    ' +
      'He said only then would a unified Gulf currency system be a\nplausible project.\n    ' +
      'The six nations of the Gulf Cooperation Council -- Saudi\nArabia, Kuwait, Bahrain, Oman, Qatar and the United Arab\nEmirates --  have held a series of meetings this year to\nexamine linking their currencies to a single peg in a system\nwhich bankers say could be modelled on the European Monetary\nSystem (EMS).\n    ' +
      'At present, five currencies are linked either officially or\nin practice to the U.S. Dollar, while the Kuwaiti dinar is\npegged to a trade-weighted basket of currencies.\n    ' +
      'A common currency system or EMS-style "grid" would, in\ntheory, foster regional trade by providing a basis for stable\nexchange rates, but Nashashibi said inter-Arab trade is at a\nvery low ebb and capital flows between Gulf states remain\nsmall. "Capital markets in the Arab world are still in their\ninfancy," he said.\n';
    expect(speakerOf(text, 'Capital markets')).toBe('Hikmat Nashashibi');
  });

  it('gives "…, but Czarnikow said "…"" to the broker, not to nobody', () => {
    const text =
      'CZARNIKOW EXPECTS LOWER EUROPEAN SUGAR OUTPUT\n18-MAR-1987 19:01:36.62 [sugar]\n\n' +
      'European sugar output on the basis of three year average yields will be over half a mln tonnes white value down on last year, broker C Czarnikow said in its market review.\n' +
      '    European Community sowings are likely to be down compared with last year. There have been suggestions these sowings might\n' +
      'respond to the recent upsurge in world prices, but Czarnikow said "it is not the sort of fact that easily becomes known."\n';
    expect(speakerOf(text, 'it is not the sort')).toBe('Czarnikow');
  });
});
