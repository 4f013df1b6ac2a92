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

  it('gives a y-verb its y back, the stem of its longer forms (repay → repayment)', () => {
    expect(derivedStems(termOf('repay')!)).toContain(termOf('repayment'));
    expect(derivedStems(termOf('employ')!)).toContain(termOf('employment'));
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
