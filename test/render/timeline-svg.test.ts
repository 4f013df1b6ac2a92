import { describe, expect, it } from 'vitest';
import type { TimelineEvent, TimelineResult } from '../../src/core/types.js';
import { datedCount, timelineSvg } from '../../src/render/timeline-svg.js';
import { svgToPng } from '../../src/render/timeline-png.js';
import { dateLabel, dayNumber, ticks } from '../../src/render/date-axis.js';

function event(date: string | null, article: string, title = `Headline of ${article}`): TimelineEvent {
  return {
    date,
    precision: date === null ? null : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
    when: 'Monday',
    resolvedFrom: null,
    text: `Something on ${date}.`,
    citations: [{ article, sentence: 1, title, outlet: 'The Gazette', url: null }],
  };
}
const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

describe('the timeline picture as SVG', () => {
  const result: TimelineResult = {
    about: 'harbour',
    events: [event('2021-03-01', 'a'), event('2021-03', 'b'), event('2021-03-08', 'a'), event('2021-04-02', 'c'), event(null, 'c')],
  };

  it('has no picture when no event has a date', () => {
    expect(timelineSvg({ events: [event(null, 'a')] }, { first: 0, count: 5 })).toBeNull();
  });

  it("numbers the page's dated events as the list does, dates them, and has a legend line per article", () => {
    const svg = timelineSvg(result, { first: 0, count: 5 })!;
    expect(count(svg, /<circle /g)).toBe(4);
    for (const n of ['1', '2', '3', '4']) expect(svg).toContain(`>${n}</text>`);
    expect(svg).toContain('>1 Mar 2021</text>');
    expect(svg).toContain('>Mar 2021</text>');
    for (const a of ['a', 'b', 'c']) expect(svg).toContain(`>The Gazette · Headline of ${a}</text>`);
    expect(svg).toContain('1 more event without a date');
    expect(svg).toContain('>Timeline: harbour</text>');
  });

  it('escapes what articles and readers wrote, and resvg draws it', () => {
    const hostile: TimelineResult = { about: '<b>&', events: [event('2021-03-01', 'a', 'Fish & <chips> "now"\u0007')] };
    const svg = timelineSvg(hostile, { first: 0, count: 5 })!;
    expect(svg).toContain('Fish &amp; &lt;chips&gt; "now"<');
    expect(svg).toContain('Timeline: &lt;b&gt;&amp;');
    expect(svgToPng(svg).subarray(1, 4).toString()).toBe('PNG');
  });

  it('on a long timeline of many articles, draws the overview a pixel column at a time: its size stays bounded', () => {
    const events = Array.from({ length: 30_000 }, (_, i) =>
      event(new Date(Date.UTC(1980, 0, 1) + i * 3_600_000 * 7).toISOString().slice(0, 10), `article-${i % 3000}`),
    );
    const svg = timelineSvg({ events }, { first: 15_000, count: 5 })!;
    expect(count(svg, /<rect /g)).toBeLessThan(2000);
    expect(svg).toContain('>15001</text>');
    expect(svg).toContain('All 30000 dated events');
    expect(svg).toContain('>other articles</text>');
  });
});

describe('the date axis', () => {
  it('counts the dated events by looking up where the undated ones start', () => {
    expect(datedCount([event('2021', 'a'), event('2022', 'a'), event(null, 'a')])).toBe(2);
    expect(datedCount([])).toBe(0);
  });

  it.each([
    ['1970-01-01', 0],
    ['2000-03-01', 11017],
    ['2017-06', 17318],
    ['1987', 6209],
  ])('day number of %s is %d', (date, day) => {
    expect(dayNumber(date)).toBe(day);
  });

  it.each([
    ['2017-06-05', '5 Jun 2017'],
    ['2017-06', 'Jun 2017'],
    ['2017', '2017'],
  ])('writes %s as %s', (date, label) => {
    expect(dateLabel(date)).toBe(label);
  });

  it('puts few round ticks on any span, from days to centuries', () => {
    expect(ticks(dayNumber('2017-06-01'), dayNumber('2017-06-09'), 5).map((t) => t.label)).toEqual(['1 Jun', '3 Jun', '5 Jun', '7 Jun', '9 Jun']);
    expect(ticks(dayNumber('2017-01-15'), dayNumber('2017-12-20'), 5).map((t) => t.label)).toEqual([
      'Mar 2017',
      'May 2017',
      'Jul 2017',
      'Sep 2017',
      'Nov 2017',
    ]);
    expect(ticks(dayNumber('1750'), dayNumber('2050'), 5).map((t) => t.label)).toEqual(['1800', '1900', '2000']);
  });
});
