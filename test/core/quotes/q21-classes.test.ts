import { describe, expect, it } from 'vitest';
import { buildCastLookup } from '../../../src/core/people/cast-lookup.js';
import { readSpeaker, subjectBefore } from '../../../src/core/quotes/speaker-phrase.js';
import { attributedQuotes, speakerOf } from '../../support/attributed-quotes.js';

// Sentences from Reuters (1987) and BBC News (2004-05) articles, cut down to what each rule reads.

describe('a place is never the speaker: it says where someone is from', () => {
  const lindner =
    'LINDNER SAYS HE DISCUSSED CONTROL OF TAFT <TFB>\n9-MAR-1987 17:55:41.85 [acq]\n\n' +
    'Financier Carl Lindner, who holds a\n16.2 pct stake in Taft Broadcasting Co, told the Securities and\nExchange Commission he has discussed with the company the\npossibility of seeking control of it.\n' +
    '    Lindner, the Cincinnati, Ohio, investor who controls\nAmerican Financial Corp, said his talks with some of Taft\'s\nmanagers and directors have been aimed at "achieving an\nincreased ownership position" in the company.\n';

  it('gives "Lindner, the Cincinnati, Ohio, investor who …, said" to Lindner, not to Ohio', () => {
    expect(speakerOf(lindner, 'achieving an')).toBe('Carl Lindner');
  });

  it('reads no speaker in a state set off by commas', () => {
    expect(readSpeaker(' Ohio', buildCastLookup([]), [])).toBeNull();
    expect(subjectBefore('A group led by members of the wealthy Bass family of Fort Worth, Texas,', buildCastLookup([]), [])).not.toMatchObject({
      speaker: 'Texas',
    });
  });

  const bass =
    'BASS GROUP SAYS IT HAS HAD TALKS ON TAFT <TFB>\n30-MAR-1987 15:15:20.33 [acq]\n\n' +
    'A group led by members of the\nwealthy Bass family of Fort Worth, Texas, which holds a 24.9\npct stake in Taft Broadcasting Co, said it has had talks about\ntaking part in a move to take control of the company.\n' +
    '    In a filing with the Securities and Exchange Commission,\nthe group said it has had discussions with other Taft\nstockholders and some company managers and directors\n"concerning participation in a group to acquire control" of the\ncompany.\n' +
    '    The Bass group, which did not identify any of the other\npeople with whom it said it has had talks, said it plans to\ncontinue evaluating Taft and "will be involved in further\ndiscussions relating to the future control and direction" of\nthe company.\n';

  it('gives "the group said" after "the Bass family of Fort Worth, Texas, … said" to the Bass group, not to Texas', () => {
    expect(speakerOf(bass, 'concerning participation')).toBe('Bass group');
  });

  it('writes a body named in a headline in capitals as the article writes it', () => {
    expect(attributedQuotes('a1', bass).map(([, speaker]) => speaker)).toEqual(['Bass group', 'Bass group']);
  });
});
