import { describe, expect, it } from 'vitest';
import { parseExplicitDate } from '../../../src/core/text/parse-explicit-date.js';

describe('parseExplicitDate', () => {
  it.each([
    ['2019-03-14', '2019-03-14'],
    ['4-APR-1987 10:02:11.50 [shipping]', '1987-04-04'],
    ['March 3, 2011', '2011-03-03'],
    ['3 March 2011', '2011-03-03'],
    ['Sept. 9, 2001', '2001-09-09'],
    ['June 2016', '2016-06'],
    ['2019-02-30', null],
    ['sometime in spring', null],
  ])('%j → %j', (text, expected) => {
    expect(parseExplicitDate(text)).toBe(expected);
  });
});
