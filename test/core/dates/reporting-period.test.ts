import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/core/dates/extract-events.js';

const eventsOf = (text: string, published: string) =>
  extractEvents([{ article: 'wire', n: 1, paragraph: 1, text, norm: text, credits: [], people: [] }], published).map((e) => [e.when, e.date]);

describe('extractEvents: a reporting period is no event', () => {
  // Sentences of Reuters wires, 1987.
  it.each([
    ['Pall Corp said sales for the second quarter ended January 31 were up 17.5 pct to 94.0 mln dlrs.', '1987-03-02'],
    ['For the year ended Feb 27, 1987, AEL reported net income of 3,321,000, or 74 cts a share.', '1987-04-01'],
    ['Sales in the nine months ended March 31 rose 12 pct to 126 mln dlrs from 112 mln dlrs, the company said.', '1987-04-10'],
    ['For all of fiscal 1986, the company earned 41.0 mln dlrs.', '1987-03-10'],
  ])('%j', (text, published) => {
    expect(eventsOf(text, published)).toEqual([]);
  });

  it('keeps the dates of the same sentence that tell a happening', () => {
    const text = 'The company said on March 5 that sales for the four weeks ended February 28 rose 11.3 pct.';
    expect(eventsOf(text, '1987-03-06')).toEqual([['March 5', '1987-03-05']]);
  });

  it('keeps a deadline the period sets (BBC tech: "by the end of its fiscal year ending 31 March")', () => {
    const dates = eventsOf('Sony hopes to ship three million PSPs by the end of its fiscal year ending 31 March.', '2005-02-10').map(([, d]) => d);
    expect(dates).toEqual(['2005-03-31']);
  });

  it('reads "May" the month as no possibility that keeps a count ahead from being a date', () => {
    const dates = eventsOf('The deal signed in May will close within 60 days, the company said.', '1987-03-05').map(([w]) => w);
    expect(dates).toContain('within 60 days');
  });
});
