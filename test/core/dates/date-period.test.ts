import { describe, expect, it } from 'vitest';
import { isAfter, overlaps, parseDatePeriod } from '../../../src/core/dates/date-period.js';

describe('parseDatePeriod', () => {
  it.each([
    ['2018', { date: '2018', precision: 'year' }],
    ['2018-03', { date: '2018-03', precision: 'month' }],
    ['2018-3', { date: '2018-03', precision: 'month' }],
    ['March 2018', { date: '2018-03', precision: 'month' }],
    ['  sept.  2018 ', { date: '2018-09', precision: 'month' }],
    ['2018-03-05', { date: '2018-03-05', precision: 'day' }],
    ['2018/03/05', { date: '2018-03-05', precision: 'day' }],
    ['5 March 2018', { date: '2018-03-05', precision: 'day' }],
    ['March 5th, 2018', { date: '2018-03-05', precision: 'day' }],
    ['2018-02-30', null],
    ['2018-13', null],
    ['Smarch 2018', null],
    ['since 2018', null],
    ['next March', null],
    ['18', null],
    ['', null],
  ])('%j', (text, expected) => {
    expect(parseDatePeriod(text)).toEqual(expected);
  });
});

describe('overlaps', () => {
  const p = (text: string) => parseDatePeriod(text)!;
  it.each([
    ['2018-03-05', 'March 2018', 'March 2018', true],
    ['2018-03-31', '2018-03', undefined, true],
    ['2018-04-01', undefined, '2018-03', false],
    ['2018-02-28', '2018-03', undefined, false],
    ['2018', 'June 2018', undefined, true],
    ['2018-06', '2018-06-30', '2019', true],
    ['2017-12', '2018', '2018', false],
  ] as const)('an event of %s within %s to %s: %s', (date, from, to, expected) => {
    expect(overlaps(date, from ? p(from) : undefined, to ? p(to) : undefined)).toBe(expected);
  });

  it('a period that starts after another ends is after it; one inside it is not', () => {
    expect(isAfter(p('2019'), p('2018-12'))).toBe(true);
    expect(isAfter(p('2018-12-31'), p('2018'))).toBe(false);
  });
});
