import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of Reuters copy.

describe('an "it said" after a sentence an outlet reports', () => {
  it('is the outlet\'s, named after its kind with an Arabic article ("the Kuwait daily al-Qabas said")', () => {
    const text =
      'OPEC FACES TEST OF CREDIBILITY\n\n' +
      "    OPEC's credibility faces fresh scrutiny in coming weeks, the Kuwait daily al-Qabas said.\n" +
      '    "Dealers are now waiting to see if OPEC is able to control production," it said.\n';
    expect(speakerOf(text, 'Dealers are now waiting')).toBe('al-Qabas');
  });

  it('is the outlet\'s, named by its masthead ("the Washington Post said")', () => {
    const text =
      'BUDGET TALKS STALL\n\n' +
      '    The budget talks have stalled over defence spending, the Washington Post said.\n' +
      '    "Neither side is ready to give ground," it said, citing congressional aides.\n';
    expect(speakerOf(text, 'Neither side is ready')).toBe('Washington Post');
  });
});

describe('a run of "it said" after a paper spoke', () => {
  it('goes on with the paper, sentence after sentence ("…," the daily said. … "…," it said. … "…," it said)', () => {
    const text =
      'OPEC FACES TEST OF CREDIBILITY\n\n' +
      "    OPEC's credibility faces fresh scrutiny in coming weeks, the Kuwait daily al-Qabas said.\n" +
      '    "The sources said the credibility of OPEC would come under scrutiny," the daily said.\n' +
      '    The sources were quoted as saying that some members had raised output. It gave no details.\n' +
      '    "Dealers are now waiting to see if OPEC is able to control production," it said.\n' +
      '    Prices fell in thin trade. Traders were cautious.\n' +
      '    "More than one official has warned OPEC would find its solidarity under scrutiny," it said.\n';
    expect(speakerOf(text, 'More than one official')).toBe('al-Qabas');
  });
});

describe('"the paper"', () => {
  it('is the paper named last, not a wire named after it ("The People\'s Daily said …. The paper added …", after "told Reuters")', () => {
    const text =
      'CHINA GRAIN OUTPUT SEEN LOWER\n\n' +
      '    China will import more grain this year, Japanese traders told Reuters.\n' +
      "    The People's Daily said a serious drought is affecting 13.3 mln hectares of arable land.\n" +
      '    The paper added that leaders in some areas were not paying enough attention to grain. ' +
      '"All areas must spare no effort to raise the autumn harvest area," it said.\n';
    expect(speakerOf(text, 'All areas must spare')).toBe("People's Daily");
  });
});

describe('an outlet that "reported X as saying"', () => {
  it('passes on X\'s words ("The Washington Post reported Defence Minister Richard Sultan as saying: "…"")', () => {
    const text =
      'SAUDIS CONCLUDE SUBMARINE STUDY\n\n' +
      '    The Washington Post reported Defence Minister Richard Sultan as saying: "A thorough study of the submarines has been completed."\n';
    expect(speakerOf(text, 'A thorough study')).toBe('Richard Sultan');
  });
});

describe('a quote standing alone after a paper spoke', () => {
  it('goes on with the paper (""…," the Washington Post said. "…"")', () => {
    const text =
      'SOVIET MOONSHINE ON THE RISE\n\n' +
      '    "Official statistics show a fall in vodka sales, but they do not count home-brew," the Washington Post said.\n' +
      '    "The epidemic first engulfed the villages and has now settled into the cities."\n';
    expect(speakerOf(text, 'The epidemic first')).toBe('Washington Post');
  });

  it('is the masthead named whole, not its first word ("The Daily Telegraph commented")', () => {
    const text =
      'MINISTER FLIES TO TOKYO\n\n' +
      '    The Daily Telegraph commented that the minister was being "despatched to Tokyo armed with a pistol pointing at his own foot."\n';
    expect(speakerOf(text, 'despatched to Tokyo')).toBe('Daily Telegraph');
  });
});
