import { describe, expect, it } from 'vitest';
import { derivedStems } from '../../../src/core/answer/derived-forms.js';
import { ask } from '../../../src/core/answer/ask.js';
import { termOf } from '../../../src/core/index/terms.js';
import { buildStory } from '../../../src/core/story/build-story.js';

describe('derivedStems', () => {
  it('pairs a verb with its noun spelt apart, both ways, as stems', () => {
    expect(derivedStems(termOf('lose')!)).toContain(termOf('loss'));
    expect(derivedStems(termOf('losses')!)).toContain(termOf('lose'));
    expect(derivedStems(termOf('choose')!)).toContain(termOf('choice'));
  });

  it('reaches the noun from every inflection the stemmer spells apart (died, dying, tried, succeeded, sued)', () => {
    for (const form of ['die', 'died', 'dies', 'dying']) expect(derivedStems(termOf(form)!)).toContain(termOf('deaths'));
    expect(derivedStems(termOf('deaths')!)).toEqual(expect.arrayContaining([termOf('died'), termOf('dying')]));
    expect(derivedStems(termOf('tried')!)).toContain(termOf('trial'));
    expect(derivedStems(termOf('succeeded')!)).toContain(termOf('success'));
    expect(derivedStems(termOf('sued')!)).toEqual(expect.arrayContaining([termOf('suit'), termOf('lawsuit')]));
  });

  it('joins US and British spellings of the noun (defense, enquiry)', () => {
    expect(derivedStems(termOf('defense')!)).toEqual(expect.arrayContaining([termOf('defence'), termOf('defend')]));
    expect(derivedStems(termOf('enquiry')!)).toContain(termOf('inquiry'));
  });

  it('gives a y-verb its y back, the stem of its longer forms (repay → repayment)', () => {
    expect(derivedStems(termOf('repay')!)).toContain(termOf('repayment'));
    expect(derivedStems(termOf('employ')!)).toContain(termOf('employment'));
    expect(derivedStems(termOf('repayment')!)).toContain(termOf('repays'));
  });

  it('leaves a word with no such partner alone', () => {
    expect(derivedStems(termOf('pipeline')!)).toEqual([]);
    expect(derivedStems(termOf('city')!)).toEqual([]);
  });
});

describe('ask: a question in the verb where the article has the noun (Reuters)', () => {
  const { story } = buildStory([
    {
      id: 'results',
      text: 'Harbour Oil results due\n\nHarbour Oil Ltd had 1986 revenues of 4.1 billion dlrs, the company said.\n\nThe company also has tax credits of about 900 mln dlrs. It reported a 1986 loss of 2.2 billion dlrs after writing down its oil and gas assets.\n',
    },
  ]);

  it('finds the sentence that reports the loss', () => {
    expect(ask(story, 'How much money did Harbour Oil lose in 1986?').answers[0]?.text).toContain('a 1986 loss of 2.2 billion dlrs');
  });
});

describe('ask: a question in the past tense where the article has the noun (BBC business 191)', () => {
  const { story } = buildStory([
    {
      id: 'vioxx',
      text:
        'US regulator to rule on pain drug\n\nUS food and drug regulators will decide on Friday whether to recommend the sale of painkillers that have been linked to a high risk of heart attack and stroke.\n\n' +
        'The painkillers - called COX-2 inhibitors - are sold under brand names such as Celebrex and Vioxx. Vioxx was withdrawn from shops last year but Merck said it would consider selling it if it gets FDA approval.\n\n' +
        'Putting Vioxx back on the shelves is likely to boost profits at Merck and make easier any legal battles with people who claim to have been injured by the drug, analysts said.\n\n' +
        'According to calculations presented to the US Senate by Dr Graham in November, Vioxx may be linked to as many as to 56,000 American deaths.\n',
    },
  ]);

  it('finds the sentence that counts the deaths for "how many … died"', () => {
    expect(ask(story, 'How many Americans died because of Vioxx?').answers[0]?.text).toContain('56,000 American deaths');
  });
});

describe('ask: "sue" where the wire has the suit (Reuters, Caesars World, 16 March 1987)', () => {
  const { story } = buildStory([
    {
      id: '5756',
      text:
        'CAESARS WORLD <CAW> FILES SUIT AGAINST SOSNOFF\n\nCaesars World Inc said it filed a lawsuit against Martin T. Sosnoff and MTS Acquisition Corp regarding its March 9 unsolicited tender offer for Caesars World stock.\n\n' +
        'The company said it filed in the Federal Court in the Central District of California, charging the tender offer, which its board rejected, violated federal securities laws and federal margin regulations.\n\n' +
        "Caesars World is expected to seek a friendly suitor, restructure operations, or buy back Sosnoff's holdings in an attempt to fight off the bid.\n",
    },
  ]);

  it('answers "Which court did Caesars sue in?" with the court the suit was filed in', () => {
    expect(ask(story, 'Which court did Caesars sue in?').answers[0]?.text).toContain('Federal Court in the Central District of California');
  });
});
