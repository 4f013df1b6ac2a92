import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { ask } from '../../../src/core/answer/ask.js';
import { whoSaid } from '../../../src/core/answer/quotes.js';
import { distinctSourceCount } from '../../../src/core/answer/sources.js';
import { wire } from '../../fixtures/read-fixture.js';

// Ten sentences about a ferry strike; a copy repeats them, a near copy changes one, a rewrite four.
const lines = [
  'Ferry crews walked out on Monday over pay.',
  'The union said talks with the operator had failed.',
  '"We will not sail until the offer is fair," said union leader Marta Quill.',
  'The operator said it had offered a rise of four percent.',
  'Services to the islands were cancelled for the day.',
  'Passengers were offered refunds or later crossings.',
  'Island shops said deliveries of fresh food would run short.',
  'The harbour master said no ship had left the port.',
  'Talks are due to resume on Thursday.',
  'The last strike, in 2019, lasted nine days.',
];
const article = (id: string, body: string[]) => ({ id, text: `Ferry crews strike over pay\n\n${body.join(' ')}\n` });
const changed = (n: number) => lines.map((l, i) => (i >= 10 - n ? `A different line number ${i} about the weather on the coast.` : l));
const other = article('d-other', [
  'Island councils met to plan for a long strike.',
  '"We will not sail until the offer is fair," said union leader Marta Quill.',
  'Councils asked the government to step in.',
]);

describe('markCopies', () => {
  it.each([
    ['an exact copy', lines, 'a-first'],
    ['a near copy, one sentence in ten changed', changed(1), 'a-first'],
    ['a rewrite, two sentences in ten changed', changed(2), undefined],
  ])('%s', (_situation, body, copyOf) => {
    const { story } = buildStory([article('a-first', lines), article('b-second', body)]);
    expect(story.articles.find((a) => a.id === 'b-second')!.copyOf).toBe(copyOf);
    expect(story.articles.find((a) => a.id === 'a-first')!.copyOf).toBeUndefined();
  });

  it('takes a wire re-sent with a few words corrected for a copy (Reuters 5177, 5286)', () => {
    const { story } = buildStory([wire('5177'), wire('5286')]);
    expect(story.articles.map((a) => a.copyOf)).toEqual([undefined, '5177']);
  });

  it('takes a routine wire filed again with other figures for news of its own (Reuters 522, 3164)', () => {
    const fed = (id: string, stamp: string, amount: string) => ({
      id,
      text: [
        'FED ADDS RESERVES VIA CUSTOMER REPURCHASES',
        `${stamp} [money-fx,interest]`,
        '',
        'The Federal Reserve entered the U.S.',
        `Government securities market to arrange ${amount} billion dlrs of`,
        'customer repurchase agreements, a Fed spokesman said.',
        '    Dealers said Federal funds were trading at 6-3/16 pct when',
        'the Fed began its temporary and indirect supply of reserves to',
        'the banking system.',
      ].join('\n'),
    });
    const { story } = buildStory([fed('522', '2-MAR-1987 11:44:41.93', '1.5'), fed('3164', '9-MAR-1987 11:49:35.16', '2.5')]);
    expect(story.articles.map((a) => a.copyOf)).toEqual([undefined, undefined]);
  });

  it('points a copy of a copy at the first article of the group', () => {
    const { story } = buildStory([article('a-first', lines), article('b-second', lines), article('c-third', lines)]);
    expect(story.articles.map((a) => a.copyOf)).toEqual([undefined, 'a-first', 'a-first']);
  });
});

describe('counting sources: an article and its copies are one', () => {
  const { story } = buildStory([article('a-first', lines), article('b-copy', lines), article('c-near', changed(1)), other]);

  it('cites a passage once for the copies and once for the other article', () => {
    const answer = ask(story, 'union leader offer fair sail')?.answers[0];
    expect(answer?.citations.map((c) => c.article)).toEqual(['a-first', 'd-other']);
  });

  it('cites a quote once for the copies and once for the other article', () => {
    const match = whoSaid(story, 'We will not sail until the offer is fair').matches[0];
    expect(match?.citations.map((c) => c.article)).toEqual(['a-first', 'd-other']);
  });
});

describe('distinctSourceCount', () => {
  it('counts a copy of an article once: "in N of M articles" never counts a copy in M either', () => {
    const { story } = buildStory([article('a-first', lines), article('b-second', lines), other]);
    expect(story.articles).toHaveLength(3);
    expect(distinctSourceCount(story)).toBe(2);
  });

  it('counts the articles a refusal names as /help and /sources do, a copy once', () => {
    const { story } = buildStory([article('a-first', lines), article('b-second', lines), other]);
    expect(ask(story, 'Who won the lottery?').hint).toMatch(/^Nothing in these 2 articles answers/);
    expect(whoSaid(story, 'the lottery numbers were drawn on a sunny day').hint).toMatch(/^Not in these 2 articles\./);
  });
});
