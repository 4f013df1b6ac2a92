import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { timeline } from '../../../src/core/answer/timeline.js';
import { renderText } from '../../../src/render/text.js';
import { parseDatePeriod } from '../../../src/core/dates/date-period.js';
import { bbc } from '../../fixtures/read-fixture.js';

describe('timeline about a topic', () => {
  const { story } = buildStory(
    [
      {
        id: 'harbour',
        text: 'Harbour opens\n\nThe new harbour opened to ferries on Monday, the council said.\n\nFerry fares rose on Tuesday, operators said.\n',
      },
      {
        id: 'vote',
        text: 'Council vote\n\nOn Wednesday the council voted to close the old harbour to ferry traffic.\n\nThe mayor left for Paris on Thursday.\n',
      },
    ],
    { harbour: { date: '2021-03-10' }, vote: { date: '2021-03-12' } },
  );

  it('keeps the events one of whose sentences has every word of the topic, in any form (ferries / ferry)', () => {
    expect(timeline(story, 'harbour ferries').events.map((e) => e.text)).toEqual([
      'The new harbour opened to ferries on Monday, the council said.',
      'On Wednesday the council voted to close the old harbour to ferry traffic.',
    ]);
    expect(timeline(story, 'ferry fares').events.map((e) => e.text)).toEqual(['Ferry fares rose on Tuesday, operators said.']);
  });

  it('keeps nothing for a topic of stop words only, or a word no event has', () => {
    expect(timeline(story, 'the').events).toEqual([]);
    expect(timeline(story, 'Paris ferry').events).toEqual([]);
  });
});

describe('timeline within a period', () => {
  const { story } = buildStory(
    [
      {
        id: 'march',
        text: 'Harbour opens\n\nThe new harbour opened to ferries on Monday, the council said.\n\nThe works began in 2020, and the plan dates from June 2019.\n',
      },
      { id: 'undated', text: 'Ferry strike\n\nFerry crews walked out on Tuesday.\n' },
    ],
    { march: { date: '2021-03-10' } },
  );
  const period = (text: string) => parseDatePeriod(text)!;

  it('keeps the dated events that overlap the period, the undated ones left out', () => {
    expect(timeline(story, undefined, { from: period('2020') }).events.map((e) => e.date)).toEqual(['2020', '2021-03-08']);
    expect(timeline(story, undefined, { to: period('2020-06') }).events.map((e) => e.date)).toEqual(['2019-06', '2020']);
    expect(timeline(story, 'ferries', { from: period('March 2021'), to: period('2021-03-08') })).toMatchObject({
      about: 'ferries',
      from: '2021-03',
      to: '2021-03-08',
      events: [{ date: '2021-03-08' }],
    });
  });

  it('says which period held nothing', () => {
    expect(timeline(story, undefined, { from: period('2022') })).toEqual({
      from: '2022',
      events: [],
      hint: 'No dated events from 2022 on in these articles. Try a wider period, or none.',
    });
  });
});

describe('timeline of an article without a date', () => {
  const { story } = buildStory(
    [
      {
        id: 'ban',
        text: 'Sprinters banned\n\nThe sprinters were suspended on 17 February.\n\nThey had been warned in December.\n\nThe panel met on Monday.\n',
      },
    ],
    {},
  );

  it('keeps a day or month named without a year as a partial date, with no calendar date', () => {
    const events = timeline(story).events;
    expect(events.map((e) => [e.when, e.date, e.partialDate])).toEqual([
      ['17 February', null, '--02-17'],
      ['in December', null, '--12'],
      ['on Monday', null, undefined],
    ]);
    expect(Object.keys(events[2]!)).not.toContain('partialDate');
  });

  it('lists those after the dated events, in calendar order, and those that cannot be placed at all last', () => {
    // BBC sport's reports of Kelly Holmes's 2005 season (bbc/sport): a dated year, then partial dates, then "this weekend".
    const { story: season } = buildStory(['022', '027', '052', '055', '063', '068', '069'].map((id) => bbc('sport', id)));
    const events = timeline(season).events;
    const placement = events.map((e) => (e.date !== null ? 0 : e.partialDate ? 1 : 2));
    expect(placement).toEqual([...placement].sort());
    expect(placement).toContain(1);
    const partial = events.flatMap((e) => (e.partialDate ? [e.partialDate] : []));
    expect(partial).toEqual([...partial].sort());
  });

  it('is shown as the day and month with the year unknown', () => {
    const text = renderText({ kind: 'timeline', result: timeline(story) }, { articleCount: 1 });
    expect(text).toContain('17 February, year unknown  The sprinters were suspended on 17 February.');
    expect(text).toContain('December, year unknown  They had been warned in December.');
    expect(text).toContain('undated  The panel met on Monday.');
  });
});

describe('timeline of an undated article', () => {
  // BBC, "Oscars race enters final furlong" (entertainment/081): no publication date, and one sentence with two dates.
  const { story } = buildStory([
    {
      id: 'oscars',
      text: [
        'Oscars race enters final furlong',
        '',
        'The 5,808 Academy voters had until Tuesday afternoon to return their ballots - any late submissions will not be included in the count.',
        '',
        '"We have had rain up until the day before the show many times, but for some reason the Oscar gods always shine on Sunday and we hope they will do so again this year," he added.',
        '',
      ].join('\n'),
    },
  ]);

  it('lists a sentence whose two dates cannot be placed once, not twice word for word', () => {
    const texts = timeline(story).events.map((e) => e.text);
    expect(texts.filter((t) => t.includes('Oscar gods'))).toHaveLength(1);
    expect(texts).toHaveLength(2);
  });
});
